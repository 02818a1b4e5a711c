// Core names fields by their domain keys; renamed() lets each interface show them in its own words.
#include "core/base/errors.hpp"

#include <string>
#include <string_view>
#include <utility>

#include <gtest/gtest.h>

#include "core/body/profile.hpp"
#include "core/journal/journal_values.hpp"

namespace hipfit::core {
namespace {

// A front end's table: some keys have a flag, the rest are shown as they are.
std::string_view flag(std::string_view key) {
    for (const auto& [known, shown] : {std::pair<std::string_view, std::string_view>{"waist_cm", "--waist"},
                                       {"neck_cm", "--neck"},
                                       {"sex", "--sex"},
                                       {"age_years", "--age"},
                                       {"hip_cm", "--hip"},
                                       {"days", "--days"}}) {
        if (known == key)
            return shown;
    }
    return key;
}

TEST(Renamed, RenamesTheLeadingFieldAndTheMentionsOnly) {
    const InvalidInput error("waist_cm", "waist_cm: 30.0 cm must be larger than neck_cm 40.0 cm",
                             {"neck_cm"});
    EXPECT_EQ(renamed(error, flag), "--waist: 30.0 cm must be larger than --neck 40.0 cm");
    EXPECT_EQ(std::string(error.what()), "waist_cm: 30.0 cm must be larger than neck_cm 40.0 cm");
}

TEST(Renamed, NeverTouchesWhatThePersonTyped) {
    // A value echoed in the message is not a mention, even when it spells a key.
    const InvalidInput typed("days", "days: 'days' is not one of mon|tue|wed|thu|fri|sat|sun");
    EXPECT_EQ(renamed(typed, flag), "--days: 'days' is not one of mon|tue|wed|thu|fri|sat|sun");
    // A field that is not the lead is left as it is (a file's location leads instead).
    const InvalidInput located("waist_cm", "a.json: profile, field waist_cm: 300 cm is outside …");
    EXPECT_EQ(renamed(located, flag), "a.json: profile, field waist_cm: 300 cm is outside …");
    // A key inside a longer word is not the key.
    const InvalidInput longer("hip_cm", "hip_cm: hip_cmx and hip_cm", {"hip_cm"});
    EXPECT_EQ(renamed(longer, flag), "--hip: hip_cmx and --hip");
}

TEST(Renamed, MentionsAreFoundInOrder) {
    const InvalidInput error("sex", "sex: required for a new profile (missing: sex, age_years, neck_cm)",
                             {"sex", "age_years", "neck_cm"});
    EXPECT_EQ(renamed(error, flag), "--sex: required for a new profile (missing: --sex, --age, --neck)");
}

// Done-when of issue 12: no message core gives names a command-line flag.
TEST(Renamed, CoreMessagesNameKeysNotFlags) {
    Entry measure;
    measure.kind = EntryKind::measure;
    measure.date = Date{std::chrono::year(2026), std::chrono::month(1), std::chrono::day(5)};
    try {
        check_entry(measure, measure.date);
        FAIL() << "an empty measure entry was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "measurements");
        EXPECT_EQ(std::string(error.what()).find("--"), std::string::npos) << error.what();
        EXPECT_EQ(renamed(error, flag),
                  "measurements: give at least one of --waist, --hip, thigh_cm, thigh_left_cm, "
                  "thigh_right_cm, --neck, body_fat_percent");
    }
    try {
        (void)apply_changes(std::nullopt, ProfileChanges{}, measure.date);
        FAIL() << "an empty profile was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(std::string(error.what()),
                  "sex: required for a new profile (missing: sex, age_years, height_cm, weight_kg, waist_cm, "
                  "hip_cm, neck_cm)");
    }
}

}  // namespace
}  // namespace hipfit::core
