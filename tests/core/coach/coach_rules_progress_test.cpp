// The progress rules on the weight trend: losing faster than 1 % a week, and a plateau despite the plan.
// Expected trends are worked by hand from T += (1 − 0.9^g)(W − T) (the Hacker's Diet trend;
// docs/sources.md#hackers-diet).
#include <gtest/gtest.h>

#include "coach_rules_test_journal.hpp"
#include "core/coach/coach_rules.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

// A weigh-in every `every` days from day `first` to day `last`, falling `per_day` kg a day from `start_kg`.
void weigh(Coaching& c, int first, int last, int every, double start_kg, double per_day) {
    for (int d = first; d <= last; d += every)
        c.add(entry(EntryKind::weight, day(d), start_kg - per_day * (d - first), 7));
}

TEST(CoachFastLoss, TheTrendFallingNearlyTwoPercentAWeek) {
    Coaching c;  // 80 kg on Sat 3 Oct, then 0.2 kg less every morning: 1.4 kg a week
    weigh(c, -29, 16, 1, 80.0, 0.2);
    // Trend 75.531 on Mon 2 Nov, 72.784 on Mon 16 Nov: −1.374 kg a week, 1.89 % of 72.784.
    EXPECT_EQ(
        fired(fast_loss(c.context()), "loss-too-fast", Severity::safety),
        "Your weight trend is falling 1.9 % a week, faster than the 1 % that spares muscle (Helms et al. "
        "2014): eat at least your target. Read on the trend from Mon 2 Nov to Mon 16 Nov: 75.5 kg → 72.8 "
        "kg.");
    c.units = UnitSystem::imperial;
    EXPECT_TRUE(contains(fast_loss(c.context())->message, "166.5 lb → 160.5 lb"))
        << fast_loss(c.context())->message;
}

TEST(CoachFastLoss, QuietForAHalfPercentAWeek) {
    Coaching c;  // 0.35 kg a week: trend −0.343 kg a week, 0.44 %
    weigh(c, -29, 16, 1, 80.0, 0.05);
    EXPECT_FALSE(fast_loss(c.context()));
}

TEST(CoachFastLoss, QuietWithoutTwoWeeksOfTrendOrARecentWeighIn) {
    Coaching short_history;  // the first weigh-in is Thu 5 Nov: no trend point 14 days before Mon 16 Nov
    weigh(short_history, 5, 16, 1, 80.0, 0.3);
    EXPECT_FALSE(fast_loss(short_history.context()));

    Coaching stale;  // the last weigh-in, Mon 9 Nov, is a week old on Mon 16 Nov, not on Sun 15 Nov
    weigh(stale, -29, 9, 1, 80.0, 0.2);
    EXPECT_FALSE(fast_loss(stale.context()));
    stale.today = day(15);
    EXPECT_TRUE(fast_loss(stale.context()));
}

// Weighed every other day from Sun 18 Oct at 75 kg, less `per_week` kg a week; 1,650 kcal logged on each
// of the 21 days before Mon 16 Nov; every Monday, Wednesday and Friday session done.
Coaching steady(double per_week = 0.0) {
    Coaching c;
    weigh(c, -12, 16, 2, 75.0, per_week / 7);
    c.each_day_before(EntryKind::food, 1650, 21);
    for (const int d : {-5, -3, -1, 2, 4, 6, 9, 11, 13, 16}) {
        c.planned.push_back(day(d));
        if (d < 16)
            c.add(workout(day(d), sets("glute-bridge", 3, 12)));
    }
    return c;
}

TEST(CoachPlateau, FlatForThreeWeeksWhileDoingThePlan) {
    Coaching c = steady();
    EXPECT_EQ(
        fired(weight_plateau(c.context()), "plateau", Severity::tip),
        "Your weight trend has held at about 75.0 kg for 3 weeks (75.0 kg → 75.0 kg), while you trained "
        "as planned and logged food on 21 of the last 21 days. That is normal, not a failure: as weight "
        "falls the body spends less energy, so the same intake makes a smaller deficit than it did (Hall "
        "et al., Lancet 2011). Pick one step and give it two weeks: check that you log everything (weigh "
        "portions, count cooking oil and drinks); add steps, such as a 15-minute walk a day; eat 100 kcal "
        "a day less — a target of 1600 kcal, not below your floor of 1200; or, if you feel worn out, eat "
        "at maintenance (the expenditure your assessment shows) for a week or two before the next push.");
}

TEST(CoachPlateau, NeverSuggestsACutBelowTheFloor) {
    Coaching c = steady();
    c.targets.kcal = 1250;
    c.journal.erase(std::remove_if(c.journal.begin(), c.journal.end(),
                                   [](const Entry& e) { return e.kind == EntryKind::food; }),
                    c.journal.end());
    c.each_day_before(EntryKind::food, 1250, 21);
    const std::optional<Advice> a = weight_plateau(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message,
                         "your target of 1250 kcal is already close to your floor of 1200, so eat no "
                         "less;"))
        << a->message;
    EXPECT_FALSE(contains(a->message, "kcal a day less"));
}

// A man whose resting expenditure, 2,000 kcal, is above his sex's floor of 1,500: hipfit never sets his
// target below 2,000 (calorie_floor), so a cut from 2,050 to 1,950 is not offered, and one from 2,100 stops
// at 2,000.
TEST(CoachPlateau, NeverSuggestsACutBelowRestingExpenditure) {
    Coaching c = steady();
    c.targets.floor_kcal = 1500;
    c.targets.target_floor_kcal = 2000;
    c.targets.kcal = 2050;
    const std::string at_floor = fired(weight_plateau(c.context()), "plateau", Severity::tip);
    EXPECT_TRUE(contains(at_floor,
                         "your target of 2050 kcal is already close to your floor of 2000 (your resting "
                         "expenditure), so eat no less;"))
        << at_floor;
    EXPECT_FALSE(contains(at_floor, "kcal a day less"));

    c.targets.kcal = 2100;
    const std::string cut = fired(weight_plateau(c.context()), "plateau", Severity::tip);
    EXPECT_TRUE(contains(cut,
                         "eat 100 kcal a day less — a target of 2000 kcal, not below your floor of 2000 "
                         "(your resting expenditure);"))
        << cut;
}

TEST(CoachPlateau, TheThresholdIsATenthOfAPercentAWeek) {
    Coaching slow = steady(0.05);  // trend −0.041 kg a week against 0.075 (0.1 % of 74.86 kg)
    EXPECT_TRUE(weight_plateau(slow.context()));
    Coaching rising = steady(-0.05);  // +0.041 kg a week: flat as well
    EXPECT_TRUE(weight_plateau(rising.context()));
    Coaching losing = steady(0.15);  // trend −0.122 kg a week against 0.075
    EXPECT_FALSE(weight_plateau(losing.context()));
}

TEST(CoachPlateau, QuietUnlessThePlanWasFollowed) {
    Coaching missed_workout = steady();
    std::erase_if(missed_workout.journal, [](const Entry& e) { return e.date == day(11); });
    EXPECT_FALSE(weight_plateau(missed_workout.context()));

    Coaching few_food_days = steady();  // 14 of 21 days: 15 needed
    std::erase_if(few_food_days.journal, [](const Entry& e) {
        return e.kind == EntryKind::food && e.date >= day(9) && e.date <= day(15);
    });
    EXPECT_FALSE(weight_plateau(few_food_days.context()));

    Coaching over_target = steady();  // 1,650 + 300 = 1,950 kcal, over 1,700 + 200
    over_target.each_day_before(EntryKind::food, 300, 21);
    EXPECT_FALSE(weight_plateau(over_target.context()));
}

TEST(CoachPlateau, QuietWithFewWeighInsOrAnotherGoal) {
    Coaching few = steady();  // five weigh-ins after the span's start
    std::erase_if(few.journal, [](const Entry& e) {
        return e.kind == EntryKind::weight && e.date > day(-6) && e.date < day(8);
    });
    EXPECT_FALSE(weight_plateau(few.context()));

    Coaching tone = steady();
    tone.targets.goal = Goal::tone;
    EXPECT_FALSE(weight_plateau(tone.context()));
}

}  // namespace
}  // namespace hipfit::core
