// A person's journal on a real database, new for each test, on every store (SQLite, and PostgreSQL when
// the tests have a server), for the app-level tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "core/base/date.hpp"
#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::testing {

inline const core::Date kAppToday = core::parse_date("2026-11-21", "today");

inline core::Date days_before(int days) {
    return core::add_days(kAppToday, -days);
}

// A 34-year-old woman, 165 cm and 72 kg, with her tape measurements, aiming to lose fat; her program
// began four weeks ago.
inline core::Profile woman_losing_fat() {
    core::Profile p;
    p.sex = core::Sex::female;
    p.age.years_given = 34;
    p.age.given_on = days_before(28);
    p.height = core::Centimetres(165);
    p.weight = core::Kilograms(72);
    p.waist = core::Centimetres(80);
    p.hip = core::Centimetres(104);
    p.neck = core::Centimetres(33);
    p.program_start = days_before(28);
    return p;
}

class JournalTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        journal = store::open_repository(database.location(), store::OpenFor::write);
        journal->save_profile(woman_losing_fat());
    }

    void log(core::EntryKind kind, core::Date date, double value) {
        core::Entry e;
        e.kind = kind;
        e.date = date;
        e.time = {8, 0};
        e.value = value;
        journal->add_entry(e);
    }

    TestDatabase database{GetParam()};
    std::unique_ptr<store::Repository> journal;
};

}  // namespace hipfit::testing
