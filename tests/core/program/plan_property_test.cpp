// The program rules, checked on thousands of generated profiles (docs/program.md lists them).
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "core/program/plan.hpp"
#include "core/program/plan_slots.hpp"
#include "core/program/progression.hpp"
#include "core/program/session_time.hpp"
#include "io/catalog_json.hpp"
#include "tests/support/random_training.hpp"

namespace hipfit::core {
namespace {

const Catalog& catalog() {
    return io::builtin_catalog();
}

int day_number(Date date) {
    return static_cast<int>(std::chrono::sys_days(date).time_since_epoch().count());
}

struct Generated {
    Profile profile;
    PlanOptions options;
};

// The same draws, in the same order, as before they were shared with the workout script's test.
Generated generate(std::mt19937& rng) {
    Generated g;
    g.profile = hipfit::testing::random_training_profile(rng);
    g.options = hipfit::testing::random_plan_options(
        rng, 16, Date{std::chrono::year(2026), std::chrono::month(1), std::chrono::day(1)}, 730);
    return g;
}

int block_order(Block block) {
    switch (block) {
        case Block::warm_up:
            return 0;
        case Block::targeted:
            return 1;
        case Block::strength:
            return 2;
        case Block::cardio:
        case Block::intervals:
            return 3;
        case Block::cool_down:
            return 4;
    }
    return -1;
}

std::set<Muscle> session_muscles(const Session& session) {
    std::set<Muscle> muscles;
    for (const PlannedBlock& block : session.blocks) {
        for (const PlannedExercise& p : block.exercises) {
            const auto trained = strength_muscles(catalog().get(p.id));
            muscles.insert(trained.begin(), trained.end());
        }
    }
    return muscles;
}

int strength_volume(const PlanWeek& week) {
    int volume = 0;
    for (const Session& s : week.sessions) {
        for (const PlannedBlock& b : s.blocks) {
            if (b.kind != Block::targeted && b.kind != Block::strength)
                continue;
            for (const PlannedExercise& p : b.exercises) volume += training_volume(p);
        }
    }
    return volume;
}

void check_session(const Session& session, const Profile& profile) {
    ASSERT_GE(session.blocks.size(), 3u);
    EXPECT_EQ(session.blocks.front().kind, Block::warm_up);
    EXPECT_EQ(session.blocks.back().kind, Block::cool_down);
    EXPECT_GE(estimated_seconds(session.blocks.front(), catalog()), kMinWarmUpSeconds);
    EXPECT_GE(estimated_seconds(session.blocks.back(), catalog()), kMinCoolDownSeconds);
    EXPECT_LE(estimated_seconds(session, catalog()), session.minutes * 60);
    EXPECT_EQ(session.minutes, profile.minutes_per_session);
    for (std::size_t i = 1; i < session.blocks.size(); ++i) {
        EXPECT_LT(block_order(session.blocks[i - 1].kind), block_order(session.blocks[i].kind));
    }
    for (const PlannedBlock& block : session.blocks) {
        EXPECT_FALSE(block.exercises.empty());
        for (const PlannedExercise& p : block.exercises) {
            const Exercise& e = catalog().get(p.id);
            EXPECT_EQ(e.block, block.kind) << p.id;
            EXPECT_TRUE(equipment_allows(profile.equipment, e)) << p.id;
            if (profile.low_impact) {
                EXPECT_EQ(e.impact, Impact::low) << p.id;
            }
        }
    }
}

void check_intervals(const PlanWeek& week) {
    for (const Session& s : week.sessions) {
        for (const PlannedBlock& b : s.blocks) {
            if (b.kind != Block::intervals || week.deload)
                continue;
            const PlannedExercise& p = b.exercises.front();
            ASSERT_TRUE(p.work_seconds && p.rest_seconds && p.sets);
            EXPECT_GE(*p.work_seconds, 20);
            EXPECT_LE(*p.work_seconds, 30);
            EXPECT_GE(*p.rest_seconds, *p.work_seconds);
            EXPECT_LE(*p.rest_seconds, 2 * *p.work_seconds);
            const int total = *p.sets * (*p.work_seconds + *p.rest_seconds);
            EXPECT_GE(total, 17 * 60);  // "about 20 minutes in all"
            EXPECT_LE(total, 20 * 60);
        }
    }
}

void check_week_days(const PlanWeek& week, const Profile& profile, const PlanOptions& options) {
    const int week_start = day_number(options.start) + 7 * (week.number - 1);
    EXPECT_EQ(week.sessions.size(), profile.days.size());
    std::set<int> training;
    for (const Session& s : week.sessions) {
        const int day = day_number(s.date);
        EXPECT_GE(day, week_start);
        EXPECT_LT(day, week_start + 7);
        const unsigned iso = std::chrono::weekday(std::chrono::sys_days(s.date)).iso_encoding();
        EXPECT_TRUE(profile.days.contains(static_cast<Weekday>(iso - 1)));
        training.insert(day);
    }
    ASSERT_TRUE(week.rest_day.has_value());
    EXPECT_FALSE(training.contains(day_number(*week.rest_day)));
    EXPECT_EQ(week.active_days.size() + 1 + training.size(), 7u);
    for (Date d : week.active_days) EXPECT_FALSE(training.contains(day_number(d)));
}

TEST(PlanProperty, EveryRuleHoldsForThousandsOfProfiles) {
    std::mt19937 rng(20261121);
    int deload_weeks = 0;
    int interval_sessions = 0;
    for (int n = 0; n < 2000; ++n) {
        const Generated g = generate(rng);
        const Plan plan = generate_plan(g.profile, catalog(), g.options);
        SCOPED_TRACE(::testing::Message() << "profile #" << n << " seed " << g.options.seed);
        ASSERT_EQ(static_cast<int>(plan.weeks.size()), g.options.weeks);
        std::vector<const Session*> all;
        for (const PlanWeek& week : plan.weeks) {
            EXPECT_EQ(week.deload, week.number % 4 == 0);
            check_week_days(week, g.profile, g.options);
            check_intervals(week);
            for (const Session& s : week.sessions) {
                check_session(s, g.profile);
                all.push_back(&s);
                for (const PlannedBlock& b : s.blocks) interval_sessions += b.kind == Block::intervals;
            }
            if (week.deload) {
                ++deload_weeks;
                const double ratio = static_cast<double>(strength_volume(week)) /
                                     strength_volume(plan.weeks[static_cast<std::size_t>(week.number - 2)]);
                EXPECT_GE(ratio, 0.45);
                EXPECT_LE(ratio, 0.75);
            }
        }
        // No primary muscle trained twice within the recovery time (48 hours).
        for (std::size_t i = 1; i < all.size(); ++i) {
            if (day_number(all[i]->date) - day_number(all[i - 1]->date) >= kMuscleRecoveryDays)
                continue;
            for (Muscle m : session_muscles(*all[i])) {
                EXPECT_FALSE(session_muscles(*all[i - 1]).contains(m))
                    << format_date(all[i - 1]->date) << " and " << format_date(all[i]->date) << " both train "
                    << name_of(kMuscleNames, m);
            }
        }
        if (::testing::Test::HasFailure())
            return;
    }
    EXPECT_GT(deload_weeks, 100);
    EXPECT_GT(interval_sessions, 1000);
}

TEST(PlanProperty, BeginnersStartOnTheEasiestVariations) {
    std::mt19937 rng(7);
    for (int n = 0; n < 500; ++n) {
        Generated g = generate(rng);
        g.profile.level = Level::beginner;
        const Plan plan = generate_plan(g.profile, catalog(), g.options);
        for (const Session& s : plan.weeks.front().sessions) {
            for (const PlannedBlock& b : s.blocks) {
                for (const PlannedExercise& p : b.exercises)
                    EXPECT_EQ(catalog().get(p.id).difficulty, 1) << p.id;
            }
        }
    }
}

TEST(PlanProperty, LoadRisesWeekToWeekAndNeverFallsOutsideDeloads) {
    std::mt19937 rng(99);
    int rising_plans = 0;
    for (int n = 0; n < 500; ++n) {
        Generated g = generate(rng);
        g.options.weeks = 12;
        const Plan plan = generate_plan(g.profile, catalog(), g.options);
        std::vector<int> volumes;
        for (const PlanWeek& week : plan.weeks) {
            if (!week.deload)
                volumes.push_back(strength_volume(week));
        }
        for (std::size_t i = 1; i < volumes.size(); ++i) {
            // A switch to a harder variation restarts at the bottom of its range: allow that drop only.
            EXPECT_GE(volumes[i], volumes[i - 1] * 0.5) << "week index " << i;
        }
        rising_plans += volumes.back() > volumes.front();
    }
    EXPECT_GT(rising_plans, 450);
}

TEST(PlanProperty, TheSameInputsGiveTheSamePlanAndSeedsVaryIt) {
    std::mt19937 rng(5);
    int differing = 0;
    for (int n = 0; n < 200; ++n) {
        Generated g = generate(rng);
        const Plan first = generate_plan(g.profile, catalog(), g.options);
        const Plan again = generate_plan(g.profile, catalog(), g.options);
        std::vector<std::string> a;
        std::vector<std::string> b;
        for (const auto* plan : {&first, &again}) {
            auto& ids = plan == &first ? a : b;
            for (const PlanWeek& w : plan->weeks) {
                for (const Session& s : w.sessions) {
                    for (const PlannedBlock& bl : s.blocks) {
                        for (const PlannedExercise& p : bl.exercises) {
                            ids.push_back(p.id + std::to_string(p.sets.value_or(0)) +
                                          std::to_string(p.reps.value_or(0)));
                        }
                    }
                }
            }
        }
        EXPECT_EQ(a, b);
        PlanOptions other = g.options;
        other.seed += 1;
        const Plan varied = generate_plan(g.profile, catalog(), other);
        std::vector<std::string> c;
        for (const Session& s : varied.weeks.front().sessions) {
            for (const PlannedBlock& bl : s.blocks) {
                for (const PlannedExercise& p : bl.exercises) c.push_back(p.id);
            }
        }
        std::vector<std::string> first_ids;
        for (const Session& s : first.weeks.front().sessions) {
            for (const PlannedBlock& bl : s.blocks) {
                for (const PlannedExercise& p : bl.exercises) first_ids.push_back(p.id);
            }
        }
        differing += c != first_ids;
    }
    EXPECT_GT(differing, 100);
}

TEST(Plan, WeeksOutsideOneToFiftyTwoAreRefused) {
    Profile p;
    PlanOptions options;
    options.start = Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(23)};
    options.weeks = 0;
    EXPECT_THROW(generate_plan(p, catalog(), options), InvalidInput);
    options.weeks = 53;
    EXPECT_THROW(generate_plan(p, catalog(), options), InvalidInput);
}

TEST(Plan, AStartOutsideFourDigitYearsIsRefused) {
    Profile p;
    PlanOptions options;
    options.start = Date{std::chrono::year(9999), std::chrono::month(12), std::chrono::day(31)};
    EXPECT_THROW(generate_plan(p, catalog(), options), InvalidInput);
    options.start = Date{std::chrono::year(1899), std::chrono::month(12), std::chrono::day(31)};
    EXPECT_THROW(generate_plan(p, catalog(), options), InvalidInput);
    options.start = kLatestPlanStart;
    EXPECT_EQ(generate_plan(p, catalog(), options).weeks.size(), 12u);
}

}  // namespace
}  // namespace hipfit::core
