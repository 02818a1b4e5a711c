// The accepted range of a kept check-in's numbers, for check-ins that arrive as data (an import): wide
// enough for anything hipfit itself decides, narrow enough to catch a slipped digit. A value outside is
// refused, never clamped.
#pragma once

#include "core/body/profile_limits.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {

// A target, kcal/day. The lowest is the lower of the calorie floors (targets.hpp, AHA/ACC/TOS 2013): a
// check-in never sets less, and an imported target becomes the one in force (app/calorie_target.hpp).
// The highest is hipfit's judgement: above the most its own formula can give — Mifflin–St Jeor for a
// man of 18, 230 cm and 300 kg (profile_limits.hpp) at PAL 2.5 with a 1,000 kcal surplus: 11,881 — so
// an export hipfit wrote always imports.
inline constexpr Range kCheckinTargetRangeKcal{kCalorieFloorFemale.value(), 12000.0};
// The expenditure a check-in was estimated from, kcal/day. hipfit's judgement: below the smallest
// formula expenditure it can give (about 350: a woman of 120, 120 cm and 30 kg at PAL 1.2) and far above
// the largest (about 10,900), to catch a slipped digit, not to judge a person.
inline constexpr Range kCheckinExpenditureRangeKcal{200.0, 20000.0};
// The estimate's standard deviation, kcal/day. hipfit's judgement: four times the prior's 500 kcal
// (expenditure_estimate.hpp), where the estimate starts; the drift it allows widens that by far less
// over the twelve weeks a check-in reads.
inline constexpr Range kCheckinExpenditureSdRangeKcal{0.0, 2000.0};

}  // namespace hipfit::core
