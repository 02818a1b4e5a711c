// The progress rules, read on the weight trend: losing too fast, and a plateau despite doing the plan.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"
#include "core/coach/stats_focus.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {

using namespace coach_detail;

namespace {

// Trained as planned, food logged most days, and intake not over target: the plan was followed, so a
// stall is the body adapting, not the plan slipping.
struct Adherence {
    int food_days = 0;
    bool followed = false;
};

Adherence plateau_adherence(const CoachContext& c) {
    const Period days = complete_days_before(c.today, kPlateauSpanDays);
    const std::span<const Entry> entries = entries_in(c.journal, days);
    const IntakeStats intake = intake_stats(entries);
    const bool logged = intake.days_logged >= kPlateauMinFoodDaysPerWeek * kPlateauSpanDays / 7;
    const bool on_target =
        intake.average_kcal && *intake.average_kcal <= c.targets.kcal + kIntakeOverTargetKcal;
    const bool trained = days_with(entries, EntryKind::workout, days) >= planned_in(c.planned_sessions, days);
    return {intake.days_logged, logged && on_target && trained};
}

// The further cut, only while the target stays at or above the lowest target hipfit sets: the sex's floor
// or resting expenditure, whichever is higher (calorie_floor).
std::string cut_step(const StatsTargets& targets) {
    const double floor = std::max(targets.floor_kcal, targets.target_floor_kcal);
    const std::string floor_text = floor > targets.floor_kcal
                                       ? fmt::format("your floor of {:.0f} (your resting expenditure)", floor)
                                       : fmt::format("your floor of {:.0f}", floor);
    const double cut = targets.kcal - kPlateauCutKcal;
    if (cut < floor)
        return fmt::format("your target of {:.0f} kcal is already close to {}, so eat no less", targets.kcal,
                           floor_text);
    return fmt::format("eat {:.0f} kcal a day less — a target of {:.0f} kcal, not below {}", kPlateauCutKcal,
                       cut, floor_text);
}

}  // namespace

std::optional<Advice> fast_loss(const CoachContext& c) {
    const std::optional<TrendSpan> span = recent_trend_span(c.history.trend, c.today, kLossRateSpanDays);
    if (!span)
        return std::nullopt;
    const std::optional<std::string> sentence =
        fast_loss_sentence(span->weekly_rate_kg(), span->end.trend_kg);
    if (!sentence)
        return std::nullopt;
    return Advice{
        "loss-too-fast", Severity::safety,
        fmt::format("{} Read on the trend from {} to {}: {} → {}.", *sentence, day_text(span->start.date),
                    day_text(span->end.date), mass_text(span->start.trend_kg, c.units),
                    mass_text(span->end.trend_kg, c.units))};
}

std::optional<Advice> weight_plateau(const CoachContext& c) {
    if (c.targets.goal != Goal::lose_fat)
        return std::nullopt;
    const std::optional<TrendSpan> span = recent_trend_span(c.history.trend, c.today, kPlateauSpanDays);
    if (!span || span->weigh_ins < kPlateauMinWeighIns ||
        std::abs(span->weekly_rate_kg()) >= kPlateauMaxWeeklyLossFraction * span->end.trend_kg)
        return std::nullopt;
    const Adherence adherence = plateau_adherence(c);
    if (!adherence.followed)
        return std::nullopt;
    return Advice{
        "plateau", Severity::tip,
        fmt::format(
            "Your weight trend has held at about {} for {} weeks ({} → {}), while you trained as planned "
            "and logged food on {} of the last {} days. That is normal, not a failure: as weight falls "
            "the body spends less energy, so the same intake makes a smaller deficit than it did (Hall "
            "et al., Lancet 2011). Pick one step and give it two weeks: check that you log everything "
            "(weigh portions, count cooking oil and drinks); add steps, such as a 15-minute walk a day; "
            "{}; or, if you feel worn out, eat at maintenance (the expenditure your assessment shows) for "
            "a week or two before the next push.",
            mass_text(span->end.trend_kg, c.units), span->days() / 7,
            mass_text(span->start.trend_kg, c.units), mass_text(span->end.trend_kg, c.units),
            adherence.food_days, kPlateauSpanDays, cut_step(c.targets))};
}

std::optional<std::string> fast_loss_sentence(double weekly_rate_kg, double trend_kg) {
    if (-weekly_rate_kg / trend_kg <= kMaxWeeklyLossFraction)
        return std::nullopt;
    return fmt::format(
        "Your weight trend is falling {:.1f} % a week, faster than the 1 % that spares muscle (Helms et al. "
        "2014): eat at least your target.",
        -weekly_rate_kg / trend_kg * 100);
}

}  // namespace hipfit::core
