// The training rules: rest for a muscle and for the body, the warm-up, and the planned sessions.
#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"
#include "core/workout/workout_result.hpp"

namespace hipfit::core {

using namespace coach_detail;

std::optional<Advice> overtrained_muscle(const CoachContext& c) {
    // Pairs of training days less than kMuscleRecoveryDays apart, the later one today or yesterday.
    const Period recent = days_ending(c.today, kMuscleRecoveryDays + 1);
    const std::vector<TrainingDay> days = training_days(entries_in(c.journal, recent), c.catalog);
    for (std::size_t i = days.size(); i-- > 1;) {
        const TrainingDay& earlier = days[i - 1];
        const TrainingDay& later = days[i];
        std::vector<Muscle> both;
        std::ranges::set_intersection(earlier.hard_muscles, later.hard_muscles, std::back_inserter(both));
        if (days_between(earlier.date, later.date) >= kMuscleRecoveryDays || both.empty())
            continue;
        std::vector<std::string> muscles;
        std::ranges::transform(both, std::back_inserter(muscles), muscle_text);
        return Advice{
            "overtraining-muscle", Severity::safety,
            fmt::format("You trained your {} hard on {} and {}. {}: until {}, train other muscles, go for "
                        "an easy walk or rest.",
                        join_words(muscles), day_text(earlier.date), day_text(later.date),
                        muscle_recovery_rule(), day_text(add_days(later.date, kMuscleRecoveryDays)))};
    }
    return std::nullopt;
}

std::optional<Advice> overtraining_streak(const CoachContext& c) {
    // Look back far enough to tell the whole run, not just that it reached kHardDaysInARow.
    const Period lookback = days_ending(c.today, 4 * kCoachWeekDays);
    std::vector<Date> hard;
    for (const TrainingDay& day : training_days(entries_in(c.journal, lookback), c.catalog)) {
        if (day.hard)
            hard.push_back(day.date);
    }
    if (hard.empty() || hard.back() < add_days(c.today, -1))
        return std::nullopt;  // no hard day today or yesterday: the run, if any, is already rested
    std::size_t first = hard.size() - 1;
    while (first > 0 && days_between(hard[first - 1], hard[first]) == 1) --first;
    const auto run = static_cast<int>(hard.size() - first);
    if (run < kHardDaysInARow)
        return std::nullopt;
    return Advice{"overtraining-streak", Severity::safety,
                  fmt::format("You trained hard on {} days in a row ({} to {}). Make {} a rest day or an "
                              "easy walk: muscles repair and grow between sessions, and 3–4 sessions a week "
                              "with rest days between them is what the plan is built on.",
                              run, day_text(hard[first]), day_text(hard.back()),
                              hard.back() == c.today ? "tomorrow" : "today")};
}

std::optional<Advice> skipped_warm_ups(const CoachContext& c) {
    int workouts = 0;
    int skipped = 0;
    Date last_skipped{};
    for (const Entry& e : entries_in(c.journal, days_ending(c.today, kCoachWeekDays))) {
        if (e.kind != EntryKind::workout)
            continue;
        ++workouts;
        if (e.warm_up_skipped) {
            ++skipped;
            last_skipped = e.date;
        }
    }
    if (skipped == 0)
        return std::nullopt;
    const std::string what =
        workouts == 1
            ? fmt::format("You skipped the warm-up on {}.", day_text(last_skipped))
            : fmt::format("You skipped the warm-up in {} of your {} workouts this week (the last on {}).",
                          skipped, workouts, day_text(last_skipped));
    return Advice{"warm-up-skipped", Severity::warning, fmt::format("{} {}", what, kWarmUpSkippedWhy)};
}

std::optional<Advice> below_planned_sessions(const CoachContext& c) {
    const Period week = complete_days_before(c.today, kCoachWeekDays);
    const std::optional<std::string> sentence =
        missed_sessions_sentence(days_with(entries_in(c.journal, week), EntryKind::workout, week),
                                 planned_in(c.planned_sessions, week));
    if (!sentence)
        return std::nullopt;
    return Advice{
        "adherence", Severity::warning,
        fmt::format("{} Counted over the last 7 full days; even a short session counts.", *sentence)};
}

std::optional<std::string> missed_sessions_sentence(int done, int planned) {
    if (done >= planned)
        return std::nullopt;
    return fmt::format(
        "You did {} of {} planned workouts: book the next one — training keeps muscle as fat goes.", done,
        planned);
}

}  // namespace hipfit::core
