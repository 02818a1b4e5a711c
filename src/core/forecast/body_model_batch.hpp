// Many people through Hall's model at once. The states are kept as a struct of arrays so that one
// RK4 step runs over many people in the processor's vector lanes; simulate_body is this with one
// person, so both give the same numbers.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "core/forecast/body_model.hpp"

namespace hipfit::core {

class BodyBatch {
  public:
    explicit BodyBatch(std::span<const BodyBaseline> people);

    [[nodiscard]] std::size_t size() const { return fat_.size(); }
    [[nodiscard]] BodyState state(std::size_t person) const;

    // Advances everyone by one day; intake_change[i] is person i's change (kcal/day against their
    // baseline) for the whole day. Throws InvalidInput when a person's intake would be negative, the
    // span's size differs from size(), or steps_per_day < 1.
    void advance_day(std::span<const double> intake_change, int steps_per_day = kDefaultStepsPerDay);

  private:
    // States.
    std::vector<double> fat_, lean_, glycogen_, ecf_, thermogenesis_;
    // Constants per person (body_model.hpp).
    std::vector<double> intake_, other_expenditure_, activity_, glycogen_clearance_, baseline_carbohydrate_,
        baseline_ecf_;
};

}  // namespace hipfit::core
