// The guided workout's script (docs/workout.md): a real session step by step, each kind of step from a
// session made by hand, and the rules checked on the sessions of many generated profiles.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "core/program/plan.hpp"
#include "core/workout/workout_script.hpp"
#include "io/catalog_json.hpp"
#include "tests/support/random_training.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::core {
namespace {

const Catalog& catalog() {
    return io::builtin_catalog();
}

constexpr Date kMonday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};

// The profile of tests/core/program/plan_golden_test.cpp, its program starting on a Monday.
Profile beginner_with_a_band() {
    return testing::beginner_with_a_band(kMonday);
}

void expect_exercise(const WorkoutStep& step, std::string_view id, StepKind kind, int set, int sets,
                     std::optional<Side> side) {
    SCOPED_TRACE(::testing::Message() << "step " << step.index << " " << id);
    EXPECT_EQ(step.exercise, id);
    EXPECT_EQ(step.kind, kind);
    EXPECT_EQ(step.set, set);
    EXPECT_EQ(step.sets, sets);
    EXPECT_EQ(step.side, side);
}

void expect_pause(const WorkoutStep& step, StepKind kind, int seconds) {
    EXPECT_EQ(step.kind, kind) << "step " << step.index;
    EXPECT_EQ(step.seconds, seconds) << "step " << step.index;
    EXPECT_TRUE(step.exercise.empty()) << "step " << step.index;
}

TEST(WorkoutScript, ABeginnersFirstMondayStepByStep) {
    const std::optional<Session> session = planned_session(beginner_with_a_band(), catalog(), kMonday);
    ASSERT_TRUE(session.has_value());
    const WorkoutScript script = make_workout_script(*session, catalog());
    EXPECT_EQ(script.date, kMonday);
    EXPECT_EQ(script.minutes, 45);
    ASSERT_EQ(script.steps.size(), 40U);
    // Five warm-up moves of a minute each.
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(script.steps[i].block, Block::warm_up);
        EXPECT_EQ(script.steps[i].kind, StepKind::timed);
        EXPECT_EQ(script.steps[i].seconds, 60);
    }
    EXPECT_EQ(script.steps[0].exercise, "leg-swings");
    EXPECT_EQ(script.steps[0].name, "Leg swings");
    EXPECT_EQ(script.steps[0].cue, catalog().get("leg-swings").cues.front());
    // Leg kickback, 2 × 10 per side with 30 s between sets.
    expect_exercise(script.steps[5], "leg-kickback", StepKind::reps, 1, 2, Side::left);
    EXPECT_EQ(script.steps[5].reps, 10);
    EXPECT_EQ(script.steps[5].block, Block::targeted);
    expect_pause(script.steps[6], StepKind::switch_sides, kSwitchSidesSeconds);
    expect_exercise(script.steps[7], "leg-kickback", StepKind::reps, 1, 2, Side::right);
    expect_pause(script.steps[8], StepKind::rest, 30);
    expect_exercise(script.steps[9], "leg-kickback", StepKind::reps, 2, 2, Side::left);
    expect_pause(script.steps[10], StepKind::switch_sides, kSwitchSidesSeconds);
    expect_exercise(script.steps[11], "leg-kickback", StepKind::reps, 2, 2, Side::right);
    // Glute bridge, 2 × 10 with 45 s between; no rest after the last set.
    expect_exercise(script.steps[12], "glute-bridge", StepKind::reps, 1, 2, std::nullopt);
    expect_pause(script.steps[13], StepKind::rest, 45);
    expect_exercise(script.steps[14], "glute-bridge", StepKind::reps, 2, 2, std::nullopt);
    expect_exercise(script.steps[15], "clamshell", StepKind::reps, 1, 2, Side::left);
    expect_exercise(script.steps[22], "chair-squat", StepKind::reps, 1, 2, std::nullopt);
    EXPECT_EQ(script.steps[22].block, Block::strength);
    expect_pause(script.steps[23], StepKind::rest, 60);
    // 21 minutes of cycling.
    expect_exercise(script.steps[28], "cycling", StepKind::timed, 1, 1, std::nullopt);
    EXPECT_EQ(script.steps[28].block, Block::cardio);
    EXPECT_EQ(script.steps[28].seconds, 21 * 60);
    // Stretches are calm countdowns, per side where the catalog says so.
    expect_exercise(script.steps[29], "butterfly-stretch", StepKind::timed, 1, 1, std::nullopt);
    EXPECT_EQ(script.steps[29].seconds, 30);
    expect_exercise(script.steps[31], "figure-four-stretch", StepKind::timed, 1, 1, Side::left);
    expect_pause(script.steps[32], StepKind::switch_sides, kSwitchSidesSeconds);
    expect_exercise(script.steps[33], "figure-four-stretch", StepKind::timed, 1, 1, Side::right);
    expect_exercise(script.steps[39], "standing-quad-stretch", StepKind::timed, 1, 1, Side::right);
    EXPECT_EQ(script.steps[39].block, Block::cool_down);
    for (const WorkoutStep& step : script.steps) {
        EXPECT_FALSE(step.tempo.has_value()) << step.exercise << ": no tempo in the catalog";
        EXPECT_FALSE(step.add_resistance) << step.exercise << ": the first week";
    }
}

PlannedExercise planned(std::string id, int sets) {
    PlannedExercise p;
    p.id = std::move(id);
    p.sets = sets;
    return p;
}

TEST(WorkoutScript, EachKindOfStepFromASessionMadeByHand) {
    PlannedExercise raise = planned("side-lying-leg-raise", 2);
    raise.reps = 10;
    raise.per_side = true;
    raise.rest_seconds = 30;
    raise.add_resistance = true;
    PlannedExercise wall_sit = planned("wall-sit", 2);
    wall_sit.hold_seconds = 40;
    wall_sit.rest_seconds = 45;
    PlannedExercise sprints = planned("sprint-intervals", 8);
    sprints.work_seconds = 25;
    sprints.rest_seconds = 50;
    sprints.minutes = 20;
    PlannedExercise rolling = planned("foam-rolling", 1);
    rolling.minutes = 3;
    Session session{kMonday, 30, {}};
    session.blocks = {{Block::targeted, {raise}},
                      {Block::strength, {wall_sit}},
                      {Block::intervals, {sprints}},
                      {Block::cool_down, {rolling}}};
    const WorkoutScript script = make_workout_script(session, catalog());
    ASSERT_EQ(script.steps.size(), 12U);
    // 2 sets per side: left, switch, right, rest, left, switch, right; the tempo is the catalog's 4 s / 4 s.
    expect_exercise(script.steps[0], "side-lying-leg-raise", StepKind::reps, 1, 2, Side::left);
    ASSERT_TRUE(script.steps[0].tempo.has_value());
    EXPECT_EQ(script.steps[0].tempo->up_seconds, 4);
    EXPECT_EQ(script.steps[0].tempo->down_seconds, 4);
    EXPECT_TRUE(script.steps[0].add_resistance);
    EXPECT_EQ(countdown_seconds(script.steps[0]), 0);
    expect_pause(script.steps[1], StepKind::switch_sides, 5);
    expect_pause(script.steps[3], StepKind::rest, 30);
    expect_exercise(script.steps[6], "side-lying-leg-raise", StepKind::reps, 2, 2, Side::right);
    // An isometric hold, 2 × 40 s with 45 s between.
    expect_exercise(script.steps[7], "wall-sit", StepKind::hold, 1, 2, std::nullopt);
    EXPECT_EQ(script.steps[7].seconds, 40);
    EXPECT_FALSE(script.steps[7].tempo.has_value());
    expect_pause(script.steps[8], StepKind::rest, 45);
    expect_exercise(script.steps[9], "wall-sit", StepKind::hold, 2, 2, std::nullopt);
    // One step for the whole interval block: 8 rounds of 25 s work, 50 s rest between rounds.
    const WorkoutStep& intervals = script.steps[10];
    EXPECT_EQ(intervals.kind, StepKind::intervals);
    EXPECT_EQ(intervals.exercise, "sprint-intervals");
    EXPECT_EQ(intervals.rounds, 8);
    EXPECT_EQ(intervals.work_seconds, 25);
    EXPECT_EQ(intervals.rest_seconds, 50);
    EXPECT_EQ(countdown_seconds(intervals), 8 * 25 + 7 * 50);
    // Minutes become a countdown in seconds.
    expect_exercise(script.steps[11], "foam-rolling", StepKind::timed, 1, 1, std::nullopt);
    EXPECT_EQ(script.steps[11].seconds, 180);
    EXPECT_EQ(countdown_seconds(script.steps[11]), 180);
}

// Issue 13, point 7: the terminal asked a load and an RPE after every body-weight set, on each side.
TEST(WorkoutScript, ASetIsAskedItsLoadOnlyWithAWeightAndOnceForBothSides) {
    EXPECT_TRUE(takes_load(catalog().get("dumbbell-squat")));
    EXPECT_TRUE(takes_load(catalog().get("deadlift")));  // a barbell
    EXPECT_TRUE(takes_load(catalog().get("standing-leg-lift-ankle-weights")));
    for (const char* id : {"clamshell", "glute-bridge", "banded-lateral-walk", "step-up-reverse-lunge"})
        EXPECT_FALSE(takes_load(catalog().get(id))) << id;

    PlannedExercise clamshell = planned("clamshell", 2);  // body weight, per side
    clamshell.reps = 12;
    clamshell.per_side = true;
    PlannedExercise lift = planned("standing-leg-lift-ankle-weights", 2);  // a weight, per side
    lift.reps = 10;
    lift.per_side = true;
    PlannedExercise squat = planned("dumbbell-squat", 2);
    squat.reps = 8;
    PlannedExercise bridge = planned("glute-bridge", 2);  // body weight, and a load the journal suggests
    bridge.reps = 12;
    bridge.load = Kilograms(10);
    PlannedExercise raise = planned("side-lying-leg-raise", 1);  // the journal says: add resistance
    raise.reps = 12;
    raise.add_resistance = true;
    PlannedExercise wall_sit = planned("wall-sit", 1);
    wall_sit.hold_seconds = 30;
    Session session{kMonday, 30, {}};
    session.blocks = {{Block::targeted, {clamshell, lift, raise}},
                      {Block::strength, {squat, bridge, wall_sit}}};
    const WorkoutScript script = make_workout_script(session, catalog());

    // What each exercise step of an exercise asks, in order: "" nothing, "L" a load, "R" an RPE.
    auto asked = [&](std::string_view id) {
        std::vector<std::string> questions;
        for (const WorkoutStep& step : script.steps) {
            if (step.exercise != id)
                continue;
            const SetQuestions q = set_questions(step);
            questions.push_back(std::string(q.load ? "L" : "") + (q.rpe ? "R" : ""));
        }
        return questions;
    };
    using Asked = std::vector<std::string>;
    // Left, right; left, right: the effort once, after the last side of the last set.
    EXPECT_EQ(asked("clamshell"), (Asked{"", "", "", "R"}));
    // The load and effort after the right side of each set.
    EXPECT_EQ(asked("standing-leg-lift-ankle-weights"), (Asked{"", "LR", "", "LR"}));
    EXPECT_EQ(asked("dumbbell-squat"), (Asked{"LR", "LR"}));
    EXPECT_EQ(asked("glute-bridge"), (Asked{"LR", "LR"}));
    EXPECT_EQ(asked("side-lying-leg-raise"), (Asked{"LR"}));
    EXPECT_EQ(asked("wall-sit"), (Asked{""})) << "a hold is a countdown: nothing is asked";
}

TEST(WorkoutScript, ASessionWithoutExercisesHasNoSteps) {
    EXPECT_TRUE(make_workout_script(Session{kMonday, 30, {}}, catalog()).steps.empty());
}

// The steps one planned exercise must give: each set (each side, a switch between), rests between sets.
std::size_t expected_steps(const PlannedExercise& p) {
    if (p.work_seconds)
        return 1;
    const auto sets = static_cast<std::size_t>(p.sets.value_or(1));
    const std::size_t per_set = p.per_side ? 3 : 1;
    return sets * per_set + (p.rest_seconds.value_or(0) > 0 ? sets - 1 : 0);
}

void check_script(const Session& session, const WorkoutScript& script) {
    std::size_t expected = 0;
    for (const PlannedBlock& block : session.blocks) {
        for (const PlannedExercise& p : block.exercises) expected += expected_steps(p);
    }
    ASSERT_EQ(script.steps.size(), expected);
    ASSERT_FALSE(script.steps.empty());
    EXPECT_EQ(script.steps.front().block, Block::warm_up);
    EXPECT_EQ(script.steps.back().block, Block::cool_down);
    EXPECT_TRUE(script.steps.back().is_exercise());
    std::size_t block = 0;
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        const WorkoutStep& step = script.steps[i];
        EXPECT_EQ(step.index, static_cast<int>(i));
        while (block < session.blocks.size() && session.blocks[block].kind != step.block) ++block;
        ASSERT_LT(block, session.blocks.size()) << "step " << i << " is out of the session's block order";
        if (step.is_exercise()) {
            const Exercise& exercise = catalog().get(step.exercise);
            EXPECT_EQ(step.name, exercise.name);
            EXPECT_EQ(step.cue, exercise.cues.front());
            EXPECT_EQ(step.tempo.has_value(), step.kind == StepKind::reps && exercise.prescription.tempo);
            EXPECT_GT(countdown_seconds(step) + step.reps.value_or(0), 0) << step.exercise;
            continue;
        }
        // A pause sits between two sets of one exercise: sides of one set, or consecutive sets.
        ASSERT_GT(i, 0U);
        ASSERT_LT(i + 1, script.steps.size());
        const WorkoutStep& before = script.steps[i - 1];
        const WorkoutStep& after = script.steps[i + 1];
        EXPECT_EQ(before.exercise, after.exercise) << "step " << i;
        EXPECT_GT(*step.seconds, 0);
        if (step.kind == StepKind::switch_sides) {
            EXPECT_EQ(before.side, Side::left);
            EXPECT_EQ(after.side, Side::right);
            EXPECT_EQ(before.set, after.set);
        } else {
            EXPECT_NE(before.side, Side::left) << "a rest follows the second side";
            EXPECT_EQ(after.set, before.set + 1);
        }
    }
}

TEST(WorkoutScript, TheRulesHoldForTheSessionsOfManyGeneratedProfiles) {
    std::mt19937 rng(20261123);
    int sessions = 0;
    std::set<StepKind> kinds;
    for (int n = 0; n < 300; ++n) {
        const Profile p = hipfit::testing::random_training_profile(rng);
        const PlanOptions options = hipfit::testing::random_plan_options(rng, 12, kMonday, 365);
        for (const PlanWeek& week : generate_plan(p, catalog(), options).weeks) {
            for (const Session& session : week.sessions) {
                SCOPED_TRACE(::testing::Message() << "profile #" << n << " " << format_date(session.date));
                const WorkoutScript script = make_workout_script(session, catalog());
                check_script(session, script);
                for (const WorkoutStep& step : script.steps) kinds.insert(step.kind);
                ++sessions;
                if (::testing::Test::HasFailure())
                    return;
            }
        }
    }
    EXPECT_GT(sessions, 3000);
    EXPECT_EQ(kinds.size(), kStepKindNames.size()) << "every kind of step is among them";
}

}  // namespace
}  // namespace hipfit::core
