// Dates and times of day (core/base/date.hpp): the whole input is read as a date and as a time; when it is
// two dates separated by one space ("1990-04-23 2026-11-21"), the day arithmetic between them is checked too.
//
// Properties: a date accepted is a real calendar date and is written back as exactly the text read (the
// form is fixed, YYYY-MM-DD); a time likewise (HH:MM, 00:00–23:59); a refusal is an InvalidInput naming
// the field; add_days(a, days_between(a, b)) == b; from a birth date to a later day, age_in_years counts
// whole years: at least 365 days each, and fewer than 366 days past the last.
#include <cstdint>
#include <optional>
#include <string>

#include "core/base/date.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

constexpr const char* kField = "--fuzz";

std::optional<core::Date> date_of(std::string_view text) {
    std::optional<core::Date> date;
    if (!fuzz::refused([&] { date = core::parse_date(text, kField); })) {
        require(date->ok(), "parse_date accepted a date that is not in the calendar");
        require(core::format_date(*date) == text, "parse_date: the date written back differs from its text");
    }
    return date;
}

void time_of(std::string_view text) {
    std::optional<core::TimeOfDay> time;
    if (fuzz::refused([&] { time = core::parse_time_of_day(text, kField); }))
        return;
    require(time->hour >= 0 && time->hour <= 23 && time->minute >= 0 && time->minute <= 59,
            "parse_time_of_day accepted a time outside 00:00-23:59");
    require(core::format_time_of_day(*time) == text, "parse_time_of_day: the time written back differs");
}

void arithmetic(core::Date born, core::Date day) {
    const long days = core::days_between(born, day);
    require(core::add_days(born, days) == day, "add_days(a, days_between(a, b)) is not b");
    require(core::days_between(day, born) == -days, "days_between is not antisymmetric");
    if (days < 0)
        return;
    const int age = core::age_in_years(born, day);
    require(age >= 0, "age_in_years is negative for a day after the birth date");
    require(static_cast<long>(age) * 365 <= days, "age_in_years is more years than the days allow");
    require((static_cast<long>(age) + 1) * 366 > days, "age_in_years is fewer years than the days make");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    date_of(text);
    time_of(text);
    if (text.size() == 21 && text[10] == ' ') {
        const auto first = date_of(text.substr(0, 10));
        const auto second = date_of(text.substr(11));
        if (first && second) {
            arithmetic(*first, *second);
            arithmetic(*second, *first);
        }
    }
    return 0;
}
