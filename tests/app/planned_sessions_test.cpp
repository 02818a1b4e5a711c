// A server keeps the sessions it planned (app/planned_sessions.hpp) until the person's training record or
// profile changes: today's answer with kept sessions is the answer without them after any write, on every
// store, and a glass of water logged plans nothing anew.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/planned_sessions.hpp"
#include "app/today.hpp"
#include "core/journal/journal_progression.hpp"
#include "store/database.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::app {
namespace {

using namespace hipfit::core;
using hipfit::testing::kAppToday;

const Date kMonday = add_days(kAppToday, 2);  // the profile trains on Mondays, Wednesdays and Fridays

class SessionsKept : public hipfit::testing::JournalTest {
  protected:
    // Today's answer through the kept sessions, checked against the answer planned afresh.
    nlohmann::json today_through_kept() {
        store::Database stamps(database.location());
        const app::KeptSessions kept{sessions, stamps.stamp(store::kLocalAccount)};
        const nlohmann::json through_kept = to_json(today_view(journal.get(), kMonday, kept));
        EXPECT_EQ(through_kept, to_json(today_view(journal.get(), kMonday)));
        return through_kept;
    }

    std::int64_t training_version() {
        store::Database stamps(database.location());
        return stamps.stamp(store::kLocalAccount).training;
    }

    // A workout in the program's third week (its fourth is a deload week, whose workouts the rules leave
    // out), every planned exercise done easily: the rules progress them.
    Entry easy_workout(const nlohmann::json& today) {
        Entry workout;
        workout.kind = EntryKind::workout;
        workout.date = add_days(kMonday, -10);
        workout.time = {18, 0};
        for (const auto& block : today["session"]["blocks"]) {
            for (const auto& exercise : block["exercises"]) {
                for (int i = 0; i < 3; ++i) {
                    WorkoutSet set;
                    set.exercise_id = exercise["id"];
                    if (exercise.contains("hold_seconds") && !exercise["hold_seconds"].is_null())
                        set.hold_seconds = exercise["hold_seconds"].get<int>() + 10;
                    else
                        set.reps = 20;
                    set.rpe = 6;
                    workout.sets.push_back(set);
                }
            }
        }
        return workout;
    }

    PlannedSessions sessions;
};

bool any_progression_note(const nlohmann::json& today) {
    for (const auto& block : today["session"]["blocks"]) {
        for (const auto& exercise : block["exercises"]) {
            if (exercise.contains("progression_note") &&
                !exercise["progression_note"].get<std::string>().empty())
                return true;
        }
    }
    return false;
}

TEST_P(SessionsKept, AGlassOfWaterPlansNothingAnew) {
    const nlohmann::json before = today_through_kept();
    ASSERT_FALSE(before["session"].is_null());
    const std::int64_t training = training_version();
    log(EntryKind::water, kMonday, 250);
    log(EntryKind::steps, add_days(kMonday, -1), 8000);
    EXPECT_EQ(training_version(), training);

    int planned = 0;
    store::Database stamps(database.location());
    const auto stamp = stamps.stamp(store::kLocalAccount);
    const Profile profile = *journal->load_profile();
    const Date wednesday = add_days(kMonday, 2);
    (void)sessions.session(stamp, wednesday, profile, [&] {
        ++planned;
        return std::optional<Session>();
    });
    (void)sessions.session(stamp, wednesday, profile, [&] {
        ++planned;
        return std::optional<Session>();
    });
    EXPECT_EQ(planned, 1);
    EXPECT_EQ(today_through_kept()["logged"]["water_ml"], 250);
}

TEST_P(SessionsKept, AWorkoutLoggedEditedDeletedOrUndoneIsFollowedAtOnce) {
    const nlohmann::json planned = today_through_kept();
    ASSERT_FALSE(planned["session"].is_null());
    EXPECT_FALSE(any_progression_note(planned));

    std::int64_t training = training_version();
    const std::int64_t id = journal->add_entry(easy_workout(planned));
    EXPECT_GT(training_version(), training);
    const nlohmann::json followed = today_through_kept();
    EXPECT_TRUE(any_progression_note(followed));

    training = training_version();
    Entry as_water = *journal->find_entry(id);  // a workout edited into something else
    as_water.kind = EntryKind::water;
    as_water.sets.clear();
    as_water.value = 300;
    ASSERT_TRUE(journal->replace_entry(as_water));
    EXPECT_GT(training_version(), training);
    EXPECT_EQ(today_through_kept()["session"], planned["session"]);

    ASSERT_TRUE(journal->undo().has_value());
    EXPECT_EQ(today_through_kept()["session"], followed["session"]);

    training = training_version();
    ASSERT_TRUE(journal->delete_entry(id));
    EXPECT_GT(training_version(), training);
    EXPECT_EQ(today_through_kept()["session"], planned["session"]);
}

TEST_P(SessionsKept, AChangedProfileIsPlannedAnew) {
    const nlohmann::json planned = today_through_kept();
    Profile profile = *journal->load_profile();
    profile.low_impact = !profile.low_impact;
    profile.level = Level::intermediate;
    journal->save_profile(profile);
    EXPECT_NE(today_through_kept()["session"], planned["session"]);
    // A weight logged changes the profile the session is planned for, not the training record.
    log(EntryKind::weight, add_days(kMonday, -1), 60);
    (void)today_through_kept();
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(SessionsKept);

TEST(PlannedSessionsBound, KeepsAtMostItsPeople) {
    PlannedSessions sessions;
    const Profile profile = hipfit::testing::woman_losing_fat();
    for (std::size_t i = 0; i < PlannedSessions::kMaxPeople + 10; ++i) {
        const store::Database::Stamp stamp{1, static_cast<store::AccountId>(i + 1), 5, 2};
        (void)sessions.session(stamp, kMonday, profile, [] { return std::optional<Session>(); });
    }
    EXPECT_EQ(sessions.size(), PlannedSessions::kMaxPeople);
}

}  // namespace
}  // namespace hipfit::app
