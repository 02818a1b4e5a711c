// An import of another app's file through app::plan_import and app::apply_plan, on a real journal: names
// mapped to the catalog or to the person's own exercises (new ones made with the kind the sets show),
// a record hipfit cannot accept left out with its line, the same file twice adding nothing, an overlap
// adding only what is new, a dry run writing nothing, and undo taking the whole import back.
#include <algorithm>

#include "app/foreign_import.hpp"
#include "app/own_exercises.hpp"
#include "core/base/errors.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::testing {
namespace {

constexpr std::string_view kHeader =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
    "Notes,RPE\n";

// Two workouts; the second holds a set of 900 reps, which no one does: hipfit leaves that set out.
const std::string kStrong = std::string(kHeader) +
                            "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),1,60,8,0,0,,,\n"
                            "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),2,60,8,0,0,,,\n"
                            "2026-11-02 18:00:00,Legs,45m,Cable Pull Through,1,20,12,0,0,,,\n"
                            "2026-11-02 18:00:00,Legs,45m,Plank Hold,1,0,0,0,60,,,\n"
                            "2026-11-04 18:00:00,Glutes,40m,Hip Thrust (Barbell),1,80,10,0,0,,,\n"
                            "2026-11-04 18:00:00,Glutes,40m,Hip Thrust (Barbell),2,80,900,0,0,,,\n";

// A later export: the first workout again, and a new one.
const std::string kLaterStrong = std::string(kHeader) +
                                 "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),1,60,8,0,0,,,\n"
                                 "2026-11-02 18:00:00,Legs,45m,Squat (Barbell),2,60,8,0,0,,,\n"
                                 "2026-11-02 18:00:00,Legs,45m,Cable Pull Through,1,20,12,0,0,,,\n"
                                 "2026-11-02 18:00:00,Legs,45m,Plank Hold,1,0,0,0,60,,,\n"
                                 "2026-11-09 18:00:00,Legs,45m,Squat (Barbell),1,62.5,8,0,0,,,\n";

class ForeignImport : public JournalTest {
  protected:
    app::ImportPlan plan(const std::string& text) {
        const io::ImportInput input(std::string_view(text), "strong.csv");
        return app::plan_import(input, io::SourceApp::strong, {}, kAppToday, journal->own_exercises());
    }

    static const app::ExerciseMatch& match(const app::ImportPlan& p, std::string_view name) {
        const auto found = std::ranges::find(p.exercises, name, &app::ExerciseMatch::name);
        EXPECT_NE(found, p.exercises.end()) << name;
        return *found;
    }

    std::size_t workouts() {
        store::EntryQuery query;
        query.kind = core::EntryKind::workout;
        return journal->entries(query).size();
    }
};

TEST_P(ForeignImport, NamesMapToTheCatalogOrBecomeOwnExercisesOfTheKindTheirSetsShow) {
    const app::ImportPlan p = plan(kStrong);
    EXPECT_EQ(p.app, io::SourceApp::strong);
    EXPECT_EQ(match(p, "Squat (Barbell)").exercise_id, "squat");
    EXPECT_EQ(match(p, "Squat (Barbell)").kind, app::ExerciseMatchKind::catalog);
    EXPECT_EQ(match(p, "Squat (Barbell)").sets, 2u);
    EXPECT_EQ(match(p, "Hip Thrust (Barbell)").exercise_id, "glute-bridge");
    EXPECT_EQ(match(p, "Cable Pull Through").kind, app::ExerciseMatchKind::new_own);
    EXPECT_EQ(match(p, "Plank Hold").kind, app::ExerciseMatchKind::new_own);
    ASSERT_EQ(p.new_own.size(), 2u);
    const auto own = [&](std::string_view name) {
        return *std::ranges::find(p.new_own, name, &core::OwnExercise::name);
    };
    EXPECT_EQ(own("Cable Pull Through").kind, core::ExerciseKind::strength);  // reps
    EXPECT_EQ(own("Plank Hold").kind, core::ExerciseKind::isometric);         // a hold alone
    EXPECT_TRUE(own("Cable Pull Through").equipment.empty());                 // no word hipfit knows
}

TEST_P(ForeignImport, ANewOwnExerciseNeedsTheEquipmentItsNameSays) {
    const app::ImportPlan p = plan(std::string(kHeader) +
                                   "2026-11-03 07:00:00,Pull,30m,Romanian Deadlift (Barbell),1,60,8,0,0,,,\n"
                                   "2026-11-03 07:00:00,Pull,30m,Kurzhantel-Rudern,1,12,10,0,0,,,\n");
    ASSERT_EQ(p.new_own.size(), 2u);
    EXPECT_EQ(p.new_own[0].name, "Romanian Deadlift (Barbell)");
    EXPECT_EQ(p.new_own[0].equipment, (std::set<core::Equipment>{core::Equipment::barbell}));
    EXPECT_EQ(p.new_own[1].equipment, (std::set<core::Equipment>{core::Equipment::dumbbells}));
    EXPECT_EQ(p.new_own[1].kind, core::ExerciseKind::strength);  // reps, though "rudern" is rowing
}

TEST_P(ForeignImport, ASetHipfitCannotAcceptIsLeftOutAloneWithItsPlaceAndWhy) {
    const app::ImportPlan p = plan(kStrong);
    ASSERT_EQ(p.entries.size(), 2u);
    ASSERT_EQ(p.refused.size(), 1u);
    EXPECT_EQ(p.refused[0].origin, "strong.csv:6");
    EXPECT_TRUE(p.refused[0].reason.starts_with("strong.csv:6, set 2 (Hip Thrust (Barbell)): "))
        << p.refused[0].reason;
    EXPECT_NE(p.refused[0].reason.find("900"), std::string::npos) << p.refused[0].reason;
    ASSERT_EQ(p.entries[1].sets.size(), 1u);  // the glutes workout keeps its good set
    EXPECT_EQ(match(p, "Hip Thrust (Barbell)").sets, 1u);
    const core::Entry& legs = p.entries[0];
    EXPECT_EQ(legs.date, days_before(19));
    EXPECT_EQ(legs.time, (core::TimeOfDay{18, 0}));
    ASSERT_EQ(legs.sets.size(), 4u);
    EXPECT_EQ(legs.sets[0].exercise_id, "squat");
    EXPECT_EQ(legs.sets[0].reps, 8);
    EXPECT_EQ(legs.sets[0].load, core::Kilograms(60));
    EXPECT_EQ(legs.sets[3].hold_seconds, 60);
    EXPECT_TRUE(legs.source.starts_with("strong:")) << legs.source;
}

TEST_P(ForeignImport, AnOwnExerciseOfTheSameNameIsUsedCaseAside) {
    core::OwnExerciseInput mine;
    mine.name = "cable pull-through";
    mine.primary_muscles = {core::Muscle::gluteus_maximus};
    app::add_own_exercise(*journal, mine);
    mine.name = "CABLE PULL THROUGH";
    const core::OwnExercise existing = app::add_own_exercise(*journal, mine);
    const app::ImportPlan p = plan(kStrong);
    EXPECT_EQ(match(p, "Cable Pull Through").kind, app::ExerciseMatchKind::own);
    EXPECT_EQ(match(p, "Cable Pull Through").exercise_id, existing.id);
    EXPECT_EQ(p.new_own.size(), 1u);  // the plank only
}

TEST_P(ForeignImport, TheSameFileTwiceAddsNothingAndAnOverlapAddsOnlyWhatIsNew) {
    const app::PlanOutcome first = app::apply_plan(journal.get(), plan(kStrong), false);
    EXPECT_EQ(first.added, 2u);
    EXPECT_EQ(first.own_added, 2u);
    EXPECT_EQ(first.added_by_kind.at("workout"), 2u);
    const app::PlanOutcome again = app::apply_plan(journal.get(), plan(kStrong), false);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.already_there, 2u);
    EXPECT_EQ(again.own_added, 0u);
    const app::PlanOutcome later = app::apply_plan(journal.get(), plan(kLaterStrong), false);
    EXPECT_EQ(later.added, 1u);
    EXPECT_EQ(later.already_there, 1u);
    EXPECT_EQ(workouts(), 3u);
    EXPECT_EQ(journal->own_exercises().size(), 2u);
}

TEST_P(ForeignImport, ADryRunWritesNothingAndCountsAsTheImportWould) {
    const app::PlanOutcome dry = app::apply_plan(journal.get(), plan(kStrong), true);
    EXPECT_EQ(dry.added, 2u);
    EXPECT_EQ(dry.own_added, 2u);
    EXPECT_EQ(workouts(), 0u);
    EXPECT_TRUE(journal->own_exercises().empty());
    const app::PlanOutcome without_journal = app::apply_plan(nullptr, plan(kStrong), true);
    EXPECT_EQ(without_journal.added, 2u);
}

TEST_P(ForeignImport, UndoTakesTheWholeImportBackWithItsOwnExercises) {
    app::apply_plan(journal.get(), plan(kStrong), false);
    ASSERT_EQ(workouts(), 2u);
    ASSERT_TRUE(journal->undo().has_value());
    EXPECT_EQ(workouts(), 0u);
    EXPECT_TRUE(journal->own_exercises().empty());
    // And again from the start, as if never imported.
    EXPECT_EQ(app::apply_plan(journal.get(), plan(kStrong), false).added, 2u);
}

TEST_P(ForeignImport, AFileOfAnotherAppIsRefusedNamingItsFileAndNothingIsWritten) {
    const std::string hevy = "\"title\",\"start_time\"\n\"Legs\",\"15 Sep 2025, 07:48\"\n";
    const io::ImportInput input(std::string_view(hevy), "hevy.csv");
    try {
        app::plan_import(input, io::SourceApp::strong, {}, kAppToday, {});
        FAIL() << "read a Hevy file as Strong's";
    } catch (const core::InvalidInput& refusal) {
        EXPECT_TRUE(std::string_view(refusal.what()).starts_with("hevy.csv")) << refusal.what();
    }
    EXPECT_EQ(workouts(), 0u);
}

// Apps write a hold and a cardio bout alike, as seconds: hipfit reads them as the exercise's kind does.
TEST_P(ForeignImport, TimedSetsAreReadAsTheExerciseKindReadsThem) {
    const std::string timed = std::string(kHeader) +
                              "2026-11-03 07:00:00,Mixed,30m,Running,1,0,0,0,300,,,\n"
                              "2026-11-03 07:00:00,Mixed,30m,Rowing (Machine),1,0,0,0,480,,,\n"
                              "2026-11-03 07:00:00,Mixed,30m,Wall Sit,1,0,0,0,45,,,\n"
                              "2026-11-03 07:00:00,Mixed,30m,Dead Hang,1,0,0,0,40,,,\n";
    const app::ImportPlan p = plan(timed);
    ASSERT_EQ(p.entries.size(), 1u);
    const std::vector<core::WorkoutSet>& sets = p.entries[0].sets;
    ASSERT_EQ(sets.size(), 4u);
    EXPECT_EQ(sets[0].exercise_id, "running");
    EXPECT_EQ(sets[0].minutes, 5.0);
    EXPECT_FALSE(sets[0].hold_seconds);
    EXPECT_EQ(sets[1].minutes, 8.0);  // a rowing machine is cardio, though hipfit has never seen it
    EXPECT_EQ(sets[2].exercise_id, "wall-sit");
    EXPECT_EQ(sets[2].hold_seconds, 45);
    EXPECT_EQ(sets[3].hold_seconds, 40);
    const auto own_kind = [&](std::string_view name) {
        return std::ranges::find(p.new_own, name, &core::OwnExercise::name)->kind;
    };
    EXPECT_EQ(own_kind("Rowing (Machine)"), core::ExerciseKind::cardio);
    EXPECT_EQ(own_kind("Dead Hang"), core::ExerciseKind::isometric);
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(ForeignImport);

}  // namespace
}  // namespace hipfit::testing
