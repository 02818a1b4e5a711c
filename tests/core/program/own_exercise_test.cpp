#include "core/program/own_exercise.hpp"

#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::core {
namespace {

OwnExerciseInput hip_thrust() {
    OwnExerciseInput input;
    input.name = "My hip thrust";
    input.kind = ExerciseKind::strength;
    input.primary_muscles = {Muscle::gluteus_maximus};
    input.secondary_muscles = {Muscle::hamstrings};
    input.equipment = {Equipment::barbell};
    return input;
}

std::string refusal_field(const OwnExerciseInput& input, const std::vector<OwnExercise>& existing = {}) {
    try {
        (void)make_own_exercise(input, existing);
    } catch (const InvalidInput& error) {
        return error.field() + " | " + error.what();
    }
    return "accepted";
}

TEST(OwnExercise, IdIsThePrefixAndTheNameInKebabCase) {
    const OwnExercise own = make_own_exercise(hip_thrust(), {});
    EXPECT_EQ(own.id, "own-my-hip-thrust");
    EXPECT_EQ(own.name, "My hip thrust");
    EXPECT_EQ(own_exercise_id("  Côte: 90/90 stretch!! ", {}), "own-c-te-90-90-stretch");
    EXPECT_EQ(own_exercise_id("深蹲", {}), "own-exercise");
}

TEST(OwnExercise, ATakenIdGetsANumber) {
    const OwnExercise first = make_own_exercise(hip_thrust(), {});
    OwnExerciseInput other = hip_thrust();
    other.name = "My hip-thrust!";
    EXPECT_EQ(make_own_exercise(other, {first}).id, "own-my-hip-thrust-2");
}

TEST(OwnExercise, NamesAreUniquePerPersonWhateverTheirCase) {
    const OwnExercise first = make_own_exercise(hip_thrust(), {});
    OwnExerciseInput again = hip_thrust();
    again.name = " MY HIP THRUST ";
    EXPECT_EQ(refusal_field(again, {first}),
              "name | name: you already have an exercise called 'My hip thrust' (own-my-hip-thrust)");
}

TEST(OwnExercise, RulesNameTheirField) {
    OwnExerciseInput input = hip_thrust();
    input.name = "";
    EXPECT_EQ(refusal_field(input), "name | name: must not be empty");
    input.name = std::string(61, 'a');
    EXPECT_EQ(refusal_field(input), "name | name: 61 characters; at most 60");
    input.name = std::string(60, 'a');
    EXPECT_EQ(refusal_field(input), "accepted");
    input.name = "tab\x01";
    EXPECT_EQ(refusal_field(input), "name | name: must be text without control characters");
    input = hip_thrust();
    input.primary_muscles.clear();
    EXPECT_EQ(refusal_field(input), "primary_muscles | primary_muscles: at least one muscle");
    input = hip_thrust();
    input.secondary_muscles = {Muscle::gluteus_maximus};
    EXPECT_EQ(refusal_field(input),
              "secondary_muscles | secondary_muscles: gluteus-maximus is a primary muscle already");
    input = hip_thrust();
    input.met = 0.0;
    EXPECT_EQ(refusal_field(input), "met | met: 0 is outside the accepted range (0, 20]");
    input.met = 20.5;
    EXPECT_EQ(refusal_field(input), "met | met: 20.5 is outside the accepted range (0, 20]");
    input.met = 20.0;
    EXPECT_EQ(refusal_field(input), "accepted");
}

TEST(OwnExercise, WithoutAMetTheKindsDefaultFromTheCompendium) {
    const Exercise strength = as_exercise(make_own_exercise(hip_thrust(), {}));
    EXPECT_DOUBLE_EQ(strength.met, 3.5);
    EXPECT_EQ(strength.compendium_code, "02054");
    EXPECT_TRUE(strength.own);
    EXPECT_EQ(strength.block, Block::strength);
    ASSERT_TRUE(strength.prescription.reps);
    EXPECT_EQ(strength.prescription.reps->min, 8);
    OwnExerciseInput cardio = hip_thrust();
    cardio.kind = ExerciseKind::cardio;
    cardio.met = 7.0;
    const Exercise rowing = as_exercise(make_own_exercise(cardio, {}));
    EXPECT_DOUBLE_EQ(rowing.met, 7.0);
    EXPECT_EQ(rowing.compendium_code, "");
    EXPECT_TRUE(rowing.prescription.minutes);
}

TEST(OwnExercise, APersonsCatalogHoldsBothAndEveryKindPassesItsRules) {
    std::vector<OwnExercise> own;
    for (const auto& [kind, name] : kExerciseKindNames) {
        OwnExerciseInput input = hip_thrust();
        input.name = "Mine " + std::string(name);
        input.kind = kind;
        own.push_back(make_own_exercise(input, own));
    }
    const Catalog& builtin = io::builtin_catalog();
    const Catalog mine = person_catalog(builtin, own);
    EXPECT_EQ(mine.exercises().size(), builtin.exercises().size() + own.size());
    EXPECT_EQ(mine.get("own-mine-warm-up").name, "Mine warm-up");
    EXPECT_NE(mine.find("glute-bridge"), nullptr);
}

TEST(OwnExercise, TheCatalogKeepsThePrefixForOwnExercises) {
    Exercise fake = io::builtin_catalog().get("glute-bridge");
    fake.id = "own-glute-bridge";
    EXPECT_THROW(Catalog({fake}), CatalogError);
    Exercise own = as_exercise(make_own_exercise(hip_thrust(), {}));
    own.id = "my-hip-thrust";
    EXPECT_THROW(Catalog({own}), CatalogError);
}

}  // namespace
}  // namespace hipfit::core
