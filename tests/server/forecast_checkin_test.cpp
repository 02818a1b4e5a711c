// GET /api/forecast, GET and POST /api/checkin and GET /api/coach in-process: the parameters read as the
// command line reads its flags (the same view as app::forecast_view for the same request), bad ones 400
// naming the parameter, an underweight goal refused (422), the check-in kept only by POST and only when
// due with an estimate, and who may see and run what.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "app/coaching.hpp"
#include "app/forecast_view.hpp"
#include "server/handlers/handlers.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

std::string days_before_today(int days) {
    return core::format_date(core::Date{std::chrono::sys_days(kToday) - std::chrono::days(days)});
}

// Every key the OpenAPI document's schema requires is in `answer`, in nested objects and array items too.
void expect_schema_keys(const json& schema, const json& answer, const std::string& where) {
    if (answer.is_null() || !schema.is_object())
        return;
    if (schema.contains("$ref")) {  // "#/components/schemas/NAME"
        const std::string ref = schema["$ref"];
        const json schemas = json::parse(handlers::openapi_document())["components"]["schemas"];
        expect_schema_keys(schemas[ref.substr(ref.rfind('/') + 1)], answer, where);
        return;
    }
    for (const json& key : schema.value("required", json::array()))
        EXPECT_TRUE(answer.contains(key.get<std::string>())) << where << " lacks " << key;
    const json properties = schema.value("properties", json::object());
    for (const auto& [key, property] : properties.items()) {
        if (answer.is_object() && answer.contains(key) && property.value("type", "") == "object")
            expect_schema_keys(property, answer[key], where + "." + key);
        if (answer.is_object() && answer.contains(key) && property.value("type", "") == "array" &&
            !answer[key].empty())
            expect_schema_keys(property["items"], answer[key][0], where + "." + key + "[0]");
    }
}

class ForecastAndCheckin : public ::testing::Test {
  protected:
    void SetUp() override {
        P = server.sign_up("person@example.com");
        C = server.sign_up("coach@example.com");
        U = server.sign_up("other@example.com");
        ASSERT_EQ(server.put("/api/profile", adult_profile(), &P).status, 200);
        ASSERT_EQ(server.post("/api/coaches", {{"email", C.email}}, &P).status, 202);
        ASSERT_EQ(server.post(fmt::format("/api/clients/{}/accept", P.id), json(), &C).status, 200);
    }

    // Three weeks of a weigh-in every morning, drifting down 50 g a day, and 1,700 kcal of food every day
    // but today: enough for the expenditure estimate (two weeks, 6 weigh-ins, 10 food days).
    void log_three_weeks() {
        for (int back = 21; back >= 0; --back) {
            const std::string day = days_before_today(back);
            const Answer weight =
                server.post("/api/entries", weight_entry(72.5 - 0.05 * (21 - back), day), &P);
            ASSERT_EQ(weight.status, 201) << weight;
            if (back == 0)
                continue;
            const json food = {{"kind", "food"}, {"value", 1700}, {"date", day}, {"time", "13:00"}};
            ASSERT_EQ(server.post("/api/entries", food, &P).status, 201);
        }
    }

    // The dates of the account's kept check-ins, a line each.
    std::string checkins_of(const Session& who) {
        return query_rows(server.path(),
                          fmt::format("SELECT date FROM checkins WHERE account_id = {}", who.id));
    }

    Answer forecast(const std::string& query) { return server.get("/api/forecast" + query, &P); }

    // The message names the field in words ("Intake change: …"), the error's field its key.
    void expect_invalid(const std::string& query, const std::string& field, const std::string& words) {
        const Answer reply = forecast(query);
        EXPECT_EQ(reply.status, 400) << query << ": " << reply;
        EXPECT_EQ(reply.error_code(), "invalid_input") << query;
        EXPECT_EQ(reply.error_field(), field) << query << ": " << reply;
        EXPECT_TRUE(reply.json["error"].value("message", "").starts_with(words + ": "))
            << query << ": " << reply;
    }

    TestServer server;
    Session P, C, U;
};

TEST_F(ForecastAndCheckin, TheForecastIsTheViewOfTheSameRequest) {
    const Answer reply = forecast("?days=200&intake_change=-300@0,0@180&goal_weight=68kg");
    ASSERT_EQ(reply.status, 200) << reply;
    app::ForecastRequest request;
    request.days = 200;
    request.changes = {{0, core::Kilocalories(-300)}, {180, core::Kilocalories(0)}};
    request.goal = core::Kilograms(68);
    const auto journal = server.database().journal(P.id);
    EXPECT_EQ(reply.json, app::to_json(app::forecast_view(journal.get(), request, kToday)));

    EXPECT_EQ(reply.json["start_date"], core::format_date(kToday));
    EXPECT_EQ(reply.json["days"].size(), 201U);
    EXPECT_FALSE(reply.json["plan"]["from_profile"]);
    EXPECT_EQ(reply.json["goal"]["weight_kg"], 68.0);
    // 300 kcal a day less for 180 days: lighter, less than the 3,500-kcal rule promises, inside the band.
    const json& day180 = reply.json["days"][180];
    EXPECT_LT(day180["weight_kg"].get<double>(), 71.0);
    EXPECT_GT(day180["weight_kg"].get<double>(), day180["rule_weight_kg"].get<double>());
    EXPECT_LT(day180["weight_low_kg"].get<double>(), day180["weight_kg"].get<double>());
    EXPECT_GT(day180["weight_high_kg"].get<double>(), day180["weight_kg"].get<double>());
}

TEST_F(ForecastAndCheckin, WithoutParametersTheForecastFollowsThePlanForAYear) {
    const Answer reply = forecast("");
    ASSERT_EQ(reply.status, 200) << reply;
    EXPECT_EQ(reply.json["days"].size(), static_cast<std::size_t>(app::kDefaultForecastDays + 1));
    EXPECT_TRUE(reply.json["plan"]["from_profile"]);
    EXPECT_TRUE(reply.json["goal"].is_null());
    EXPECT_EQ(reply.json["person"]["weight_kg"], 72.0);
    // A bare goal weight is in the profile's units (metric); pounds when said.
    EXPECT_EQ(forecast("?goal_weight=70").json["goal"]["weight_kg"], 70.0);
    EXPECT_NEAR(forecast("?goal_weight=150lb").json["goal"]["weight_kg"].get<double>(), 68.04, 0.01);
}

// Issue 16, point 7: a chart asks for the points it draws (?step=N): every Nth day from day 0 and the last,
// each the same as in the whole forecast; the goal's day is told whatever the step.
TEST_F(ForecastAndCheckin, AStepGivesEveryNthDayAndTheLast) {
    const Answer whole = forecast("?days=365&goal_weight=70kg");
    const Answer weekly = forecast("?days=365&goal_weight=70kg&step=7");
    ASSERT_EQ(whole.status, 200) << whole;
    ASSERT_EQ(weekly.status, 200) << weekly;
    EXPECT_EQ(whole.json["step"], 1);
    EXPECT_EQ(weekly.json["step"], 7);
    const json& days = weekly.json["days"];
    ASSERT_EQ(days.size(), 54U);  // days 0, 7 … 364, and 365
    for (std::size_t i = 0; i < days.size(); ++i) {
        const int day = i + 1 < days.size() ? static_cast<int>(7 * i) : 365;
        EXPECT_EQ(days[i], whole.json["days"][static_cast<std::size_t>(day)]) << i;
    }
    json rest = weekly.json;
    rest.erase("days");
    rest["step"] = 1;
    json whole_rest = whole.json;
    whole_rest.erase("days");
    EXPECT_EQ(rest, whole_rest) << "only the days are thinned";
    // A step that divides the days ends on a multiple; a step past them gives day 0 and the last.
    EXPECT_EQ(forecast("?days=14&step=7").json["days"].size(), 3U);
    EXPECT_EQ(forecast("?days=30&step=365").json["days"].size(), 2U);
    EXPECT_EQ(forecast("?days=1&step=1").json["days"].size(), 2U);
    for (const char* step : {"0", "366", "abc", "", "7.5", "-7"})
        expect_invalid(fmt::format("?step={}", step), "step", "Step");
}

// ?intake_changes=JSON, percent-encoded as a page's URLSearchParams sends it.
std::string intake_changes(const json& list) {
    std::string query = "?intake_changes=";
    for (const char c : list.dump()) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
            query += c;
        else
            query += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
    return query;
}

// Issue 13, point 3: the web's form gives the changes as a person does — each from a day until a day —
// and the forecast is the one of the command line's notation for the same plan.
TEST_F(ForecastAndCheckin, IntakeChangesFromAFormAreTheNotationsPlan) {
    const Answer rows =
        forecast(intake_changes(json::array({{{"change_kcal", -500}, {"from_day", 0}, {"until_day", 100}},
                                             {{"change_kcal", -250}, {"from_day", 150}}})));
    ASSERT_EQ(rows.status, 200) << rows;
    EXPECT_EQ(rows.body, forecast("?intake_change=-500@0,0@100,-250@150").body);

    const std::pair<json, std::string> refused[] = {
        {json::array({{{"change_kcal", -300}, {"from_day", 100}, {"until_day", 50}}}),
         "Intake changes: change 1 ends on day 50, which is not after the day it starts (100)."},
        {json::array(
             {{{"change_kcal", -300}, {"until_day", 180}}, {{"change_kcal", -100}, {"from_day", 90}}}),
         "Intake changes: change 2 starts on day 90, before change 1 ends (day 180)."},
        {json::array({{{"from_day", 3}}}), "Intake changes: change 1 has no kcal a day."},
        {json::array({{{"change_kcal", -300}, {"from_day", 1.5}}}),
         "Intake changes: change 1's from_day is not a whole number of days."},
        {json::array(), "Intake changes: give at least one change, or none for your plan."},
        {json::object(), "Intake changes: expected a JSON list of changes."},
    };
    for (const auto& [list, message] : refused) {
        const Answer reply = forecast(intake_changes(list));
        EXPECT_EQ(reply.status, 400) << list << ": " << reply;
        EXPECT_EQ(reply.error_field(), "intake_changes") << reply;
        EXPECT_EQ(reply.json["error"].value("message", ""), message) << list;
    }
    const Answer both =
        forecast(intake_changes(json::array({{{"change_kcal", -300}}})) + "&intake_change=-300");
    EXPECT_EQ(both.status, 400) << both;
    EXPECT_EQ(both.error_field(), "intake_changes") << both;
}

TEST_F(ForecastAndCheckin, BadParametersAre400NamingTheParameter) {
    for (const char* days : {"0", "3651", "abc", "", "12.5", "-3"})
        expect_invalid(fmt::format("?days={}", days), "days", "Days");
    for (const char* changes : {"abc", "-300@5,0@2", "-9000", "-300@", "-300@-1", "", "-300@4000"})
        expect_invalid(fmt::format("?intake_change={}", changes), "intake_change", "Intake change");
    // Eating less than nothing: the change is checked against what holds today's weight.
    expect_invalid("?intake_change=-4900", "intake_change", "Intake change");
    for (const char* goal : {"heavy", "900kg", "5kg", "", "70 parsecs"})
        expect_invalid(fmt::format("?goal_weight={}", goal), "goal_weight", "Goal weight");
    EXPECT_EQ(server.get("/api/forecast?days=0&account=abc", &P).error_field(), "account");
}

TEST_F(ForecastAndCheckin, AnUnderweightGoalIsRefusedForSafety) {
    const Answer reply = forecast("?goal_weight=45kg");
    EXPECT_EQ(reply.status, 422) << reply;
    EXPECT_EQ(reply.error_code(), "refused_for_safety");
    EXPECT_NE(reply.json["error"].value("message", "").find("BMI of 16.5"), std::string::npos) << reply;
    EXPECT_EQ(forecast("?goal_weight=51kg").status, 200) << "BMI 18.7 is a goal hipfit helps with";
    // The refusal names what it is about, so the page can show it beside that field.
    EXPECT_EQ(reply.error_field(), "goal_weight");
}

TEST_F(ForecastAndCheckin, AVeryLowCaloriePlanIsRefusedNamingTheIntakeChange) {
    // Whatever the baseline, 1,000 kcal under it from a goal of 51 kg leaves this person under 800 a day.
    const Answer reply = forecast("?intake_change=-1600&goal_weight=51kg");
    EXPECT_EQ(reply.status, 422) << reply;
    EXPECT_EQ(reply.error_code(), "refused_for_safety");
    EXPECT_EQ(reply.error_field(), "intake_change") << "about the plan, not the goal that was also given";
    EXPECT_NE(reply.json["error"].value("message", "").find("under 800"), std::string::npos) << reply;
}

TEST_F(ForecastAndCheckin, EveryRouteNeedsAProfile) {
    for (const auto& [method, path] : {std::pair{"GET", "/api/forecast"},
                                       {"GET", "/api/checkin"},
                                       {"POST", "/api/checkin"},
                                       {"GET", "/api/coach"}}) {
        const Answer reply = server.send(method, path, &U);
        EXPECT_EQ(reply.status, 404) << method << " " << path << ": " << reply;
        EXPECT_EQ(reply.error_code(), "not_found") << method << " " << path;
    }
    EXPECT_EQ(checkins_of(U), "");
}

TEST_F(ForecastAndCheckin, BeforeAnyCheckInEveryRouteShowsTheFormulasTarget) {
    log_three_weeks();
    const Answer assessment = server.get("/api/assessment", &P);
    ASSERT_EQ(assessment.status, 200) << assessment;
    const json formula = assessment.json["target_kcal"];
    EXPECT_EQ(assessment.json["target_in_force_kcal"], formula);
    EXPECT_EQ(assessment.json["target_in_force_source"], "formula");
    EXPECT_EQ(server.get("/api/today", &P).json["targets"]["energy_kcal"], formula);
    EXPECT_EQ(server.get("/api/stats", &P).json["intake"]["target_kcal"], formula);
    EXPECT_EQ(forecast("").json["plan"]["target_in_force_kcal"], formula);
    EXPECT_NEAR(forecast("").json["days"][0]["intake_kcal"].get<double>(), formula.get<double>(), 1e-9);
}

TEST_F(ForecastAndCheckin, TheAnswersCarryEveryKeyTheOpenApiDocumentRequires) {
    const json schemas = json::parse(handlers::openapi_document())["components"]["schemas"];
    expect_schema_keys(schemas["Forecast"], forecast("?goal_weight=68kg").json, "forecast");
    expect_schema_keys(schemas["Forecast"], forecast("?intake_change=-300").json, "forecast");
    expect_schema_keys(schemas["Assessment"], server.get("/api/assessment", &P).json, "assessment");
}

TEST_F(ForecastAndCheckin, TooLittleInTheJournalSaysWhyAndKeepsNothing) {
    for (const char* method : {"GET", "POST"}) {
        const Answer reply = server.send(method, "/api/checkin", &P);
        ASSERT_EQ(reply.status, 200) << method << ": " << reply;
        EXPECT_TRUE(reply.json["due"]) << "no check-in yet";
        EXPECT_FALSE(reply.json["estimate"]["available"]);
        EXPECT_GT(reply.json["estimate"]["why_not"].get<std::string>().size(), 20U) << reply;
        EXPECT_FALSE(reply.json["saved"]);
        EXPECT_FALSE(reply.json["changed"]);
        EXPECT_TRUE(reply.json["in_force"].is_null());
        EXPECT_EQ(reply.json["target_kcal"], reply.json["previous_target_kcal"]);
    }
    EXPECT_EQ(checkins_of(P), "");
}

TEST_F(ForecastAndCheckin, OnlyPostKeepsTheCheckInAndEveryViewFollowsItsTarget) {
    log_three_weeks();
    const Answer preview = server.get("/api/checkin", &P);
    ASSERT_EQ(preview.status, 200) << preview;
    EXPECT_TRUE(preview.json["estimate"]["available"]) << preview;
    EXPECT_EQ(preview.json["estimate"]["weigh_ins"], 22);
    EXPECT_FALSE(preview.json["saved"]);
    EXPECT_FALSE(preview.json["reasons"].empty());
    EXPECT_EQ(checkins_of(P), "") << "GET keeps nothing";

    const Answer kept = server.post("/api/checkin", json(), &P);
    ASSERT_EQ(kept.status, 200) << kept;
    EXPECT_TRUE(kept.json["saved"]);
    json without_saved = kept.json;
    without_saved["saved"] = false;
    without_saved.erase("in_force");
    json preview_decision = preview.json;
    preview_decision.erase("in_force");
    EXPECT_EQ(without_saved, preview_decision) << "POST decides what GET showed";
    const double target = kept.json["target_kcal"].get<double>();
    const std::string kept_today = core::format_date(kToday) + "|\n";
    EXPECT_EQ(checkins_of(P), kept_today);
    EXPECT_EQ(kept.json["in_force"]["date"], core::format_date(kToday));
    EXPECT_EQ(kept.json["in_force"]["target_kcal"], target);
    EXPECT_EQ(kept.json["in_force"]["reasons"], kept.json["reasons"]);
    // GET now shows what was kept: done for today, due again in a week.
    const Answer shown = server.get("/api/checkin", &P);
    EXPECT_EQ(shown.json["in_force"], kept.json["in_force"]);
    json kept_decision = kept.json;
    kept_decision["due"] = false;
    kept_decision["next_due"] = core::format_date(core::add_days(kToday, 7));
    EXPECT_EQ(shown.json, kept_decision) << "not 'changes from A to B' once B is in force";
    // Every route shows the same target in force; the assessment keeps the formula's beside it.
    EXPECT_EQ(server.get("/api/today", &P).json["targets"]["energy_kcal"], target);
    EXPECT_EQ(server.get("/api/stats", &P).json["intake"]["target_kcal"], target);
    const Answer assessment = server.get("/api/assessment", &P);
    EXPECT_EQ(assessment.json["target_in_force_kcal"], target);
    EXPECT_EQ(assessment.json["target_in_force_source"], "checkin");
    EXPECT_NE(assessment.json["target_kcal"], target);
    const Answer planned = forecast("");
    EXPECT_EQ(planned.json["plan"]["target_in_force_kcal"], target);
    EXPECT_NEAR(planned.json["baseline"]["intake_kcal"].get<double>() +
                    planned.json["plan"]["intake_changes"][0]["kcal"].get<double>(),
                target, 1e-9);

    // Again the same day: today's is replaced, not added to.
    EXPECT_EQ(server.post("/api/checkin", json(), &P).status, 200);
    EXPECT_EQ(checkins_of(P), kept_today);
    EXPECT_EQ(server.get("/api/checkin", &P).json["in_force"]["target_kcal"], target);
}

TEST_F(ForecastAndCheckin, TheCoachsAdviceIsTheAppsWithSeverityNamed) {
    for (int back = 1; back <= 5; ++back) {
        const json sleep = {
            {"kind", "sleep"}, {"value", 5}, {"date", days_before_today(back)}, {"time", "07:00"}};
        ASSERT_EQ(server.post("/api/entries", sleep, &P).status, 201);
    }
    const Answer reply = server.get("/api/coach", &P);
    ASSERT_EQ(reply.status, 200) << reply;
    const auto journal = server.database().journal(P.id);
    EXPECT_EQ(reply.json, app::to_json(app::coach_advice(*journal, kToday)));
    const std::set<std::string> severities{"safety", "warning", "tip", "celebrate"};
    bool short_sleep = false;
    for (const json& advice : reply.json) {
        EXPECT_TRUE(severities.contains(advice.value("severity", ""))) << advice;
        EXPECT_FALSE(advice.value("message", "").empty()) << advice;
        short_sleep = short_sleep || (advice["rule"] == "sleep-short" && advice["severity"] == "warning");
    }
    EXPECT_TRUE(short_sleep) << reply;
}

TEST_F(ForecastAndCheckin, ACoachSeesAndRunsTheCheckInOthersAreRefused) {
    log_three_weeks();
    const std::string of_p = "?account=" + std::to_string(P.id);
    for (const char* path : {"/api/forecast", "/api/checkin", "/api/coach"}) {
        const Answer own = server.get(path, &P);
        EXPECT_EQ(server.get(path + of_p, &C).body, own.body) << path;
        const Answer refused = server.get(path + of_p, &U);
        EXPECT_EQ(refused.status, 403) << path << ": " << refused;
        EXPECT_EQ(refused.error_code(), "forbidden") << path;
    }
    const Answer by_other = server.post("/api/checkin" + of_p, json(), &U);
    EXPECT_EQ(by_other.status, 403) << by_other;
    EXPECT_EQ(checkins_of(P), "");

    const Answer by_coach = server.post("/api/checkin" + of_p, json(), &C);
    ASSERT_EQ(by_coach.status, 200) << by_coach;
    EXPECT_TRUE(by_coach.json["saved"]);
    EXPECT_NE(checkins_of(P), "") << "kept in P's journal";
    EXPECT_EQ(checkins_of(C), "");

    // Revoked: the coach sees and runs nothing more.
    ASSERT_EQ(server.del(fmt::format("/api/coaches/{}", C.id), &P).status, 204);
    EXPECT_EQ(server.get("/api/checkin" + of_p, &C).status, 403);
    EXPECT_EQ(server.post("/api/checkin" + of_p, json(), &C).status, 403);
}

}  // namespace
}  // namespace hipfit::server
