#include "core/base/vocabulary.hpp"

#include <set>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "core/body/body_metrics.hpp"
#include "core/body/profile.hpp"

namespace hipfit::core {
namespace {

TEST(ParseName, ReadsEachSpelling) {
    EXPECT_EQ(parse_name(kSexNames, "female", "--sex"), Sex::female);
    EXPECT_EQ(parse_name(kSexNames, "male", "--sex"), Sex::male);
    EXPECT_EQ(parse_name(kActivityNames, "very-active", "--activity"), Activity::very_active);
    EXPECT_EQ(parse_name(kGoalNames, "lose-fat", "--goal"), Goal::lose_fat);
    EXPECT_EQ(parse_name(kGoalNames, "gain-lean", "--goal"), Goal::gain_lean);
    EXPECT_EQ(parse_name(kEquipmentNames, "ankle-weights", "--equipment"), Equipment::ankle_weights);
    EXPECT_EQ(parse_name(kUnitSystemNames, "imperial", "--units"), UnitSystem::imperial);
    EXPECT_EQ(parse_name(kLevelNames, "advanced", "--level"), Level::advanced);
}

TEST(ParseName, RejectsUnknownWordsNamingTheFieldAndTheChoices) {
    for (const std::string_view text : {"Male", "m", "", " male", "male ", "very_active"}) {
        try {
            (void)parse_name(kSexNames, text, "--sex");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--sex");
            const std::string message = error.what();
            EXPECT_NE(message.find("--sex"), std::string::npos) << message;
            EXPECT_NE(message.find("female|male"), std::string::npos) << message;
        }
    }
}

TEST(NameOf, GivesTheSpellingOfEachValue) {
    EXPECT_EQ(name_of(kSexNames, Sex::female), "female");
    EXPECT_EQ(name_of(kActivityNames, Activity::very_active), "very-active");
    EXPECT_EQ(name_of(kGoalNames, Goal::gain_lean), "gain-lean");
    EXPECT_EQ(name_of(kEquipmentNames, Equipment::foam_roller), "foam-roller");
    EXPECT_EQ(name_of(kWeekdayNames, Weekday::sun), "sun");
    EXPECT_EQ(name_of(kBmiCategoryNames, BmiCategory::obese_class_2), "obese class II");
    EXPECT_EQ(name_of(kBodyShapeNames, BodyShape::pear), "pear");
}

TEST(NameOf, GivesAQuestionMarkForAValueOutsideTheTable) {
    EXPECT_EQ(name_of(kSexNames, static_cast<Sex>(7)), "?");
}

TEST(NameOf, ParseNameInvertsItForEveryEntry) {
    for (const auto& [value, name] : kActivityNames)
        EXPECT_EQ(parse_name(kActivityNames, name_of(kActivityNames, value), "f"), value);
    for (const auto& [value, name] : kEquipmentNames)
        EXPECT_EQ(parse_name(kEquipmentNames, name, "f"), value);
    for (const auto& [value, name] : kWeekdayNames) EXPECT_EQ(parse_name(kWeekdayNames, name, "f"), value);
    for (const auto& [value, name] : kGoalNames)
        EXPECT_EQ(name_of(kGoalNames, parse_name(kGoalNames, name, "f")), name);
}

TEST(NamesOf, JoinsAllNamesWithBarsInTableOrder) {
    EXPECT_EQ(names_of(kSexNames), "female|male");
    EXPECT_EQ(names_of(kGoalNames), "lose-fat|tone|maintain|gain-lean");
    EXPECT_EQ(names_of(kActivityNames), "sedentary|light|moderate|active|very-active");
    EXPECT_EQ(names_of(kWeekdayNames), "mon|tue|wed|thu|fri|sat|sun");
}

TEST(ParseNameSet, ReadsACommaSeparatedList) {
    EXPECT_EQ(parse_name_set(kWeekdayNames, "mon,wed,fri", "--days"),
              (std::set<Weekday>{Weekday::mon, Weekday::wed, Weekday::fri}));
    EXPECT_EQ(parse_name_set(kWeekdayNames, "sun", "--days"), (std::set<Weekday>{Weekday::sun}));
    EXPECT_EQ(parse_name_set(kWeekdayNames, "fri,mon", "--days"),
              (std::set<Weekday>{Weekday::mon, Weekday::fri}));
    EXPECT_EQ(parse_name_set(kEquipmentNames, "band,dumbbells", "--equipment"),
              (std::set<Equipment>{Equipment::band, Equipment::dumbbells}));
}

TEST(ParseNameSet, RejectsEmptyItemsNamingTheField) {
    for (const std::string_view text : {"mon,,fri", "", ",mon", "mon,", ","}) {
        try {
            (void)parse_name_set(kWeekdayNames, text, "--days");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--days") << text;
        }
    }
}

TEST(ParseNameSet, RejectsRepeats) {
    try {
        (void)parse_name_set(kWeekdayNames, "mon,mon", "--days");
        FAIL() << "accepted a repeat";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "--days");
        EXPECT_NE(std::string(error.what()).find("twice"), std::string::npos) << error.what();
    }
    EXPECT_THROW((void)parse_name_set(kWeekdayNames, "mon,tue,mon", "--days"), InvalidInput);
}

TEST(ParseNameSet, RejectsUnknownNamesNamingTheField) {
    for (const std::string_view text : {"mon,xyz", "monday", "mon;wed", "mon, wed"}) {
        try {
            (void)parse_name_set(kWeekdayNames, text, "--days");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--days") << text;
            EXPECT_NE(std::string(error.what()).find("mon|tue"), std::string::npos) << error.what();
        }
    }
}

TEST(JoinNames, WritesInEnumOrderAndRoundTrips) {
    const std::set<Weekday> days{Weekday::fri, Weekday::mon, Weekday::wed};
    EXPECT_EQ(join_names(kWeekdayNames, days), "mon,wed,fri");
    EXPECT_EQ(parse_name_set(kWeekdayNames, join_names(kWeekdayNames, days), "--days"), days);
    EXPECT_EQ(join_names(kWeekdayNames, std::set<Weekday>{}), "");
}

}  // namespace
}  // namespace hipfit::core
