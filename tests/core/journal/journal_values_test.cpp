// Journal values as people type them, their ranges, and a workout's energy worked by hand.
#include "core/journal/journal_values.hpp"

#include <cmath>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/journal/journal_limits.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::core {

// For failure messages: the set as typed, then every double in full.
[[maybe_unused]] static void PrintTo(const WorkoutSet& s, std::ostream* out) {
    *out << format_workout_spec({s})
         << fmt::format(" (load {} min {} km {})", s.load ? s.load->value() : -1, s.minutes.value_or(-1),
                        s.distance_km.value_or(-1));
}

namespace {

const Catalog& catalog() {
    return io::builtin_catalog();
}

constexpr Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};
constexpr double kPound = 0.45359237;  // kg, exact

// Expects `action` to throw InvalidInput whose field is `field` and whose message names `names`.
void expect_invalid(const std::function<void()>& action, const std::string& field, const std::string& names,
                    const std::string& why) {
    try {
        action();
        ADD_FAILURE() << "accepted " << why;
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), field) << why;
        EXPECT_NE(std::string(error.what()).find(names), std::string::npos) << why << ": " << error.what();
    }
}

double value_of(EntryKind kind, const std::string& text, UnitSystem units = UnitSystem::metric) {
    return parse_entry_value(kind, text, units, name_of(kEntryKindNames, kind));
}

const std::vector<EntryKind> kSimpleKinds = {EntryKind::weight,     EntryKind::food,   EntryKind::water,
                                             EntryKind::sleep,      EntryKind::steps,  EntryKind::alcohol,
                                             EntryKind::cigarettes, EntryKind::stress, EntryKind::standup};

TEST(ParseEntryValue, ReadsEachKindWithItsUnits) {
    using enum EntryKind;
    const auto imperial = UnitSystem::imperial;
    // clang-format off
    const std::vector<std::tuple<EntryKind, std::string, UnitSystem, double>> cases = {
        {weight, "72kg", imperial, 72.0},       {weight, "72", {}, 72.0},
        {weight, "158.7lb", {}, 71.985109119},  {weight, "158.7", imperial, 71.985109119},  // × 0.45359237
        {weight, "11st4lb", {}, 158 * kPound},  {water, "500ml", imperial, 500.0},
        {water, "0.5l", imperial, 500.0},       {water, "250", {}, 250.0},
        {water, "16oz", {}, 473.176473},        {water, "16", imperial, 473.176473},  // × 29.5735295625
        {sleep, "7h30m", {}, 7.5},              {sleep, "7h30min", {}, 7.5},
        {sleep, "450min", {}, 7.5},             {sleep, "7.5h", {}, 7.5},
        {sleep, "7.5", {}, 7.5},                {sleep, "8h", {}, 8.0},
        {food, "650kcal", {}, 650.0},           {food, "650", imperial, 650.0},
        {steps, "8000", {}, 8000.0},            {alcohol, "1.5", {}, 1.5},
        {cigarettes, "3", {}, 3.0},             {stress, "15min", {}, 15.0},
        {stress, "15", {}, 15.0},               {standup, "8", {}, 8.0},
    };
    // clang-format on
    for (const auto& [kind, text, units, expected] : cases) {
        EXPECT_DOUBLE_EQ(value_of(kind, text, units), expected) << text;
    }
}

TEST(ParseEntryValue, RefusesMalformedInputNamingTheField) {
    for (EntryKind kind : kSimpleKinds) {
        const std::string field(name_of(kEntryKindNames, kind));
        for (const std::string text : {"7O", "1e9", "nan", "inf", "", "-1", "7 ", "1,5", "0x10"}) {
            expect_invalid([&] { (void)value_of(kind, text); }, field, field, field + " '" + text + "'");
        }
    }
    using enum EntryKind;
    const std::vector<std::pair<EntryKind, std::string>> more = {
        {steps, "8000.5"}, {steps, "8k"},     {steps, "99999999999"}, {water, "l"},
        {water, "ml"},     {water, "oz"},     {water, "5 ml"},        {water, "5gal"},
        {sleep, "h"},      {sleep, "h30m"},   {sleep, "7h3x"},        {sleep, "30m"},
        {sleep, "7hh"},    {weight, "72 kg"}, {weight, "72kgs"},      {weight, "5ft"}};
    for (const auto& [kind_, text_] : more) {
        const EntryKind kind = kind_;  // a lambda captures variables, not a structured binding (clang 14)
        const std::string text = text_;
        const std::string field(name_of(kEntryKindNames, kind));
        expect_invalid([&] { (void)value_of(kind, text); }, field, field, field + " '" + text + "'");
    }
    expect_invalid([] { (void)value_of(EntryKind::measure, "80"); }, "measure", "no single value", "measure");
    expect_invalid([] { (void)value_of(EntryKind::workout, "1"); }, "workout", "no single value", "workout");
}

std::vector<WorkoutSet> spec(const std::string& text, UnitSystem units = UnitSystem::metric) {
    return parse_workout_spec(text, units, catalog(), "--exercise");
}

// A set of `id` with the fields `fill` gives it.
WorkoutSet set_of(const std::string& id, const std::function<void(WorkoutSet&)>& fill) {
    WorkoutSet s;
    s.exercise_id = id;
    fill(s);
    return s;
}

TEST(WorkoutSpec, ReadsTheGrammarExamplesOfTheHeader) {
    auto reps = [](int n, std::optional<int> rpe = {}) {
        return set_of("glute-bridge", [&](WorkoutSet& s) { s.reps = n, s.rpe = rpe; });
    };
    EXPECT_EQ(spec("glute-bridge:12,12,10@8"), (std::vector{reps(12), reps(12), reps(10, 8)}));
    const WorkoutSet squat =
        set_of("dumbbell-squat", [](WorkoutSet& s) { s.reps = 10, s.load = Kilograms(8), s.rpe = 7; });
    EXPECT_EQ(spec("dumbbell-squat:10x8kg@7"), std::vector{squat});
    const WorkoutSet hold30 = set_of("wall-sit", [](WorkoutSet& s) { s.hold_seconds = 30; });
    const WorkoutSet hold45 = set_of("wall-sit", [](WorkoutSet& s) { s.hold_seconds = 45; });
    EXPECT_EQ(spec("wall-sit:30s,45s"), (std::vector{hold30, hold45}));
    const WorkoutSet walk = set_of("walking", [](WorkoutSet& s) { s.minutes = 30.0, s.distance_km = 2.5; });
    EXPECT_EQ(spec("walking:30min/2.5km"), std::vector{walk});
    const WorkoutSet sprints = set_of("sprint-intervals", [](WorkoutSet& s) {
        s.rounds = 10, s.work_seconds = 30, s.rest_seconds = 60, s.rpe = 9;
    });
    EXPECT_EQ(spec("sprint-intervals:10x30s/60s@9"), std::vector{sprints});
    EXPECT_EQ(spec("wall-sit:30s,45s;walking:30min/2.5km"), (std::vector{hold30, hold45, walk}));
    for (const std::string text :
         {"glute-bridge:12,12,10@8", "dumbbell-squat:10x8kg@7", "wall-sit:30s,45s", "walking:30min/2.5km",
          "sprint-intervals:10x30s/60s@9", "glute-bridge:12;wall-sit:30s;glute-bridge:10"}) {
        EXPECT_EQ(format_workout_spec(spec(text)), text);
    }
}

TEST(WorkoutSpec, ReadsImperialLoadsAndMiles) {
    const auto sets = spec("dumbbell-squat:10x20;walking:30min/2mi;cycling:45min", UnitSystem::imperial);
    ASSERT_EQ(sets.size(), 3u);
    EXPECT_DOUBLE_EQ(sets[0].load->value(), 20 * kPound);  // a bare load is pounds in imperial
    EXPECT_DOUBLE_EQ(*sets[1].distance_km, 2 * 1.609344);
    EXPECT_EQ(sets[2].minutes, 45.0);
    EXPECT_FALSE(sets[2].distance_km.has_value());
}

TEST(WorkoutSpec, RefusesMalformedSpecsAndNamesAnUnknownExercise) {
    for (const std::string text :
         {"glute-bridge", ":12", "glute-bridge:", "glute-bridge:12,,10", "glute-bridge:12;", "",
          "walking:30/2km", "walking:30min/2", "glute-bridge:12@", "glute-bridge:twelve", "wall-sit:30x",
          "sprint-intervals:10x30s/60", "glute-bridge:12x", "glute-bridge:-12"}) {
        expect_invalid([&] { (void)spec(text); }, "--exercise", "--exercise", "'" + text + "'");
    }
    expect_invalid([] { (void)spec("glute-bridge:12;bicep-curl:12"); }, "--exercise", "'bicep-curl'",
                   "bicep-curl");
}

Entry entry_of(
    EntryKind kind, const std::function<void(Entry&)>& fill = [](Entry&) {}) {
    Entry e;
    e.kind = kind;
    e.date = kToday;
    fill(e);
    return e;
}

// Values with at most six significant digits, as a person types them.
WorkoutSet random_set(std::mt19937& random, const std::string& id) {
    auto between = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    WorkoutSet s;
    s.exercise_id = id;
    const int shape = between(0, 4);
    if (shape <= 1)
        s.reps = between(1, 200);
    if (shape == 1)
        s.load = Kilograms(between(0, 2000) / 4.0);
    if (shape == 2)
        s.hold_seconds = between(1, 600);
    if (shape == 3)
        s.minutes = between(2, 1200) / 2.0;
    if (shape == 3 && between(0, 1) == 1)
        s.distance_km = between(1, 30000) / 100.0;
    if (shape == 4)
        s.rounds = between(1, 100), s.work_seconds = between(1, 600), s.rest_seconds = between(1, 600);
    if (between(0, 2) == 0)
        s.rpe = between(1, 10);
    return s;
}

TEST(WorkoutSpec, FormatAndParseRoundTripOverGeneratedSets) {
    std::mt19937 random(20261121);
    const auto& exercises = catalog().exercises();
    std::uniform_int_distribution<std::size_t> pick(0, exercises.size() - 1);
    for (int trial = 0; trial < 500; ++trial) {
        std::vector<WorkoutSet> sets;
        const std::size_t count = std::uniform_int_distribution<std::size_t>(1, 12)(random);
        for (std::size_t i = 0; i < count; ++i) {
            // Runs of the same exercise, as a workout is logged, and returns to an earlier one.
            const bool same = !sets.empty() && random() % 2 == 0;
            sets.push_back(random_set(random, same ? sets.back().exercise_id : exercises[pick(random)].id));
        }
        const std::string text = format_workout_spec(sets);
        for (UnitSystem units : {UnitSystem::metric, UnitSystem::imperial}) {
            ASSERT_EQ(parse_workout_spec(text, units, catalog(), "--exercise"), sets) << text;
        }
        EXPECT_NO_THROW(check_entry(entry_of(EntryKind::workout, [&](Entry& e) { e.sets = sets; }), kToday));
    }
}

// A distance in miles or a load in pounds, stored in km and kg, reads back equal (numbers are written
// in full, not to six significant digits).
TEST(WorkoutSpec, MilesAndPoundsRoundTripExactly) {
    const auto sets = spec("walking:30min/3mi;dumbbell-squat:10x20lb");
    EXPECT_EQ(spec(format_workout_spec(sets)), sets) << format_workout_spec(sets);
}

// "lbs" is a load, although the set ends in 's' like a hold.
TEST(WorkoutSpec, ALoadInLbsIsAccepted) {
    EXPECT_DOUBLE_EQ(spec("dumbbell-squat:10x20lbs").at(0).load->value(), 20 * kPound);
}

// Accepts the range's bounds, refuses `below` and `above`, naming `field`.
void expect_bounds(const std::function<Entry(double)>& make, Range range, double below, double above,
                   const std::string& field) {
    EXPECT_NO_THROW(check_entry(make(range.min), kToday)) << field << " " << range.min;
    EXPECT_NO_THROW(check_entry(make(range.max), kToday)) << field << " " << range.max;
    for (double outside : {below, above}) {
        expect_invalid([&] { check_entry(make(outside), kToday); }, field, "accepted range",
                       field + " " + std::to_string(outside));
    }
}

void expect_bounds(const std::function<Entry(double)>& make, Range range, const std::string& field) {
    expect_bounds(make, range, std::nextafter(range.min, -1e9), std::nextafter(range.max, 1e9), field);
}

TEST(CheckEntry, ChecksEachSimpleValueAtItsBounds) {
    for (EntryKind kind : kSimpleKinds) {
        const std::string field(name_of(kEntryKindNames, kind));
        auto make = [&](double v) { return entry_of(kind, [&](Entry& e) { e.value = v; }); };
        expect_bounds(make, value_range(kind), field);
        // Nothing and less: only cigarettes take 0 (a smoke-free day), none takes a negative.
        expect_bounds(make, value_range(kind), value_range(kind).min > 0 ? 0.0 : -1.0, -1.0, field);
    }
    EXPECT_EQ(value_range(EntryKind::water).min, kWaterRangeMl.min);
    EXPECT_EQ(value_range(EntryKind::sleep).max, kSleepRangeHours.max);
}

TEST(CheckEntry, ChecksEveryMeasurementAtItsBounds) {
    using Set = void (*)(Measurements&, double);
    const std::vector<std::tuple<std::string, Range, Set>> fields = {
        {"waist_cm", kWaistRangeCm, [](Measurements& m, double v) { m.waist = Centimetres(v); }},
        {"hip_cm", kHipRangeCm, [](Measurements& m, double v) { m.hip = Centimetres(v); }},
        {"thigh_cm", kThighRangeCm, [](Measurements& m, double v) { m.thigh = Centimetres(v); }},
        {"thigh_left_cm", kThighRangeCm, [](Measurements& m, double v) { m.thigh_left = Centimetres(v); }},
        {"thigh_right_cm", kThighRangeCm, [](Measurements& m, double v) { m.thigh_right = Centimetres(v); }},
        {"neck_cm", kNeckRangeCm, [](Measurements& m, double v) { m.neck = Centimetres(v); }},
        {"body_fat_percent", kBodyFatRangePercent, [](Measurements& m, double v) { m.body_fat_percent = v; }},
    };
    for (const auto& [flag, range, set_] : fields) {
        const auto& set = set_;  // a lambda captures variables, not a structured binding (clang 14)
        auto make = [&](double v) {
            return entry_of(EntryKind::measure, [&](Entry& e) { set(e.measurements, v); });
        };
        expect_bounds(make, range, flag);
    }
    expect_invalid([] { check_entry(entry_of(EntryKind::measure), kToday); }, "measurements",
                   "measurements: give at least one of waist_cm, hip_cm, thigh_cm, thigh_left_cm, "
                   "thigh_right_cm, neck_cm, body_fat_percent",
                   "an empty measure");
}

TEST(CheckEntry, ChecksEverySetValueAtItsBounds) {
    using Set = void (*)(WorkoutSet&, double);
    // Whole-number fields step by one outside their range; the others by the next double.
    const std::vector<std::tuple<Range, bool, Set>> fields = {
        {kRepsRange, true, [](WorkoutSet& s, double v) { s.reps = int(v); }},
        {kLoadRangeKg, false,
         [](WorkoutSet& s, double v) {
             s.reps = 10;
             s.load = Kilograms(v);
         }},
        {kHoldRangeSeconds, true, [](WorkoutSet& s, double v) { s.hold_seconds = int(v); }},
        {kRpeRange, true,
         [](WorkoutSet& s, double v) {
             s.reps = 10;
             s.rpe = int(v);
         }},
        {kBoutMinutesRange, false, [](WorkoutSet& s, double v) { s.minutes = v; }},
        {kDistanceRangeKm, false,
         [](WorkoutSet& s, double v) {
             s.minutes = 30;
             s.distance_km = v;
         }},
        {kRoundsRange, true,
         [](WorkoutSet& s, double v) {
             s.rounds = int(v);
             s.work_seconds = 30;
             s.rest_seconds = 60;
         }},
        {kIntervalSecondsRange, true,
         [](WorkoutSet& s, double v) {
             s.rounds = 10;
             s.work_seconds = int(v);
             s.rest_seconds = 60;
         }},
        {kIntervalSecondsRange, true,
         [](WorkoutSet& s, double v) {
             s.rounds = 10;
             s.work_seconds = 30;
             s.rest_seconds = int(v);
         }},
    };
    for (const auto& [range, whole, set_] : fields) {
        const auto& set = set_;  // a lambda captures variables, not a structured binding (clang 14)
        auto make = [&](double v) {
            return entry_of(EntryKind::workout, [&](Entry& e) {
                e.sets = {set_of("squat", [](WorkoutSet& s) { s.reps = 10; }),
                          set_of("glute-bridge", [&](WorkoutSet& s) { set(s, v); })};
            });
        };
        if (whole) {
            expect_bounds(make, range, range.min - 1, range.max + 1, "sets");
        } else {
            expect_bounds(make, range, "sets");
        }
    }
    expect_invalid([] { check_entry(entry_of(EntryKind::workout), kToday); }, "sets", "at least one",
                   "a workout without sets");
}

// A set is reps (and a load), a hold, minutes (and a distance) or interval rounds: nothing else can be
// read back or timed.
TEST(CheckEntry, RefusesSetsOfNoShapeOrMixedShapes) {
    const std::vector<std::function<void(WorkoutSet&)>> broken = {
        [](WorkoutSet&) {},
        [](WorkoutSet& s) {
            s.reps = 10;
            s.hold_seconds = 30;
        },
        [](WorkoutSet& s) {
            s.minutes = 20;
            s.reps = 5;
        },
        [](WorkoutSet& s) { s.work_seconds = 30; },
        [](WorkoutSet& s) {
            s.rounds = 10;
            s.work_seconds = 30;
        },
        [](WorkoutSet& s) {
            s.hold_seconds = 30;
            s.load = Kilograms(5);
        },
    };
    for (std::size_t i = 0; i < broken.size(); ++i) {
        const Entry entry =
            entry_of(EntryKind::workout, [&](Entry& e) { e.sets = {set_of("glute-bridge", broken[i])}; });
        expect_invalid([&] { check_entry(entry, kToday); }, "sets", "must be reps",
                       "broken shape " + std::to_string(i));
    }
}

TEST(CheckEntry, RefusesANoteThatIsNotUtf8) {
    for (const std::string& note : {std::string("caf\xC3"), std::string("\xED\xA0\x80"),
                                    std::string("\xC0\xAF"), std::string("\xF4\x90\x80\x80")}) {
        const Entry entry = entry_of(EntryKind::food, [&](Entry& e) {
            e.value = 100;
            e.note = note;
        });
        expect_invalid([&] { check_entry(entry, kToday); }, "note", "UTF-8", "a broken note");
    }
    const Entry fine = entry_of(EntryKind::food, [](Entry& e) {
        e.value = 100;
        e.note = "café, 寿司 🍣";
    });
    EXPECT_NO_THROW(check_entry(fine, kToday));
}

TEST(CheckEntry, ChecksProteinTheNoteAndTheDate) {
    auto food = [](const std::function<void(Entry&)>& fill) {
        return entry_of(EntryKind::food, [&](Entry& e) { e.value = 650, fill(e); });
    };
    expect_bounds([&](double g) { return food([&](Entry& e) { e.protein_g = g; }); }, kProteinRangeGrams,
                  "protein_g");
    EXPECT_NO_THROW(check_entry(food([](Entry& e) { e.note = std::string(kMaxNoteLength, 'n'); }), kToday));
    expect_invalid(
        [&] { check_entry(food([](Entry& e) { e.note = std::string(kMaxNoteLength + 1, 'n'); }), kToday); },
        "note", "1001", "a long note");
    auto on = [&](std::chrono::sys_days day) { return food([&](Entry& e) { e.date = Date{day}; }); };
    EXPECT_NO_THROW(check_entry(on(std::chrono::sys_days(kToday)), kToday));
    expect_invalid([&] { check_entry(on(std::chrono::sys_days(kToday) + std::chrono::days(1)), kToday); },
                   "date", "2026-11-22 is in the future", "tomorrow");
    EXPECT_NO_THROW(check_entry(on(std::chrono::sys_days(kEarliestEntryDate)), kToday));
    expect_invalid(
        [&] { check_entry(on(std::chrono::sys_days(kEarliestEntryDate) - std::chrono::days(1)), kToday); },
        "date", "1899-12-31", "before 1900");
}

// Worked by hand: kcal = MET × body weight (kg) × hours (2024 Compendium), here at 70 kg.
TEST(WorkoutEnergy, MatchesTheArithmeticByHand) {
    auto energy = [](const std::string& text, double kg = 70) {
        return workout_energy(spec(text), catalog(), Kilograms(kg)).value();
    };
    auto met = [](const char* id) { return catalog().get(id).met; };
    // 30 min of walking: MET × 70 kg × 0.5 h (the catalog's MET is 3.8 today: 133 kcal).
    ASSERT_GT(met("walking"), 0.0);
    EXPECT_NEAR(energy("walking:30min"), met("walking") * 70 * 0.5, 1e-9);
    EXPECT_NEAR(energy("walking:30min/2.5km"), met("walking") * 70 * 0.5, 1e-9);  // distance adds nothing
    EXPECT_NEAR(energy("walking:30min", 35), met("walking") * 35 * 0.5, 1e-9);
    // 12 glute bridges at the default 3 s a rep, one side: 36 s.
    EXPECT_NEAR(energy("glute-bridge:12"), met("glute-bridge") * 70 * 36 / 3600, 1e-9);
    // A per-side exercise does each rep twice: 10 reps × 3 s × 2 sides = 60 s.
    ASSERT_TRUE(catalog().get("clamshell").prescription.per_side);
    EXPECT_NEAR(energy("clamshell:10"), met("clamshell") * 70 * 60 / 3600, 1e-9);
    // A prescribed tempo sets the rep time: 10 reps × (up + down) s × 2 sides.
    const auto& tempo = catalog().get("side-lying-leg-raise").prescription.tempo;
    ASSERT_TRUE(tempo.has_value());
    EXPECT_NEAR(
        energy("side-lying-leg-raise:10"),
        met("side-lying-leg-raise") * 70 * (10 * (tempo->up_seconds + tempo->down_seconds) * 2) / 3600.0,
        1e-9);
    // A 30 s hold: 30 s.
    EXPECT_NEAR(energy("wall-sit:30s"), met("wall-sit") * 70 * 30 / 3600, 1e-9);
    // Intervals: 10 rounds × (30 s work + 60 s rest) = 900 s = 0.25 h.
    EXPECT_NEAR(energy("sprint-intervals:10x30s/60s@9"), met("sprint-intervals") * 70 * 0.25, 1e-9);
    // A workout is the sum of its sets; RPE and load change nothing.
    EXPECT_NEAR(energy("glute-bridge:12,12@9;walking:30min"),
                2 * energy("glute-bridge:12") + energy("walking:30min"), 1e-9);
    EXPECT_NEAR(energy("dumbbell-squat:10x8kg@7"), energy("dumbbell-squat:10"), 1e-9);
    EXPECT_EQ(workout_energy({}, catalog(), Kilograms(70)).value(), 0.0);
}

}  // namespace
}  // namespace hipfit::core
