// hipfit report through the real binary: a generated journal of a program's first nine days (short
// nights, the first week's workouts done) gives the four sections, the stats, the target in force, the
// forecast against the trend and the coach's advice; --month, --html and the refusals.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/checkin/checkin.hpp"
#include "tests/cli/generated_journal.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

// The program starts on Friday Nov 13 (sessions Mon/Wed/Fri): today, Saturday Nov 21, is in its second
// week, so the first week's milestone is celebrated when its three sessions (13, 16, 18) were done.
constexpr int kProgramDays = 8;

class ReportBinary : public GeneratedJournalBinary {
  protected:
    // Weigh-ins and food every day, six-hour nights for the last seven complete days, the first week's
    // three sessions and Friday's, and two hip measurements.
    void program_start_journal() const {
        init_days_ago(kProgramDays, {"--days", "mon,wed,fri"});
        JournalCsv journal;
        for (int day = -kProgramDays; day <= 0; ++day) {
            journal.weight(day_from_today(day), 72.0 - 0.1 * (day + kProgramDays));
            journal.food(day_from_today(day), 1700);
        }
        for (int day = -7; day <= -1; ++day) journal.sleep(day_from_today(day), 6.0);
        for (const int day : {-8, -5, -3, -1}) journal.workout(day_from_today(day), "glute-bridge:12,12");
        journal.hip(day_from_today(-8), 104.0);
        journal.hip(day_from_today(-1), 103.5);
        import(journal);
    }

    [[nodiscard]] ProcessResult report(const std::vector<std::string>& flags) const {
        std::vector<std::string> args{"report"};
        args.insert(args.end(), flags.begin(), flags.end());
        return hipfit(args);
    }
};

TEST_F(ReportBinary, TextHasTheFourSections) {
    program_start_journal();
    const ProcessResult result = report({});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string& out = result.out;
    EXPECT_EQ(out.rfind("hipfit report, 2026-11-15 to 2026-11-21\n\nIn numbers\nStats for 2026-11-15 to "
                        "2026-11-21 (7 days)\n",
                        0),
              0U)
        << out;
    // Each heading on a line of its own, in this order.
    std::size_t at = 0;
    for (const char* heading :
         {"\nIn numbers\n", "\nYour calorie target\n", "\nForecast and actual\n", "\nAdvice\n"}) {
        const std::size_t found = out.find(heading, at);
        ASSERT_NE(found, std::string::npos) << heading << " after " << at << " in\n" << out;
        at = found + 1;
    }
    // The figures are stats' own text, the target the formula's until a check-in.
    const ProcessResult stats = hipfit({"stats"});
    EXPECT_NE(out.find(stats.out), std::string::npos) << out << "\n---\n" << stats.out;
    EXPECT_NE(out.find("  " + core::kcal_text(assess_json()["target_kcal"].get<double>()) +
                       " kcal a day, from the formula. Run 'hipfit checkin' once a week"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("  On your plan from 2026-11-13, Hall's model expected "), std::string::npos) << out;
    // The advice after its heading, in the coach's order, each as "  Severity: message" (in any case).
    const std::string advice = out.substr(out.find("\nAdvice\n") + 8);
    std::size_t line = 0;
    for (const auto& [severity, opening] : std::vector<std::pair<std::string, std::string>>{
             {"warning", "You slept 6.0 h a night: aim for 7–9 h"},
             {"celebrate", "Your first week is done: you trained on 3 days of 3 planned."}}) {
        const std::string expected = "  " + severity + ": " + opening;
        std::string shown = advice.substr(line, expected.size());
        // The severity's first letter may be a capital.
        shown[2] = static_cast<char>(std::tolower(static_cast<unsigned char>(shown[2])));
        EXPECT_EQ(shown, expected) << advice;
        line = advice.find('\n', line) + 1;
    }
    EXPECT_EQ(line, advice.size()) << advice;  // nothing else advised
}

TEST_F(ReportBinary, JsonHasStatsTargetAdviceAndForecastVersusActual) {
    program_start_journal();
    const json r = json_of({"report", "--json"});
    const json stats = json_of({"stats", "--json"});
    EXPECT_EQ(r["stats"], stats);
    EXPECT_DOUBLE_EQ(r["target_kcal"].get<double>(), assess_json()["target_kcal"].get<double>());
    EXPECT_DOUBLE_EQ(r["target_kcal"].get<double>(), stats["intake"]["target_kcal"].get<double>());
    EXPECT_TRUE(r["checkin"].is_null());
    // The coach: a warning before a celebration, and nothing else for this journal.
    ASSERT_EQ(r["advice"].size(), 2U) << r["advice"];
    EXPECT_EQ(r["advice"][0]["rule"], "sleep-short");
    EXPECT_EQ(r["advice"][0]["severity"], "warning");
    // Seven six-hour nights in the seven complete days before today.
    EXPECT_NE(r["advice"][0]["message"].get<std::string>().find("the 7 nights you logged in the last 7 days"),
              std::string::npos);
    EXPECT_EQ(r["advice"][1]["rule"], "milestone-first-week");
    EXPECT_EQ(r["advice"][1]["severity"], "celebrate");
    EXPECT_EQ(r["advice"], json_of({"report", "--json", "--month"})["advice"]);  // advice is about today

    // The forecast made at the program's start for its plan: the same as 'hipfit forecast' run that day.
    const json& f = r["forecast_vs_actual"];
    EXPECT_EQ(f["start_date"], day_from_today(-kProgramDays));
    const json then = json_of({"forecast", "--json", "--days", "8"}, day_from_today(-kProgramDays));
    EXPECT_DOUBLE_EQ(f["forecast_today_kg"].get<double>(), then["days"][8]["weight_kg"].get<double>());
    EXPECT_LT(f["forecast_today_kg"].get<double>(), 72.0);
    // The trend today is the stats' trend.
    EXPECT_DOUBLE_EQ(f["trend_today_kg"].get<double>(), stats["weight"]["trend_end_kg"].get<double>());
}

TEST_F(ReportBinary, MonthCoversThirtyDays) {
    program_start_journal();
    const json r = json_of({"report", "--json", "--month"});
    EXPECT_EQ(r["stats"]["period"], json({{"start", day_from_today(-29)}, {"end", kToday}}));
    EXPECT_EQ(r["stats"], json_of({"stats", "--json", "--month"}));
    EXPECT_EQ(r["stats"]["weight"]["readings"], kProgramDays + 1);
    const ProcessResult text = report({"--month"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.out.rfind("hipfit report, 2026-10-23 to 2026-11-21\n", 0), 0U) << text.out;
    EXPECT_EQ(json_of({"report", "--json", "--week"}), json_of({"report", "--json"}));
}

TEST_F(ReportBinary, WeekAndMonthTogetherAreAUsageError) {
    program_start_journal();
    const std::string before = stored_bytes();
    const ProcessResult result = report({"--week", "--month"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("give --week or --month, not both"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(ReportBinary, HtmlWritesThePageAndSaysWhere) {
    program_start_journal();
    const std::string page = dir_.file("report.html");
    const ProcessResult result = report({"--html", page});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "Wrote the report to " + page + ".\n");
    const std::string html = read_file_or_missing(page);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0), 0U) << html.substr(0, 200);
    for (const char* title :
         {"Weight and trend", "Forecast and actual", "Hip, waist and thigh", "Workouts each program week"})
        EXPECT_NE(html.find(std::string(">") + title + "</title>"), std::string::npos) << title;
    auto count = [&html](const std::string& text) {
        std::size_t n = 0;
        for (std::size_t at = html.find(text); at != std::string::npos; at = html.find(text, at + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count("class=\"chart\""), 4U);
    // Each exercise of the period's workouts once, with its animated picture and its muscle map.
    EXPECT_EQ(count("class=\"hf-illustration\""), count("class=\"muscle-map\""));
    EXPECT_GE(count("class=\"muscle-map\""), 1U);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    // The rest of the page is checked by an XML parser: report_html_test.py.
}

TEST_F(ReportBinary, HtmlIntoAMissingFolderFailsAndLeavesNothing) {
    program_start_journal();
    const auto listing = [&] {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir_.path()))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    };
    const std::vector<std::string> before = listing();
    const std::string page = dir_.file("missing/report.html");
    const ProcessResult result = report({"--html", page});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--html: cannot write " + page), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_FALSE(std::filesystem::exists(dir_.file("missing")));
    EXPECT_EQ(listing(), before);
}

TEST_F(ReportBinary, HtmlNeverOverwritesTheDatabase) {
    program_start_journal();
    const std::string before = stored_bytes();
    const ProcessResult result = report({"--html", database()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("is the hipfit database; choose another file"), std::string::npos)
        << result.err;
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(ReportBinary, WithoutAProfileItTellsToRunInitAndCreatesNothing) {
    for (const std::vector<std::string>& flags :
         {std::vector<std::string>{}, std::vector<std::string>{"--json"},
          std::vector<std::string>{"--html", dir_.file("report.html")}}) {
        const ProcessResult result = report(flags);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find("no profile yet: run 'hipfit init' first"), std::string::npos)
            << result.err;
        EXPECT_EQ(result.out, "");
    }
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
    EXPECT_EQ(read_file_or_missing(dir_.file("report.html")), "<missing>");
}

TEST_F(ReportBinary, AFreshProfileHasNothingToFlagAndNoTrendYet) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const json r = json_of({"report", "--json"});
    EXPECT_EQ(r["advice"], json::array());
    EXPECT_EQ(r["forecast_vs_actual"]["start_date"], kToday);
    EXPECT_DOUBLE_EQ(r["forecast_vs_actual"]["forecast_today_kg"].get<double>(), 72.0);  // day 0
    EXPECT_TRUE(r["forecast_vs_actual"]["trend_today_kg"].is_null());
    const ProcessResult text = report({});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("\nAdvice\n  Nothing to flag: keep going as you are.\n"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("; log your weight to compare.\n"), std::string::npos) << text.out;
}

// Before, --html won and --json was dropped without a word (exit 0): a script reading the JSON got none.
TEST_F(ReportBinary, HtmlAndJsonTogetherAreAUsageErrorAndWriteNothing) {
    program_start_journal();
    const std::string before = stored_bytes();
    const std::string page = dir_.file("report.html");
    for (const std::vector<std::string>& flags : {std::vector<std::string>{"--html", page, "--json"},
                                                  std::vector<std::string>{"--json", "--html", page}}) {
        const ProcessResult result = report(flags);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find("give --html or --json, not both"), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
        EXPECT_FALSE(std::filesystem::exists(page));
    }
    EXPECT_EQ(stored_bytes(), before);
}

}  // namespace
}  // namespace hipfit::testing
