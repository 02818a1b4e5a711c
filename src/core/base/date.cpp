#include "core/base/date.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {
namespace {

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size())
        return false;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    std::from_chars(text.data() + pos, text.data() + pos + count, out);
    return true;
}

}  // namespace

Date parse_date(std::string_view text, std::string_view field) {
    int year = 0;
    int month = 0;
    int day = 0;
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        read_digits(text, 0, 4, year) && read_digits(text, 5, 2, month) &&
                        read_digits(text, 8, 2, day);
    const Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                    std::chrono::day(static_cast<unsigned>(day))};
    if (!shaped || !date.ok()) {
        throw InvalidInput(std::string(field), fmt::format("{}: '{}' is not a date in the form YYYY-MM-DD "
                                                           "(e.g. 1990-04-23)",
                                                           field, printable(text)));
    }
    return date;
}

std::string format_date(Date date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string day_text(Date day) {
    static constexpr std::array<const char*, 7> kWeekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::weekday weekday{std::chrono::sys_days(day)};
    return fmt::format("{} {} {}", kWeekdays[weekday.c_encoding()], static_cast<unsigned>(day.day()),
                       kMonths[static_cast<unsigned>(day.month()) - 1]);
}

TimeOfDay parse_time_of_day(std::string_view text, std::string_view field) {
    TimeOfDay time;
    const bool shaped = text.size() == 5 && text[2] == ':' && read_digits(text, 0, 2, time.hour) &&
                        read_digits(text, 3, 2, time.minute);
    if (!shaped || time.hour > 23 || time.minute > 59) {
        throw InvalidInput(
            std::string(field),
            fmt::format("{}: '{}' is not a time in the form HH:MM (00:00 to 23:59)", field, printable(text)));
    }
    return time;
}

std::string format_time_of_day(TimeOfDay time) {
    return fmt::format("{:02}:{:02}", time.hour, time.minute);
}

int age_in_years(Date born, Date on) {
    int years = static_cast<int>(on.year()) - static_cast<int>(born.year());
    const auto birthday_this_year = std::chrono::month_day(born.month(), born.day());
    if (std::chrono::month_day(on.month(), on.day()) < birthday_this_year)
        --years;
    return years;
}

long days_between(Date from, Date to) {
    return (std::chrono::sys_days(to) - std::chrono::sys_days(from)).count();
}

Date add_days(Date day, long days) {
    return Date{std::chrono::sys_days(day) + std::chrono::days(days)};
}

}  // namespace hipfit::core
