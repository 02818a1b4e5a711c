#include "io/import/import_values.hpp"

#include <charconv>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/import/csv_table.hpp"

namespace hipfit::io {

namespace {

[[noreturn]] void not_a_number(std::string_view text, std::string_view where, std::string_view column,
                               std::string_view expected) {
    throw core::InvalidInput(
        "FILE", fmt::format("{}: {}: '{}' is not {}", where, column, core::printable(text), expected));
}

bool read_int(std::string_view text, std::size_t at, std::size_t length, int& out) {
    if (at + length > text.size())
        return false;
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + length, out);
    return error == std::errc() && end == first + length;
}

}  // namespace

std::optional<double> import_number(std::string_view text, std::string_view where, std::string_view column,
                                    bool decimal_comma) {
    const std::string_view t = trim_blanks(text);
    if (t.empty())
        return std::nullopt;
    std::string normal(t.starts_with('+') ? t.substr(1) : t);
    if (decimal_comma) {
        for (char& c : normal) c = c == ',' ? '.' : c;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
    if (error != std::errc() || end != normal.data() + normal.size() || !std::isfinite(value))
        not_a_number(text, where, column, "a number");
    return without_float_dust(value);
}

std::optional<int> import_whole_number(std::string_view text, std::string_view where, std::string_view column,
                                       bool decimal_comma) {
    const std::optional<double> value = import_number(text, where, column, decimal_comma);
    if (!value)
        return std::nullopt;
    if (*value != std::floor(*value) || std::fabs(*value) > 1e9)
        not_a_number(text, where, column, "a whole number");
    return static_cast<int>(*value);
}

double without_float_dust(double value) {
    if (!(std::fabs(value) < 1e15))
        return value;  // no dust to drop at this size, and value * 1e6 could overflow to infinity
    const double rounded = std::round(value * 1e6) / 1e6;
    return rounded == 0 ? 0.0 : rounded;  // no -0
}

std::string cut_to_characters(std::string text, std::size_t characters) {
    if (core::utf8_length(text) <= characters)
        return text;
    std::size_t kept = 0;
    std::size_t end = 0;
    for (; end < text.size(); ++end) {
        if ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            continue;  // a continuation byte: part of the character before
        if (kept + 1 == characters)
            break;  // room for the ellipsis
        ++kept;
    }
    text.resize(end);
    return text + "…";
}

std::optional<WrittenMoment> parse_iso_moment(std::string_view text) {
    text = trim_blanks(text);
    WrittenMoment m;
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !read_int(text, 0, 4, year) ||
        !read_int(text, 5, 2, month) || !read_int(text, 8, 2, day))
        return std::nullopt;
    m.date = core::Date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                        std::chrono::day(static_cast<unsigned>(day))};
    if (!m.date.ok())
        return std::nullopt;
    std::string_view rest = text.substr(10);
    if (rest.empty())
        return m;
    if (rest[0] != ' ' && rest[0] != 'T')
        return std::nullopt;
    if (!read_int(rest, 1, 2, m.hour) || rest.size() < 6 || rest[3] != ':' || !read_int(rest, 4, 2, m.minute))
        return std::nullopt;
    rest.remove_prefix(6);
    if (rest.size() >= 3 && rest[0] == ':') {
        if (!read_int(rest, 1, 2, m.second))
            return std::nullopt;
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == '.') {  // fractions of a second
            rest.remove_prefix(1);
            while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') rest.remove_prefix(1);
        }
    }
    if (m.hour > 23 || m.minute > 59 || m.second > 60)
        return std::nullopt;
    rest = trim_blanks(rest);
    if (rest.empty())
        return m;
    if (rest == "Z") {
        m.utc_offset_minutes = 0;
        return m;
    }
    if (rest[0] != '+' && rest[0] != '-')
        return std::nullopt;
    const int sign = rest[0] == '-' ? -1 : 1;
    int hours = 0;
    int minutes = 0;
    const bool colon = rest.size() == 6 && rest[3] == ':';
    if (!(rest.size() == 5 || colon) || !read_int(rest, 1, 2, hours) ||
        !read_int(rest, colon ? 4 : 3, 2, minutes) || hours > 14 || minutes > 59)
        return std::nullopt;
    m.utc_offset_minutes = sign * (hours * 60 + minutes);
    return m;
}

std::int64_t utc_seconds(core::Date date, int hour, int minute, int second, int utc_offset_minutes) {
    const auto days = std::chrono::sys_days(date).time_since_epoch().count();
    return static_cast<std::int64_t>(days) * 86400 + hour * 3600 + minute * 60 + second -
           static_cast<std::int64_t>(utc_offset_minutes) * 60;
}

LocalMoment on_local_day(const WrittenMoment& moment, const UtcOffsetAt& utc_offset_at) {
    if (!moment.utc_offset_minutes)
        return {moment.date, core::TimeOfDay{moment.hour, moment.minute}};
    const std::int64_t utc =
        utc_seconds(moment.date, moment.hour, moment.minute, moment.second, *moment.utc_offset_minutes);
    const std::int64_t local = utc + static_cast<std::int64_t>(utc_offset_at(utc)) * 60;
    const std::int64_t day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const std::int64_t in_day = local - day * 86400;
    const core::Date date{std::chrono::sys_days(std::chrono::days(day))};
    return {date, core::TimeOfDay{static_cast<int>(in_day / 3600), static_cast<int>(in_day % 3600 / 60)}};
}

}  // namespace hipfit::io
