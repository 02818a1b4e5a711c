// Progress over a period for one person, as 'hipfit stats' and GET /api/stats show it.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/stats/stats.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

inline constexpr int kWeekDays = 7;
inline constexpr int kMonthDays = 30;

// The `days` days ending today.
core::Period period_ending(int days, core::Date today);
// From a date given as text (InvalidInput naming `field` when malformed or after today) to today.
core::Period period_since(const std::string& since, std::string_view field, core::Date today);

struct StatsView {
    core::Stats stats;
    core::UnitSystem units = core::UnitSystem::metric;
    std::string focus_line;       // the one thing that matters most now
    bool nothing_logged = false;  // the journal holds nothing to count yet
};

// `journal` may be null (no database yet): the figures are then empty.
StatsView stats_view(store::Repository* journal, core::Period period, core::Date today);

nlohmann::json to_json(const StatsView& view);

}  // namespace hipfit::app
