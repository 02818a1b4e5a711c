#include "core/stats/stats.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/assessment/assessment.hpp"
#include "core/coach/stats_focus.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "tests/support/sample_journal.hpp"

namespace hipfit::core {
namespace {

constexpr double kTight = 1e-9;

Date day(int month, int d) {
    return Date{std::chrono::year(2026), std::chrono::month(static_cast<unsigned>(month)),
                std::chrono::day(static_cast<unsigned>(d))};
}

using testing::entry;

Profile profile(Date start) {
    Profile p;
    p.sex = Sex::female;
    p.age = AgeRecord{std::nullopt, 34, start};
    p.height = Centimetres(165);
    p.weight = Kilograms(72);
    p.waist = Centimetres(80);
    p.hip = Centimetres(104);
    p.neck = Centimetres(33);
    p.program_start = start;
    return p;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// 80.0 on Nov 1, 79.0 on Nov 2, then three days without a reading and two on Nov 5 (90.0, then 78.0).
// T1 = 80.0
// T2 = 80.0 + 0.1 × (79.0 − 80.0) = 79.9
// T3 = 79.9 + (1 − 0.9³)(78.0 − 79.9) = 79.9 + 0.271 × (−1.9) = 79.3851 (the day's last reading only)
const std::vector<WeighIn> kWeights{
    {day(11, 1), 80.0}, {day(11, 2), 79.0}, {day(11, 5), 90.0}, {day(11, 5), 78.0}};

TEST(WeightTrend, SmoothsTenPercentADayAndCompoundsAGap) {
    const std::vector<TrendPoint> trend = weight_trend(kWeights);
    ASSERT_EQ(trend.size(), 3U);
    EXPECT_EQ(trend[0].date, day(11, 1));
    EXPECT_NEAR(trend[0].trend_kg, 80.0, kTight);
    EXPECT_NEAR(trend[1].trend_kg, 79.9, kTight);
    EXPECT_EQ(trend[2].date, day(11, 5));
    EXPECT_NEAR(trend[2].weight_kg, 78.0, kTight);
    EXPECT_NEAR(trend[2].trend_kg, 79.3851, kTight);
}

TEST(WeightTrend, AGapEqualsTheSameWeightReadEveryMissedDay) {
    const std::vector<WeighIn> daily{
        {day(11, 2), 79.0}, {day(11, 3), 78.0}, {day(11, 4), 78.0}, {day(11, 5), 78.0}};
    const std::vector<WeighIn> gap{{day(11, 2), 79.0}, {day(11, 5), 78.0}};
    EXPECT_NEAR(weight_trend(daily).back().trend_kg, weight_trend(gap).back().trend_kg, kTight);
    EXPECT_TRUE(weight_trend({}).empty());
}

std::vector<Entry> weight_entries() {
    std::vector<Entry> entries;
    int hour = 7;
    for (const WeighIn& w : kWeights) entries.push_back(entry(EntryKind::weight, w.date, w.kg, hour++));
    return entries;
}

TEST(WeightStats, StartsFromTheTrendCarriedIntoThePeriod) {
    const std::vector<TrendPoint> trend = weight_trend(kWeights);
    const std::vector<Entry> entries = weight_entries();
    const Period period{day(11, 3), day(11, 7)};
    const WeightStats w = weight_stats(trend, std::span(entries).subspan(2), period);
    EXPECT_EQ(w.readings, 2);
    EXPECT_NEAR(*w.latest_kg, 78.0, kTight);
    EXPECT_NEAR(*w.trend_start_kg, 79.9, kTight);  // Nov 2's trend
    EXPECT_NEAR(*w.trend_end_kg, 79.3851, kTight);
    EXPECT_NEAR(*w.trend_change_kg, -0.5149, kTight);
    EXPECT_NEAR(*w.weekly_rate_kg, -0.5149 / 3 * 7, kTight);  // Nov 2 → Nov 5
}

TEST(WeightStats, WithoutEarlierReadingsStartsFromTheFirst) {
    const std::vector<Entry> entries = weight_entries();
    const WeightStats w = weight_stats(weight_trend(kWeights), entries, {day(11, 1), day(11, 7)});
    EXPECT_EQ(w.readings, 4);
    EXPECT_NEAR(*w.trend_start_kg, 80.0, kTight);
    EXPECT_NEAR(*w.weekly_rate_kg, -0.6149 / 4 * 7, kTight);
}

TEST(WeightStats, NoReadingInThePeriodIsAllNull) {
    const WeightStats w = weight_stats(weight_trend(kWeights), {}, {day(11, 6), day(11, 7)});
    EXPECT_EQ(w.readings, 0);
    EXPECT_FALSE(w.trend_start_kg || w.trend_end_kg || w.trend_change_kg || w.weekly_rate_kg || w.latest_kg);
}

TEST(WeightStats, OneReadingHasATrendButNoRate) {
    const std::vector<WeighIn> one{{day(11, 5), 70.0}};
    const std::vector<Entry> entries{entry(EntryKind::weight, day(11, 5), 70.0)};
    const WeightStats w = weight_stats(weight_trend(one), entries, {day(11, 1), day(11, 7)});
    EXPECT_NEAR(*w.trend_change_kg, 0.0, kTight);
    EXPECT_FALSE(w.weekly_rate_kg.has_value());
}

TEST(Streaks, CurrentRunMayEndYesterdayAndLongestIsTheLongestEver) {
    const std::vector<Date> days{day(11, 1), day(11, 2), day(11, 2), day(11, 3), day(11, 5), day(11, 6)};
    EXPECT_EQ(longest_streak(days), 3);
    EXPECT_EQ(current_streak(days, day(11, 6)), 2);
    EXPECT_EQ(current_streak(days, day(11, 7)), 2);  // today has nothing yet: the run still stands
    EXPECT_EQ(current_streak(days, day(11, 8)), 0);
    EXPECT_EQ(current_streak(days, day(11, 3)), 3);  // later days are not counted
    EXPECT_EQ(current_streak({}, day(11, 3)), 0);
    EXPECT_EQ(longest_streak({}), 0);
}

// Program from Monday Nov 2, sessions Mon/Wed/Fri; today is Wednesday Nov 25 (week 4).
std::vector<Date> mon_wed_fri(int weeks) {
    std::vector<Date> dates;
    for (int w = 0; w < weeks; ++w) {
        for (int offset : {0, 2, 4})
            dates.push_back(Date{std::chrono::sys_days(day(11, 2)) + std::chrono::days(7 * w + offset)});
    }
    return dates;
}

TEST(Streaks, WeeksOnPlanCountsMetWeeksBackFromTheCurrentOne) {
    const std::vector<Date> planned = mon_wed_fri(4);
    // Week 1: 3 of 3; week 2: 2 of 3; week 3: 3 of 3; week 4 (under way): 1 of 3.
    std::vector<Date> done{day(11, 2),  day(11, 4),  day(11, 6),  day(11, 9), day(11, 11),
                           day(11, 16), day(11, 18), day(11, 21), day(11, 23)};
    EXPECT_EQ(weeks_on_plan(done, planned, day(11, 2), day(11, 25)), 1);
    done.push_back(day(11, 24));
    done.push_back(day(11, 25));  // week 4 met already: it counts
    EXPECT_EQ(weeks_on_plan(done, planned, day(11, 2), day(11, 25)), 2);
    done.push_back(day(11, 12));  // week 2 met too: 4 in a row
    std::ranges::sort(done);
    EXPECT_EQ(weeks_on_plan(done, planned, day(11, 2), day(11, 25)), 4);
    EXPECT_EQ(weeks_on_plan({}, planned, day(11, 2), day(11, 25)), 0);
    EXPECT_EQ(weeks_on_plan(done, planned, day(11, 2), day(11, 1)), 0);  // before the program
}

// The program began Mon Nov 2 (Mon/Wed/Fri); today is Wed Nov 25 and the window runs from Tue Nov 10.
// Nov 9's workout is before the window and Nov 27's session after today: neither counts, on either side.
TEST(SessionsIn, CountsPlannedAndDoneOnTheSameDaysUpToToday) {
    const std::vector<Date> planned = mon_wed_fri(4);
    const std::vector<Date> done{day(11, 9),  day(11, 11), day(11, 13), day(11, 13),
                                 day(11, 16), day(11, 20), day(11, 23), day(11, 25)};
    const Period window{day(11, 10), day(11, 25)};
    // Planned: Nov 11, 13, 16, 18, 20, 23, 25. Done: Nov 11, 13 (twice: a day counts whole), 16, 20, 23, 25.
    EXPECT_EQ(sessions_in(planned, done, window, day(11, 25)), (SessionCount{7, 7}));
    // Seen on Monday the 23rd, Wednesday's session is not yet due and its workout not yet logged.
    EXPECT_EQ(sessions_in(planned, done, {day(11, 10), day(11, 25)}, day(11, 23)), (SessionCount{6, 6}));
    EXPECT_EQ(sessions_in(planned, done, {day(11, 26), day(11, 30)}, day(11, 25)), (SessionCount{0, 0}));
    EXPECT_EQ(counted_days({day(11, 10), day(11, 30)}, day(11, 25)), (Period{day(11, 10), day(11, 25)}));
}

TEST(SessionsIn, ByProgramWeekAddsUpToTheWindow) {
    const std::vector<Date> planned = mon_wed_fri(4);
    const std::vector<Date> done{day(11, 9),  day(11, 11), day(11, 13), day(11, 13),
                                 day(11, 16), day(11, 20), day(11, 23), day(11, 25)};
    const std::vector<WeekSessions> weeks =
        sessions_by_program_week(planned, done, day(11, 2), {day(11, 10), day(11, 25)}, day(11, 25));
    const std::vector<WeekSessions> expected{
        {2, {day(11, 10), day(11, 15)}, {2, 3}},  // Nov 9 is before the window
        {3, {day(11, 16), day(11, 22)}, {3, 2}},
        {4, {day(11, 23), day(11, 25)}, {2, 2}},  // Nov 27 is after today
    };
    EXPECT_EQ(weeks, expected);
    // A window that starts before the program: its weeks start with the program's first.
    const std::vector<WeekSessions> from_before =
        sessions_by_program_week(planned, done, day(11, 2), {day(10, 20), day(11, 8)}, day(11, 25));
    const std::vector<WeekSessions> first{{1, {day(11, 2), day(11, 8)}, {3, 0}}};
    EXPECT_EQ(from_before, first);
    EXPECT_TRUE(sessions_by_program_week(planned, done, day(11, 30), {day(11, 10), day(11, 25)}, day(11, 25))
                    .empty());  // the program has not started
}

TEST(ComputeStats, TheWeeksAddUpToTheTotals) {
    std::vector<Entry> journal;
    for (const Date d : {day(11, 9), day(11, 11), day(11, 13), day(11, 13), day(11, 16), day(11, 20),
                         day(11, 23), day(11, 25)})
        journal.push_back(entry(EntryKind::workout, d, 0, 9));
    StatsContext context{{day(11, 10), day(11, 25)}, day(11, 25), std::nullopt, day(11, 2), mon_wed_fri(4)};
    const Stats s = compute_stats(journal, {}, context);
    EXPECT_EQ(s.workouts_done, 7);
    EXPECT_EQ(s.workouts_planned, 7);
    ASSERT_EQ(s.workout_weeks.size(), 3U);
    EXPECT_EQ(s.workout_weeks.front().sessions, (SessionCount{2, 3}));
    EXPECT_EQ(s.workout_weeks.back().sessions, (SessionCount{2, 2}));
}

TEST(PlannedSessionDates, FollowTheProgramToTheEndOfThisWeek) {
    const Profile p = profile(day(11, 2));
    const std::vector<Date> dates = planned_session_dates(p, io::builtin_catalog(), day(11, 25));
    EXPECT_EQ(dates, mon_wed_fri(4));  // through Friday Nov 27
    for (const Date d : dates) EXPECT_TRUE(planned_session(p, io::builtin_catalog(), d).has_value());
    EXPECT_TRUE(planned_session_dates(p, io::builtin_catalog(), day(11, 1)).empty());
}

TEST(PlannedSessionDates, RepeatEveryFiftyTwoWeeks) {
    const Profile p = profile(day(11, 2));
    const Date later{std::chrono::sys_days(day(11, 2)) + std::chrono::days(7 * kMaxPlanWeeks + 1)};
    const std::vector<Date> dates = planned_session_dates(p, io::builtin_catalog(), later);
    ASSERT_EQ(dates.size(), 3U * (kMaxPlanWeeks + 1));
    EXPECT_EQ(dates[3 * kMaxPlanWeeks], Date{std::chrono::sys_days(later) - std::chrono::days(1)});
    for (std::size_t i = 3 * kMaxPlanWeeks; i < dates.size(); ++i)
        EXPECT_TRUE(planned_session(p, io::builtin_catalog(), dates[i]).has_value()) << format_date(dates[i]);
}

// The dates are those of the year's plan, repeated, whatever the days, time, equipment and level.
TEST(PlannedSessionDates, AreTheDatesOfTheYearsPlanForEveryKindOfProfile) {
    const std::vector<std::set<Weekday>> weeks = {{Weekday::mon, Weekday::wed, Weekday::fri},
                                                  {Weekday::tue, Weekday::sat},
                                                  {Weekday::mon, Weekday::tue, Weekday::thu, Weekday::sun},
                                                  {Weekday::sun}};
    const std::vector<Level> levels = {Level::beginner, Level::intermediate, Level::advanced};
    const std::vector<std::set<Equipment>> equipment = {{Equipment::none},
                                                        {Equipment::band, Equipment::dumbbells}};
    int checked = 0;
    for (std::size_t i = 0; i < weeks.size() * levels.size() * equipment.size(); ++i) {
        Profile p = profile(day(11, 2 + static_cast<int>(i % 5)));
        p.days = weeks[i % weeks.size()];
        p.level = levels[i % levels.size()];
        p.equipment = equipment[i % equipment.size()];
        p.minutes_per_session = 20 + static_cast<int>(i % 4) * 15;
        p.low_impact = i % 2 == 0;
        PlanOptions year;
        year.weeks = kMaxPlanWeeks;
        year.start = p.program_start;
        std::vector<Date> cycle;
        for (const PlanWeek& week : generate_plan(p, io::builtin_catalog(), year).weeks) {
            for (const Session& session : week.sessions) cycle.push_back(session.date);
        }
        for (const long days_on : {0L, 3L, 40L, 7L * kMaxPlanWeeks + 10}) {
            const Date until = add_days(p.program_start, days_on);
            const Date week_end = add_days(p.program_start, (days_on / 7 + 1) * 7 - 1);
            std::vector<Date> expected;
            for (long start = 0; start <= days_on + 7; start += kProgramCycleDays) {
                for (const Date d : cycle) {
                    const Date repeated = add_days(d, start);
                    if (repeated <= week_end)
                        expected.push_back(repeated);
                }
            }
            EXPECT_EQ(planned_session_dates(p, io::builtin_catalog(), until), expected)
                << i << " " << format_date(until);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 96);
}

TEST(StatsTargets, ComeFromTheAssessmentAndTheDietaryGuidelines) {
    Profile p = profile(day(11, 2));
    const StatsTargets female = stats_targets(p, day(11, 21));
    const Assessment a = assess(p, day(11, 21));
    EXPECT_NEAR(female.kcal, a.target.value(), kTight);
    EXPECT_NEAR(female.protein_g, a.protein.value(), kTight);
    EXPECT_NEAR(female.water_ml, 1600.0, kTight);  // 2,000 ml × 80 % from drinks
    EXPECT_NEAR(female.alcohol_drinks_per_week, 7.0, kTight);
    // Mifflin–St Jeor, 72 kg, 165 cm, 34 y: 720 + 1,031.25 − 170 − 161 = 1,420.25 kcal at rest, above the
    // 1,200 floor: the lowest target is resting expenditure, while intake is still checked against 1,200.
    EXPECT_NEAR(female.floor_kcal, 1200.0, kTight);
    EXPECT_NEAR(female.target_floor_kcal, 1420.25, kTight);
    Profile small = p;  // 45 kg, 150 cm, 60 y: 450 + 937.5 − 300 − 161 = 926.5 kcal, under the floor
    small.weight = Kilograms(45);
    small.height = Centimetres(150);
    small.age = AgeRecord{std::nullopt, 60, day(11, 2)};
    EXPECT_NEAR(stats_targets(small, day(11, 21)).target_floor_kcal, 1200.0, kTight);
    p.sex = Sex::male;
    p.neck = Centimetres(38);
    EXPECT_NEAR(stats_targets(p, day(11, 21)).alcohol_drinks_per_week, 14.0, kTight);
}

// A week, Nov 15–21, and an earlier weigh-in on Nov 10.
std::vector<Entry> a_week() {
    std::vector<Entry> e{entry(EntryKind::weight, day(11, 10), 72.0)};
    Entry first = entry(EntryKind::measure, day(11, 15), 0);
    first.measurements.waist = Centimetres(80);
    first.measurements.hip = Centimetres(104);
    e.push_back(first);
    e.push_back(entry(EntryKind::workout, day(11, 16), 0, 18));
    e.push_back(entry(EntryKind::alcohol, day(11, 18), 2.0, 20));
    e.push_back(entry(EntryKind::food, day(11, 20), 600, 8));
    e.back().protein_g = 30;
    e.push_back(entry(EntryKind::food, day(11, 20), 900, 13));
    e.push_back(entry(EntryKind::sleep, day(11, 20), 6.0, 14));
    e.push_back(entry(EntryKind::sleep, day(11, 20), 1.0, 15));  // a nap adds to the night
    e.push_back(entry(EntryKind::water, day(11, 20), 500, 16));
    e.push_back(entry(EntryKind::water, day(11, 20), 1000, 17));
    e.push_back(entry(EntryKind::alcohol, day(11, 20), 1.5, 20));
    e.push_back(entry(EntryKind::weight, day(11, 21), 71.0, 7));
    e.push_back(entry(EntryKind::sleep, day(11, 21), 6.0, 7));
    Entry last = entry(EntryKind::measure, day(11, 21), 0, 7);
    last.measurements.waist = Centimetres(79);
    last.measurements.thigh_left = Centimetres(55);
    e.push_back(last);
    e.push_back(entry(EntryKind::food, day(11, 21), 1500, 12));
    e.back().protein_g = 50;
    e.push_back(entry(EntryKind::water, day(11, 21), 1200, 12));
    e.push_back(entry(EntryKind::steps, day(11, 21), 8000, 21));
    return e;
}

StatsContext week_context(Period period) {
    StatsContext c{period, day(11, 21), StatsTargets{Goal::lose_fat, 1700, 110, 1600, 7}, day(11, 16), {}};
    c.planned_sessions = {day(11, 16), day(11, 18), day(11, 20), day(11, 23)};
    return c;
}

TEST(ComputeStats, AddsUpAWeek) {
    const std::vector<Entry> journal = a_week();
    const Stats s = compute_stats(std::span(journal).subspan(1), std::span(journal).first(1),
                                  week_context({day(11, 15), day(11, 21)}));
    // Trend: 72.0 on Nov 10, then 72.0 + (1 − 0.9^11)(71.0 − 72.0) = 71.313811 on Nov 21.
    EXPECT_NEAR(*s.weight.trend_start_kg, 72.0, kTight);
    EXPECT_NEAR(*s.weight.trend_end_kg, 72.0 - (1 - std::pow(0.9, 11)), kTight);
    EXPECT_NEAR(*s.weight.weekly_rate_kg, -(1 - std::pow(0.9, 11)) / 11 * 7, kTight);
    EXPECT_EQ(s.weight.readings, 1);
    EXPECT_NEAR(s.measurements.waist_cm->change(), -1.0, kTight);
    EXPECT_NEAR(s.measurements.hip_cm->last, 104.0, kTight);
    EXPECT_NEAR(s.measurements.thigh_left_cm->first, 55.0, kTight);
    EXPECT_FALSE(s.measurements.thigh_cm.has_value());
    EXPECT_EQ(s.intake.days_logged, 2);
    EXPECT_NEAR(*s.intake.average_kcal, 1500.0, kTight);     // (600 + 900 + 1500) / 2
    EXPECT_NEAR(*s.intake.average_protein_g, 40.0, kTight);  // (30 + 50) / 2
    EXPECT_EQ(s.workouts_done, 1);
    EXPECT_EQ(s.workouts_planned, 3);  // Nov 23 is after today
    EXPECT_EQ(s.habits.sleep_nights, 2);
    EXPECT_NEAR(*s.habits.sleep_average_h, 6.5, kTight);  // (6 + 1 + 6) / 2
    EXPECT_NEAR(*s.habits.water_average_ml, 1350.0, kTight);
    EXPECT_NEAR(s.habits.alcohol_drinks_per_week, 3.5, kTight);
    EXPECT_NEAR(*s.habits.steps_average, 8000.0, kTight);
    EXPECT_FALSE(s.habits.standup_average.has_value());
    EXPECT_EQ(s.streaks.current_days, 2);  // Nov 20–21
    EXPECT_EQ(s.streaks.longest_days, 2);
    EXPECT_EQ(s.streaks.weeks_on_plan, 0);
}

TEST(ComputeStats, AMonthSpreadsTheDrinksAndCountsOnlyItsOwnDays) {
    const std::vector<Entry> journal = a_week();
    const Stats s = compute_stats(journal, {}, week_context({day(10, 23), day(11, 21)}));
    EXPECT_NEAR(s.habits.alcohol_drinks_per_week, 3.5 / 30 * 7, kTight);
    EXPECT_EQ(s.weight.readings, 2);
    EXPECT_NEAR(*s.intake.average_kcal, 1500.0, kTight);
}

TEST(JournalWindow, CoversThePeriodAndAYear) {
    EXPECT_EQ(journal_window({day(11, 15), day(11, 21)}, day(11, 21)).start,
              Date{std::chrono::sys_days(day(11, 21)) - std::chrono::days(364)});
    EXPECT_EQ(journal_window({day(1, 1) - std::chrono::years(3), day(11, 21)}, day(11, 21)).start,
              day(1, 1) - std::chrono::years(3));
}

// A week on plan in every respect; each test breaks one thing.
Stats on_plan() {
    Stats s;
    s.period = {day(11, 15), day(11, 21)};
    s.targets = StatsTargets{Goal::lose_fat, 1700, 110, 1600, 7};
    s.weight.trend_end_kg = 70.0;
    s.weight.trend_change_kg = -0.5;
    s.weight.weekly_rate_kg = -0.5;
    s.intake.average_kcal = 1700;
    s.complete_days_intake.average_kcal = 1700;
    s.workouts_done = 3;
    s.workouts_planned = 3;
    s.complete_days_sessions = {.planned = 3, .done = 3};
    s.habits.sleep_average_h = 7.5;
    s.habits.alcohol_drinks_per_week = 3;
    return s;
}

TEST(Focus, OnPlanEveryRuleStaysQuietAndTheTrendIsPraised) {
    const Stats s = on_plan();
    EXPECT_FALSE(losing_too_fast(s) || eating_above_target(s) || missing_workouts(s) ||
                 sleeping_too_little(s) || drinking_above_guideline(s));
    EXPECT_EQ(focus(s, UnitSystem::metric),
              "Your weight trend is down 0.5 kg this period: on track — fat comes off the whole body, hips "
              "and thighs included; keep going.");
    EXPECT_TRUE(contains(focus(s, UnitSystem::imperial), "down 1.1 lb")) << focus(s, UnitSystem::imperial);
}

TEST(Focus, LosingFasterThanOnePercentAWeek) {
    Stats s = on_plan();
    s.weight.weekly_rate_kg = -0.7;  // exactly 1 % of 70 kg
    EXPECT_FALSE(losing_too_fast(s));
    s.weight.weekly_rate_kg = -0.8;
    ASSERT_TRUE(losing_too_fast(s));
    EXPECT_TRUE(contains(*losing_too_fast(s), "1.1 %")) << *losing_too_fast(s);
}

TEST(Focus, EatingMoreThanTwoHundredOverTarget) {
    Stats s = on_plan();
    s.complete_days_intake.average_kcal = 1900;
    EXPECT_FALSE(eating_above_target(s));
    s.complete_days_intake.average_kcal = 1950;
    ASSERT_TRUE(eating_above_target(s));
    EXPECT_TRUE(contains(*eating_above_target(s), "250 kcal a day above your target of 1700"));
    s.targets.reset();
    EXPECT_FALSE(eating_above_target(s));
}

// Today is Sat Nov 21, at noon: breakfast and lunch are logged, 900 kcal, below the 1,200 floor.
TEST(Focus, IntakeIsJudgedOnCompleteDaysOnly) {
    std::vector<Entry> journal{entry(EntryKind::food, day(11, 21), 400, 8),
                               entry(EntryKind::food, day(11, 21), 500, 12)};
    StatsContext context = week_context({day(11, 15), day(11, 21)});
    context.targets->floor_kcal = 1200;
    const Stats noon = compute_stats(journal, {}, context);
    EXPECT_NEAR(*noon.intake.average_kcal, 900.0, kTight);  // the figure still shows today
    EXPECT_FALSE(noon.complete_days_intake.average_kcal.has_value());
    EXPECT_FALSE(eating_below_floor(noon));
    EXPECT_FALSE(contains(focus(noon, UnitSystem::metric), "eat up to your target"))
        << focus(noon, UnitSystem::metric);

    // Yesterday, a whole day of 1,000 kcal: that is under-eating, and the focus says so.
    journal.insert(journal.begin(), entry(EntryKind::food, day(11, 20), 1000, 19));
    const Stats next = compute_stats(journal, {}, context);
    EXPECT_NEAR(*next.complete_days_intake.average_kcal, 1000.0, kTight);
    EXPECT_EQ(next.complete_days_intake.days_logged, 1);
    EXPECT_EQ(focus(next, UnitSystem::metric),
              "You ate 1000 kcal a day, below the 1200 kcal that is the least hipfit advises without medical "
              "supervision: eat up to your target of 1700 — too little costs muscle and slows you down.");

    // Over target: yesterday's 2,100 kcal counts, today's 1,500 by noon does not pull it down.
    journal = {entry(EntryKind::food, day(11, 20), 2100, 19), entry(EntryKind::food, day(11, 21), 1500, 12)};
    const Stats over = compute_stats(journal, {}, context);
    ASSERT_TRUE(eating_above_target(over));
    EXPECT_TRUE(contains(*eating_above_target(over), "400 kcal a day above your target of 1700"));
}

TEST(Focus, FewerWorkoutsThanPlanned) {
    Stats s = on_plan();
    s.complete_days_sessions.done = 2;
    ASSERT_TRUE(missing_workouts(s));
    EXPECT_TRUE(contains(*missing_workouts(s), "2 of 3 planned"));
    s.complete_days_sessions = {.planned = 0, .done = 0};
    EXPECT_FALSE(missing_workouts(s));
}

// On the first day of a program, its session still to come is not a missed one (the focus said "You did 0
// of 1 planned workouts: book the next one" at breakfast); it is counted, as planned, once the day is over.
TEST(Focus, TodaysSessionIsNotMissedWhileTheDayIsUnderWay) {
    const Date monday = day(11, 23);
    StatsContext context;
    context.today = monday;
    context.program_start = monday;
    context.planned_sessions = {monday};
    context.period = {monday, add_days(monday, 6)};
    const Stats first_day = compute_stats({}, {}, context);
    EXPECT_EQ(first_day.workouts_planned, 1);
    EXPECT_EQ(first_day.workouts_done, 0);
    EXPECT_FALSE(missing_workouts(first_day));
    context.today = add_days(monday, 1);
    const Stats next_day = compute_stats({}, {}, context);
    ASSERT_TRUE(missing_workouts(next_day));
    EXPECT_TRUE(contains(*missing_workouts(next_day), "You did 0 of 1 planned workouts"));
}

TEST(Focus, SleepUnderSevenHours) {
    Stats s = on_plan();
    s.habits.sleep_average_h = 7.0;
    EXPECT_FALSE(sleeping_too_little(s));
    s.habits.sleep_average_h = 6.9;
    ASSERT_TRUE(sleeping_too_little(s));
    EXPECT_TRUE(contains(*sleeping_too_little(s), "6.9 h"));
    s.habits.sleep_average_h.reset();
    EXPECT_FALSE(sleeping_too_little(s));
}

TEST(Focus, AlcoholAboveTheGuideline) {
    Stats s = on_plan();
    s.habits.alcohol_drinks_per_week = 7;
    EXPECT_FALSE(drinking_above_guideline(s));
    s.habits.alcohol_drinks_per_week = 7.5;
    ASSERT_TRUE(drinking_above_guideline(s));
    EXPECT_TRUE(contains(*drinking_above_guideline(s), "at most 7"));
}

TEST(Focus, TheFirstRuleThatFiresWinsSafetyFirst) {
    Stats s = on_plan();
    s.habits.alcohol_drinks_per_week = 10;
    EXPECT_EQ(focus(s, UnitSystem::metric), *drinking_above_guideline(s));
    s.habits.sleep_average_h = 5;
    EXPECT_EQ(focus(s, UnitSystem::metric), *sleeping_too_little(s));
    s.complete_days_sessions.done = 1;
    EXPECT_EQ(focus(s, UnitSystem::metric), *missing_workouts(s));
    s.complete_days_intake.average_kcal = 2500;
    EXPECT_EQ(focus(s, UnitSystem::metric), *eating_above_target(s));
    s.weight.weekly_rate_kg = -1.5;
    EXPECT_EQ(focus(s, UnitSystem::metric), *losing_too_fast(s));
}

TEST(Focus, EncouragementFollowsTheTrendAndTheGoal) {
    Stats s = on_plan();
    s.weight.trend_change_kg = 0.3;
    EXPECT_EQ(encouragement(s, UnitSystem::metric),
              "Your weight trend is up 0.3 kg this period: keep intake at your target and give it another "
              "week.");
    s.targets->goal = Goal::gain_lean;
    EXPECT_TRUE(contains(encouragement(s, UnitSystem::metric), "on track for your goal"));
    s.targets->goal = Goal::maintain;
    s.weight.trend_change_kg = 0.04;
    EXPECT_EQ(encouragement(s, UnitSystem::metric),
              "Your weight trend is steady this period: on track for your goal — keep going.");
    s.weight.trend_change_kg.reset();
    EXPECT_TRUE(contains(encouragement(s, UnitSystem::metric), "Weigh yourself"));
}

}  // namespace
}  // namespace hipfit::core
