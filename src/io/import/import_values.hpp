// Values as other apps write them (docs/import.md): numbers with a decimal point or comma and float dust,
// units to convert exactly, and moments with or without an offset from UTC, placed on the person's day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/date.hpp"
#include "io/import/import_model.hpp"

namespace hipfit::io {

// Exact conversions (the pound and the mile by the 1959 international yard and pound agreement; the
// thermochemical calorie, 4.184 J, as food labels use it).
inline constexpr double kKilometresPerMile = 1.609344;
inline constexpr double kKilojoulesPerKilocalorie = 4.184;

// A number as an export writes it: surrounding spaces, a sign, a decimal point — or a comma when
// `decimal_comma` (semicolon-separated exports of European locales). Empty text is none; anything else
// is InvalidInput "WHERE: COLUMN: 'TEXT' is not a number".
std::optional<double> import_number(std::string_view text, std::string_view where, std::string_view column,
                                    bool decimal_comma = false);

// A whole number ("10", "10.0", " 8"); InvalidInput as import_number's, also for a fraction.
std::optional<int> import_whole_number(std::string_view text, std::string_view where, std::string_view column,
                                       bool decimal_comma = false);

// Binary floating point's dust dropped (149.99999999999997 → 150): rounded to a millionth, which no
// measurement hipfit keeps is finer than.
double without_float_dust(double value);

// `text` (UTF-8) at most `characters` characters long: cut on a character's boundary and ending "…" when
// longer, for an app's note or name in a field hipfit bounds.
std::string cut_to_characters(std::string text, std::size_t characters);

// A moment as written: a local date and time, and its offset from UTC when the file gives one.
struct WrittenMoment {
    core::Date date{};
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<int> utc_offset_minutes;
};

// "YYYY-MM-DD HH:MM[:SS[.fff]]" with an optional "T" for the space and an optional " +HHMM", "+HH:MM" or
// "Z"; a date alone is midnight. None when `text` is not of that shape.
std::optional<WrittenMoment> parse_iso_moment(std::string_view text);

// The person's date and time of a moment: one written with an offset is moved to the person's zone
// (`utc_offset_at`); one without is taken as the person's local time already.
struct LocalMoment {
    core::Date date{};
    core::TimeOfDay time{};
};
LocalMoment on_local_day(const WrittenMoment& moment, const UtcOffsetAt& utc_offset_at);

// Seconds since 1970-01-01 UTC of a date and time at a UTC offset.
std::int64_t utc_seconds(core::Date date, int hour, int minute, int second, int utc_offset_minutes);

}  // namespace hipfit::io
