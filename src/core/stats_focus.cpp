// The focus rules: each names one thing to change this week, and focus picks the first that fires.
#include "core/stats_focus.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/stats.hpp"
#include "core/targets.hpp"

namespace hipfit::core {
namespace {

std::string mass_text(double kg, UnitSystem units) {
    if (units == UnitSystem::metric)
        return fmt::format("{:.1f} kg", kg);
    return fmt::format("{:.1f} lb", to_pounds(Kilograms(kg)).value());
}

}  // namespace

std::optional<std::string> losing_too_fast(const Stats& stats) {
    const WeightStats& w = stats.weight;
    if (!w.weekly_rate_kg || !w.trend_end_kg ||
        -*w.weekly_rate_kg / *w.trend_end_kg <= kMaxWeeklyLossFraction)
        return std::nullopt;
    return fmt::format(
        "Your weight trend is falling {:.1f} % a week, faster than the 1 % that spares muscle (Helms et al. "
        "2014): eat at least your target.",
        -*w.weekly_rate_kg / *w.trend_end_kg * 100);
}

// Eating below the floor costs muscle and nutrients and slows the metabolism (2013 AHA/ACC/TOS; targets.hpp).
std::optional<std::string> eating_below_floor(const Stats& stats) {
    if (!stats.targets || !stats.intake.average_kcal ||
        *stats.intake.average_kcal >= stats.targets->floor_kcal)
        return std::nullopt;
    return fmt::format(
        "You ate {:.0f} kcal a day, below the {:.0f} kcal that is the least hipfit advises without medical "
        "supervision: eat up to your target of {:.0f} — too little costs muscle and slows you down.",
        *stats.intake.average_kcal, stats.targets->floor_kcal, stats.targets->kcal);
}

std::optional<std::string> eating_above_target(const Stats& stats) {
    if (!stats.targets || !stats.intake.average_kcal ||
        *stats.intake.average_kcal - stats.targets->kcal <= kIntakeOverTargetKcal)
        return std::nullopt;
    return fmt::format(
        "You ate {:.0f} kcal a day above your target of {:.0f}: bring intake back to the target first — it "
        "moves the trend most.",
        *stats.intake.average_kcal - stats.targets->kcal, stats.targets->kcal);
}

std::optional<std::string> missing_workouts(const Stats& stats) {
    if (stats.workouts_done >= stats.workouts_planned)
        return std::nullopt;
    return fmt::format(
        "You did {} of {} planned workouts: book the next one — training keeps muscle as fat goes.",
        stats.workouts_done, stats.workouts_planned);
}

std::optional<std::string> sleeping_too_little(const Stats& stats) {
    const std::optional<double>& sleep = stats.habits.sleep_average_h;
    if (!sleep || *sleep >= kSleepMinHours)
        return std::nullopt;
    return fmt::format(
        "You slept {:.1f} h a night: aim for 7–9 h — short sleep shifts weight loss from fat to muscle "
        "(Nedeltcheva et al. 2010).",
        *sleep);
}

std::optional<std::string> drinking_above_guideline(const Stats& stats) {
    const double drinks = stats.habits.alcohol_drinks_per_week;
    if (!stats.targets || drinks <= stats.targets->alcohol_drinks_per_week)
        return std::nullopt;
    return fmt::format(
        "You had {:.1f} drinks a week, above the guideline of at most {:g} (US Dietary Guidelines "
        "2020–2025): cut back — alcohol adds energy and costs sleep.",
        drinks, stats.targets->alcohol_drinks_per_week);
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
