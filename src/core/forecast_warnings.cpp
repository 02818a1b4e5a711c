#include "core/forecast_warnings.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <optional>

#include "core/targets.hpp"

namespace hipfit::core {
namespace {

constexpr int kDaysPerWeek = 7;

// The floors of targets.hpp (2013 AHA/ACC/TOS guideline): the first planned day below it, if any.
std::optional<std::string> floor_warning(Sex sex, std::span<const ForecastDay> days) {
    const Kilocalories floor = sex == Sex::female ? kCalorieFloorFemale : kCalorieFloorMale;
    const auto below =
        std::find_if(days.begin(), days.end(), [&](const ForecastDay& d) { return d.intake < floor; });
    if (below == days.end())
        return std::nullopt;
    return fmt::format(
        "From day {} the plan's intake of {:.0f} kcal/day is under the floor of {:.0f} kcal/day for {} (2013 "
        "AHA/ACC/TOS guideline): below it nutrient needs are hard to meet without a doctor's supervision.",
        below->day, below->intake.value(), floor.value(), sex == Sex::female ? "women" : "men");
}

// Helms, Aragon & Fitschen 2014 (targets.hpp): at most 1 % of body weight a week, to keep muscle. A
// forecast shorter than a week is judged at its weekly pace.
std::optional<std::string> pace_warning(std::span<const ForecastDay> days) {
    const int last = days.back().day;
    const int window = std::min(kDaysPerWeek, last);
    for (int day = window; day <= last; ++day) {
        const double before = days[static_cast<std::size_t>(day - window)].weight.value();
        const double weekly_loss =
            (before - days[static_cast<std::size_t>(day)].weight.value()) * kDaysPerWeek / window;
        if (weekly_loss > kMaxWeeklyLossFraction * before)
            return fmt::format(
                "In the week to day {} the forecast loses {:.2f} kg, {:.1f} % of body weight: faster than "
                "{:.0f} % "
                "a week, which costs muscle (Helms et al. 2014). A smaller deficit loses more fat and less "
                "muscle.",
                day, weekly_loss, 100.0 * weekly_loss / before, 100.0 * kMaxWeeklyLossFraction);
    }
    return std::nullopt;
}

}  // namespace

std::vector<std::string> forecast_warnings(Sex sex, std::span<const ForecastDay> days) {
    std::vector<std::string> warnings;
    for (auto warning : {floor_warning(sex, days), pace_warning(days)}) {
        if (warning)
            warnings.push_back(std::move(*warning));
    }
    return warnings;
}

}  // namespace hipfit::core
