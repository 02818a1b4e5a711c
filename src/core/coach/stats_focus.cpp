// The focus rules: each names one thing to change this week, and focus picks the first that fires.
#include "core/coach/stats_focus.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/coach/coach_rules.hpp"
#include "core/stats/stats.hpp"

namespace hipfit::core {

std::optional<std::string> losing_too_fast(const Stats& stats) {
    const WeightStats& w = stats.weight;
    if (!w.weekly_rate_kg || !w.trend_end_kg)
        return std::nullopt;
    return fast_loss_sentence(*w.weekly_rate_kg, *w.trend_end_kg);
}

// Eating below the floor costs muscle and nutrients and slows the metabolism (2013 AHA/ACC/TOS; targets.hpp).
// Judged on complete days only, as every intake rule is: at noon today's two meals are not a day's intake.
std::optional<std::string> eating_below_floor(const Stats& stats) {
    const std::optional<double>& kcal = stats.complete_days_intake.average_kcal;
    if (!stats.targets || !kcal)
        return std::nullopt;
    return below_floor_sentence(*kcal, stats.targets->floor_kcal, stats.targets->kcal);
}

std::optional<std::string> eating_above_target(const Stats& stats) {
    const std::optional<double>& kcal = stats.complete_days_intake.average_kcal;
    if (!stats.targets || !kcal || *kcal - stats.targets->kcal <= kIntakeOverTargetKcal)
        return std::nullopt;
    return fmt::format(
        "You ate {:.0f} kcal a day above your target of {:.0f}: bring intake back to the target first — it "
        "moves the trend most.",
        *kcal - stats.targets->kcal, stats.targets->kcal);
}

// Judged on complete days: on a training day the session still to come is not a missed one.
std::optional<std::string> missing_workouts(const Stats& stats) {
    return missed_sessions_sentence(stats.complete_days_sessions.done, stats.complete_days_sessions.planned);
}

std::optional<std::string> sleeping_too_little(const Stats& stats) {
    const std::optional<double>& sleep = stats.habits.sleep_average_h;
    return sleep ? short_sleep_sentence(*sleep) : std::nullopt;
}

std::optional<std::string> drinking_above_guideline(const Stats& stats) {
    if (!stats.targets)
        return std::nullopt;
    return alcohol_sentence(stats.habits.alcohol_drinks_per_week, stats.targets->alcohol_drinks_per_week);
}

std::string encouragement(const Stats& stats, UnitSystem units) {
    const std::optional<double>& change = stats.weight.trend_change_kg;
    if (!change)
        return "Weigh yourself a few mornings a week: the trend will show your progress.";
    const int direction = *change <= -kSteadyTrendKg ? -1 : (*change >= kSteadyTrendKg ? 1 : 0);
    const Goal goal = stats.targets ? stats.targets->goal : Goal::maintain;
    const int wanted = goal == Goal::lose_fat ? -1 : (goal == Goal::gain_lean ? 1 : 0);
    const std::string trend = direction == 0 ? "steady"
                                             : fmt::format("{} {}", direction < 0 ? "down" : "up",
                                                           mass_text(std::abs(*change), units));
    const char* advice =
        direction != wanted ? "keep intake at your target and give it another week."
        : goal == Goal::lose_fat
            ? "on track — fat comes off the whole body, hips and thighs included; keep going."
            : "on track for your goal — keep going.";
    return fmt::format("Your weight trend is {} this period: {}", trend, advice);
}

std::string focus(const Stats& stats, UnitSystem units) {
    for (const auto rule : {losing_too_fast, eating_below_floor, eating_above_target, missing_workouts,
                            sleeping_too_little, drinking_above_guideline}) {
        if (std::optional<std::string> sentence = rule(stats))
            return *sentence;
    }
    return encouragement(stats, units);
}

}  // namespace hipfit::core
