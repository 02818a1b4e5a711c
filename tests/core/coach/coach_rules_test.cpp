// The coach as a whole: every rule in a fixed order, safety first; and on random journals, no crash, no
// id twice, and nothing unsafe suggested.
#include <algorithm>
#include <iterator>
#include <random>
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "coach_rules_test_journal.hpp"
#include "core/coach/coach_rules.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

const std::vector<std::string> kRuleIds{"overtraining-muscle",  "overtraining-streak",
                                        "intake-below-floor",   "loss-too-fast",
                                        "warm-up-skipped",      "adherence",
                                        "sleep-short",          "alcohol-above-guideline",
                                        "long-sitting",         "plateau",
                                        "milestone-first-week", "milestone-weight",
                                        "milestone-hip",        "milestone-personal-best"};

TEST(Coach, QuietForAWeekOnPlan) {
    Coaching c;
    c.program_start = day(-30);
    c.each_day_before(EntryKind::sleep, 7.5, 7);
    c.each_day_before(EntryKind::food, 1700, 7);
    c.each_day_before(EntryKind::standup, 9, 7);
    for (const int d : {9, 11, 13}) {
        c.planned.push_back(day(d));
        c.add(workout(day(d), sets("glute-bridge", 3, 12)));
    }
    EXPECT_TRUE(coach(c.context()).empty());
}

TEST(Coach, SafetyFirstThenWarningsTipsAndCelebrations) {
    Coaching c;
    c.each_day_before(EntryKind::food, 1000, 7);  // intake-below-floor
    c.each_day_before(EntryKind::sleep, 6, 7);    // sleep-short
    c.each_day_before(EntryKind::standup, 2, 7);  // long-sitting
    c.add(hip(day(2), 104));
    c.add(hip(day(15), 101));  // milestone-hip
    c.add(workout(day(15), sets("glute-bridge", 6, 12)));
    c.add(workout(day(16), sets("glute-bridge", 6, 12)));  // overtraining-muscle
    c.journal.back().warm_up_skipped = true;               // warm-up-skipped
    const std::vector<Advice> advice = coach(c.context());
    EXPECT_EQ(ids(advice),
              (std::vector<std::string>{"overtraining-muscle", "intake-below-floor", "warm-up-skipped",
                                        "sleep-short", "long-sitting", "milestone-hip"}));
    EXPECT_TRUE(std::ranges::is_sorted(advice, {}, &Advice::severity));
    EXPECT_EQ(name_of(kSeverityNames, advice.front().severity), "safety");
}

// A journal of up to eight weeks ending on `today`, of every kind, with values across their ranges and
// exercises from the catalog (and one that is not in it).
std::vector<Entry> random_journal(std::mt19937& rng, Date today) {
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    const std::vector<Exercise>& exercises = io::builtin_catalog().exercises();
    std::vector<Entry> journal;
    const int count = pick(400);
    for (int i = 0; i < count; ++i) {
        const Date date{std::chrono::sys_days(today) - std::chrono::days(pick(56))};
        const auto kind = static_cast<EntryKind>(pick(11));
        Entry e = entry(kind, date, 0, pick(24));
        e.value = kind == EntryKind::weight  ? uniform(45, 140)
                  : kind == EntryKind::food  ? uniform(0, 3000)
                  : kind == EntryKind::sleep ? uniform(0, 12)
                                             : uniform(0, 12);
        if (kind == EntryKind::measure && pick(2) == 0)
            e.measurements.hip = Centimetres(uniform(80, 130));
        if (kind == EntryKind::workout) {
            e.warm_up_skipped = pick(4) == 0;
            for (int s = pick(12); s > 0; --s) {
                const std::string id = pick(20) == 0 ? "retired-exercise"
                                                     : exercises[pick(static_cast<int>(exercises.size()))].id;
                WorkoutSet set = pick(3) == 0 ? hold(id, 1 + pick(120)) : coach_test::set(id, 1 + pick(30));
                if (pick(2) == 0)
                    set.load = Kilograms(pick(4) * 2.5);
                if (pick(2) == 0)
                    set.rpe = 1 + pick(10);
                e.sets.push_back(set);
            }
        }
        journal.push_back(std::move(e));
    }
    if (pick(2) == 0) {  // half of them also kept daily, near a steady weight, as the slower rules need
        for (int d = 0; d < 56; ++d) {
            const Date date{std::chrono::sys_days(today) - std::chrono::days(d)};
            journal.push_back(entry(EntryKind::weight, date, 70 + uniform(-0.3, 0.3), 7));
            journal.push_back(entry(EntryKind::food, date, uniform(1200, 2000), 13));
            if (pick(5) > 0)
                journal.push_back(workout(date, sets("squat", 6, 10)));
        }
    }
    return journal;
}

TEST(CoachProperty, RandomJournalsNeverCrashRepeatAnIdOrAdviseEatingBelowTheFloor) {
    std::mt19937 rng(20261116);
    const std::regex target_kcal("a target of ([0-9]+) kcal");
    const std::regex not_a_number("\\b(nan|inf)\\b");
    std::set<std::string> spoken;
    for (int run = 0; run < 400; ++run) {
        Coaching c;
        c.today = day(16 + static_cast<int>(rng() % 60));
        c.journal = random_journal(rng, c.today);
        c.targets.goal = static_cast<Goal>(rng() % 4);
        c.targets.floor_kcal = rng() % 2 == 0 ? 1200 : 1500;
        // Half the people rest above their sex's floor, which then raises the lowest target (calorie_floor).
        c.targets.target_floor_kcal =
            c.targets.floor_kcal + (rng() % 2 == 0 ? 0.0 : static_cast<double>(rng() % 700));
        c.targets.kcal = c.targets.target_floor_kcal + static_cast<double>(rng() % 900);
        c.targets.alcohol_drinks_per_week = c.targets.floor_kcal == 1200 ? 7 : 14;
        c.units = rng() % 2 == 0 ? UnitSystem::metric : UnitSystem::imperial;
        c.program_start = day(static_cast<int>(rng() % 60) - 20);
        for (int d = -30; d <= 80; ++d) {
            if (rng() % 7 < 3)
                c.planned.push_back(day(d));
        }
        const CoachContext context = c.context();
        const std::vector<Advice> advice = coach(context);
        std::set<std::string> seen;
        for (const Advice& a : advice) {
            EXPECT_TRUE(seen.insert(a.rule).second) << a.rule << " twice in run " << run;
            EXPECT_NE(std::ranges::find(kRuleIds, a.rule), kRuleIds.end()) << a.rule;
            EXPECT_FALSE(a.message.empty());
            EXPECT_FALSE(std::regex_search(a.message, not_a_number)) << a.message;
            std::smatch target;
            if (std::regex_search(a.message, target, target_kcal)) {
                EXPECT_GE(std::stod(target[1]), c.targets.target_floor_kcal) << a.message;
            }
        }
        EXPECT_TRUE(std::ranges::is_sorted(advice, {}, &Advice::severity)) << "run " << run;
        // The rules read entries only within coach_window: given only those (as the store gives them), and
        // the history, they say the same.
        const Period window = coach_window(c.today);
        std::vector<Entry> recent;
        std::ranges::copy_if(c.journal, std::back_inserter(recent),
                             [&](const Entry& e) { return window.contains(e.date); });
        EXPECT_EQ(coach({c.today, recent, c.history, io::builtin_catalog(), c.targets, c.units,
                         c.program_start, c.planned}),
                  advice)
            << "run " << run;
        for (const Advice& a : advice) spoken.insert(a.rule);
    }
    // The journals are varied enough that every rule spoke, so every rule's words were checked.
    EXPECT_EQ(spoken, std::set<std::string>(kRuleIds.begin(), kRuleIds.end()));
}

}  // namespace
}  // namespace hipfit::core
