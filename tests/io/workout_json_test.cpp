// The workout script's JSON (docs/workout.md): the keys of each kind of step; and the terminal player's
// progress file, read back whole or not at all.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "io/workout_json.hpp"
#include "tests/core/workout/workout_test_session.hpp"

namespace hipfit::io {
namespace {

using namespace hipfit::core;
using nlohmann::json;

std::set<std::string> keys_of(const json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items()) keys.insert(key);
    return keys;
}

TEST(WorkoutJson, EachKindOfStepHasTheKeysOfDocsWorkoutMd) {
    WorkoutScript script = core::testing::every_kind_script();
    script.program_week = 3;
    const json document = to_json(script);
    EXPECT_EQ(keys_of(document),
              (std::set<std::string>{"date", "program_week", "minutes", "steps", "records"}));
    EXPECT_EQ(document["date"], "2026-11-23");
    EXPECT_EQ(document["program_week"], 3);
    EXPECT_EQ(document["minutes"], 45);
    const json& steps = document["steps"];
    ASSERT_EQ(steps.size(), 16U);
    const std::set<std::string> exercise{"index", "block", "kind", "exercise", "name",
                                         "cue",   "set",   "sets", "side"};
    auto with = [&](std::initializer_list<std::string> more) {
        std::set<std::string> keys = exercise;
        keys.insert(more);
        return keys;
    };
    EXPECT_EQ(keys_of(steps[0]), with({"seconds"}));
    EXPECT_EQ(steps[0]["kind"], "timed");
    EXPECT_EQ(steps[0]["block"], "warm-up");
    EXPECT_EQ(steps[0]["seconds"], 60);
    EXPECT_TRUE(steps[0]["side"].is_null());
    EXPECT_EQ(keys_of(steps[1]), with({"reps", "add_resistance"}));
    EXPECT_EQ(steps[1]["side"], "left");
    EXPECT_EQ(steps[1]["reps"], 12);
    EXPECT_EQ(steps[1]["name"], "Clamshell");
    EXPECT_EQ(steps[2], json::parse(R"({"index":2,"block":"targeted","kind":"switch_sides","seconds":5})"));
    EXPECT_EQ(steps[4], json::parse(R"({"index":4,"block":"targeted","kind":"rest","seconds":30})"));
    EXPECT_EQ(keys_of(steps[8]), with({"seconds", "add_resistance"}));
    EXPECT_EQ(steps[8]["kind"], "hold");
    EXPECT_EQ(keys_of(steps[11]), (std::set<std::string>{"index", "block", "kind", "exercise", "name", "cue",
                                                         "rounds", "work_seconds", "rest_seconds"}));
    EXPECT_EQ(steps[11]["kind"], "intervals");
    EXPECT_EQ(steps[11]["rounds"], 3);
    EXPECT_EQ(steps[15]["block"], "cool-down");
    EXPECT_EQ(steps[15]["side"], "right");
}

TEST(WorkoutJson, TheTempoIsInSecondsUpAndDown) {
    Session session{testing::kWorkoutDay, 30, {}};
    PlannedExercise raise = testing::planned_exercise("side-lying-leg-raise", 1);
    raise.reps = 8;
    raise.per_side = true;
    session.blocks = {{Block::targeted, {raise}}};
    const json step = to_json(make_workout_script(session, builtin_catalog()))["steps"][0];
    EXPECT_EQ(step["tempo"], json::parse(R"({"up_s":4,"down_s":4})"));
}

WorkoutProgress some_progress() {
    WorkoutProgress progress;
    progress.date = testing::kWorkoutDay;
    progress.steps = 3;
    progress.index = 2;
    progress.result.steps.resize(3);
    progress.result.steps[0].outcome = StepOutcome::skipped;
    progress.result.steps[1] = {StepOutcome::done, 10, Kilograms(7.5), std::nullopt, std::nullopt, 8};
    return progress;
}

TEST(WorkoutJson, AProgressReadsBackAsItWasWritten) {
    const WorkoutProgress progress = some_progress();
    const std::optional<WorkoutProgress> back =
        workout_progress_from_json(json::parse(to_json(progress).dump()));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->date, progress.date);
    EXPECT_EQ(back->steps, 3U);
    EXPECT_EQ(back->index, 2U);
    EXPECT_EQ(back->result.steps, progress.result.steps);
}

TEST(WorkoutJson, AProgressThatIsNotWholeOrOfAnotherVersionIsNotRead) {
    const json good = to_json(some_progress());
    for (const auto& [key, value] : std::vector<std::pair<std::string, json>>{{"version", 2},
                                                                              {"format", "something"},
                                                                              {"date", "2026-02-30"},
                                                                              {"index", 4},
                                                                              {"steps", 4},
                                                                              {"results", json::array()},
                                                                              {"index", "two"}}) {
        json broken = good;
        broken[key] = value;
        EXPECT_FALSE(workout_progress_from_json(broken).has_value()) << key << " = " << value;
    }
    json unknown_outcome = good;
    unknown_outcome["results"][0]["outcome"] = "maybe";
    EXPECT_FALSE(workout_progress_from_json(unknown_outcome).has_value());
    EXPECT_FALSE(workout_progress_from_json(json::array()).has_value());
    EXPECT_FALSE(workout_progress_from_json(json()).has_value());
}

}  // namespace
}  // namespace hipfit::io
