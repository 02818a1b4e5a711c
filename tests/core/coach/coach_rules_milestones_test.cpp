// The milestones: the first week, 2 % off the weight trend, 2 cm off the hips, a personal best.
#include <gtest/gtest.h>

#include "coach_rules_test_journal.hpp"
#include "core/coach/coach_rules.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

TEST(CoachFirstWeek, CelebratedDuringTheSecondWeekWhenThePlanWasDone) {
    Coaching c;  // started Mon 2 Nov
    for (const int d : {2, 4, 6, 9}) c.planned.push_back(day(d));
    for (const int d : {2, 4, 7}) c.add(workout(day(d), sets("glute-bridge", 3, 12)));
    c.today = day(9);
    EXPECT_EQ(
        fired(first_week_milestone(c.context()), "milestone-first-week", Severity::celebrate),
        "Your first week is done: you trained on 3 days of 3 planned. Well done — starting is the hardest "
        "part, and you have.");
    c.today = day(15);
    EXPECT_TRUE(first_week_milestone(c.context()));
    c.today = day(8);  // the first week is not over
    EXPECT_FALSE(first_week_milestone(c.context()));
    c.today = day(16);  // celebrated for a week
    EXPECT_FALSE(first_week_milestone(c.context()));
}

TEST(CoachFirstWeek, QuietWhenAPlannedSessionWasMissed) {
    Coaching c;
    c.today = day(10);
    for (const int d : {2, 4, 6}) c.planned.push_back(day(d));
    for (const int d : {2, 4, 9}) c.add(workout(day(d), sets("glute-bridge", 3, 12)));  // Mon 9 is week two
    EXPECT_FALSE(first_week_milestone(c.context()));
    c.planned.pop_back();
    EXPECT_TRUE(contains(first_week_milestone(c.context())->message, "2 days of 2 planned"));
    c.planned.clear();
    EXPECT_TRUE(contains(first_week_milestone(c.context())->message, "trained on 2 days. Well done"));
}

// 80 kg on Sun 1 Nov, then 78 kg every morning: the trend is 78 + 2 × 0.9^(d − 1) on day d, first 2 % below
// 80 (78.4) on Tue 17 Nov: 78.3706.
Coaching weighed_until(int last) {
    Coaching c;
    c.add(entry(EntryKind::weight, day(1), 80.0, 7));
    for (int d = 2; d <= last; ++d) c.add(entry(EntryKind::weight, day(d), 78.0, 7));
    c.today = day(last);
    return c;
}

TEST(CoachWeightMilestone, TwoPercentOffTheStartingTrend) {
    Coaching c = weighed_until(17);
    EXPECT_EQ(fired(weight_milestone(c.context()), "milestone-weight", Severity::celebrate),
              "Your weight trend is 2 % below where you started: 80.0 kg → 78.4 kg. Well done. Slow, steady "
              "loss with strength training is mostly fat, from your whole body, hips and thighs included.");
    c.units = UnitSystem::imperial;
    EXPECT_TRUE(contains(weight_milestone(c.context())->message, "176.4 lb → 172.8 lb"));
}

TEST(CoachWeightMilestone, QuietBeforeItAndOnceTheWeekIsOver) {
    EXPECT_FALSE(weight_milestone(weighed_until(16).context()));  // 78.4118: 1.99 %
    EXPECT_TRUE(weight_milestone(weighed_until(23).context()));   // reached on Tue 17 Nov, within the week
    EXPECT_FALSE(weight_milestone(weighed_until(24).context()));

    Coaching stale = weighed_until(17);
    stale.today = day(24);
    EXPECT_FALSE(weight_milestone(stale.context()));

    Coaching maintain = weighed_until(17);
    maintain.targets.goal = Goal::maintain;
    EXPECT_FALSE(weight_milestone(maintain.context()));
}

TEST(CoachWeightMilestone, EachFurtherTwoPercent) {
    // From Tue 1 Dec, 76 kg every morning: 76 + 2.094 × 0.9^n, 76.811 (3.99 %) on Wed 9 Dec and 76.730 on
    // Thu 10 Dec.
    Coaching c = weighed_until(30);
    for (int d = 31; d <= 39; ++d) c.add(entry(EntryKind::weight, day(d), 76.0, 7));
    c.today = day(39);
    EXPECT_FALSE(weight_milestone(c.context()));  // 2 % was celebrated in November
    c.add(entry(EntryKind::weight, day(40), 76.0, 7));
    c.today = day(40);
    const std::optional<Advice> a = weight_milestone(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message, "is 4 % below where you started: 80.0 kg → 76.7 kg")) << a->message;
}

TEST(CoachWeightMilestone, TheCoachCelebratesItWhenNoSafetyRuleFires) {
    Coaching c = weighed_until(17);
    EXPECT_EQ(ids(coach(c.context())), std::vector<std::string>{"milestone-weight"});
}

TEST(CoachWeightMilestone, TheCoachLeavesItOutBesideIntakeBelowTheFloor) {
    Coaching c = weighed_until(17);
    c.each_day_before(EntryKind::food, 1000, 7);  // under the 1,200 kcal floor
    ASSERT_TRUE(weight_milestone(c.context()));   // the rule alone still fires
    EXPECT_EQ(ids(coach(c.context())), std::vector<std::string>{"intake-below-floor"});
}

TEST(CoachWeightMilestone, TheCoachLeavesItOutBesideLossTooFast) {
    // 80 kg on Sat 3 Oct, then 0.2 kg less every morning: the trend falls 1.9 % a week and first passes
    // 8 % below 80 kg (73.6 kg) within the week before Mon 16 Nov.
    Coaching c;
    for (int d = -29; d <= 16; ++d) c.add(entry(EntryKind::weight, day(d), 80.0 - 0.2 * (d + 29), 7));
    const std::optional<Advice> alone = weight_milestone(c.context());
    ASSERT_TRUE(alone);
    EXPECT_TRUE(contains(alone->message, "is 8 % below where you started")) << alone->message;
    EXPECT_EQ(ids(coach(c.context())), std::vector<std::string>{"loss-too-fast"});
}

TEST(CoachHipMilestone, TwoCentimetresOffTheFirstMeasurement) {
    Coaching c;
    c.add(hip(day(2), 104.0));
    c.add(hip(day(9), 103.0));
    c.add(hip(day(16), 102.0));
    EXPECT_EQ(
        fired(hip_milestone(c.context()), "milestone-hip", Severity::celebrate),
        "Your hips measure 2.0 cm less than at your first measurement: 104.0 cm → 102.0 cm. Well done — "
        "your work is showing.");
    c.units = UnitSystem::imperial;
    EXPECT_TRUE(contains(hip_milestone(c.context())->message,
                         "0.8 in less than at your first measurement: 40.9 in "
                         "→ 40.2 in"));
    c.targets.goal = Goal::tone;
    EXPECT_TRUE(hip_milestone(c.context()));
    c.targets.goal = Goal::gain_lean;
    EXPECT_FALSE(hip_milestone(c.context()));
}

TEST(CoachHipMilestone, QuietJustShortOfItAndOnlyOncePerStep) {
    Coaching short_of_it;
    short_of_it.add(hip(day(2), 104.0));
    short_of_it.add(hip(day(16), 102.1));
    EXPECT_FALSE(hip_milestone(short_of_it.context()));

    Coaching c;
    c.add(hip(day(2), 104.0));
    c.add(hip(day(9), 102.0));  // reached on Mon 9 Nov
    c.add(hip(day(16), 101.5));
    EXPECT_FALSE(hip_milestone(c.context()));
    c.add(hip(day(16), 100.0));  // the next step, 4 cm
    EXPECT_TRUE(contains(hip_milestone(c.context())->message, "4.0 cm less"));
}

TEST(CoachPersonalBest, MoreLoadThanEverBefore) {
    Coaching c;
    c.add(workout(day(5), {set("glute-bridge", 12, 10.0), set("glute-bridge", 12, 10.0)}));
    c.add(workout(day(12), {set("glute-bridge", 12, 12.5), set("glute-bridge", 10, 12.5)}));
    EXPECT_EQ(
        fired(personal_best_milestone(c.context()), "milestone-personal-best", Severity::celebrate),
        "New personal best this week: Glute bridge, 12 reps at 12.5 kg (your best before: 12 reps at 10.0 "
        "kg). Well done — doing a little more over time is what makes muscles stronger.");
}

TEST(CoachPersonalBest, MoreRepsAtALoadOrALongerHold) {
    Coaching c;
    c.add(workout(day(3), {set("squat", 12, 10.0), hold("wall-sit", 45)}));
    c.add(workout(day(14), {set("squat", 14, 10.0), hold("wall-sit", 60)}));
    const std::optional<Advice> a = personal_best_milestone(c.context());
    ASSERT_TRUE(a);
    EXPECT_TRUE(contains(a->message,
                         "Squat, 14 reps at 10.0 kg (your best before: 12 reps at 10.0 kg) and Wall "
                         "sit, a 60 s hold (your best before: a 45 s hold)"))
        << a->message;
}

TEST(CoachPersonalBest, QuietForTheSameOrLessAFirstTimeOrCardio) {
    Coaching same;
    same.add(workout(day(3), {set("squat", 12, 10.0), set("squat", 15)}));
    same.add(workout(day(14), {set("squat", 12, 10.0), set("squat", 10, 7.5), set("squat", 15)}));
    EXPECT_FALSE(personal_best_milestone(same.context()));

    Coaching first_time;
    first_time.add(workout(day(14), {set("squat", 20, 30.0)}));
    EXPECT_FALSE(personal_best_milestone(first_time.context()));

    Coaching cardio;
    cardio.add(workout(day(3), {set("walking", 10)}));
    cardio.add(workout(day(14), {set("walking", 20)}));
    EXPECT_FALSE(personal_best_milestone(cardio.context()));

    Coaching last_week;  // the record was set eight days ago, counting today
    last_week.add(workout(day(3), {set("squat", 12, 10.0)}));
    last_week.add(workout(day(9), {set("squat", 12, 12.5)}));
    EXPECT_FALSE(personal_best_milestone(last_week.context()));
}

TEST(CoachPersonalBest, TheWeeksBestPerExerciseAndAtMostThreeNamed) {
    Coaching c;
    const std::vector<std::string> exercises{"squat", "lunge", "glute-bridge", "clamshell"};
    for (const std::string& id : exercises) c.add(workout(day(3), {set(id, 10)}));
    c.add(workout(day(11), {set("squat", 11), set("squat", 12)}));
    c.add(workout(day(12),
                  {set("squat", 11), set("lunge", 11), set("glute-bridge", 11), set("clamshell", 11)}));
    const std::optional<Advice> a = personal_best_milestone(c.context());
    ASSERT_TRUE(a);
    EXPECT_EQ(
        a->message,
        "New personal best this week: Clamshell, 11 reps (your best before: 10 reps), Glute bridge, 11 reps "
        "(your best before: 10 reps), Forward lunge, 11 reps (your best before: 10 reps) and 1 more. Well "
        "done — doing a little more over time is what makes muscles stronger.");
}

}  // namespace
}  // namespace hipfit::core
