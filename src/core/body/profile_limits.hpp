// The accepted range of every profile value. A value outside is refused with a message naming
// the field, the value and the range; nothing is ever clamped silently.
#pragma once

#include "core/body/profile.hpp"

namespace hipfit::core {

struct Range {
    double min;
    double max;
    [[nodiscard]] bool contains(double value) const { return value >= min && value <= max; }
};

// Plausible adult ranges (hipfit's judgement, wide enough for very short, tall, light and heavy
// adults; see docs/assessment.md). Lengths in cm, masses in kg.
inline constexpr Range kHeightRangeCm{120.0, 230.0};
inline constexpr Range kWeightRangeKg{30.0, 300.0};
inline constexpr Range kWaistRangeCm{40.0, 200.0};
inline constexpr Range kHipRangeCm{50.0, 200.0};
inline constexpr Range kNeckRangeCm{20.0, 70.0};
inline constexpr Range kThighRangeCm{25.0, 120.0};
// A body-fat % as logged, or as the tape measurements give it: what a measured adult can carry.
inline constexpr Range kBodyFatRangePercent{2.0, 70.0};
inline constexpr Range kAgeRangeYears{0.0, 120.0};
// hipfit gives no advice to minors: energy targets and deficits for growing bodies need a
// paediatric professional (the adult model's code, bw, itself warns below 18; docs/sources.md#bw).
inline constexpr int kAdultAgeYears = 18;
// Physical activity level: 1.2 is bed-rest-to-desk; FAO/WHO/UNU 2004 call > 2.40 hard to
// sustain, 2.5 leaves room for athletes in heavy training.
inline constexpr Range kPalRange{1.2, 2.5};
// The deficit and the surplus in kcal/day; the recommended bands are in targets.hpp.
inline constexpr Range kEnergyOffsetRangeKcal{100.0, 1000.0};
// A session holds at least 5 minutes each of warm-up and cool-down, some strength work and 10 minutes
// of cardio (docs/program.md): 30 minutes is the shortest that does.
inline constexpr Range kSessionMinutesRange{30.0, 180.0};
// At least one full rest day a week: hipfit's judgement. (The 48 hours between sessions for the same
// muscles, muscle_recovery.hpp, is a different rule: it spaces sessions, it does not give a day off.)
inline constexpr int kMaxTrainingDaysPerWeek = 6;

// Checks each value present in `changes` against its range. Throws InvalidInput naming the field,
// or SafetyRefusal for an age under 18.
void check_field_ranges(const ProfileChanges& changes);
void check_age(int years, std::string_view field = "age_years");

}  // namespace hipfit::core
