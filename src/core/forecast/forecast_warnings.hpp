// The forecast's safety warnings: a planned intake under the calorie floor, a loss faster than 1 % of body
// weight a week, a forecast that falls into underweight, and a goal that could only be held below the
// floor. They warn rather than refuse: the plan is the person's to choose (forecast.hpp refuses what
// could not be safe at all).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/forecast/forecast.hpp"

namespace hipfit::core {

// `resting` is the resting expenditure at the start (the floor's other half, as calorie_target has it).
std::vector<std::string> forecast_warnings(const BodyModelPerson& person, Kilocalories resting,
                                           std::span<const ForecastDay> days,
                                           const std::optional<GoalOutcome>& goal);

}  // namespace hipfit::core
