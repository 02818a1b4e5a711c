// A person's profile: who they are, what they measure, how they want to train.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/base/units.hpp"
#include "core/base/vocabulary.hpp"

namespace hipfit::core {

enum class Sex { female, male };
enum class Activity { sedentary, light, moderate, active, very_active };
enum class Goal { lose_fat, tone, maintain, gain_lean };
enum class Level { beginner, intermediate, advanced };
enum class Equipment { none, band, dumbbells, barbell, step, ankle_weights, foam_roller };
enum class Weekday { mon, tue, wed, thu, fri, sat, sun };

inline constexpr NameTable<Sex, 2> kSexNames{{{Sex::female, "female"}, {Sex::male, "male"}}};
inline constexpr NameTable<Activity, 5> kActivityNames{{{Activity::sedentary, "sedentary"},
                                                        {Activity::light, "light"},
                                                        {Activity::moderate, "moderate"},
                                                        {Activity::active, "active"},
                                                        {Activity::very_active, "very-active"}}};
inline constexpr NameTable<Goal, 4> kGoalNames{{{Goal::lose_fat, "lose-fat"},
                                                {Goal::tone, "tone"},
                                                {Goal::maintain, "maintain"},
                                                {Goal::gain_lean, "gain-lean"}}};
inline constexpr NameTable<Level, 3> kLevelNames{
    {{Level::beginner, "beginner"}, {Level::intermediate, "intermediate"}, {Level::advanced, "advanced"}}};
inline constexpr NameTable<UnitSystem, 2> kUnitSystemNames{
    {{UnitSystem::metric, "metric"}, {UnitSystem::imperial, "imperial"}}};
inline constexpr NameTable<Equipment, 7> kEquipmentNames{{{Equipment::none, "none"},
                                                          {Equipment::band, "band"},
                                                          {Equipment::dumbbells, "dumbbells"},
                                                          {Equipment::barbell, "barbell"},
                                                          {Equipment::step, "step"},
                                                          {Equipment::ankle_weights, "ankle-weights"},
                                                          {Equipment::foam_roller, "foam-roller"}}};
inline constexpr NameTable<Weekday, 7> kWeekdayNames{{{Weekday::mon, "mon"},
                                                      {Weekday::tue, "tue"},
                                                      {Weekday::wed, "wed"},
                                                      {Weekday::thu, "thu"},
                                                      {Weekday::fri, "fri"},
                                                      {Weekday::sat, "sat"},
                                                      {Weekday::sun, "sun"}}};

// How old a person is: a birth date (so the age stays right), or an age given on a day.
struct AgeRecord {
    std::optional<Date> born;
    int years_given = 0;
    Date given_on{};

    [[nodiscard]] int years_on(Date today) const;

    friend bool operator==(const AgeRecord&, const AgeRecord&) = default;
};

// A complete, validated profile. Every field has a value; `thigh` and `pal_override` may be absent.
struct Profile {
    Sex sex = Sex::female;
    AgeRecord age;
    Centimetres height;
    Kilograms weight;
    Centimetres waist;
    Centimetres hip;
    Centimetres neck;
    std::optional<Centimetres> thigh;
    Activity activity = Activity::light;
    std::optional<double> pal_override;  // a PAL given replaces the activity level's multiplier
    Goal goal = Goal::lose_fat;
    Kilocalories deficit{250.0};  // per day, for lose-fat
    Kilocalories surplus{300.0};  // per day, for gain-lean
    UnitSystem units = UnitSystem::metric;
    std::set<Equipment> equipment{Equipment::none};
    std::set<Weekday> days{Weekday::mon, Weekday::wed, Weekday::fri};
    int minutes_per_session = 45;
    TimeOfDay preferred_time{18, 0};
    Level level = Level::beginner;
    bool low_impact = false;
    Date program_start{};  // the first day of the program: the day the profile was created

    friend bool operator==(const Profile&, const Profile&) = default;
};

// Profile fields as given on one command line or at prompts: any may be missing. Applied on top of
// a stored profile (or none) to give a complete one.
struct ProfileChanges {
    std::optional<Sex> sex;
    std::optional<int> age_years;
    std::optional<Date> born;
    std::optional<Centimetres> height;
    std::optional<Kilograms> weight;
    std::optional<Centimetres> waist;
    std::optional<Centimetres> hip;
    std::optional<Centimetres> neck;
    std::optional<Centimetres> thigh;
    std::optional<Activity> activity;
    std::optional<double> pal;
    std::optional<Goal> goal;
    std::optional<Kilocalories> deficit;
    std::optional<Kilocalories> surplus;
    std::optional<UnitSystem> units;
    std::optional<std::set<Equipment>> equipment;
    std::optional<std::set<Weekday>> days;
    std::optional<int> minutes_per_session;
    std::optional<TimeOfDay> preferred_time;
    std::optional<Level> level;
    std::optional<bool> low_impact;

    [[nodiscard]] bool empty() const;
};

// The required fields still missing after applying `changes` to `base` (domain keys, e.g. "neck_cm").
std::vector<std::string_view> missing_fields(const std::optional<Profile>& base,
                                             const ProfileChanges& changes);

// Applies `changes` to `base` and validates the result (ranges, consistency, adults only).
// Throws InvalidInput naming the first bad field; SafetyRefusal for a request that could harm.
Profile apply_changes(const std::optional<Profile>& base, const ProfileChanges& changes, Date today);

}  // namespace hipfit::core
