// Profiles and plan options drawn at random, for the property tests of the plan and the workout script.
#pragma once

#include <chrono>
#include <cstdint>
#include <random>

#include "core/body/profile.hpp"
#include "core/program/plan.hpp"

namespace hipfit::testing {

// A whole number from 0 to n - 1.
inline int pick(std::mt19937& rng, int n) {
    return static_cast<int>(rng() % static_cast<unsigned>(n));
}

// How a person trains, drawn at random: sex, level, impact, session length, equipment and days.
inline core::Profile random_training_profile(std::mt19937& rng) {
    using namespace hipfit::core;
    Profile p;
    p.sex = pick(rng, 2) == 0 ? Sex::female : Sex::male;
    p.level = static_cast<Level>(pick(rng, 3));
    p.low_impact = pick(rng, 3) == 0;
    p.minutes_per_session = 30 + pick(rng, 151);
    p.equipment.clear();
    for (int e = 1; e < 7; ++e) {
        if (pick(rng, 2) == 0)
            p.equipment.insert(static_cast<Equipment>(e));
    }
    if (p.equipment.empty())
        p.equipment.insert(Equipment::none);
    p.days.clear();
    const int count = 1 + pick(rng, 6);
    while (static_cast<int>(p.days.size()) < count) p.days.insert(static_cast<Weekday>(pick(rng, 7)));
    return p;
}

// Plan options of up to `max_weeks` weeks starting within `span_days` days of `first`.
inline core::PlanOptions random_plan_options(std::mt19937& rng, int max_weeks, core::Date first,
                                             int span_days) {
    core::PlanOptions options;
    options.weeks = 1 + pick(rng, max_weeks);
    options.seed = static_cast<std::uint32_t>(rng());
    options.start = core::Date{std::chrono::sys_days(first) + std::chrono::days(pick(rng, span_days))};
    return options;
}

}  // namespace hipfit::testing
