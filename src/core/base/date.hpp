// Calendar dates and times of day, and the clock that tells today. The clock is an interface so
// that tests (and the CLI's HIPFIT_TODAY) can fix the date.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace hipfit::core {

using Date = std::chrono::year_month_day;

// "YYYY-MM-DD", a real calendar date.
Date parse_date(std::string_view text, std::string_view field);
std::string format_date(Date date);
// "Mon 9 Nov": a day as people read it, for a week's days in the coach's sentences and a plan's sessions.
std::string day_text(Date day);

struct TimeOfDay {
    int hour = 0;
    int minute = 0;
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

// "HH:MM", 24-hour.
TimeOfDay parse_time_of_day(std::string_view text, std::string_view field);
std::string format_time_of_day(TimeOfDay time);

// Whole days from `from` to `to`: negative when `to` comes first.
long days_between(Date from, Date to);
// The day `days` days after `day` (before it when negative).
Date add_days(Date day, long days);

// Whole years between a birth date and a day (the age a person gives when asked).
int age_in_years(Date born, Date on);

class Clock {
  public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Date today() const = 0;
    [[nodiscard]] virtual TimeOfDay time_of_day() const = 0;
};

// A clock that always says the same moment: for tests, and for HIPFIT_TODAY (at noon).
class FixedClock final : public Clock {
  public:
    explicit FixedClock(Date date, TimeOfDay time = {12, 0}) : date_(date), time_(time) {}
    [[nodiscard]] Date today() const override { return date_; }
    [[nodiscard]] TimeOfDay time_of_day() const override { return time_; }

  private:
    Date date_;
    TimeOfDay time_;
};

}  // namespace hipfit::core
