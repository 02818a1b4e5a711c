// A fat-loss goal on an underweight body: hipfit stops planning fat loss (every view plans to maintain,
// app/person.hpp) and the coach says so first, kindly. The stored goal is left as the person chose it.
#pragma once

#include <optional>

#include "core/body/profile.hpp"
#include "core/coach/coach_rules.hpp"

namespace hipfit::core {

// The goal hipfit plans for: lose-fat is read as maintain while BMI is under the WHO's 18.5
// (kBmiUnderweightBelow; WHO TRS 894, 2000; docs/sources.md#who-bmi-2000); every other goal as stored.
Goal goal_in_force(Goal stored_goal, double bmi);

// "underweight", safety: when goal_in_force is not the stored goal, why hipfit now plans to maintain.
std::optional<Advice> underweight_on_fat_loss(double bmi, Goal stored_goal);

}  // namespace hipfit::core
