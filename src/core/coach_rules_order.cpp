// The coach: every rule, in a fixed order — what could harm first, celebrations last.
#include "core/coach_rules.hpp"

#include <array>

namespace hipfit::core {

namespace {

using Rule = std::optional<Advice> (*)(const CoachContext&);

constexpr std::array<Rule, 14> kRules{
    overtrained_muscle, overtraining_streak,     intake_below_floor,   fast_loss,
    skipped_warm_ups,   below_planned_sessions,  short_sleep,          alcohol_above_guideline,
    long_sitting,       weight_plateau,          first_week_milestone, weight_milestone,
    hip_milestone,      personal_best_milestone,
};

}  // namespace

std::vector<Advice> coach(const CoachContext& c) {
    std::vector<Advice> advice;
    for (const Rule rule : kRules) {
        if (std::optional<Advice> a = rule(c))
            advice.push_back(std::move(*a));
    }
    return advice;
}

}  // namespace hipfit::core
