// The accepted range of every journal value: plausible for one entry by one adult; outside is a typo.
#pragma once

#include <array>
#include <string_view>

#include "core/base/date.hpp"
#include "core/body/profile_limits.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// hipfit's judgement: wide enough for any real day, narrow enough to catch a slipped digit.
inline constexpr Range kFoodRangeKcal{1.0, 5000.0};     // one entry
inline constexpr Range kProteinRangeGrams{0.0, 400.0};  // one entry
inline constexpr Range kWaterRangeMl{10.0, 5000.0};     // one entry
inline constexpr Range kSleepRangeHours{0.25, 16.0};
inline constexpr Range kStepsRange{1.0, 100000.0};
inline constexpr Range kAlcoholRangeDrinks{0.5, 30.0};  // standard drinks
// From 0: a smoke-free day is worth logging.
inline constexpr Range kCigarettesRange{0.0, 100.0};
inline constexpr Range kStressRangeMinutes{1.0, 600.0};  // meditation, yoga, breathing
inline constexpr Range kStandupRange{1.0, 48.0};         // standing breaks in a day
inline constexpr Range kRepsRange{1.0, 200.0};
inline constexpr Range kLoadRangeKg{0.0, 500.0};
inline constexpr Range kHoldRangeSeconds{1.0, 600.0};
inline constexpr Range kRpeRange{1.0, 10.0};  // Zourdos et al. 2016
inline constexpr Range kBoutMinutesRange{1.0, 600.0};
inline constexpr Range kDistanceRangeKm{0.01, 300.0};
inline constexpr Range kRoundsRange{1.0, 100.0};
inline constexpr Range kIntervalSecondsRange{1.0, 600.0};
inline constexpr std::size_t kMaxNoteLength = 1000;

// A measure entry's values by their keys (as the export and the API name them), with their ranges and
// units as messages show them.
struct MeasurementLimit {
    std::string_view key;
    Range range;
    std::string_view unit;
};
inline constexpr std::array<MeasurementLimit, 7> kMeasurementLimits{{
    {"waist_cm", kWaistRangeCm, " cm"},
    {"hip_cm", kHipRangeCm, " cm"},
    {"thigh_cm", kThighRangeCm, " cm"},
    {"thigh_left_cm", kThighRangeCm, " cm"},
    {"thigh_right_cm", kThighRangeCm, " cm"},
    {"neck_cm", kNeckRangeCm, " cm"},
    {"body_fat_percent", kBodyFatRangePercent, "%"},
}};

// One workout entry is one session on one day. A long session is some 10 exercises of 3–6 sets (ACSM
// 2009, Progression models in resistance training, Med Sci Sports Exerc 41:687: 3–6 sets for the
// advanced); the limits leave room several times over for ladders, circuits and warm-up sets, and refuse a
// pasted loop (40,000 sets of one exercise were once accepted and estimated at 434,400 kcal).
inline constexpr std::size_t kMaxSetsPerWorkout = 200;
inline constexpr std::size_t kMaxSetsPerExercise = 50;  // of one exercise, in one workout
// The time the sets take (as the energy estimate counts it): an entry is on one day, so at most a day. A
// longer event is logged as one entry a day.
inline constexpr double kMaxWorkoutMinutes = 24.0 * 60.0;
// A workout's energy as an import or the API may carry it: at most what hipfit's estimate can give within
// the limits (the catalog's highest MET × the heaviest accepted weight × a day), so every workout hipfit
// stored imports again; more is a mistyped or altered file.
inline constexpr Range kWorkoutEnergyRangeKcal{0.0, kMaxMet* kWeightRangeKg.max* kMaxWorkoutMinutes / 60.0};
inline constexpr Date kEarliestEntryDate{std::chrono::year(1900), std::chrono::month(1), std::chrono::day(1)};

Range value_range(EntryKind kind);

}  // namespace hipfit::core
