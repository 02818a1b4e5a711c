// A person's own exercises in the store: kept per account, read back whole (muscles in order, MET or
// none); removal refused while logged sets use one; an import adds them in its batch and undo removes them.
#include <gtest/gtest.h>

#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

class OwnExerciseStore : public testing::OnEveryStore {};

using namespace hipfit::core;
using hipfit::testing::TempDir;

OwnExercise hip_thrust() {
    return OwnExercise{"own-hip-thrust",
                       "Hip thrust",
                       ExerciseKind::strength,
                       {Muscle::gluteus_maximus, Muscle::hamstrings},
                       {Muscle::core, Muscle::quadriceps},
                       {Equipment::barbell, Equipment::step},
                       4.5};
}

OwnExercise rowing() {
    return OwnExercise{"own-rowing", "Rowing", ExerciseKind::cardio, {Muscle::heart_and_lungs},
                       {},           {},       std::nullopt};
}

Entry workout_of(const std::string& exercise) {
    Entry e;
    e.kind = EntryKind::workout;
    e.date = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(20)};
    WorkoutSet s;
    s.exercise_id = exercise;
    s.reps = 10;
    e.sets = {s};
    return e;
}

TEST_P(OwnExerciseStore, RoundTripPerAccountOldestFirst) {
    const std::string path = location();
    {
        auto journal = open_repository(path, OpenFor::write);
        journal->add_own_exercise(hip_thrust());
        journal->add_own_exercise(rowing());
        open_repository(path, OpenFor::write, 2)->add_own_exercise(rowing());
    }
    auto journal = open_repository(path, OpenFor::read);
    EXPECT_EQ(journal->own_exercises(), (std::vector<OwnExercise>{hip_thrust(), rowing()}));
    EXPECT_EQ(open_repository(path, OpenFor::read, 2)->own_exercises(), std::vector<OwnExercise>{rowing()});
    EXPECT_TRUE(open_repository(path, OpenFor::read, 3)->own_exercises().empty());
}

TEST_P(OwnExerciseStore, RemovalIsRefusedWhileLoggedSetsUseIt) {
    auto journal = open_repository(location(), OpenFor::write);
    journal->add_own_exercise(hip_thrust());
    journal->add_own_exercise(rowing());
    const std::int64_t logged = journal->add_entry(workout_of("own-hip-thrust"));
    journal->add_entry(workout_of("own-hip-thrust"));
    const OwnExerciseRemoval refused = journal->remove_own_exercise("own-hip-thrust");
    EXPECT_TRUE(refused.found);
    EXPECT_EQ(refused.logged_sets, 2);
    EXPECT_FALSE(refused.removed());
    EXPECT_TRUE(journal->remove_own_exercise("own-rowing").removed());
    EXPECT_FALSE(journal->remove_own_exercise("own-rowing").found);
    EXPECT_FALSE(journal->remove_own_exercise("glute-bridge").found);
    // Another account's sets do not count, nor can it remove this account's exercise.
    ASSERT_TRUE(journal->delete_entry(logged));
    EXPECT_EQ(journal->remove_own_exercise("own-hip-thrust").logged_sets, 1);
    EXPECT_EQ(journal->own_exercises(), std::vector<OwnExercise>{hip_thrust()});
}

TEST_P(OwnExerciseStore, AnImportAddsThemAndItsUndoRemovesThem) {
    const std::string path = location();
    auto journal = open_repository(path, OpenFor::write);
    journal->add_own_exercise(rowing());
    const ImportResult result =
        journal->import({workout_of("own-hip-thrust")}, std::nullopt, {}, {hip_thrust()});
    EXPECT_EQ(result.entries, 1u);
    EXPECT_EQ(result.own_exercises, 1u);
    EXPECT_EQ(journal->own_exercises(), (std::vector<OwnExercise>{rowing(), hip_thrust()}));
    EXPECT_FALSE(open_repository(path, OpenFor::write, 2)->remove_own_exercise("own-hip-thrust").found);
    EXPECT_EQ(journal->undo(), "an import of 1 entry and 1 own exercise");
    EXPECT_EQ(journal->own_exercises(), std::vector<OwnExercise>{rowing()});
    EXPECT_TRUE(journal->entries({}).empty());
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(OwnExerciseStore);

}  // namespace
}  // namespace hipfit::store
