#include "core/forecast/intake_change.hpp"

#include <fmt/format.h>
#include <cmath>
#include <string>

#include "core/base/errors.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {
namespace {

constexpr std::string_view kField = "intake_change";
constexpr std::string_view kExample = "e.g. -300, or -300@0,0@180";

[[noreturn]] void refuse(const std::string& message) {
    throw InvalidInput(std::string(kField), fmt::format("{}: {}", kField, message));
}

// KCAL: an optional sign, then digits with an optional decimal point.
double parse_kcal(std::string_view text, std::string_view item) {
    const bool negative = !text.empty() && text.front() == '-';
    const bool signed_text = negative || (!text.empty() && text.front() == '+');
    double magnitude = 0.0;
    try {
        magnitude = parse_decimal(signed_text ? text.substr(1) : text, kField);
    } catch (const InvalidInput&) {
        refuse(fmt::format("'{}' in '{}' is not a change in kcal/day (a number such as -300 or +250)",
                           printable(text), printable(item)));
    }
    if (magnitude > kMaxIntakeChangeKcal)
        refuse(fmt::format("a change of {} kcal/day is beyond ±{:.0f} kcal/day", printable(text),
                           kMaxIntakeChangeKcal));
    return negative ? -magnitude : magnitude;
}

// DAY: a whole number 0..kMaxForecastDays.
int parse_day(std::string_view text, std::string_view item) {
    if (text.empty())
        refuse(fmt::format("'{}' has no day after '@' ({})", printable(item), kExample));
    if (text.front() == '-')
        refuse(fmt::format("the day in '{}' is negative; days count from 0, the first day of the forecast",
                           printable(item)));
    int day = 0;
    try {
        day = parse_whole_number(text, kField);
    } catch (const InvalidInput&) {
        refuse(fmt::format("the day in '{}' must be a whole number of days from 0 to {}", printable(item),
                           kMaxForecastDays));
    }
    if (day > kMaxForecastDays)
        refuse(fmt::format("the day in '{}' is beyond the longest forecast ({} days)", printable(item),
                           kMaxForecastDays));
    return day;
}

IntakeChange parse_item(std::string_view item, bool first) {
    if (item.empty())
        refuse(fmt::format("an empty change between commas ({})", kExample));
    const std::size_t at = item.find('@');
    if (at != std::string_view::npos && item.find('@', at + 1) != std::string_view::npos)
        refuse(fmt::format("'{}' has more than one '@'", printable(item)));
    const std::string_view kcal = item.substr(0, at);
    if (kcal.empty())
        refuse(fmt::format("'{}' has no change in kcal/day before '@' ({})", printable(item), kExample));
    if (at == std::string_view::npos && !first)
        refuse(
            fmt::format("'{}' needs @DAY: only the first change may leave it out (it then starts on day 0)",
                        printable(item)));
    const int day = at == std::string_view::npos ? 0 : parse_day(item.substr(at + 1), item);
    return {day, Kilocalories(parse_kcal(kcal, item))};
}

}  // namespace

std::vector<IntakeChange> parse_intake_changes(std::string_view text) {
    if (text.empty())
        refuse(
            fmt::format("is empty: give a change in kcal/day against your baseline intake ({})", kExample));
    std::vector<IntakeChange> changes;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        changes.push_back(parse_item(text.substr(start, comma - start), changes.empty()));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    check_intake_changes(changes);
    return changes;
}

void check_intake_changes(std::span<const IntakeChange> changes) {
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const IntakeChange& change = changes[i];
        if (change.from_day < 0 || change.from_day > kMaxForecastDays)
            refuse(fmt::format("day {} is outside 0..{}", change.from_day, kMaxForecastDays));
        if (!std::isfinite(change.change.value()) || std::abs(change.change.value()) > kMaxIntakeChangeKcal)
            refuse(fmt::format("a change of {:g} kcal/day is beyond ±{:.0f} kcal/day", change.change.value(),
                               kMaxIntakeChangeKcal));
        if (i > 0 && change.from_day <= changes[i - 1].from_day)
            refuse(fmt::format("days must increase from one change to the next, but day {} follows day {}",
                               change.from_day, changes[i - 1].from_day));
    }
}

std::vector<IntakeChange> intake_changes_of(std::span<const IntakePeriod> periods) {
    constexpr std::string_view kPeriodsField = "intake_changes";
    const auto refuse_period = [&](std::size_t index, const std::string& message) {
        throw InvalidInput(std::string(kPeriodsField),
                           fmt::format("{}: change {} {}", kPeriodsField, index + 1, message));
    };
    if (periods.empty())
        throw InvalidInput(std::string(kPeriodsField),
                           fmt::format("{}: give at least one change, or none for your plan", kPeriodsField));
    std::vector<IntakeChange> changes;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const IntakePeriod& period = periods[i];
        const double kcal = period.change.value();
        if (!std::isfinite(kcal) || std::abs(kcal) > kMaxIntakeChangeKcal)
            refuse_period(i, fmt::format("is {:g} kcal a day, beyond ±{:.0f}", kcal, kMaxIntakeChangeKcal));
        for (const int day : {period.from_day, period.until_day.value_or(0)}) {
            if (day < 0 || day > kMaxForecastDays)
                refuse_period(
                    i, fmt::format("has day {}, outside the forecast's days 0 to {}", day, kMaxForecastDays));
        }
        if (period.until_day && *period.until_day <= period.from_day)
            refuse_period(i, fmt::format("ends on day {}, which is not after the day it starts ({})",
                                         *period.until_day, period.from_day));
        if (i > 0) {
            const IntakePeriod& before = periods[i - 1];
            if (!before.until_day)
                refuse_period(i - 1, "has no end, so no change can follow it");
            if (period.from_day < *before.until_day)
                refuse_period(i, fmt::format("starts on day {}, before change {} ends (day {})",
                                             period.from_day, i, *before.until_day));
            // Back to the baseline between the two, when they do not meet.
            if (period.from_day > *before.until_day)
                changes.push_back({*before.until_day, Kilocalories(0.0)});
        }
        changes.push_back({period.from_day, period.change});
    }
    if (periods.back().until_day)
        changes.push_back({*periods.back().until_day, Kilocalories(0.0)});
    return changes;
}

std::vector<double> daily_intake_changes(std::span<const IntakeChange> changes, int days) {
    check_intake_changes(changes);
    std::vector<double> daily(static_cast<std::size_t>(std::max(days, 0)), 0.0);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const int end = i + 1 < changes.size() ? changes[i + 1].from_day : days;
        for (int day = changes[i].from_day; day < std::min(end, days); ++day)
            daily[static_cast<std::size_t>(day)] = changes[i].change.value();
    }
    return daily;
}

}  // namespace hipfit::core
