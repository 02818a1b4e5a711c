// Small builders the core tests share: the plan's golden beginner, and a journal entry with its value.
#pragma once

#include "core/body/profile.hpp"
#include "core/journal/journal.hpp"

namespace hipfit::testing {

// The person of tests/core/program/plan_golden_test.cpp: a beginner woman training with a band on Monday,
// Wednesday and Friday for 45 minutes.
inline core::Profile beginner_with_a_band(core::Date program_start = {}) {
    using namespace hipfit::core;
    Profile p;
    p.sex = Sex::female;
    p.level = Level::beginner;
    p.equipment = {Equipment::band};
    p.days = {Weekday::mon, Weekday::wed, Weekday::fri};
    p.minutes_per_session = 45;
    p.program_start = program_start;
    return p;
}

// An entry of `kind` with its main value, logged at `hour`:00.
inline core::Entry entry(core::EntryKind kind, core::Date date, double value, int hour = 8) {
    core::Entry e;
    e.kind = kind;
    e.date = date;
    e.time = {hour, 0};
    e.value = value;
    return e;
}

}  // namespace hipfit::testing
