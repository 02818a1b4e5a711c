// The step-by-step sequences of tests/fixtures/player_sequences.json, replayed through core's player, give
// the entries the fixture expects. tests/browser/player.test.js plays the same sequences in the web
// player and reads what the server stored: one fixture, so the two players cannot drift apart.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/body/profile.hpp"
#include "core/program/plan.hpp"
#include "core/workout/workout_player.hpp"
#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"
#include "io/profile_json.hpp"
#include "io/workout_json.hpp"

namespace hipfit::core {
namespace {

using nlohmann::json;

const json& fixture() {
    static const json parsed = [] {
        std::ifstream file(std::string(HIPFIT_SOURCE_DIR) + "/tests/fixtures/player_sequences.json",
                           std::ios::binary);
        EXPECT_TRUE(file) << "tests/fixtures/player_sequences.json is missing";
        return json::parse(
            std::string{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()});
    }();
    return parsed;
}

// The script of the session's day for its profile, made as PUT /api/profile on that day and
// GET /api/workout make it (no journal yet: the plan's session as it is).
WorkoutScript script_of(const json& session) {
    const Date day = parse_date(session["date"].get<std::string>(), "date");
    std::vector<std::string> keys;
    for (const auto& [key, value] : session["profile"].items()) keys.push_back(key);
    const std::vector<std::string_view> allowed(keys.begin(), keys.end());
    Profile profile = apply_changes(
        std::nullopt, io::profile_changes_from_json(session["profile"], "profile", allowed), day);
    profile.program_start = day;
    const std::optional<Session> planned = planned_session(profile, io::builtin_catalog(), day);
    EXPECT_TRUE(planned.has_value()) << "no session on " << session["date"];
    return planned ? make_workout_script(*planned, io::builtin_catalog()) : WorkoutScript{};
}

// Each step as the fixture's "steps" writes it: "KIND[ EXERCISE[ SIDE]]".
std::vector<std::string> digest(const WorkoutScript& script) {
    std::vector<std::string> steps;
    for (const WorkoutStep& step : script.steps) {
        std::string text(name_of(kStepKindNames, step.kind));
        if (!step.exercise.empty())
            text += " " + step.exercise;
        if (step.side)
            text += " " + std::string(name_of(kSideNames, *step.side));
        steps.push_back(text);
    }
    return steps;
}

// The entry as the fixture compares it: without its id, time and energy.
json compared(const Entry& entry) {
    json out = io::to_json(entry);
    for (const char* key : {"id", "time", "energy_kcal"}) out.erase(key);
    return out;
}

TEST(PlayerSequences, TheFixtureHasSequencesForEveryKindOfEvent) {
    std::set<std::string> actions;
    std::set<std::string> kinds;
    for (const json& session : fixture()["sessions"]) {
        for (const json& sequence : session["sequences"]) {
            for (const json& event : sequence["events"]) {
                actions.insert(event["action"].get<std::string>());
                kinds.insert(
                    session["steps"][event["step"].get<std::size_t>()].get<std::string>().substr(0, 4));
            }
        }
    }
    EXPECT_EQ(actions, (std::set<std::string>{"back", "done", "skip"}));
    EXPECT_EQ(kinds, (std::set<std::string>{"inte", "reps", "rest", "swit", "time"}));
}

TEST(PlayerSequences, EachSessionIsTheScriptTheFixtureWasWrittenFor) {
    for (const json& session : fixture()["sessions"]) {
        EXPECT_EQ(digest(script_of(session)), session["steps"].get<std::vector<std::string>>())
            << session["name"] << ": the plan has changed; write the fixture's sequences for the new script";
    }
}

TEST(PlayerSequences, ReplayedThroughCoresPlayerEachGivesTheExpectedEntry) {
    int played = 0;
    for (const json& session : fixture()["sessions"]) {
        const WorkoutScript script = script_of(session);
        for (const json& sequence : session["sequences"]) {
            SCOPED_TRACE(sequence["name"].get<std::string>());
            const std::vector<StepEvent> events = io::step_events_from_json(sequence["events"], "events");
            // What the web player sends is what it logged: the events read back write the same JSON.
            EXPECT_EQ(io::to_json(events), sequence["events"]);
            const WorkoutResult result = replay_workout(script, events, "events");
            const Entry entry = workout_entry(script, result, TimeOfDay{10, 30});
            if (sequence["entry"].is_null()) {
                EXPECT_TRUE(entry.sets.empty()) << compared(entry).dump();
            } else {
                EXPECT_EQ(compared(entry), sequence["entry"]);
            }
            ++played;
        }
    }
    EXPECT_EQ(played, 5);
}

}  // namespace
}  // namespace hipfit::core
