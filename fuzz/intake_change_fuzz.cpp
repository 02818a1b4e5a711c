// `hipfit forecast --intake-change` (core/forecast/intake_change.hpp): the whole input is the flag's text,
// KCAL[@DAY][,KCAL@DAY…].
//
// Properties: a plan accepted is not empty, its days start at 0 or later, increase strictly and end by
// kMaxForecastDays, its changes are finite and within ±kMaxIntakeChangeKcal; check_intake_changes agrees;
// written back as KCAL@DAY,… it reads back the same; the daily changes it gives hold each change from its
// day to the next one's. A refusal is an InvalidInput naming --intake-change.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/forecast/intake_change.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

std::string written(const std::vector<core::IntakeChange>& changes) {
    std::string text;
    for (const core::IntakeChange& change : changes) {
        const double kcal = change.change.value();
        text += (text.empty() ? "" : ",") + std::string(kcal < 0 ? "-" : "") +
                fuzz::exact_decimal(std::abs(kcal)) + "@" + std::to_string(change.from_day);
    }
    return text;
}

void check_daily(const std::vector<core::IntakeChange>& changes, int days) {
    const std::vector<double> daily = core::daily_intake_changes(changes, days);
    require(daily.size() == static_cast<std::size_t>(days), "daily_intake_changes: not one value a day");
    std::size_t current = 0;
    for (int day = 0; day < days; ++day) {
        while (current + 1 < changes.size() && changes[current + 1].from_day <= day) ++current;
        const double expected = changes[current].from_day <= day ? changes[current].change.value() : 0.0;
        require(daily[static_cast<std::size_t>(day)] == expected,
                "daily_intake_changes: a day's change is not the change in force");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    std::vector<core::IntakeChange> changes;
    try {
        changes = core::parse_intake_changes(text);
    } catch (const core::InvalidInput& error) {
        fuzz::check_refusal(error);
        require(error.field() == "intake_change", "an intake_change refusal names another field");
        return 0;
    }
    require(!changes.empty(), "an accepted --intake-change with no change");
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const core::IntakeChange& change = changes[i];
        require(change.from_day >= 0 && change.from_day <= core::kMaxForecastDays,
                "a change's day out of range");
        require(std::isfinite(change.change.value()) &&
                    std::abs(change.change.value()) <= core::kMaxIntakeChangeKcal,
                "a change beyond the accepted kcal/day");
        require(i == 0 || change.from_day > changes[i - 1].from_day, "days that do not increase");
    }
    require(!fuzz::refused([&] { core::check_intake_changes(changes); }),
            "check_intake_changes refuses what parse_intake_changes accepted");
    require(core::parse_intake_changes(written(changes)) == changes,
            "an --intake-change written back reads differently");
    check_daily(changes, changes.back().from_day + 2);
    return 0;
}
