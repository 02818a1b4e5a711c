// Days, windows, the trend over a span and hard training per day, for the coach's rules.
#include "core/coach/coach_rules_common.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace hipfit::core::coach_detail {

std::span<const Entry> entries_in(std::span<const Entry> journal, Period period) {
    const auto first = std::ranges::lower_bound(journal, period.start, {}, &Entry::date);
    const auto last = std::ranges::upper_bound(journal, period.end, {}, &Entry::date);
    return first < last ? std::span<const Entry>(first, last) : std::span<const Entry>();
}

Period complete_days_before(Date today, int days) {
    return {add_days(today, -days), add_days(today, -1)};
}

Period days_ending(Date today, int days) {
    return {add_days(today, 1 - days), today};
}

int days_with(std::span<const Entry> entries, EntryKind kind, Period period) {
    std::set<std::chrono::sys_days> days;
    for (const Entry& e : entries) {
        if (e.kind == kind && period.contains(e.date))
            days.insert(std::chrono::sys_days(e.date));
    }
    return static_cast<int>(days.size());
}

int planned_in(std::span<const Date> planned, Period period) {
    return static_cast<int>(std::ranges::count_if(planned, [&](Date d) { return period.contains(d); }));
}

std::string join_words(const std::vector<std::string>& words) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += i + 1 == words.size() ? " and " : ", ";
        text += words[i];
    }
    return text;
}

std::string muscle_text(Muscle muscle) {
    std::string text(name_of(kMuscleNames, muscle));
    std::ranges::replace(text, '-', ' ');
    return text;
}

std::vector<TrendPoint> journal_trend(std::span<const Entry> journal) {
    std::vector<WeighIn> weights;
    for (const Entry& e : journal) {
        if (e.kind == EntryKind::weight)
            weights.push_back({e.date, e.value});
    }
    return weight_trend(weights);
}

double TrendSpan::weekly_rate_kg() const {
    return (end.trend_kg - start.trend_kg) / static_cast<double>(days()) * 7.0;
}

std::optional<TrendSpan> recent_trend_span(std::span<const TrendPoint> trend, Date today, int min_days) {
    if (trend.empty() || trend.back().date < add_days(today, 1 - kRecentWeighInDays))
        return std::nullopt;
    const TrendPoint& end = trend.back();
    const auto after_start =
        std::ranges::upper_bound(trend, add_days(end.date, -min_days), {}, &TrendPoint::date);
    if (after_start == trend.begin())
        return std::nullopt;
    return TrendSpan{*(after_start - 1), end, static_cast<int>(trend.end() - after_start)};
}

namespace {

bool builds_muscle(ExerciseKind kind) {
    return kind == ExerciseKind::strength || kind == ExerciseKind::isometric;
}

// Adds one workout's sets to its day.
void add_workout(TrainingDay& day, std::map<Muscle, int>& sets, const Entry& workout,
                 const Catalog& catalog) {
    for (const WorkoutSet& set : workout.sets) {
        const Exercise* exercise = catalog.find(set.exercise_id);
        if (exercise == nullptr)
            continue;
        const bool hard_set = set.rpe && *set.rpe >= kHardRpe;
        day.hard = day.hard || hard_set || exercise->kind == ExerciseKind::intervals;
        if (!builds_muscle(exercise->kind))
            continue;
        for (const Muscle muscle : exercise->primary_muscles) {
            if (hard_set || ++sets[muscle] >= kHardSetsPerMuscle)
                day.hard_muscles.insert(muscle);
        }
    }
    day.hard = day.hard || !day.hard_muscles.empty();
}

}  // namespace

std::vector<TrainingDay> training_days(std::span<const Entry> entries, const Catalog& catalog) {
    std::vector<TrainingDay> days;
    std::map<Muscle, int> sets;  // on the last day, by primary muscle
    for (const Entry& e : entries) {
        if (e.kind != EntryKind::workout)
            continue;
        if (days.empty() || days.back().date != e.date) {
            days.push_back({e.date, {}, false});
            sets.clear();
        }
        add_workout(days.back(), sets, e, catalog);
    }
    return days;
}

}  // namespace hipfit::core::coach_detail

namespace hipfit::core {

Period coach_window(Date today) {
    return coach_detail::days_ending(today, kCoachLookbackDays);
}

Date before_celebrate_week(Date today) {
    return add_days(today, -kCelebrateDays);
}

CoachHistory coach_history(std::span<const Entry> journal, Date today, const Catalog& catalog) {
    CoachHistory history;
    history.trend = coach_detail::journal_trend(journal);
    for (const Entry& e : journal) {
        if (e.kind == EntryKind::measure && e.measurements.hip)
            history.hips.push_back({e.date, e.measurements.hip->value()});
    }
    const auto week_begin = std::ranges::upper_bound(journal, before_celebrate_week(today), {}, &Entry::date);
    history.efforts_before_week = efforts_by_exercise({journal.begin(), week_begin}, catalog);
    return history;
}

std::string mass_text(double kg, UnitSystem units) {
    if (units == UnitSystem::metric)
        return fmt::format("{:.1f} kg", kg);
    return fmt::format("{:.1f} lb", to_pounds(Kilograms(kg)).value());
}

std::string length_text(double cm, UnitSystem units) {
    if (units == UnitSystem::metric)
        return fmt::format("{:.1f} cm", cm);
    return fmt::format("{:.1f} in", to_inches(Centimetres(cm)).value());
}

}  // namespace hipfit::core
