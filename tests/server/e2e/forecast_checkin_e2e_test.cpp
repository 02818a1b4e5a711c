// The forecast, the weekly check-in and the coach's advice end to end: through the real binary on
// loopback, compared with the command line's own JSON on the same database and day ('hipfit forecast
// --json', 'hipfit checkin --dry-run --json', 'hipfit report --json'), refusals included.
#include "core/base/date.hpp"
#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

std::string days_before_today(int days) {
    const core::Date today = core::parse_date(kServeToday, "today");
    return core::format_date(core::Date{std::chrono::sys_days(today) - std::chrono::days(days)});
}

class ForecastCheckin : public ServeTest {
  protected:
    void SetUp() override { start_server(); }

    // The owner (the command line's person) with the reference profile and three weeks of a morning
    // weigh-in and a day's food: enough for the check-in's estimate.
    ApiClient owner_with_three_weeks() {
        ApiClient owner = signed_up("owner@example.com");
        EXPECT_EQ(owner.put("/api/profile", reference_profile()).status, 200);
        for (int back = 21; back >= 0; --back) {
            const std::string day = days_before_today(back);
            const json weight = {
                {"kind", "weight"}, {"value", 72.5 - 0.06 * (21 - back)}, {"date", day}, {"time", "07:00"}};
            EXPECT_EQ(owner.post("/api/entries", weight).status, 201);
            if (back == 0)
                continue;  // today's food is not over yet
            const json food = {{"kind", "food"}, {"value", 1600}, {"date", day}};
            EXPECT_EQ(owner.post("/api/entries", food).status, 201);
        }
        for (int back = 1; back <= 5; ++back) {
            const json sleep = {{"kind", "sleep"}, {"value", 5.5}, {"date", days_before_today(back)}};
            EXPECT_EQ(owner.post("/api/entries", sleep).status, 201);
        }
        return owner;
    }

    static json without_in_force(json checkin) {
        checkin.erase("in_force");
        return checkin;
    }
};

TEST_F(ForecastCheckin, TheForecastIsTheCommandLines) {
    ApiClient owner = owner_with_three_weeks();
    const http::Response plan = owner.get("/api/forecast");
    ASSERT_EQ(plan.status, 200) << describe(plan);
    EXPECT_EQ(plan.json(), cli_json({"forecast", "--json"}));
    const http::Response tried =
        owner.get("/api/forecast?days=200&intake_change=-300@0,0@180&goal_weight=68kg");
    ASSERT_EQ(tried.status, 200) << describe(tried);
    EXPECT_EQ(tried.json(), cli_json({"forecast", "--json", "--days", "200", "--intake-change=-300@0,0@180",
                                      "--goal-weight", "68kg"}));
    EXPECT_EQ(owner.get("/api/forecast?goal_weight=150lb").json(),
              cli_json({"forecast", "--json", "--goal-weight", "150lb"}));
    // The web's chart asks for every 7th day (issue 16, point 7): the command line gives the same days.
    EXPECT_EQ(owner.get("/api/forecast?days=730&step=7").json(),
              cli_json({"forecast", "--json", "--days", "730", "--step", "7"}));
}

TEST_F(ForecastCheckin, WhatTheCommandLineRefusesTheApiRefuses) {
    ApiClient owner = owner_with_three_weeks();
    const http::Response underweight = owner.get("/api/forecast?goal_weight=45kg");
    EXPECT_EQ(underweight.status, 422) << describe(underweight);
    EXPECT_EQ(underweight.json()["error"]["code"], "refused_for_safety");
    EXPECT_EQ(hipfit({"forecast", "--goal-weight", "45kg"}).exit_code, 3);

    const http::Response bad = owner.get("/api/forecast?intake_change=-300@9,0@2");
    EXPECT_EQ(bad.status, 400) << describe(bad);
    EXPECT_EQ(bad.json()["error"]["field"], "intake_change");
    const ProcessResult cli = hipfit({"forecast", "--intake-change=-300@9,0@2"});
    EXPECT_EQ(cli.exit_code, 2);
    // The same reason, the field named in words for people (and the sentence ended) instead of the flag.
    const std::string message = bad.json()["error"]["message"].get<std::string>();
    const std::string lead = "Intake change: ";
    ASSERT_TRUE(message.starts_with(lead) && message.ends_with('.')) << message;
    EXPECT_NE(cli.err.find(message.substr(lead.size(), message.size() - lead.size() - 1)), std::string::npos)
        << message << " | " << cli.err;
}

TEST_F(ForecastCheckin, TheCheckInIsTheCommandLinesAndPostKeepsIt) {
    ApiClient owner = owner_with_three_weeks();
    const http::Response preview = owner.get("/api/checkin");
    ASSERT_EQ(preview.status, 200) << describe(preview);
    EXPECT_EQ(without_in_force(preview.json()), cli_json({"checkin", "--dry-run", "--json"}));
    EXPECT_TRUE(preview.json()["in_force"].is_null());
    EXPECT_TRUE(preview.json()["estimate"]["available"]) << preview.body;

    const http::Response kept = owner.post("/api/checkin", json::object());
    ASSERT_EQ(kept.status, 200) << describe(kept);
    const json body = kept.json();
    EXPECT_TRUE(body["saved"]);
    // The command line now reads the kept check-in: the report's is the one in force.
    const json report = cli_json({"report", "--json"});
    const json& in_force = body["in_force"];
    EXPECT_EQ(report["checkin"], json({{"date", in_force["date"]},
                                       {"target_kcal", in_force["target_kcal"]},
                                       {"previous_target_kcal", in_force["previous_target_kcal"]},
                                       {"reasons", in_force["reasons"]}}));
    EXPECT_EQ(report["target_kcal"], body["target_kcal"]);
    // A dry run of the command line today shows what the API kept: done, the next due in a week.
    json again = without_in_force(body);
    again["due"] = false;
    again["next_due"] = days_before_today(-7);
    EXPECT_EQ(again, cli_json({"checkin", "--dry-run", "--json"}));
    EXPECT_EQ(owner.get("/api/checkin").json()["in_force"], in_force);
}

TEST_F(ForecastCheckin, TheCoachsAdviceIsTheReports) {
    ApiClient owner = owner_with_three_weeks();
    const http::Response advice = owner.get("/api/coach");
    ASSERT_EQ(advice.status, 200) << describe(advice);
    EXPECT_EQ(advice.json(), cli_json({"report", "--json"})["advice"]);
    EXPECT_FALSE(advice.json().empty()) << "five short nights: the coach says so";
}

}  // namespace
}  // namespace hipfit::testing
