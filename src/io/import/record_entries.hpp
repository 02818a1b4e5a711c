// What the readers of the body and food apps share (openScale, Withings, Garmin, Cronometer,
// MyFitnessPal, Google Fit, a mapped CSV): entries made from one record each with a key unique in the
// file, the clock and date forms those apps write, and their units.
#pragma once

#include <cctype>
#include <charconv>
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/base/units.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/import_values.hpp"

namespace hipfit::io {

// "FILE:LINE: what" as an InvalidInput about the file.
[[noreturn]] inline void refuse_record(std::string_view where, std::string_view what) {
    throw core::InvalidInput("FILE", fmt::format("{}: {}", where, what));
}

// The entries of one file, each with the source "APP:KEY". Two records with the same key (two
// servings of one food in one meal) get "#2", "#3", … in file order, so no two entries share a source.
class RecordEntries {
  public:
    RecordEntries(ImportedHistory& history, SourceApp app)
        : history_(history), prefix_(std::string(core::name_of(kSourceAppNames, app)) + ":") {
        history_.app = app;
    }

    core::Entry& add(core::EntryKind kind, core::Date date, core::TimeOfDay time, std::string_view key,
                     std::string origin) {
        std::string source = prefix_ + std::string(key);
        for (int n = 2; !used_.insert(source).second; ++n) source = fmt::format("{}{}#{}", prefix_, key, n);
        ImportedEntry& imported = history_.entries.emplace_back();
        imported.origin = std::move(origin);
        imported.entry.kind = kind;
        imported.entry.date = date;
        imported.entry.time = time;
        imported.entry.source = std::move(source);
        return imported.entry;
    }

    ImportedEntry& last() { return history_.entries.back(); }

    void leave_out(const std::string& what, std::size_t count = 1) {
        if (count > 0)
            history_.left_out[what] += count;
    }

  private:
    ImportedHistory& history_;
    std::string prefix_;
    std::set<std::string> used_;
};

namespace record_detail {

inline bool read_digits(std::string_view text, int& out) {
    if (text.empty() || text.size() > 4)
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

inline bool same_letters(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

}  // namespace record_detail

// A clock time: "07:12", "7:12:05", "07:12:05.123", "9:00 AM", "12:30 pm". None when it is not one.
inline std::optional<core::TimeOfDay> parse_clock(std::string_view text) {
    using record_detail::read_digits;
    text = trim_blanks(text);
    std::optional<bool> afternoon;
    if (text.size() > 2) {
        const std::string_view suffix = text.substr(text.size() - 2);
        if (record_detail::same_letters(suffix, "AM") || record_detail::same_letters(suffix, "PM")) {
            afternoon = record_detail::same_letters(suffix, "PM");
            text = trim_blanks(text.substr(0, text.size() - 2));
        }
    }
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2)
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    std::string_view rest = text.substr(colon + 1);
    const std::size_t more = rest.find(':');
    if (!read_digits(text.substr(0, colon), hour) || !read_digits(rest.substr(0, more), minute) ||
        rest.substr(0, more).size() != 2)
        return std::nullopt;
    if (more != std::string_view::npos) {  // seconds, perhaps with a fraction: not kept
        std::string_view seconds = rest.substr(more + 1);
        seconds = seconds.substr(0, seconds.find('.'));
        int second = 0;
        if (seconds.size() != 2 || !read_digits(seconds, second) || second > 60)
            return std::nullopt;
    }
    if (afternoon) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (*afternoon ? 12 : 0);
    }
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return core::TimeOfDay{hour, minute};
}

// The order of a date's day, month and year when it is not ISO's (18.07.2026, 07/18/2026).
enum class DateOrder { ymd, dmy, mdy };

// A date as `order` writes it: ymd is ISO ("2026-07-18"); dmy and mdy take '.', '/' or '-' between
// the parts and a four-digit year. None when it is not one.
inline std::optional<core::Date> parse_ordered_date(std::string_view text, DateOrder order) {
    text = trim_blanks(text);
    if (order == DateOrder::ymd) {
        const auto moment = parse_iso_moment(text);
        if (!moment || text.size() != 10)
            return std::nullopt;
        return moment->date;
    }
    const std::size_t first = text.find_first_of("./-");
    if (first == std::string_view::npos)
        return std::nullopt;
    const char separator = text[first];
    const std::size_t second = text.find(separator, first + 1);
    if (second == std::string_view::npos)
        return std::nullopt;
    int a = 0;
    int b = 0;
    int year = 0;
    const std::string_view year_text = text.substr(second + 1);
    if (!record_detail::read_digits(text.substr(0, first), a) ||
        !record_detail::read_digits(text.substr(first + 1, second - first - 1), b) || year_text.size() != 4 ||
        !record_detail::read_digits(year_text, year) || a < 1 || b < 1 || a > 31 || b > 31)
        return std::nullopt;
    const int day = order == DateOrder::dmy ? a : b;
    const int month = order == DateOrder::dmy ? b : a;
    const core::Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                          std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok())
        return std::nullopt;
    return date;
}

// The time of what a file gives for a whole day (a day's steps, its food total): the day's start.
inline constexpr core::TimeOfDay kWholeDay{0, 0};

// "2026-07-18 07:12" for keys: the local moment to the minute.
inline std::string moment_key(core::Date date, core::TimeOfDay time) {
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), time.hour,
                       time.minute);
}

inline std::string date_key(core::Date date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

inline double pounds_to_kilograms(double pounds) {
    return without_float_dust(pounds * core::kKilogramsPerPound);
}

inline double inches_to_centimetres(double inches) {
    return without_float_dust(inches * core::kCentimetresPerInch);
}

// A measurement where 0 means "not measured" (openScale, Withings, Garmin): none for empty or zero.
inline std::optional<double> measured(std::string_view text, std::string_view where, std::string_view column,
                                      bool decimal_comma = false) {
    const std::optional<double> value = import_number(text, where, column, decimal_comma);
    if (!value || *value == 0)
        return std::nullopt;
    return value;
}

}  // namespace hipfit::io
