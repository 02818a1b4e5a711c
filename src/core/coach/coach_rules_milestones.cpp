// The milestones to celebrate: the first week, each 2 % off the weight trend, each 2 cm off the hips, and
// a personal best. Each is celebrated for kCelebrateDays after it is first reached.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"

namespace hipfit::core {

using namespace coach_detail;

namespace {

// One reading of a measure that milestones follow: the weight trend, or the hip.
using Reading = DatedValue;

// The milestone the latest reading reaches: how many whole `step`s `gone(first, latest)` is, when the
// latest reading is of the last kCelebrateDays and no reading before them reached as many; else 0. A hair
// of tolerance makes exactly 2.0 cm off one step of 2 cm.
int new_milestone(std::span<const Reading> readings, Date today, double (*gone)(double first, double value),
                  double step) {
    const Date week_start = add_days(today, 1 - kCelebrateDays);
    if (readings.empty() || readings.back().date < week_start)
        return 0;
    auto steps = [&](const Reading& r) {
        return static_cast<int>(std::floor(gone(readings.front().value, r.value) / step + 1e-9));
    };
    int before = 0;
    for (const Reading& r : readings) {
        if (r.date < week_start)
            before = std::max(before, steps(r));
    }
    const int now = steps(readings.back());
    return now > before ? now : 0;
}

std::vector<Reading> trend_readings(std::span<const TrendPoint> trend) {
    std::vector<Reading> readings;
    for (const TrendPoint& p : trend) readings.push_back({p.date, p.trend_kg});
    return readings;
}

}  // namespace

std::optional<Advice> first_week_milestone(const CoachContext& c) {
    const long elapsed = days_between(c.program_start, c.today);
    if (elapsed < kCoachWeekDays || elapsed >= kCoachWeekDays + kCelebrateDays)
        return std::nullopt;
    const Period first_week = days_ending(add_days(c.program_start, kCoachWeekDays - 1), kCoachWeekDays);
    const int done = days_with(entries_in(c.journal, first_week), EntryKind::workout, first_week);
    const int planned = planned_in(c.planned_sessions, first_week);
    if (done == 0 || done < planned)
        return std::nullopt;
    return Advice{
        "milestone-first-week", Severity::celebrate,
        fmt::format("Your first week is done: you trained on {} {}{}. Well done — starting is the hardest "
                    "part, and you have.",
                    done, done == 1 ? "day" : "days",
                    planned > 0 ? fmt::format(" of {} planned", planned) : "")};
}

// Said as weight, not fat: a trend of scale readings is not a fat reading. Loss with resistance training
// in a deficit is mostly fat (Sardeli et al. 2018; docs/sources.md#sardeli-2018), and fat goes from the
// whole body, not the trained part (Ramírez-Campillo et al. 2013; docs/sources.md#ramirez-campillo-2013).
std::optional<Advice> weight_milestone(const CoachContext& c) {
    if (c.targets.goal != Goal::lose_fat)
        return std::nullopt;
    const std::vector<Reading> trend = trend_readings(c.history.trend);
    const int step = new_milestone(
        trend, c.today, [](double first, double kg) { return 1.0 - kg / first; }, kWeightMilestoneFraction);
    if (step == 0)
        return std::nullopt;
    return Advice{
        "milestone-weight", Severity::celebrate,
        fmt::format("Your weight trend is {:g} % below where you started: {} → {}. Well done. Slow, "
                    "steady loss with strength training is mostly fat, from your whole body, hips and "
                    "thighs included.",
                    step * kWeightMilestoneFraction * 100, mass_text(trend.front().value, c.units),
                    mass_text(trend.back().value, c.units))};
}

std::optional<Advice> hip_milestone(const CoachContext& c) {
    if (c.targets.goal != Goal::lose_fat && c.targets.goal != Goal::tone)
        return std::nullopt;
    const std::vector<Reading>& hips = c.history.hips;
    if (new_milestone(
            hips, c.today, [](double first, double cm) { return first - cm; }, kHipMilestoneCm) == 0)
        return std::nullopt;
    const double first = hips.front().value;
    const double latest = hips.back().value;
    return Advice{
        "milestone-hip", Severity::celebrate,
        fmt::format("Your hips measure {} less than at your first measurement: {} → {}. Well done — "
                    "your work is showing.",
                    length_text(first - latest, c.units), length_text(first, c.units),
                    length_text(latest, c.units))};
}

}  // namespace hipfit::core
