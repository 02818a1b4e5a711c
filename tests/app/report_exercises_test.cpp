// The report's exercises (issue 14, point 3): those of the period's workouts, each once with how many
// workouts had it; with no workout in the period, those the plan gave it.
#include <gmock/gmock.h>

#include <set>

#include "app/report_view.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

class ReportExercises : public JournalTest {
  protected:
    void log_workout(core::Date date, const std::vector<std::string>& ids) {
        core::Entry e;
        e.kind = core::EntryKind::workout;
        e.date = date;
        e.time = {18, 0};
        for (const std::string& id : ids) {
            core::WorkoutSet set;
            set.exercise_id = id;
            set.reps = 12;
            e.sets.push_back(set);
        }
        journal->add_entry(e);
    }

    std::vector<std::pair<std::string, std::string>> shown(const app::ReportView& view) {
        std::vector<std::pair<std::string, std::string>> items;
        for (const io::ReportExercise& item : view.exercises) items.emplace_back(item.exercise.id, item.note);
        return items;
    }
};

TEST_P(ReportExercises, TheWeeksWorkoutsExercisesEachOnceInTheOrderFirstDone) {
    log_workout(days_before(10), {"lunge"});  // before the week: not shown
    log_workout(days_before(5), {"clamshell", "clamshell", "glute-bridge"});
    log_workout(days_before(3), {"glute-bridge", "squat"});
    log_workout(days_before(1), {"clamshell", "no-such-exercise"});
    const app::ReportView view = app::report_view(*journal, app::kWeekDays, kAppToday);
    EXPECT_EQ(view.exercises_heading, "Exercises you did");
    EXPECT_THAT(shown(view),
                ElementsAre(Pair("clamshell", "in 2 workouts"), Pair("glute-bridge", "in 2 workouts"),
                            Pair("squat", "in 1 workout")));
}

TEST_P(ReportExercises, WithoutAWorkoutTheWeekShowsThePlansExercises) {
    const app::ReportView view = app::report_view(*journal, app::kWeekDays, kAppToday);
    EXPECT_EQ(view.exercises_heading, "Exercises in your plan");
    ASSERT_FALSE(view.exercises.empty());
    std::set<std::string> ids;
    for (const io::ReportExercise& item : view.exercises) {
        EXPECT_TRUE(ids.insert(item.exercise.id).second) << item.exercise.id << " is shown twice";
        EXPECT_THAT(item.note, ::testing::MatchesRegex("in [0-9]+ planned sessions?"));
    }
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(ReportExercises);

}  // namespace
}  // namespace hipfit::testing
