#include "core/coach/coach_underweight.hpp"

#include <fmt/format.h>

#include "core/body/body_metrics.hpp"

namespace hipfit::core {

Goal goal_in_force(Goal stored_goal, double bmi) {
    return stored_goal == Goal::lose_fat && bmi < kBmiUnderweightBelow ? Goal::maintain : stored_goal;
}

std::optional<Advice> underweight_on_fat_loss(double bmi, Goal stored_goal) {
    if (goal_in_force(stored_goal, bmi) == stored_goal)
        return std::nullopt;
    return Advice{"underweight", Severity::safety,
                  fmt::format("Your BMI is now {:.1f}, under 18.5, the lower end of a healthy weight (WHO): "
                              "hipfit has stopped planning fat loss and sets your target to maintain your "
                              "weight. Losing more would harm your health, so please eat enough to hold "
                              "your weight steady; talk to a doctor if you are losing weight without trying.",
                              bmi)};
}

}  // namespace hipfit::core
