// The weekly check-in's rules, each a small function with its sentence for the person.
#include "core/checkin/checkin.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "core/energy/energy.hpp"
#include "core/energy/targets.hpp"
#include "core/stats/stats.hpp"

namespace hipfit::core {
namespace {

// Estimate and formula within this of each other read as "about what the formula guessed".
constexpr double kAgreesWithFormulaKcal = 25.0;

std::string goal_words(const Profile& profile) {
    switch (profile.goal) {
        case Goal::lose_fat:
            return fmt::format("To lose fat with your {} kcal deficit", kcal_text(profile.deficit.value()));
        case Goal::gain_lean:
            return fmt::format("To gain lean mass with your {} kcal surplus",
                               kcal_text(profile.surplus.value()));
        case Goal::tone:
        case Goal::maintain:
            break;
    }
    return "To keep your weight where it is";
}

std::string trend_words(Kilograms change) {
    if (std::abs(change.value()) < kSteadyTrendKg)
        return "held steady";
    return fmt::format("{} {:.1f} kg", change.value() < 0 ? "fell" : "rose", std::abs(change.value()));
}

// "About" figures are given to the nearest 10 kcal: the estimate is not better than that.
double to_tens(double kcal) {
    return std::round(kcal / 10.0) * 10.0;
}

std::string formula_words(Kilocalories estimate, Kilocalories formula) {
    const double difference = estimate.value() - formula.value();
    if (std::abs(difference) < kAgreesWithFormulaKcal)
        return "about what the formula guessed";
    return fmt::format("{} {} than the formula guessed", kcal_text(to_tens(std::abs(difference))),
                       difference > 0 ? "more" : "less");
}

CheckinResult kept(const CheckinInput& input, CheckinResult result) {
    result.new_target = input.current_target;
    result.reasons.push_back(
        fmt::format("Your target stays at {} kcal a day.", kcal_text(input.current_target.value())));
    return result;
}

}  // namespace

std::string kcal_text(double kcal) {
    // Halves to even, as "{:.0f}" rounds them: a target of 2,586.5 reads the same in every view.
    const long rounded = std::lrint(kcal);
    const std::string digits = std::to_string(std::labs(rounded));
    std::string text = rounded < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

bool checkin_due(std::optional<Date> last_checkin, Date today) {
    if (!last_checkin)
        return true;
    return (std::chrono::sys_days(today) - std::chrono::sys_days(*last_checkin)).count() >=
           kCheckinIntervalDays;
}

Kilocalories goal_target(const Profile& profile, Kilocalories expenditure) {
    switch (profile.goal) {
        case Goal::lose_fat:
            return expenditure - profile.deficit;
        case Goal::gain_lean:
            return expenditure + profile.surplus;
        case Goal::tone:
        case Goal::maintain:
            break;
    }
    return expenditure;
}

double trust_in_estimate(Kilocalories expenditure_sd) {
    return expenditure_sd.value() <= kConfidentSdKcal ? 1.0 : kConfidentSdKcal / expenditure_sd.value();
}

RuleStep move_with_trust(Kilocalories current, Kilocalories goal, double trust) {
    if (trust >= 1.0)
        return {goal, ""};
    const Kilocalories moved = current + (goal - current) * trust;
    return {moved, fmt::format("The estimate is still uncertain (give or take {} kcal a day), so the target "
                               "moves only {:.0f} % of the way there: to {} kcal a day.",
                               kcal_text(to_tens(kConfidentSdKcal / trust)), trust * 100.0,
                               kcal_text(moved.value()))};
}

RuleStep limit_step(Kilocalories current, Kilocalories proposed) {
    const double step = proposed.value() - current.value();
    if (std::abs(step) <= kMaxStepPerCheckinKcal)
        return {proposed, ""};
    const Kilocalories limited = current + Kilocalories(std::copysign(kMaxStepPerCheckinKcal, step));
    return {limited, fmt::format("hipfit moves the target at most {} kcal a day a week, because one week's "
                                 "estimate is noisy: {} rather than {} kcal a day this week.",
                                 kcal_text(kMaxStepPerCheckinKcal), kcal_text(limited.value()),
                                 kcal_text(proposed.value()))};
}

RuleStep limit_loss_rate(Kilocalories proposed, Kilocalories expenditure, Kilograms weight,
                         Kilograms fat_mass) {
    const Kilocalories largest = max_safe_deficit(weight, fat_mass);
    const Kilocalories lowest = expenditure - largest;
    if (proposed >= lowest)
        return {proposed, ""};
    return {
        lowest,
        fmt::format("{} kcal a day would be a deficit of {} kcal a day, losing more than {:.0f} % of your "
                    "weight ({:.1f} kg) a week, which costs muscle: the target is raised to {} kcal a day.",
                    kcal_text(proposed.value()), kcal_text((expenditure - proposed).value()),
                    kMaxWeeklyLossFraction * 100.0, kMaxWeeklyLossFraction * weight.value(),
                    kcal_text(lowest.value()))};
}

RuleStep raise_to_floor(Kilocalories proposed, Sex sex, Kilocalories resting) {
    const Kilocalories floor = calorie_floor(sex, resting);
    if (proposed >= floor)
        return {proposed, ""};
    const Kilocalories sex_floor = calorie_floor(sex, Kilocalories(0));
    const std::string why =
        resting > sex_floor
            ? std::string("eating below your resting expenditure slows your metabolism and costs muscle.")
            : fmt::format(
                  "hipfit never goes below {} kcal a day for {}, the lowest intake at which nutrient "
                  "needs can be met without medical supervision.",
                  kcal_text(sex_floor.value()), sex == Sex::female ? "women" : "men");
    return {floor, fmt::format("Your target was raised from {} to {} kcal a day: {}",
                               kcal_text(proposed.value()), kcal_text(floor.value()), why)};
}

RuleStep ignore_small_change(Kilocalories current, Kilocalories proposed) {
    const double change = std::abs(proposed.value() - current.value());
    if (change == 0.0 || change >= kMinChangeKcal)
        return {proposed, ""};
    return {current, fmt::format("That is within {} kcal a day of your current target, too little to matter.",
                                 kcal_text(kMinChangeKcal))};
}

std::string explain_estimate(const ExpenditureEstimate& estimate, Kilocalories formula_expenditure) {
    return fmt::format(
        "Your weight trend {} in {} days while you logged {} kcal a day on average: you burn about {} kcal a "
        "day (give or take {} kcal), {}.",
        trend_words(estimate.trend_change), estimate.days_used - 1,
        kcal_text(estimate.average_intake.value()), kcal_text(to_tens(estimate.expenditure.value())),
        kcal_text(to_tens(estimate.expenditure_sd.value())),
        formula_words(estimate.expenditure, formula_expenditure));
}

CheckinResult weekly_checkin(const CheckinInput& input) {
    CheckinResult result;
    result.previous_target = input.current_target;
    result.new_target = input.current_target;
    if (!checkin_due(input.last_checkin, input.today)) {
        const Date next = add_days(*input.last_checkin, kCheckinIntervalDays);
        result.reasons.push_back(
            fmt::format("The next check-in is on {}, a week after the last.", format_date(next)));
        return kept(input, result);
    }
    result.due = true;
    std::vector<RuleStep> steps;
    const ExpenditureEstimate& estimate = input.estimate;
    if (!estimate.available) {
        result.reasons.push_back(estimate.why_not);
    } else {
        result.reasons.push_back(explain_estimate(estimate, input.formula_expenditure));
        result.goal_target = goal_target(input.profile, estimate.expenditure);
        result.reasons.push_back(fmt::format("{}, that makes {} kcal a day.", goal_words(input.profile),
                                             kcal_text(result.goal_target->value())));
        result.trust = trust_in_estimate(estimate.expenditure_sd);
        steps.push_back(move_with_trust(input.current_target, *result.goal_target, result.trust));
        steps.push_back(limit_step(input.current_target, steps.back().target));
        steps.push_back(ignore_small_change(input.current_target, steps.back().target));
        steps.push_back(
            limit_loss_rate(steps.back().target, estimate.expenditure, input.current_weight, input.fat_mass));
    }
    const Kilocalories before_floor = steps.empty() ? input.current_target : steps.back().target;
    steps.push_back(raise_to_floor(before_floor, input.profile.sex, input.resting));
    for (const RuleStep& step : steps) {
        if (!step.reason.empty())
            result.reasons.push_back(step.reason);
    }
    result.new_target = steps.back().target;
    result.changed = std::abs(result.new_target.value() - input.current_target.value()) >= 0.5;
    if (!result.changed)
        return kept(input, result);
    result.reasons.push_back(fmt::format("Your target changes from {} to {} kcal a day.",
                                         kcal_text(input.current_target.value()),
                                         kcal_text(result.new_target.value())));
    return result;
}

}  // namespace hipfit::core
