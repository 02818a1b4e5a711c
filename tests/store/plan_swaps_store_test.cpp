// The plan's swaps in SQLite (migration 6's plan_swaps): saved, replaced and removed per account, never
// another account's; and a workout set's swapped_from kept with the set.
#include <gtest/gtest.h>

#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

class PlanSwapsStore : public testing::OnEveryStore {};

using hipfit::testing::TempDir;
using Swaps = std::map<std::string, std::string>;

TEST_P(PlanSwapsStore, SavedReplacedAndRemovedForOneAccountOnly) {
    const std::string path = location();
    auto mine = open_repository(path, OpenFor::write, 1);
    auto theirs = open_repository(path, OpenFor::write, 2);
    EXPECT_EQ(mine->plan_swaps(), Swaps{});
    mine->save_plan_swap("clamshell", "fire-hydrant");
    mine->save_plan_swap("squat", "lunge");
    theirs->save_plan_swap("clamshell", "standing-leg-lift");
    EXPECT_EQ(mine->plan_swaps(), (Swaps{{"clamshell", "fire-hydrant"}, {"squat", "lunge"}}));
    EXPECT_EQ(theirs->plan_swaps(), (Swaps{{"clamshell", "standing-leg-lift"}}));

    mine->save_plan_swap("clamshell", "side-lying-leg-raise");  // a second swap of it replaces the first
    EXPECT_EQ(mine->plan_swaps(), (Swaps{{"clamshell", "side-lying-leg-raise"}, {"squat", "lunge"}}));
    EXPECT_FALSE(theirs->remove_plan_swap("squat"));  // not theirs
    EXPECT_TRUE(mine->remove_plan_swap("squat"));
    EXPECT_FALSE(mine->remove_plan_swap("squat"));
    EXPECT_EQ(mine->plan_swaps(), (Swaps{{"clamshell", "side-lying-leg-raise"}}));
    EXPECT_EQ(theirs->plan_swaps(), (Swaps{{"clamshell", "standing-leg-lift"}}));
    EXPECT_EQ(open_repository(path, OpenFor::read, 1)->plan_swaps(),
              (Swaps{{"clamshell", "side-lying-leg-raise"}}));
}

TEST_P(PlanSwapsStore, AWorkoutSetKeepsThePlannedExerciseItReplaced) {
    auto journal = open_repository(location(), OpenFor::write);
    core::Entry workout;
    workout.kind = core::EntryKind::workout;
    workout.date = core::Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};
    core::WorkoutSet planned;
    planned.exercise_id = "clamshell";
    planned.reps = 12;
    core::WorkoutSet swapped;
    swapped.exercise_id = "fire-hydrant";
    swapped.reps = 11;
    swapped.swapped_from = "clamshell";
    workout.sets = {planned, swapped};
    const std::int64_t id = journal->add_entry(workout);
    const std::optional<core::Entry> stored = journal->find_entry(id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->sets.size(), 2U);
    EXPECT_EQ(stored->sets[0], planned);
    EXPECT_EQ(stored->sets[1], swapped);
    EXPECT_EQ(stored->sets[1].swapped_from, "clamshell");
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(PlanSwapsStore);

}  // namespace
}  // namespace hipfit::store
