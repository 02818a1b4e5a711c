// The lifestyle rules, read over the last seven complete days: sleep, alcohol, sitting, and eating
// below the floor. The averages are stats.hpp's, over the days that have an entry.
#include <map>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {

using namespace coach_detail;

namespace {

struct Week {
    Period days;
    std::span<const Entry> entries;
};

Week last_week(const CoachContext& c) {
    const Period days = complete_days_before(c.today, kCoachWeekDays);
    return {days, entries_in(c.journal, days)};
}

// The day of the week with the most drinks, and how many.
std::pair<Date, double> heaviest_drinking_day(std::span<const Entry> entries) {
    std::map<std::chrono::sys_days, double> drinks;
    for (const Entry& e : entries) {
        if (e.kind == EntryKind::alcohol)
            drinks[std::chrono::sys_days(e.date)] += e.value;
    }
    std::pair<Date, double> heaviest{};
    for (const auto& [day, count] : drinks) {
        if (count > heaviest.second)
            heaviest = {Date{day}, count};
    }
    return heaviest;
}

}  // namespace

std::optional<Advice> short_sleep(const CoachContext& c) {
    const Week week = last_week(c);
    const HabitStats habits = habit_stats(week.entries, week.days);
    if (habits.sleep_nights < kMinDaysForAverage || !habits.sleep_average_h)
        return std::nullopt;
    const std::optional<std::string> sentence = short_sleep_sentence(*habits.sleep_average_h);
    if (!sentence)
        return std::nullopt;
    return Advice{"sleep-short", Severity::warning,
                  fmt::format("{} That is the average of the {} nights you logged in the last 7 days.",
                              *sentence, habits.sleep_nights)};
}

std::optional<Advice> alcohol_above_guideline(const CoachContext& c) {
    const Week week = last_week(c);
    const double per_week = c.targets.alcohol_drinks_per_week;
    const double drinks = habit_stats(week.entries, week.days).alcohol_drinks_per_week;
    if (std::optional<std::string> sentence = alcohol_sentence(drinks, per_week))
        return Advice{"alcohol-above-guideline", Severity::warning,
                      fmt::format("{} That is the last 7 days.", *sentence)};
    // The guideline is also a limit for each day (US Dietary Guidelines 2020–2025).
    const double per_day = per_week / 7.0;
    const auto [day, most] = heaviest_drinking_day(week.entries);
    if (most <= per_day)
        return std::nullopt;
    return Advice{"alcohol-above-guideline", Severity::warning,
                  fmt::format("You had {:g} drinks on {}, more than the guideline of at most {:g} a day (US "
                              "Dietary Guidelines 2020–2025), even though the week stayed within it: on days "
                              "you drink, keep to {:g} — alcohol adds energy and costs sleep.",
                              most, day_text(day), per_day, per_day)};
}

std::optional<Advice> long_sitting(const CoachContext& c) {
    const Week week = last_week(c);
    const int days = days_with(week.entries, EntryKind::standup, week.days);
    const std::optional<double> average = habit_stats(week.entries, week.days).standup_average;
    if (days < kMinDaysForAverage || !average || *average >= kStandingBreaksTarget)
        return std::nullopt;
    return Advice{"long-sitting", Severity::tip,
                  fmt::format("You took {:.1f} standing breaks a day on the {} days you logged them; aim for "
                              "{}: get up and move for a few minutes every hour you sit — a short walk, the "
                              "stairs, or a few squats or calf raises.",
                              *average, days, kStandingBreaksTarget)};
}

std::optional<Advice> intake_below_floor(const CoachContext& c) {
    const Week week = last_week(c);
    const IntakeStats intake = intake_stats(week.entries);
    if (intake.days_logged < kMinDaysForAverage || !intake.average_kcal)
        return std::nullopt;
    const std::optional<std::string> sentence =
        below_floor_sentence(*intake.average_kcal, c.targets.floor_kcal, c.targets.kcal);
    if (!sentence)
        return std::nullopt;
    return Advice{"intake-below-floor", Severity::safety,
                  fmt::format("{} That is the average of the {} days you logged food in the last 7; if a "
                              "meal went unlogged, add it so the numbers are right.",
                              *sentence, intake.days_logged)};
}

std::optional<std::string> short_sleep_sentence(double average_h) {
    if (average_h >= kSleepMinHours)
        return std::nullopt;
    return fmt::format(
        "You slept {:.1f} h a night: aim for 7–9 h — short sleep shifts weight loss from fat to muscle "
        "(Nedeltcheva et al. 2010).",
        average_h);
}

std::optional<std::string> alcohol_sentence(double drinks_per_week, double guideline_per_week) {
    if (drinks_per_week <= guideline_per_week)
        return std::nullopt;
    return fmt::format(
        "You had {:.1f} drinks a week, above the guideline of at most {:g} (US Dietary Guidelines "
        "2020–2025): cut back — alcohol adds energy and costs sleep.",
        drinks_per_week, guideline_per_week);
}

std::optional<std::string> below_floor_sentence(double average_kcal, double floor_kcal, double target_kcal) {
    if (average_kcal >= floor_kcal)
        return std::nullopt;
    return fmt::format(
        "You ate {:.0f} kcal a day, below the {:.0f} kcal that is the least hipfit advises without medical "
        "supervision: eat up to your target of {:.0f} — too little costs muscle and slows you down.",
        average_kcal, floor_kcal, target_kcal);
}

}  // namespace hipfit::core
