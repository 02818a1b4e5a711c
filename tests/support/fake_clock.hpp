// A clock that always says the same day.
#pragma once

#include "core/date.hpp"

namespace hipfit::testing {

class FixedClock final : public core::Clock {
  public:
    explicit FixedClock(core::Date date) : date_(date) {}
    [[nodiscard]] core::Date today() const override { return date_; }

  private:
    core::Date date_;
};

}  // namespace hipfit::testing
