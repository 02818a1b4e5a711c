// Swapping an exercise: the alternatives for a person, in their order, the 48-hour rule, and the
// replacement's prescription at the same point of progression.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/program/alternatives.hpp"
#include "core/program/plan_slots.hpp"
#include "core/program/progression.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::core {
namespace {

const Catalog& catalog() {
    return io::builtin_catalog();
}

std::vector<std::string> ids(const std::vector<Alternative>& list) {
    std::vector<std::string> out;
    for (const Alternative& a : list) out.push_back(a.exercise->id);
    return out;
}

Profile person(Level level, std::set<Equipment> equipment = {Equipment::none}, bool low_impact = false) {
    Profile p;
    p.level = level;
    p.equipment = std::move(equipment);
    p.low_impact = low_impact;
    return p;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::ranges::find(list, id) != list.end();
}

TEST(Alternatives, AClamshellForABeginnerWithoutABandIsReplacedByBodyWeightHipWork) {
    const auto list = alternatives(catalog().get("clamshell"), person(Level::beginner), catalog());
    // All three share the gluteus medius and one secondary muscle, per side, as hard: ties go by name.
    EXPECT_EQ(ids(list),
              (std::vector<std::string>{"fire-hydrant", "side-lying-leg-raise", "standing-leg-lift"}));
    EXPECT_EQ(list.front().why,
              "Also trains the gluteus medius; works the gluteus maximus too; one side at a time, like it; "
              "as hard");
    EXPECT_TRUE(list.front().allowed);
}

TEST(Alternatives, TheBandAndTheLevelOpenMore) {
    const auto list = ids(
        alternatives(catalog().get("clamshell"), person(Level::intermediate, {Equipment::band}), catalog()));
    // The banded clamshell shares every muscle: it comes first.
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(list.front(), "banded-clamshell");
    EXPECT_TRUE(contains(list, "banded-lateral-walk"));
    EXPECT_TRUE(contains(list, "side-plank-leg-lift"));
    EXPECT_TRUE(contains(list, "glute-bridge-abduction"));
    EXPECT_FALSE(contains(list, "clamshell"));
    EXPECT_FALSE(contains(list, "standing-leg-lift-ankle-weights"));  // no ankle weights
}

TEST(Alternatives, ALowImpactPersonNeverGetsTheJumpSquat) {
    EXPECT_FALSE(
        contains(ids(alternatives(catalog().get("squat"), person(Level::advanced, {}, true), catalog())),
                 "jump-squat"));
    EXPECT_TRUE(contains(ids(alternatives(catalog().get("squat"), person(Level::advanced), catalog())),
                         "jump-squat"));
}

TEST(Alternatives, ABeginnerIsOfferedNothingHarderThanTheirLevel) {
    const auto list =
        alternatives(catalog().get("squat"), person(Level::beginner, {Equipment::dumbbells}), catalog());
    for (const Alternative& a : list) EXPECT_LE(a.exercise->difficulty, 1) << a.exercise->id;
    // Same block, a shared primary muscle: the squat's quadriceps and gluteus maximus.
    EXPECT_EQ(ids(list),
              (std::vector<std::string>{"chair-squat", "lunge", "reverse-lunge", "wall-sit", "side-lunge"}));
}

TEST(Alternatives, OnlyTheSameBlock) {
    for (const Alternative& a : alternatives(catalog().get("walking"), person(Level::advanced), catalog()))
        EXPECT_EQ(a.exercise->block, Block::cardio) << a.exercise->id;
}

Date day(int d) {
    return Date{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(static_cast<unsigned>(d))};
}

Session session(Date date, Block block, const std::string& id) {
    Session s;
    s.date = date;
    s.blocks.push_back({block, {starting_prescription(catalog().get(id), Level::intermediate)}});
    return s;
}

TEST(Alternatives, ASwapThatWouldTrainAMuscleOnConsecutiveDaysIsNotAllowed) {
    // Monday's clamshell (gluteus medius) and Tuesday's squat (quadriceps, gluteus maximus) keep the rule;
    // a glute bridge with abduction on Monday would train the gluteus maximus two days running.
    PlanWeek week;
    week.sessions.push_back(session(day(23), Block::targeted, "clamshell"));
    week.sessions.push_back(session(day(24), Block::strength, "squat"));
    auto list = alternatives(catalog().get("clamshell"), person(Level::intermediate), catalog());
    check_recovery(list, "clamshell", week, catalog());
    const auto bridge = std::ranges::find_if(
        list, [](const Alternative& a) { return a.exercise->id == "glute-bridge-abduction"; });
    ASSERT_NE(bridge, list.end());
    EXPECT_FALSE(bridge->allowed);
    EXPECT_EQ(
        bridge->why_not,
        "It would train the gluteus maximus on Mon 23 Nov and again on Tue 24 Nov: A muscle needs 48 hours "
        "between hard sessions to recover (ACSM).");
    const auto hydrant =
        std::ranges::find_if(list, [](const Alternative& a) { return a.exercise->id == "fire-hydrant"; });
    ASSERT_NE(hydrant, list.end());
    EXPECT_TRUE(hydrant->allowed);
}

TEST(Alternatives, TheWeekRepeatsSoSundayNeighboursMonday) {
    PlanWeek week;
    week.sessions.push_back(session(day(23), Block::strength, "squat"));
    week.sessions.push_back(session(day(29), Block::targeted, "clamshell"));
    auto list = alternatives(catalog().get("clamshell"), person(Level::intermediate), catalog());
    check_recovery(list, "clamshell", week, catalog());
    const auto bridge = std::ranges::find_if(
        list, [](const Alternative& a) { return a.exercise->id == "glute-bridge-abduction"; });
    ASSERT_NE(bridge, list.end());
    EXPECT_FALSE(bridge->allowed);
}

TEST(Alternatives, TheReplacementStandsAtTheSamePointOfItsOwnRange) {
    PlannedExercise clamshell;
    clamshell.id = "clamshell";
    clamshell.sets = 2;
    clamshell.reps = 12;  // 10–15: two fifths up
    clamshell.per_side = true;
    const PlannedExercise raise =
        at_same_point(clamshell, catalog().get("clamshell"), catalog().get("side-lying-leg-raise"));
    EXPECT_EQ(raise.id, "side-lying-leg-raise");
    EXPECT_EQ(raise.sets, 2);
    EXPECT_EQ(raise.reps, 8);  // 6–10: two fifths up
    EXPECT_TRUE(raise.per_side);
    EXPECT_EQ(raise.rest_seconds, catalog().get("side-lying-leg-raise").prescription.rest_seconds);

    // A deload week's 6 reps, below the clamshell's 10, become as far below the raise's 6.
    clamshell.reps = 6;
    clamshell.sets = 1;
    const PlannedExercise light =
        at_same_point(clamshell, catalog().get("clamshell"), catalog().get("side-lying-leg-raise"));
    EXPECT_EQ(light.reps, 4);
    EXPECT_EQ(light.sets, 1);
    EXPECT_FALSE(light.rest_seconds);

    // Reps become a hold at the same place: a squat at the top of 10–20 is a wall sit at the top of 10–60 s.
    PlannedExercise squat = starting_prescription(catalog().get("squat"), Level::advanced);
    squat.reps = 20;
    const PlannedExercise sit = at_same_point(squat, catalog().get("squat"), catalog().get("wall-sit"));
    EXPECT_EQ(sit.hold_seconds, 60);
    EXPECT_FALSE(sit.reps);
}

TEST(Alternatives, ApplySwapsReplacesEveryPlannedOccurrence) {
    PlanWeek week;
    week.sessions.push_back(session(day(23), Block::targeted, "clamshell"));
    week.sessions.push_back(session(day(25), Block::targeted, "clamshell"));
    Plan plan;
    plan.weeks.push_back(week);
    apply_swaps(plan, {{"clamshell", "fire-hydrant"}, {"gone", "fire-hydrant"}}, catalog());
    for (const Session& s : plan.weeks[0].sessions) EXPECT_EQ(s.blocks[0].exercises[0].id, "fire-hydrant");
}

}  // namespace
}  // namespace hipfit::core

namespace hipfit::core {
namespace {

Session two_exercises(int d, const std::string& a, const std::string& b) {
    Session s = session(day(d), Block::targeted, a);
    s.blocks.front().exercises.push_back(starting_prescription(catalog().get(b), Level::intermediate));
    return s;
}

std::vector<std::string> ids_of(const Session& s) {
    std::vector<std::string> ids;
    for (const PlannedBlock& block : s.blocks)
        for (const PlannedExercise& p : block.exercises) ids.push_back(p.id);
    return ids;
}

TEST(Alternatives, ASwapLeavesASessionThatHasTheReplacementAlreadyAsItIs) {
    Session monday = session(day(23), Block::targeted, "clamshell");
    Session friday = two_exercises(27, "clamshell", "fire-hydrant");
    apply_swaps(monday, {{"clamshell", "fire-hydrant"}}, catalog());
    apply_swaps(friday, {{"clamshell", "fire-hydrant"}}, catalog());
    EXPECT_EQ(ids_of(monday), std::vector<std::string>{"fire-hydrant"});
    EXPECT_EQ(ids_of(friday), (std::vector<std::string>{"clamshell", "fire-hydrant"}));
}

TEST(Alternatives, ASwapThatWouldChangeNoSessionIsNotAllowed) {
    Plan plan;
    plan.weeks.emplace_back();
    plan.weeks[0].sessions = {two_exercises(23, "clamshell", "fire-hydrant"),
                              session(day(25), Block::targeted, "clamshell")};
    auto list = alternatives(catalog().get("clamshell"), person(Level::intermediate), catalog());
    check_swap_changes_something(list, "clamshell", plan);
    const auto hydrant =
        std::ranges::find_if(list, [](const Alternative& a) { return a.exercise->id == "fire-hydrant"; });
    ASSERT_NE(hydrant, list.end());
    EXPECT_TRUE(hydrant->allowed) << "Wednesday has a clamshell and no fire hydrant";
    plan.weeks[0].sessions.pop_back();
    list = alternatives(catalog().get("clamshell"), person(Level::intermediate), catalog());
    check_swap_changes_something(list, "clamshell", plan);
    const auto again =
        std::ranges::find_if(list, [](const Alternative& a) { return a.exercise->id == "fire-hydrant"; });
    EXPECT_FALSE(again->allowed);
    EXPECT_EQ(again->why_not, "Every session with this exercise has Fire hydrant already.");
}

TEST(Alternatives, MidWorkoutOneTheSessionHoldsIsNotAllowed) {
    auto list = alternatives(catalog().get("clamshell"), person(Level::intermediate), catalog());
    check_not_in_session(list, {"leg-kickback", "clamshell", "fire-hydrant"}, "clamshell");
    for (const Alternative& a : list) {
        if (a.exercise->id == "fire-hydrant") {
            EXPECT_FALSE(a.allowed);
            EXPECT_EQ(a.why_not,
                      "Fire hydrant is in this session already: one session does not repeat an exercise.");
        } else {
            EXPECT_TRUE(a.allowed) << a.exercise->id;
        }
    }
}

}  // namespace
}  // namespace hipfit::core
