// Input that was accepted but wrong, now refused with a message naming the field: feet and inches, stones
// and pounds, workouts of thousands of sets or longer than a day, control characters in a note, and a
// session day beyond the planner's calendar.
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/journal/journal_values.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::core {
namespace {

using namespace std::string_literals;

constexpr Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};

// The message of the InvalidInput `action` throws, after checking its field; "accepted" if none.
std::string refusal(const std::function<void()>& action, const std::string& field) {
    try {
        action();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), field) << error.what();
        return error.what();
    }
    return "accepted";
}

Entry workout(const std::string& spec) {
    Entry e;
    e.kind = EntryKind::workout;
    e.date = kToday;
    e.sets = parse_workout_spec(spec, UnitSystem::metric, io::builtin_catalog(), "sets");
    return e;
}

// "ID:12,12,…" with `count` sets.
std::string sets_of(const std::string& id, std::size_t count) {
    std::string spec = id + ":12";
    for (std::size_t i = 1; i < count; ++i) spec += ",12";
    return spec;
}

TEST(FeetAndInches, TheInchesAfterTheFeetAreUnderTwelve) {
    // 5 ft 11.9 in = 71.9 in; 71.9 · 2.54 = 182.626 cm
    EXPECT_NEAR(parse_length("5ft11.9in", UnitSystem::metric, "height_cm").value(), 182.626, 1e-9);
    EXPECT_NEAR(parse_length("5ft0in", UnitSystem::metric, "height_cm").value(), 152.4, 1e-9);
    EXPECT_EQ(
        refusal([] { (void)parse_length("5ft13in", UnitSystem::metric, "height_cm"); }, "height_cm"),
        "height_cm: '5ft13in' is not a length: the inches after the feet must be under 12 (e.g. 5ft11in)");
    EXPECT_EQ(
        refusal([] { (void)parse_length("5ft12in", UnitSystem::imperial, "waist_cm"); }, "waist_cm"),
        "waist_cm: '5ft12in' is not a length: the inches after the feet must be under 12 (e.g. 5ft11in)");
    // Inches alone may be any number: 73in is 6 ft 1 in.
    EXPECT_NEAR(parse_length("73in", UnitSystem::metric, "height_cm").value(), 185.42, 1e-9);
}

TEST(StonesAndPounds, ThePoundsAfterTheStonesAreUnderFourteen) {
    // 11 st 13.9 lb = 167.9 lb; 167.9 · 0.45359237 = 76.158158923 kg
    EXPECT_NEAR(parse_mass("11st13.9lb", UnitSystem::metric, "weight_kg").value(), 76.158158923, 1e-9);
    EXPECT_EQ(
        refusal([] { (void)parse_mass("11st20lb", UnitSystem::metric, "weight_kg"); }, "weight_kg"),
        "weight_kg: '11st20lb' is not a mass: the pounds after the stones must be under 14 (e.g. 11st13lb)");
    EXPECT_EQ(refusal([] { (void)parse_mass("11st14lbs", UnitSystem::metric, "weight_kg"); }, "weight_kg"),
              "weight_kg: '11st14lbs' is not a mass: the pounds after the stones must be under 14 (e.g. "
              "11st13lb)");
    // Pounds alone may be any number: 180lb is 12 st 12 lb.
    EXPECT_NEAR(parse_mass("180lb", UnitSystem::metric, "weight_kg").value(), 81.6466266, 1e-9);
}

TEST(WorkoutLimits, AWorkoutHoldsAtMostTwoHundredSets) {
    static_assert(kMaxSetsPerWorkout == 200 && kMaxSetsPerExercise == 50);
    const std::string two_hundred = sets_of("glute-bridge", 50) + ";" + sets_of("clamshell", 50) + ";" +
                                    sets_of("dumbbell-squat", 50) + ";" + sets_of("squat", 50);
    EXPECT_EQ(refusal([&] { check_entry(workout(two_hundred), kToday); }, "sets"), "accepted");
    EXPECT_EQ(refusal([&] { check_entry(workout(two_hundred + ";lunge:12"), kToday); }, "sets"),
              "sets: 201 sets; a workout entry holds at most 200");
}

TEST(WorkoutLimits, OneExerciseHasAtMostFiftySetsInAWorkout) {
    EXPECT_EQ(refusal([&] { check_entry(workout(sets_of("glute-bridge", 50)), kToday); }, "sets"),
              "accepted");
    EXPECT_EQ(refusal([&] { check_entry(workout(sets_of("glute-bridge", 51)), kToday); }, "sets"),
              "sets: more than 50 sets of glute-bridge; a workout entry holds at most 50 of one exercise");
    // Counted over the whole workout, not only where the sets stand together.
    const std::string apart = sets_of("glute-bridge", 30) + ";clamshell:10;" + sets_of("glute-bridge", 21);
    EXPECT_EQ(refusal([&] { check_workout_set_counts(workout(apart).sets, "--file w.txt"); }, "--file w.txt"),
              "--file w.txt: more than 50 sets of glute-bridge; a workout entry holds at most 50 of one "
              "exercise");
}

TEST(WorkoutLimits, TheSetsTakeAtMostADay) {
    const Catalog& catalog = io::builtin_catalog();
    // 600 + 600 + 240 min = 1440 min = 24 h: the most a day holds.
    EXPECT_DOUBLE_EQ(workout_minutes(workout("walking:600min,600min,240min").sets, catalog), 1440.0);
    EXPECT_EQ(
        refusal([&] { check_workout_time(workout("walking:600min,600min,240min").sets, catalog, "sets"); },
                "sets"),
        "accepted");
    EXPECT_EQ(
        refusal([&] { check_workout_time(workout("walking:600min,600min,241min").sets, catalog, "sets"); },
                "sets"),
        "sets: the sets take 24 h 1 min; a workout entry is at most 24 h (log a longer event as one "
        "entry a day)");
    // Interval sets count their rounds: 100 × (600 s + 600 s) = 120,000 s = 33 h 20 min.
    EXPECT_EQ(
        refusal([&] { check_workout_time(workout("sprint-intervals:100x600s/600s").sets, catalog, "sets"); },
                "sets"),
        "sets: the sets take 33 h 20 min; a workout entry is at most 24 h (log a longer event as one entry "
        "a day)");
    // The time is the energy estimate's: kcal = MET × kg × hours.
    const auto sets = workout("glute-bridge:12,12;walking:30min").sets;
    EXPECT_NEAR(
        workout_energy(sets, catalog, Kilograms(70)).value(),
        catalog.get("glute-bridge").met * 70 * (2 * 36 / 3600.0) + catalog.get("walking").met * 70 * 0.5,
        1e-9);
    EXPECT_NEAR(workout_minutes(sets, catalog), (2 * 36 + 30 * 60) / 60.0, 1e-12);
}

TEST(WorkoutLimits, AnImportedEnergyIsAtMostWhatTheEstimateCanGive) {
    // The catalog's highest MET (20) × the heaviest accepted weight (300 kg) × 24 h = 144,000 kcal.
    EXPECT_EQ(kWorkoutEnergyRangeKcal.min, 0.0);
    EXPECT_EQ(kWorkoutEnergyRangeKcal.max, 144000.0);
    for (const Exercise& exercise : io::builtin_catalog().exercises())
        EXPECT_LE(exercise.met, kMaxMet) << exercise.id;
}

TEST(CheckEntry, RefusesControlCharactersInANoteAndKeepsLineBreaks) {
    auto food = [](const std::string& note) {
        Entry e;
        e.kind = EntryKind::food;
        e.date = kToday;
        e.value = 650;
        e.note = note;
        return e;
    };
    EXPECT_EQ(refusal([&] { check_entry(food("Lentil soup\r\nwith bread\tand salt\n"), kToday); }, "note"),
              "accepted");
    EXPECT_EQ(refusal([&] { check_entry(food("soup\0bread"s), kToday); }, "note"),
              "note: a control character (\\x00) at character 5; the text may hold tabs and line breaks, not "
              "other control characters");
    EXPECT_EQ(refusal([&] { check_entry(food("\x1b]0;owned\x07"), kToday); }, "note"),
              "note: a control character (\\x1b) at character 1; the text may hold tabs and line breaks, not "
              "other control characters");
}

TEST(PlanDay, ADayBeyondThePlannersCalendarNamesItsOwnField) {
    const Date last_day{std::chrono::year(9999), std::chrono::month(12), std::chrono::day(31)};
    EXPECT_EQ(refusal([&] { check_plan_day(last_day, "date"); }, "date"),
              "date: 9999-12-31 is outside 1900-01-01 to 9000-01-01");
    EXPECT_EQ(refusal([&] { check_plan_day(kLatestPlanStart, "date"); }, "date"), "accepted");
    // The program's session on such a day is none; it never blames a start nobody gave.
    const Profile profile = testing::beginner_with_a_band(kToday);
    EXPECT_EQ(planned_session(profile, io::builtin_catalog(), last_day), std::nullopt);
    PlanOptions options;
    options.start = last_day;
    EXPECT_EQ(refusal([&] { (void)generate_plan(profile, io::builtin_catalog(), options); }, "start"),
              "start: 9999-12-31 is outside 1900-01-01 to 9000-01-01");
}

}  // namespace
}  // namespace hipfit::core
