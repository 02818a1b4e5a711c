#include "core/base/date.hpp"

#include <chrono>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year(y), month(m), day(d)};
}

TEST(ParseDate, ReadsACalendarDate) {
    EXPECT_EQ(parse_date("1990-04-23", "--born"), ymd(1990, 4, 23));
    EXPECT_EQ(parse_date("2024-12-31", "--born"), ymd(2024, 12, 31));
    EXPECT_EQ(parse_date("2000-01-01", "--born"), ymd(2000, 1, 1));
}

TEST(ParseDate, AcceptsTheLeapDayOnlyInLeapYears) {
    EXPECT_EQ(parse_date("2024-02-29", "--born"), ymd(2024, 2, 29));
    EXPECT_EQ(parse_date("2000-02-29", "--born"), ymd(2000, 2, 29));  // divisible by 400
    EXPECT_THROW((void)parse_date("2023-02-29", "--born"), InvalidInput);
    EXPECT_THROW((void)parse_date("1900-02-29", "--born"), InvalidInput);  // divisible by 100, not 400
}

TEST(ParseDate, RejectsMalformedOrImpossibleDatesNamingTheField) {
    for (const std::string_view text :
         {"2024-1-01", "2024-01-1", "abcd-ef-gh", "", "2024/01/01", "2024-13-01", "2024-00-10", "2024-04-31",
          "2024-01-00", "24-01-01", "2024-01-011", " 2024-01-01", "2024-01-01 ", "2024_01-01",
          "+024-01-01"}) {
        try {
            (void)parse_date(text, "--born");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--born") << text;
            EXPECT_NE(std::string(error.what()).find("YYYY-MM-DD"), std::string::npos) << error.what();
        }
    }
}

TEST(FormatDate, PadsToYYYYMMDD) {
    EXPECT_EQ(format_date(ymd(1990, 4, 3)), "1990-04-03");
    EXPECT_EQ(format_date(ymd(2024, 12, 31)), "2024-12-31");
    EXPECT_EQ(format_date(ymd(987, 1, 9)), "0987-01-09");
}

TEST(FormatDate, RoundTripsThroughParseForEveryDayOfTwoCenturies) {
    const std::chrono::sys_days first{ymd(1900, 1, 1)};
    const std::chrono::sys_days last{ymd(2100, 12, 31)};
    int days = 0;
    for (auto d = first; d <= last; d += std::chrono::days(1)) {
        const Date date{d};
        const std::string text = format_date(date);
        ASSERT_EQ(text.size(), 10U) << text;
        ASSERT_EQ(parse_date(text, "--born"), date) << text;
        ++days;
    }
    // 1900-01-01..2100-12-31: 201 years; leap years 1904, 1908, …, 2096: (2096 − 1904) / 4 + 1 = 49
    // (2000 among them; 1900 and 2100 are not leap years)
    EXPECT_EQ(days, 201 * 365 + 49);
}

TEST(ParseTimeOfDay, ReadsTwentyFourHourTimes) {
    EXPECT_EQ(parse_time_of_day("07:30", "--time"), (TimeOfDay{7, 30}));
    EXPECT_EQ(parse_time_of_day("00:00", "--time"), (TimeOfDay{0, 0}));
    EXPECT_EQ(parse_time_of_day("23:59", "--time"), (TimeOfDay{23, 59}));
    EXPECT_EQ(parse_time_of_day("18:05", "--time"), (TimeOfDay{18, 5}));
}

TEST(ParseTimeOfDay, RejectsOutOfRangeOrMisshapenTimes) {
    for (const std::string_view text : {"24:00", "7:30", "07:3", "12:60", "12-30", "ab:cd", "", "0730",
                                        "07:30:00", " 7:30", "-1:30", "07:+5"}) {
        try {
            (void)parse_time_of_day(text, "--time");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--time") << text;
        }
    }
}

TEST(FormatTimeOfDay, PadsAndRoundTrips) {
    EXPECT_EQ(format_time_of_day(TimeOfDay{7, 5}), "07:05");
    EXPECT_EQ(format_time_of_day(TimeOfDay{23, 59}), "23:59");
    for (int h = 0; h < 24; ++h) {
        for (int m = 0; m < 60; ++m) {
            const TimeOfDay time{h, m};
            ASSERT_EQ(parse_time_of_day(format_time_of_day(time), "--time"), time);
        }
    }
}

TEST(TimeOfDay, OrdersByHourThenMinute) {
    EXPECT_LT((TimeOfDay{7, 59}), (TimeOfDay{8, 0}));
    EXPECT_LT((TimeOfDay{8, 0}), (TimeOfDay{8, 1}));
}

TEST(AgeInYears, TurnsOverOnTheBirthday) {
    const Date born = ymd(1990, 6, 15);
    EXPECT_EQ(age_in_years(born, ymd(2024, 6, 14)), 33);  // 2024 − 1990 = 34, birthday not yet reached
    EXPECT_EQ(age_in_years(born, ymd(2024, 6, 15)), 34);
    EXPECT_EQ(age_in_years(born, ymd(2024, 6, 16)), 34);
    EXPECT_EQ(age_in_years(born, ymd(2024, 1, 1)), 33);
    EXPECT_EQ(age_in_years(born, ymd(2024, 12, 31)), 34);
    EXPECT_EQ(age_in_years(born, ymd(2025, 6, 14)), 34);
}

TEST(AgeInYears, IsZeroOnTheDayOfBirth) {
    EXPECT_EQ(age_in_years(ymd(2024, 3, 1), ymd(2024, 3, 1)), 0);
    EXPECT_EQ(age_in_years(ymd(2024, 3, 1), ymd(2025, 2, 28)), 0);
    EXPECT_EQ(age_in_years(ymd(2024, 3, 1), ymd(2025, 3, 1)), 1);
}

TEST(AgeInYears, LeapDayBirthdayTurnsOverOnMarchFirstInCommonYears) {
    const Date born = ymd(2000, 2, 29);
    EXPECT_EQ(age_in_years(born, ymd(2023, 2, 28)), 22);
    EXPECT_EQ(age_in_years(born, ymd(2023, 3, 1)), 23);
    EXPECT_EQ(age_in_years(born, ymd(2024, 2, 28)), 23);
    EXPECT_EQ(age_in_years(born, ymd(2024, 2, 29)), 24);
}

TEST(AgeInYears, IsNegativeBeforeBirth) {
    EXPECT_EQ(age_in_years(ymd(2024, 6, 16), ymd(2024, 6, 15)), -1);
}

TEST(FixedClock, AlwaysSaysTheSameDay) {
    const FixedClock clock(ymd(2024, 6, 15));
    const Clock& interface = clock;
    EXPECT_EQ(format_date(interface.today()), "2024-06-15");
}

}  // namespace
}  // namespace hipfit::core
