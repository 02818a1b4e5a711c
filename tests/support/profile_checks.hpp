// Comparing two profiles field by field, so a failure names the field that differs.
#pragma once

#include <gtest/gtest.h>

#include "core/body/profile.hpp"

namespace hipfit::testing {

inline void expect_same_profile(const core::Profile& a, const core::Profile& b) {
    EXPECT_EQ(a.sex, b.sex);
    EXPECT_EQ(a.age.born, b.age.born);
    EXPECT_EQ(a.age.years_given, b.age.years_given);
    EXPECT_EQ(a.age.given_on, b.age.given_on);
    EXPECT_EQ(a.height, b.height);
    EXPECT_EQ(a.weight, b.weight);
    EXPECT_EQ(a.waist, b.waist);
    EXPECT_EQ(a.hip, b.hip);
    EXPECT_EQ(a.neck, b.neck);
    EXPECT_EQ(a.thigh, b.thigh);
    EXPECT_EQ(a.activity, b.activity);
    EXPECT_EQ(a.pal_override, b.pal_override);
    EXPECT_EQ(a.goal, b.goal);
    EXPECT_EQ(a.deficit, b.deficit);
    EXPECT_EQ(a.surplus, b.surplus);
    EXPECT_EQ(a.units, b.units);
    EXPECT_EQ(a.equipment, b.equipment);
    EXPECT_EQ(a.days, b.days);
    EXPECT_EQ(a.minutes_per_session, b.minutes_per_session);
    EXPECT_EQ(a.preferred_time, b.preferred_time);
    EXPECT_EQ(a.level, b.level);
    EXPECT_EQ(a.low_impact, b.low_impact);
    EXPECT_EQ(a.program_start, b.program_start);
}

}  // namespace hipfit::testing
