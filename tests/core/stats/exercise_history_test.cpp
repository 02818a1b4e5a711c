// An exercise's history: its sessions' sets and its bests, with worked numbers.
#include <gtest/gtest.h>

#include "core/stats/exercise_history.hpp"
#include "tests/core/coach/coach_rules_test_journal.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

WorkoutSet minutes(std::string exercise, double m) {
    WorkoutSet s;
    s.exercise_id = std::move(exercise);
    s.minutes = m;
    return s;
}

TEST(ExerciseHistory, EpleysEstimate) {
    // 100 kg × (1 + 5/30) = 116.67 kg.
    EXPECT_NEAR(*estimated_one_rep_max(set("squat", 5, 100.0)), 116.667, 0.001);
    // 20 kg × (1 + 12/30) = 28 kg: 12 reps is the most the estimate takes.
    EXPECT_DOUBLE_EQ(*estimated_one_rep_max(set("squat", 12, 20.0)), 28.0);
    EXPECT_FALSE(estimated_one_rep_max(set("squat", 13, 20.0)));
    EXPECT_FALSE(estimated_one_rep_max(set("squat", 10)));  // body weight: no load to estimate from
    EXPECT_FALSE(estimated_one_rep_max(hold("wall-sit", 30)));
}

TEST(ExerciseHistory, EverySessionsSetsAndTheBestsWithTheirDays) {
    const std::vector<Entry> journal{
        workout(day(3), {set("squat", 12, 10.0), set("squat", 10, 10.0), set("lunge", 8)}),
        workout(day(5), {set("lunge", 10)}),
        workout(day(7), {set("squat", 8, 15.0), set("squat", 15), set("squat", 20, 5.0)}),
        workout(day(9), {set("squat", 15), set("squat", 8, 15.0)}),
    };
    const ExerciseHistory h = exercise_history(journal, "squat");
    EXPECT_EQ(h.exercise_id, "squat");
    ASSERT_EQ(h.sessions.size(), 3U);
    EXPECT_EQ(h.sessions[0].date, day(3));
    EXPECT_EQ(h.sessions[0].sets.size(), 2U);                         // the lunge is not the squat's
    EXPECT_DOUBLE_EQ(*h.sessions[0].estimated_one_rep_max_kg, 14.0);  // 10 × (1 + 12/30)
    EXPECT_EQ(h.sessions[0].most_reps, 12);
    EXPECT_EQ(h.sessions[1].date, day(7));
    EXPECT_DOUBLE_EQ(*h.sessions[1].estimated_one_rep_max_kg, 19.0);  // 15 × (1 + 8/30); 20 reps not counted
    EXPECT_EQ(h.sessions[1].most_reps, 20);
    EXPECT_FALSE(h.sessions[1].longest_hold_seconds);

    const ExerciseBests& b = h.bests;
    ASSERT_TRUE(b.estimated_one_rep_max);
    EXPECT_EQ(b.estimated_one_rep_max->date, day(7));  // equalled on the 9th: the first time is kept
    EXPECT_DOUBLE_EQ(*b.estimated_one_rep_max_kg, 19.0);
    ASSERT_TRUE(b.most_reps);
    EXPECT_EQ(b.most_reps->set.reps, 20);
    EXPECT_EQ(b.most_reps->set.load, Kilograms(5.0));
    ASSERT_TRUE(b.most_reps_body_weight);
    EXPECT_EQ(b.most_reps_body_weight->set.reps, 15);
    EXPECT_EQ(b.most_reps_body_weight->date, day(7));
    EXPECT_FALSE(b.longest_hold);
    EXPECT_FALSE(b.longest_bout);
}

TEST(ExerciseHistory, HoldsAndCardioBoutsAndNothingLogged) {
    const std::vector<Entry> journal{
        workout(day(3), {hold("wall-sit", 45), minutes("walking", 20)}),
        workout(day(6), {hold("wall-sit", 60), hold("wall-sit", 50), minutes("walking", 32.5)}),
        workout(day(8), {hold("wall-sit", 60), minutes("walking", 30)}),
    };
    const ExerciseHistory sit = exercise_history(journal, "wall-sit");
    ASSERT_EQ(sit.sessions.size(), 3U);
    EXPECT_EQ(sit.sessions[1].longest_hold_seconds, 60);
    ASSERT_TRUE(sit.bests.longest_hold);
    EXPECT_EQ(sit.bests.longest_hold->set.hold_seconds, 60);
    EXPECT_EQ(sit.bests.longest_hold->date, day(6));
    EXPECT_FALSE(sit.bests.most_reps);
    EXPECT_FALSE(sit.bests.estimated_one_rep_max);

    const ExerciseHistory walk = exercise_history(journal, "walking");
    ASSERT_TRUE(walk.bests.longest_bout);
    EXPECT_DOUBLE_EQ(*walk.bests.longest_bout->set.minutes, 32.5);
    EXPECT_EQ(walk.bests.longest_bout->date, day(6));

    const ExerciseHistory none = exercise_history(journal, "squat");
    EXPECT_TRUE(none.sessions.empty());
    EXPECT_FALSE(none.bests.most_reps);
}

}  // namespace
}  // namespace hipfit::core
