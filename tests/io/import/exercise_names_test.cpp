// The table of other apps' exercise names (data/import/exercise-names.json): every name it maps stands for
// an exercise of the built-in catalog, and a name is found with case and runs of spaces aside.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/catalog_json.hpp"
#include "io/import/exercise_names.hpp"

namespace hipfit::io {
namespace {

nlohmann::json names_table() {
    std::ifstream in(std::string(HIPFIT_SOURCE_DIR) + "/data/import/exercise-names.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

TEST(ExerciseNames, EveryMappedIdIsACatalogExercise) {
    const nlohmann::json table = names_table();
    ASSERT_TRUE(table.contains("about"));
    ASSERT_GE(table.at("names").size(), 60u);
    for (const auto& [name, id] : table.at("names").items()) {
        EXPECT_NE(builtin_catalog().find(id.get<std::string>()), nullptr) << name << " → " << id;
        EXPECT_EQ(catalog_exercise_for(name), id.get<std::string>()) << name;
    }
}

TEST(ExerciseNames, NoTwoNamesDifferOnlyInCaseOrSpaces) {
    std::set<std::string> keys;
    const nlohmann::json table = names_table();  // alive through the loop
    for (const auto& [name, id] : table.at("names").items())
        EXPECT_TRUE(keys.insert(exercise_name_key(name)).second) << name;
}

TEST(ExerciseNames, FindsTheAppsSpellingsWithCaseAndSpacesAside) {
    EXPECT_EQ(catalog_exercise_for("Hip Thrust (Barbell)"), "glute-bridge");  // Strong
    EXPECT_EQ(catalog_exercise_for("  hip   thrust (BARBELL) "), "glute-bridge");
    EXPECT_EQ(catalog_exercise_for("Barbell Hip Thrust"), "glute-bridge");  // Fitbod
    EXPECT_EQ(catalog_exercise_for("romanian deadlift (dumbbell)"), "dumbbell-romanian-deadlift");
    EXPECT_EQ(catalog_exercise_for("Lateral Band Walk"), "banded-lateral-walk");
    EXPECT_EQ(catalog_exercise_for("Treadmill Running"), "running");
    EXPECT_EQ(catalog_exercise_for("Stationary Bike"), "cycling");
}

TEST(ExerciseNames, LeavesOtherMovementsToThePerson) {
    for (const char* other :
         {"Leg Press (Machine)", "Bulgarian Split Squat (Dumbbell)", "Hip Abduction (Machine)",
          "Front Squat (Barbell)", "Romanian Deadlift (Barbell)", "Step Up", "Donkey Kick", "Kniebeuge", ""})
        EXPECT_FALSE(catalog_exercise_for(other)) << other;
}

}  // namespace
}  // namespace hipfit::io
