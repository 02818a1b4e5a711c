// What the coach's rules share: days and windows of the journal, the weight trend over a span, hard
// training per day, and the words for days and muscles. Internal to the coach_rules_*.cpp files.
#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/coach/coach_rules.hpp"

namespace hipfit::core::coach_detail {

// The entries of `journal` (in date order) on the days of `period`.
std::span<const Entry> entries_in(std::span<const Entry> journal, Period period);
// The last `days` complete days: today is not over, so it is left out.
Period complete_days_before(Date today, int days);
// The last `days` days, today included.
Period days_ending(Date today, int days);

// Days in `period` with at least one entry of `kind`.
int days_with(std::span<const Entry> entries, EntryKind kind, Period period);
int planned_in(std::span<const Date> planned, Period period);

// "a", "a and b", "a, b and c".
std::string join_words(const std::vector<std::string>& words);
// "gluteus maximus".
std::string muscle_text(Muscle muscle);

// The weight trend (stats.hpp) over every weigh-in of the journal.
std::vector<TrendPoint> journal_trend(std::span<const Entry> journal);

// The trend from the last point at least `min_days` before its latest point to that latest point, when
// the latest weigh-in is recent (kRecentWeighInDays).
struct TrendSpan {
    TrendPoint start;
    TrendPoint end;
    int weigh_ins = 0;  // days weighed after start, up to end

    [[nodiscard]] long days() const { return days_between(start.date, end.date); }
    [[nodiscard]] double weekly_rate_kg() const;
};
std::optional<TrendSpan> recent_trend_span(std::span<const TrendPoint> trend, Date today, int min_days);

// A day's training: the primary muscles trained hard (a set at kHardRpe or more, or kHardSetsPerMuscle
// sets of strength or isometric exercises), and whether the day was hard at all (those, any set at
// kHardRpe or more, or intervals).
struct TrainingDay {
    Date date{};
    std::set<Muscle> hard_muscles;
    bool hard = false;
};
// One per day with a workout, in date order. Exercises missing from the catalog are left out.
std::vector<TrainingDay> training_days(std::span<const Entry> entries, const Catalog& catalog);

}  // namespace hipfit::core::coach_detail
