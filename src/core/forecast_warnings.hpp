// The forecast's safety warnings: a planned intake under the calorie floor, and a loss faster than
// 1 % of body weight a week. They warn rather than refuse: the plan is the person's to choose.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/forecast.hpp"
#include "core/profile.hpp"

namespace hipfit::core {

std::vector<std::string> forecast_warnings(Sex sex, std::span<const ForecastDay> days);

}  // namespace hipfit::core
