// The rest a muscle needs between hard sessions: the plan spaces its training days by it and the coach's
// advice says it, from this one constant.
#pragma once

#include <string>

#include <fmt/format.h>

namespace hipfit::core {

// ACSM (Garber et al., MSSE 2011; docs/sources.md#garber-2011): at least 48 hours between sessions that
// train the same muscle group — non-consecutive days. Counted in days, not clock hours: Monday evening
// then Wednesday morning follows the rule as the plan writes it.
inline constexpr int kMuscleRecoveryDays = 2;
inline constexpr int kMuscleRecoveryHours = 24 * kMuscleRecoveryDays;

// The rule as people read it: "A muscle needs 48 hours between hard sessions to recover (ACSM)".
inline std::string muscle_recovery_rule() {
    return fmt::format("A muscle needs {} hours between hard sessions to recover (ACSM)",
                       kMuscleRecoveryHours);
}

}  // namespace hipfit::core
