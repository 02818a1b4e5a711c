// A plan of intake changes against the baseline intake, as the forecast takes it (the intake_change):
// KCAL[@DAY][,KCAL@DAY…], e.g. "-300@0,0@180" (300 kcal/day less from day 0, back to the baseline
// from day 180). Each change holds until the next one.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/base/units.hpp"

namespace hipfit::core {

// The longest forecast: ten years (hipfit's judgement). The model was checked against measured people
// over two years (Guo et al. 2018; docs/sources.md#guo-2018); further out it is the model's projection.
inline constexpr int kMaxForecastDays = 3650;
// The largest change accepted, either way (hipfit's judgement): 5,000 kcal/day is more than a whole
// day's expenditure for most adults; anything beyond is a typo, and is refused rather than clamped.
inline constexpr double kMaxIntakeChangeKcal = 5000.0;

struct IntakeChange {
    int from_day = 0;
    Kilocalories change;  // per day, against the baseline intake

    friend bool operator==(const IntakeChange&, const IntakeChange&) = default;
};

// Throws InvalidInput("intake_change", …) naming what is wrong: an empty text or item, a number
// that is not one, a missing or negative day, days that do not increase, a change beyond ±5,000.
std::vector<IntakeChange> parse_intake_changes(std::string_view text);

// The same rules for changes that arrive as data (days 0..kMaxForecastDays, strictly increasing).
void check_intake_changes(std::span<const IntakeChange> changes);

// A change held for a while, as a person gives it in a form: `change` a day from `from_day` until
// `until_day` (back to the baseline from that day), or to the end of the forecast without one.
struct IntakePeriod {
    Kilocalories change;
    int from_day = 0;
    std::optional<int> until_day;
};

// The periods, in order and not overlapping, as the changes each holding until the next (a return to
// the baseline where a period ends before the next begins). Throws InvalidInput("intake_changes", …)
// naming the change by its number: none given, a day outside 0..kMaxForecastDays, an end not after its
// start, a change that starts before the one before it ends, a change beyond ±5,000 kcal/day.
std::vector<IntakeChange> intake_changes_of(std::span<const IntakePeriod> periods);

// The change for each day 0..days−1 (zero before the first change).
std::vector<double> daily_intake_changes(std::span<const IntakeChange> changes, int days);

}  // namespace hipfit::core
