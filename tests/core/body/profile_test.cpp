#include "core/body/profile.hpp"

#include <chrono>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/body/profile_limits.hpp"

namespace hipfit::core {
namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

const Date kToday = ymd(2024, 6, 15);

// Every required field, comfortably inside its range.
ProfileChanges complete() {
    ProfileChanges c;
    c.sex = Sex::female;
    c.age_years = 30;
    c.height = Centimetres(165.0);
    c.weight = Kilograms(65.0);
    c.waist = Centimetres(80.0);
    c.hip = Centimetres(100.0);
    c.neck = Centimetres(33.0);
    return c;
}

// Expects apply_changes on a new profile to throw InvalidInput naming `field`.
void expect_refused(const ProfileChanges& changes, const std::string& field) {
    try {
        (void)apply_changes(std::nullopt, changes, kToday);
        ADD_FAILURE() << "accepted; expected a refusal naming " << field;
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), field) << error.what();
        EXPECT_NE(std::string(error.what()).find(field), std::string::npos) << error.what();
    }
}

TEST(ApplyChanges, BuildsANewProfileFromTheRequiredFields) {
    const Profile p = apply_changes(std::nullopt, complete(), kToday);
    EXPECT_EQ(p.sex, Sex::female);
    EXPECT_EQ(p.age.years_on(kToday), 30);
    EXPECT_EQ(p.height.value(), 165.0);
    EXPECT_EQ(p.weight.value(), 65.0);
    EXPECT_EQ(p.waist.value(), 80.0);
    EXPECT_EQ(p.hip.value(), 100.0);
    EXPECT_EQ(p.neck.value(), 33.0);
    EXPECT_FALSE(p.thigh.has_value());
    EXPECT_FALSE(p.pal_override.has_value());
    // The documented defaults of Profile.
    EXPECT_EQ(p.goal, Goal::lose_fat);
    EXPECT_EQ(p.deficit.value(), 250.0);
    EXPECT_EQ(p.surplus.value(), 300.0);
    EXPECT_EQ(p.days, (std::set<Weekday>{Weekday::mon, Weekday::wed, Weekday::fri}));
}

TEST(ApplyChanges, NewProfileNamesTheFirstMissingRequiredField) {
    ProfileChanges c = complete();
    c.sex.reset();
    expect_refused(c, "sex");
    c = complete();
    c.age_years.reset();
    expect_refused(c, "age_years");
    c = complete();
    c.height.reset();
    expect_refused(c, "height_cm");
    c = complete();
    c.weight.reset();
    expect_refused(c, "weight_kg");
    c = complete();
    c.waist.reset();
    expect_refused(c, "waist_cm");
    c = complete();
    c.hip.reset();
    expect_refused(c, "hip_cm");
    c = complete();
    c.neck.reset();
    expect_refused(c, "neck_cm");
    expect_refused(ProfileChanges{}, "sex");
}

TEST(ApplyChanges, BornStandsInForAge) {
    ProfileChanges c = complete();
    c.age_years.reset();
    c.born = ymd(1990, 6, 16);
    const Profile p = apply_changes(std::nullopt, c, kToday);
    EXPECT_EQ(p.age.years_on(kToday), 33);
}

TEST(MissingFields, ListsAllInOrderByKeyAndNothingForAStoredProfile) {
    const auto missing = missing_fields(std::nullopt, ProfileChanges{});
    ASSERT_EQ(missing.size(), 7U);
    EXPECT_EQ(missing[0], "sex");
    EXPECT_EQ(missing[1], "age_years");
    EXPECT_EQ(missing[6], "neck_cm");
    EXPECT_TRUE(missing_fields(Profile{}, ProfileChanges{}).empty());
}

struct Boundary {
    const char* field;
    void (*set)(ProfileChanges&, double);
    double min;
    double max;
    double step;  // just outside
};

const Boundary kBoundaries[] = {
    {"height_cm", [](ProfileChanges& c, double v) { c.height = Centimetres(v); }, 120, 230, 0.1},
    {"weight_kg", [](ProfileChanges& c, double v) { c.weight = Kilograms(v); }, 30, 300, 0.1},
    {"waist_cm", [](ProfileChanges& c, double v) { c.waist = Centimetres(v); }, 40, 200, 0.1},
    {"hip_cm", [](ProfileChanges& c, double v) { c.hip = Centimetres(v); }, 50, 200, 0.1},
    {"neck_cm", [](ProfileChanges& c, double v) { c.neck = Centimetres(v); }, 20, 70, 0.1},
    {"thigh_cm", [](ProfileChanges& c, double v) { c.thigh = Centimetres(v); }, 25, 120, 0.1},
    {"pal", [](ProfileChanges& c, double v) { c.pal = v; }, 1.2, 2.5, 0.01},
    {"deficit_kcal", [](ProfileChanges& c, double v) { c.deficit = Kilocalories(v); }, 100, 1000, 1},
    {"surplus_kcal", [](ProfileChanges& c, double v) { c.surplus = Kilocalories(v); }, 100, 1000, 1},
    {"minutes_per_session", [](ProfileChanges& c, double v) { c.minutes_per_session = static_cast<int>(v); },
     30, 180, 1},
};

TEST(ProfileLimits, EachRangeIsAcceptedAtItsEdgesAndRefusedJustOutside) {
    for (const Boundary& b : kBoundaries) {
        SCOPED_TRACE(b.field);
        for (const double edge : {b.min, b.max}) {
            ProfileChanges c = complete();
            b.set(c, edge);
            if (std::string(b.field) == "neck_cm")
                c.waist = Centimetres(100.0);  // keep waist > neck
            EXPECT_NO_THROW((void)apply_changes(std::nullopt, c, kToday)) << edge;
        }
        for (const double outside : {b.min - b.step, b.max + b.step}) {
            ProfileChanges c = complete();
            b.set(c, outside);
            expect_refused(c, b.field);
        }
    }
}

TEST(ProfileLimits, ConstantsMatchTheDocumentedRanges) {
    EXPECT_EQ(kHeightRangeCm.min, 120.0);
    EXPECT_EQ(kHeightRangeCm.max, 230.0);
    EXPECT_EQ(kPalRange.min, 1.2);
    EXPECT_EQ(kPalRange.max, 2.5);
    EXPECT_EQ(kAdultAgeYears, 18);
    EXPECT_EQ(kMaxTrainingDaysPerWeek, 6);
    EXPECT_TRUE(kWeightRangeKg.contains(30.0));
    EXPECT_FALSE(kWeightRangeKg.contains(29.999));
}

TEST(ProfileLimits, OneToSixTrainingDaysAreAcceptedSevenAndNoneRefused) {
    std::set<Weekday> days;
    for (const Weekday d :
         {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri, Weekday::sat}) {
        days.insert(d);
        ProfileChanges c = complete();
        c.days = days;
        EXPECT_EQ(apply_changes(std::nullopt, c, kToday).days.size(), days.size());
    }
    ProfileChanges c = complete();
    days.insert(Weekday::sun);
    c.days = days;
    expect_refused(c, "days");
    c.days = std::set<Weekday>{};
    expect_refused(c, "days");
}

TEST(ProfileLimits, MinorsAreRefusedForSafetyAdultsAccepted) {
    ProfileChanges c = complete();
    c.age_years = 17;
    EXPECT_THROW((void)apply_changes(std::nullopt, c, kToday), SafetyRefusal);
    c.age_years = 18;
    EXPECT_EQ(apply_changes(std::nullopt, c, kToday).age.years_on(kToday), 18);
    c.age_years = 120;
    EXPECT_NO_THROW((void)apply_changes(std::nullopt, c, kToday));
    c.age_years = 121;
    expect_refused(c, "age_years");
    // Born 2006-06-16 is 17 on 2024-06-15, 18 a day later.
    c = complete();
    c.age_years.reset();
    c.born = ymd(2006, 6, 16);
    EXPECT_THROW((void)apply_changes(std::nullopt, c, kToday), SafetyRefusal);
    EXPECT_NO_THROW((void)apply_changes(std::nullopt, c, ymd(2024, 6, 16)));
}

TEST(ProfileLimits, BirthDateInTheFutureIsRefusedNamingBorn) {
    ProfileChanges c = complete();
    c.age_years.reset();
    c.born = ymd(2024, 6, 16);  // tomorrow
    expect_refused(c, "born");
    c.born = ymd(2030, 1, 1);
    expect_refused(c, "born");
}

TEST(ProfileConsistency, WaistMustExceedNeck) {
    ProfileChanges c = complete();
    c.waist = Centimetres(40.0);
    c.neck = Centimetres(40.0);
    expect_refused(c, "waist_cm");
    c.neck = Centimetres(45.0);
    expect_refused(c, "waist_cm");
    c.neck = Centimetres(39.9);
    EXPECT_NO_THROW((void)apply_changes(std::nullopt, c, kToday));
}

TEST(ProfileConsistency, NoneCannotBeCombinedWithOtherEquipment) {
    ProfileChanges c = complete();
    c.equipment = std::set<Equipment>{Equipment::none, Equipment::band};
    expect_refused(c, "equipment");
    c.equipment = std::set<Equipment>{Equipment::band, Equipment::dumbbells};
    EXPECT_EQ(apply_changes(std::nullopt, c, kToday).equipment.size(), 2U);
    c.equipment = std::set<Equipment>{Equipment::none};
    EXPECT_NO_THROW((void)apply_changes(std::nullopt, c, kToday));
}

TEST(ApplyChanges, StoredProfileKeepsEveryUntouchedField) {
    ProfileChanges first = complete();
    first.thigh = Centimetres(58.0);
    first.goal = Goal::tone;
    first.pal = 1.7;
    first.days = std::set<Weekday>{Weekday::tue, Weekday::sat};
    first.minutes_per_session = 30;
    first.preferred_time = TimeOfDay{7, 15};
    first.level = Level::intermediate;
    first.low_impact = true;
    first.units = UnitSystem::imperial;
    const Profile stored = apply_changes(std::nullopt, first, kToday);

    ProfileChanges change;
    change.weight = Kilograms(63.5);
    ASSERT_FALSE(change.empty());
    const Profile updated = apply_changes(stored, change, ymd(2024, 7, 1));
    EXPECT_EQ(updated.weight.value(), 63.5);
    EXPECT_EQ(updated.sex, stored.sex);
    EXPECT_EQ(updated.height, stored.height);
    EXPECT_EQ(updated.waist, stored.waist);
    EXPECT_EQ(updated.hip, stored.hip);
    EXPECT_EQ(updated.neck, stored.neck);
    EXPECT_EQ(updated.thigh, std::optional<Centimetres>(Centimetres(58.0)));
    EXPECT_EQ(updated.goal, Goal::tone);
    EXPECT_EQ(updated.pal_override, std::optional<double>(1.7));
    EXPECT_EQ(updated.days, (std::set<Weekday>{Weekday::tue, Weekday::sat}));
    EXPECT_EQ(updated.minutes_per_session, 30);
    EXPECT_EQ(updated.preferred_time, (TimeOfDay{7, 15}));
    EXPECT_EQ(updated.level, Level::intermediate);
    EXPECT_TRUE(updated.low_impact);
    EXPECT_EQ(updated.units, UnitSystem::imperial);
    EXPECT_EQ(updated.age.years_given, 30);
    EXPECT_EQ(updated.age.given_on, kToday);
}

TEST(ApplyChanges, NamedActivityClearsAnEarlierPalOverride) {
    ProfileChanges first = complete();
    first.pal = 1.8;
    const Profile stored = apply_changes(std::nullopt, first, kToday);
    ASSERT_EQ(stored.pal_override, std::optional<double>(1.8));

    ProfileChanges activity;
    activity.activity = Activity::moderate;
    const Profile updated = apply_changes(stored, activity, kToday);
    EXPECT_EQ(updated.activity, Activity::moderate);
    EXPECT_FALSE(updated.pal_override.has_value());

    ProfileChanges both;
    both.activity = Activity::active;
    both.pal = 2.0;
    EXPECT_EQ(apply_changes(stored, both, kToday).pal_override, std::optional<double>(2.0));
}

TEST(ApplyChanges, AgeOrBirthDateReplacesTheOtherInAStoredProfile) {
    ProfileChanges first = complete();
    first.age_years.reset();
    first.born = ymd(1990, 6, 15);
    const Profile stored = apply_changes(std::nullopt, first, kToday);
    ProfileChanges change;
    change.age_years = 40;
    const Profile updated = apply_changes(stored, change, kToday);
    EXPECT_FALSE(updated.age.born.has_value());
    EXPECT_EQ(updated.age.years_on(kToday), 40);
}

TEST(ProfileChanges, EmptyOnlyWhenNothingIsSet) {
    EXPECT_TRUE(ProfileChanges{}.empty());
    ProfileChanges c;
    c.low_impact = false;
    EXPECT_FALSE(c.empty());
}

TEST(AgeRecord, GivenAgeAdvancesOnEachAnniversaryOfTheDayItWasGiven) {
    const AgeRecord given{std::nullopt, 30, kToday};
    EXPECT_EQ(given.years_on(kToday), 30);
    EXPECT_EQ(given.years_on(ymd(2025, 6, 14)), 30);
    EXPECT_EQ(given.years_on(ymd(2025, 6, 15)), 31);
    EXPECT_EQ(given.years_on(ymd(2034, 6, 15)), 40);
}

TEST(AgeRecord, BirthDateWinsOverAnyGivenAge) {
    const AgeRecord born{ymd(1990, 6, 15), 99, ymd(2000, 1, 1)};
    EXPECT_EQ(born.years_on(ymd(2024, 6, 14)), 33);
    EXPECT_EQ(born.years_on(ymd(2024, 6, 15)), 34);
}

}  // namespace
}  // namespace hipfit::core
