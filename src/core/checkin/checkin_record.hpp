// What a weekly check-in decided, as the journal keeps it: the target it set, the one before, the
// expenditure it was estimated from, and why. core/checkin/checkin.hpp makes the decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/units.hpp"

namespace hipfit::core {

struct CheckinRecord {
    Date date{};
    Kilocalories target;                         // per day, from this check-in on
    Kilocalories previous_target;                // per day, before it
    std::optional<Kilocalories> expenditure;     // estimated from the journal; none while unavailable
    std::optional<Kilocalories> expenditure_sd;  // its standard deviation
    std::vector<std::string> reasons;            // plain sentences for the person

    friend bool operator==(const CheckinRecord&, const CheckinRecord&) = default;
};

}  // namespace hipfit::core
