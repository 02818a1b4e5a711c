// Weeks of journal entries for the end-to-end tests of checkin and report, written as the CSV that
// 'hipfit import' reads in one go (docs/export-format.md): one process instead of one 'hipfit log' each.
#pragma once

#include <cmath>
#include <fstream>
#include <random>

#include "core/base/date.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {

// The day `offset` days from the fixture's today (negative: before), as YYYY-MM-DD.
inline std::string day_from_today(int offset) {
    const core::Date today = core::parse_date(kToday, "today");
    return core::format_date(core::Date{std::chrono::sys_days(today) + std::chrono::days(offset)});
}

// Entries as CSV records. Ids are left empty: the import gives each a new one.
class JournalCsv {
  public:
    void weight(const std::string& date, double kg) { value_row("weight", date, "07:00", kg, "kg"); }
    void food(const std::string& date, double kcal) { value_row("food", date, "12:00", kcal, "kcal"); }
    void sleep(const std::string& date, double hours) { value_row("sleep", date, "07:05", hours, "h"); }
    void hip(const std::string& date, double cm) {
        rows_ += fmt::format(",measure,{},08:00,,,,,,{},,,,,,,,\n", date, fmt_number(cm));
    }
    // SPEC as 'hipfit log workout --exercise' reads it, exercises separated by ';' (quoted: it has commas).
    void workout(const std::string& date, const std::string& spec) {
        rows_ += fmt::format(",workout,{},18:00,,,,,,,,,,,,,false,\"{}\"\n", date, spec);
    }

    [[nodiscard]] std::string text() const {
        return "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,"
               "thigh_right_cm,neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises\n" +
               rows_;
    }

  private:
    void value_row(const char* kind, const std::string& date, const char* time, double value,
                   const char* unit) {
        rows_ += fmt::format(",{},{},{},{},{},,,,,,,,,,,,\n", kind, date, time, fmt_number(value), unit);
    }

    std::string rows_;
};

// A person who eats `intake` kcal a day against a true expenditure of `expenditure`, weighing in and
// logging food every day from `first_offset` days before today to today. The weight falls by the
// balance over ~7,000 kcal per kg (about the energy of a kilogram lost by a woman with 25 kg of fat,
// docs/sources.md#energy-per-kg) plus a scale's noise, uniform within ±0.4 kg (a fixed seed: the same
// every run).
inline JournalCsv dieting_journal(int first_offset, double start_kg, double intake, double expenditure) {
    constexpr double kKcalPerKg = 7000.0;
    constexpr double kNoiseKg = 0.4;
    std::mt19937 random(20261121);  // mt19937's sequence is fixed by the standard
    JournalCsv journal;
    for (int day = 0; day <= first_offset; ++day) {
        const std::string date = day_from_today(day - first_offset);
        const double noise = (static_cast<double>(random()) / 4294967295.0 * 2.0 - 1.0) * kNoiseKg;
        const double kg = start_kg + day * (intake - expenditure) / kKcalPerKg + noise;
        journal.weight(date, std::round(kg * 100) / 100);
        journal.food(date, intake);
    }
    return journal;
}

// The fixture with a profile made on a chosen day (the program starts then) and journals imported.
class GeneratedJournalBinary : public HipfitBinary {
  protected:
    // hipfit as if today were `date`.
    [[nodiscard]] ProcessResult on(const std::string& date, const std::vector<std::string>& args) const {
        return run_process(HIPFIT_BINARY, args,
                           {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", date}, {"HOME", dir_.path()}});
    }

    // The reference profile (goal lose-fat), made `days_ago` days before today.
    void init_days_ago(int days_ago, const std::vector<std::string>& extra = {}) const {
        std::vector<std::string> args = metric_profile();
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessResult result = on(day_from_today(-days_ago), args);
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    void import(const JournalCsv& journal) const {
        const std::string file = dir_.file("journal.csv");
        std::ofstream(file, std::ios::binary) << journal.text();
        const ProcessResult result = hipfit({"import", file});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }

    [[nodiscard]] nlohmann::json json_of(const std::vector<std::string>& args,
                                         const std::string& date = kToday) const {
        const ProcessResult result = on(date, args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return nlohmann::json::parse(result.out);
    }
};

}  // namespace hipfit::testing
