// Swapping an exercise mid-workout: the rest of it becomes the alternative's steps at the same point, and
// the logged sets name the planned exercise they replaced.
#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/workout/workout_result.hpp"
#include "core/workout/workout_script.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::core {
namespace {

const Catalog& catalog() {
    return io::builtin_catalog();
}

constexpr Date kMonday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};

// Clamshells, 3 sets of 12 a side with 30 s rests, then squats, 2 sets of 12.
WorkoutScript clamshells_then_squats() {
    PlannedExercise clamshell;
    clamshell.id = "clamshell";
    clamshell.sets = 3;
    clamshell.reps = 12;
    clamshell.per_side = true;
    clamshell.rest_seconds = 30;
    PlannedExercise squat;
    squat.id = "squat";
    squat.sets = 2;
    squat.reps = 12;
    squat.rest_seconds = 60;
    Session session{kMonday, 30, {{Block::targeted, {clamshell}}, {Block::strength, {squat}}}};
    return make_workout_script(session, catalog());
}

std::string shape(const WorkoutScript& script) {
    std::string out;
    for (const WorkoutStep& s : script.steps) {
        if (!out.empty())
            out += ' ';
        if (!s.is_exercise()) {
            out += s.kind == StepKind::rest ? "rest" : "switch";
            continue;
        }
        out += s.exercise + ":" + std::to_string(s.set) + "/" + std::to_string(s.sets);
        if (s.side)
            out += s.side == Side::left ? "L" : "R";
        if (s.reps)
            out += "x" + std::to_string(*s.reps);
    }
    return out;
}

TEST(WorkoutSwap, TheRemainingSetsBecomeTheAlternativesAtTheSamePoint) {
    WorkoutScript script = clamshells_then_squats();
    ASSERT_EQ(script.steps[4].set, 2);  // the second set's left side
    swap_exercise(script, 4, catalog().get("fire-hydrant"), catalog());
    // 12 of the clamshell's 10–15 is two fifths up: 11 of the fire hydrant's 8–15.
    EXPECT_EQ(shape(script),
              "clamshell:1/3Lx12 switch clamshell:1/3Rx12 rest fire-hydrant:2/3Lx11 switch "
              "fire-hydrant:2/3Rx11 rest "
              "fire-hydrant:3/3Lx11 switch fire-hydrant:3/3Rx11 squat:1/2x12 rest squat:2/2x12");
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        EXPECT_EQ(script.steps[i].index, static_cast<int>(i));
        const bool swapped = script.steps[i].exercise == "fire-hydrant";
        EXPECT_EQ(script.steps[i].swapped_from,
                  swapped ? std::optional<std::string>("clamshell") : std::nullopt);
    }
    EXPECT_EQ(script.steps[4].name, "Fire hydrant");
}

TEST(WorkoutSwap, AtARightSideTheSwapStartsWithTheNextSet) {
    WorkoutScript script = clamshells_then_squats();
    ASSERT_EQ(script.steps[6].side, Side::right);
    swap_exercise(script, 6, catalog().get("side-lying-leg-raise"), catalog());
    // 12 of 10–15 is 8 of the raise's 6–10.
    EXPECT_EQ(
        shape(script),
        "clamshell:1/3Lx12 switch clamshell:1/3Rx12 rest clamshell:2/3Lx12 switch clamshell:2/3Rx12 rest "
        "side-lying-leg-raise:3/3Lx8 switch side-lying-leg-raise:3/3Rx8 squat:1/2x12 rest squat:2/2x12");
}

TEST(WorkoutSwap, ANonPerSideAlternativeAndASecondSwap) {
    WorkoutScript script = clamshells_then_squats();
    swap_exercise(script, 11, catalog().get("lunge"), catalog());
    // 12 of the squat's 10–20 is 12 of the lunge's 10–20; a swapped swap still names the planned squat.
    EXPECT_EQ(script.steps[11].exercise, "lunge");
    EXPECT_EQ(script.steps[11].reps, 12);
    swap_exercise(script, 13, catalog().get("reverse-lunge"), catalog());
    EXPECT_EQ(script.steps[13].exercise, "reverse-lunge");
    EXPECT_EQ(script.steps[13].swapped_from, "squat");
    EXPECT_EQ(script.steps[11].exercise, "lunge");
}

TEST(WorkoutSwap, NothingToSwapIsRefused) {
    WorkoutScript script = clamshells_then_squats();
    EXPECT_THROW(swap_exercise(script, 1, catalog().get("fire-hydrant"), catalog()),
                 InvalidInput);  // a switch
    EXPECT_THROW(swap_exercise(script, 10, catalog().get("fire-hydrant"), catalog()),
                 InvalidInput);  // last right
    EXPECT_THROW(swap_exercise(script, 99, catalog().get("fire-hydrant"), catalog()), InvalidInput);
    EXPECT_EQ(script.steps.size(), clamshells_then_squats().steps.size());
}

TEST(WorkoutSwap, TheLoggedSetsNameThePlannedExercise) {
    WorkoutScript script = clamshells_then_squats();
    swap_exercise(script, 4, catalog().get("fire-hydrant"), catalog());
    WorkoutResult result;
    for (const WorkoutStep& step : script.steps) {
        StepResult r;
        r.outcome = StepOutcome::done;
        r.reps = step.reps;
        result.steps.push_back(r);
    }
    const Entry entry = workout_entry(script, result, {18, 0});
    ASSERT_EQ(entry.sets.size(), 5U);
    EXPECT_EQ(entry.sets[0].exercise_id, "clamshell");
    EXPECT_FALSE(entry.sets[0].swapped_from);
    EXPECT_EQ(entry.sets[1].exercise_id, "fire-hydrant");
    EXPECT_EQ(entry.sets[1].swapped_from, "clamshell");
    EXPECT_EQ(entry.sets[1].reps, 11);
    EXPECT_EQ(entry.sets[2].swapped_from, "clamshell");
    EXPECT_FALSE(entry.sets[3].swapped_from);
}

}  // namespace
}  // namespace hipfit::core
