// GET /api/limits gives core's own ranges, keyed as the API's JSON fields, so the web app types none of them
// again (issue 12, point 4); and the API's errors name those fields, never a command-line flag (point 5).
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "core/body/profile.hpp"
#include "core/body/profile_limits.hpp"
#include "core/checkin/checkin_limits.hpp"
#include "core/forecast/forecast.hpp"
#include "core/forecast/intake_change.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/program/own_exercise.hpp"
#include "core/program/plan.hpp"
#include "server/api_error.hpp"
#include "server/credentials.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

void expect_range(const json& limit, core::Range range, const std::string& what) {
    EXPECT_EQ(limit.at("min").get<double>(), range.min) << what;
    EXPECT_EQ(limit.at("max").get<double>(), range.max) << what;
}

class Limits : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        const Answer reply = server->get("/api/limits");
        ASSERT_EQ(reply.status, 200) << reply;
        limits = reply.json;
        P = server->sign_up("person@example.com");
    }
    static void TearDownTestSuite() { server.reset(); }

    static inline std::unique_ptr<TestServer> server;
    static inline json limits;
    static inline Session P;
};

TEST_F(Limits, AnyoneMayReadThemAndKeepThemForAnHour) {
    const Answer reply = server->get("/api/limits");
    EXPECT_EQ(reply.content_type, "application/json");
    EXPECT_EQ(reply.header("Cache-Control"), "public, max-age=3600");
    EXPECT_EQ(server->send("HEAD", "/api/limits").status, 200);
}

TEST_F(Limits, TheProfilesAreCoresRanges) {
    const json& profile = limits.at("profile");
    EXPECT_EQ(profile.at("age_years").at("min").get<int>(), core::kAdultAgeYears);
    EXPECT_EQ(profile.at("age_years").at("max").get<double>(), core::kAgeRangeYears.max);
    expect_range(profile.at("height_cm"), core::kHeightRangeCm, "height_cm");
    expect_range(profile.at("weight_kg"), core::kWeightRangeKg, "weight_kg");
    expect_range(profile.at("waist_cm"), core::kWaistRangeCm, "waist_cm");
    expect_range(profile.at("hip_cm"), core::kHipRangeCm, "hip_cm");
    expect_range(profile.at("neck_cm"), core::kNeckRangeCm, "neck_cm");
    expect_range(profile.at("thigh_cm"), core::kThighRangeCm, "thigh_cm");
    expect_range(profile.at("pal"), core::kPalRange, "pal");
    expect_range(profile.at("deficit_kcal"), core::kEnergyOffsetRangeKcal, "deficit_kcal");
    expect_range(profile.at("surplus_kcal"), core::kEnergyOffsetRangeKcal, "surplus_kcal");
    expect_range(profile.at("minutes_per_session"), core::kSessionMinutesRange, "minutes_per_session");
    EXPECT_EQ(profile.at("days").at("min").get<int>(), 1);
    EXPECT_EQ(profile.at("days").at("max").get<int>(), core::kMaxTrainingDaysPerWeek);
    EXPECT_EQ(profile.size(), 12U);
}

TEST_F(Limits, TheJournalsAreCoresRanges) {
    const json& entry = limits.at("entry");
    EXPECT_EQ(entry.at("note").at("max_length").get<std::size_t>(), core::kMaxNoteLength);
    EXPECT_EQ(entry.at("date").at("min").get<std::string>(), core::format_date(core::kEarliestEntryDate));
    expect_range(entry.at("protein_g"), core::kProteinRangeGrams, "protein_g");
    expect_range(entry.at("energy_kcal"), core::kWorkoutEnergyRangeKcal, "energy_kcal");
    for (const core::MeasurementLimit& m : core::kMeasurementLimits)
        expect_range(entry.at(std::string(m.key)), m.range, std::string(m.key));
    std::size_t kinds = 0;
    for (const auto& [kind, name] : core::kEntryKindNames) {
        if (kind == core::EntryKind::measure || kind == core::EntryKind::workout) {
            EXPECT_FALSE(entry.at("value").contains(std::string(name))) << name << " has no single value";
            continue;
        }
        ++kinds;
        const json& value = entry.at("value").at(std::string(name));
        expect_range(value, core::value_range(kind), std::string(name));
        EXPECT_EQ(value.at("unit").get<std::string>(), core::value_unit(kind)) << name;
    }
    EXPECT_EQ(entry.at("value").size(), kinds);
    EXPECT_EQ(entry.at("sets").at("max").get<std::size_t>(), core::kMaxSetsPerWorkout);
    EXPECT_EQ(entry.at("sets").at("max_per_exercise").get<std::size_t>(), core::kMaxSetsPerExercise);
    EXPECT_EQ(entry.at("sets").at("max_minutes").get<double>(), core::kMaxWorkoutMinutes);
    const json& set = entry.at("set");
    expect_range(set.at("reps"), core::kRepsRange, "reps");
    expect_range(set.at("load_kg"), core::kLoadRangeKg, "load_kg");
    expect_range(set.at("hold_seconds"), core::kHoldRangeSeconds, "hold_seconds");
    expect_range(set.at("rpe"), core::kRpeRange, "rpe");
    expect_range(set.at("minutes"), core::kBoutMinutesRange, "minutes");
    expect_range(set.at("distance_km"), core::kDistanceRangeKm, "distance_km");
    expect_range(set.at("rounds"), core::kRoundsRange, "rounds");
    expect_range(set.at("work_seconds"), core::kIntervalSecondsRange, "work_seconds");
    expect_range(set.at("rest_seconds"), core::kIntervalSecondsRange, "rest_seconds");
}

TEST_F(Limits, TheCheckinsThePlansTheForecastsAndThePasswordsAreTheirOwners) {
    const json& checkin = limits.at("checkin");
    expect_range(checkin.at("target_kcal"), core::kCheckinTargetRangeKcal, "target_kcal");
    expect_range(checkin.at("expenditure_kcal"), core::kCheckinExpenditureRangeKcal, "expenditure_kcal");
    expect_range(checkin.at("expenditure_sd_kcal"), core::kCheckinExpenditureSdRangeKcal,
                 "expenditure_sd_kcal");
    EXPECT_EQ(checkin.at("reasons").at("max_length").get<std::size_t>(), core::kMaxNoteLength);
    EXPECT_EQ(limits.at("plan").at("weeks").at("max").get<int>(), core::kMaxPlanWeeks);
    EXPECT_EQ(limits.at("plan").at("start").at("min").get<std::string>(),
              core::format_date(core::kEarliestPlanStart));
    EXPECT_EQ(limits.at("plan").at("start").at("max").get<std::string>(),
              core::format_date(core::kLatestPlanStart));
    const json& forecast = limits.at("forecast");
    EXPECT_EQ(forecast.at("days").at("max").get<int>(), core::kMaxForecastDays);
    expect_range(forecast.at("intake_change"), {-core::kMaxIntakeChangeKcal, core::kMaxIntakeChangeKcal},
                 "intake_change");
    expect_range(forecast.at("goal_weight"), core::kWeightRangeKg, "goal_weight");
    expect_range(forecast.at("step"), {core::kMinForecastStep, core::kMaxForecastStep}, "step");
    const json& password = limits.at("account").at("password");
    EXPECT_EQ(password.at("min_length").get<std::size_t>(), kMinPasswordLength);
    EXPECT_EQ(password.at("max_length").get<std::size_t>(), kMaxPasswordLength);
}

template <class Enum, std::size_t N>
std::vector<std::string> words_of(const core::NameTable<Enum, N>& table) {
    std::vector<std::string> words;
    for (const auto& [value, name] : table) words.emplace_back(name);
    return words;
}

// The web app's "Your exercises" form offers exactly what POST /api/exercises takes.
TEST_F(Limits, TheOwnExercisesAreTheWordsAndRulesThatPostExercisesTakes) {
    const json& own = limits.at("own_exercise");
    EXPECT_EQ(own.at("name").at("max_length").get<std::size_t>(), core::kMaxOwnNameCharacters);
    EXPECT_EQ(own.at("met").at("min").get<double>(), 0.0);
    EXPECT_EQ(own.at("met").at("max").get<double>(), core::kMaxMet);
    EXPECT_EQ(own.at("max_count").get<std::size_t>(), core::kMaxOwnExercises);
    EXPECT_EQ(own.at("kinds").get<std::vector<std::string>>(), words_of(core::kExerciseKindNames));
    EXPECT_EQ(own.at("muscles").get<std::vector<std::string>>(), words_of(core::kMuscleNames));
    // Every equipment word but "none", which an own exercise refuses (no equipment: body weight).
    std::vector<std::string> equipment = words_of(core::kEquipmentNames);
    std::erase(equipment, std::string(core::name_of(core::kEquipmentNames, core::Equipment::none)));
    EXPECT_EQ(own.at("equipment").get<std::vector<std::string>>(), equipment);
    EXPECT_EQ(own.size(), 6U);

    const Session person = server->sign_up("own-exercise-limits@example.com");
    json refused = {{"name", "Hip thrust"},
                    {"kind", "strength"},
                    {"primary_muscles", {"gluteus-maximus"}},
                    {"equipment", {"none"}}};
    EXPECT_EQ(server->post("/api/exercises", refused, &person).error_field(), "equipment");
    json every_word = {{"name", "Everything"},
                       {"kind", own.at("kinds").back()},
                       {"primary_muscles", {own.at("muscles").front()}},
                       {"secondary_muscles", {own.at("muscles").back()}},
                       {"equipment", own.at("equipment")},
                       {"met", own.at("met").at("max")}};
    const Answer taken = server->post("/api/exercises", every_word, &person);
    EXPECT_EQ(taken.status, 201) << taken;
}

// The keys are the API's own: one past each profile range is refused by PUT /api/profile as out of range,
// naming that key (an unknown key would be refused as unknown).
TEST_F(Limits, TheProfilesKeysAreTheFieldsPutProfileTakes) {
    for (const auto& [key, range] : limits.at("profile").items()) {
        if (key == "days")
            continue;  // a list of weekdays, not a number
        const bool whole = key == "age_years" || key == "minutes_per_session";
        const double beyond = range.at("max").get<double>() + 1;
        json profile = adult_profile();
        profile[key] = whole ? json(static_cast<int>(beyond)) : json(beyond);
        if (key == "pal")
            profile.erase("activity");
        const Answer reply = server->put("/api/profile", profile, &P);
        EXPECT_EQ(reply.status, 400) << key << ": " << reply;
        EXPECT_EQ(reply.error_field(), key) << reply;
        const std::string message = reply.json["error"].value("message", "");
        std::string words = field_words(key);  // the message names the field in words, as a sentence
        words.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(words.front())));
        EXPECT_TRUE(message.starts_with(words + ": ")) << message;
        EXPECT_NE(message.find("is outside the accepted range"), std::string::npos) << message;
    }
}

// Point 5: core names fields by their keys; the API shows the JSON's names, never a flag.
TEST_F(Limits, TheApisErrorsNameItsOwnFieldsNotTheCommandLines) {
    json thin = adult_profile();
    thin["waist_cm"] = 45;
    thin["neck_cm"] = 50;
    const Answer waist = server->put("/api/profile", thin, &P);
    EXPECT_EQ(waist.error_field(), "waist_cm") << waist;
    EXPECT_EQ(waist.json["error"].value("message", ""), "Waist: 45.0 cm must be larger than neck 50.0 cm.");

    json underweight = adult_profile();
    underweight["weight_kg"] = 45;
    underweight["goal"] = "lose-fat";
    const Answer refused = server->put("/api/profile", underweight, &P);
    EXPECT_EQ(refused.status, 422) << refused;
    EXPECT_EQ(refused.error_field(), "goal") << refused;
    const std::string message = refused.json["error"].value("message", "");
    EXPECT_NE(message.find("Set goal to tone or maintain"), std::string::npos) << message;
    EXPECT_EQ(message.find("--"), std::string::npos) << message;

    ASSERT_EQ(server->put("/api/profile", adult_profile(), &P).status, 200);
    const Answer goal = server->get("/api/forecast?goal_weight=400kg", &P);
    EXPECT_EQ(goal.error_field(), "goal_weight") << goal;
    EXPECT_EQ(goal.json["error"].value("message", ""), "Goal weight: 400 kg is outside 30–300 kg.");

    const Answer measure = server->post("/api/entries", {{"kind", "measure"}, {"date", "2026-11-20"}}, &P);
    EXPECT_EQ(measure.status, 400) << measure;
    EXPECT_EQ(measure.error_field(), "measurements") << measure;
    EXPECT_NE(measure.json["error"].value("message", "").find("give at least one of waist_cm, hip_cm"),
              std::string::npos)
        << measure;
}

}  // namespace
}  // namespace hipfit::server
