// The coach: every rule, in a fixed order — what could harm first, celebrations last.
#include "core/coach/coach_rules.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace hipfit::core {

namespace {

using Rule = std::optional<Advice> (*)(const CoachContext&);

constexpr std::array<Rule, 14> kRules{
    overtrained_muscle, overtraining_streak,     intake_below_floor,   fast_loss,
    skipped_warm_ups,   below_planned_sessions,  short_sleep,          alcohol_above_guideline,
    long_sitting,       weight_plateau,          first_week_milestone, weight_milestone,
    hip_milestone,      personal_best_milestone,
};

// Safety advice about weight or intake: while one fires, a weight milestone would celebrate the very
// loss the coach is warning about (hipfit's judgement).
constexpr std::array<std::string_view, 2> kWeightSafetyRules{"loss-too-fast", "intake-below-floor"};

bool warns_about_weight(const std::vector<Advice>& advice) {
    return std::ranges::any_of(advice, [](const Advice& a) {
        return std::ranges::find(kWeightSafetyRules, a.rule) != kWeightSafetyRules.end();
    });
}

}  // namespace

std::vector<Advice> coach(const CoachContext& c) {
    std::vector<Advice> advice;
    for (const Rule rule : kRules) {
        if (std::optional<Advice> a = rule(c))
            advice.push_back(std::move(*a));
    }
    if (warns_about_weight(advice))
        std::erase_if(advice, [](const Advice& a) { return a.rule == "milestone-weight"; });
    return advice;
}

}  // namespace hipfit::core
