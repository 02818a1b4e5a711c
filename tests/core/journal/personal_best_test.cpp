// The one rule of a personal best, and the records a player compares a set with as it is done.
#include <gtest/gtest.h>

#include "core/journal/personal_best.hpp"
#include "io/catalog_json.hpp"
#include "tests/core/coach/coach_rules_test_journal.hpp"

namespace hipfit::core {
namespace {

using namespace coach_test;

TEST(PersonalBest, MoreLoadOrMoreRepsAtALoadBeatsTheBestBefore) {
    const std::vector<Effort> earlier{{false, 12, 10.0}, {false, 8, 15.0}, {false, 15, 0.0}};
    // More load than ever: the best before is the heaviest.
    EXPECT_EQ(beaten({false, 5, 17.5}, earlier), (Effort{false, 8, 15.0}));
    // More reps at 10 kg than any set at 10 kg or more.
    EXPECT_EQ(beaten({false, 13, 10.0}, earlier), (Effort{false, 8, 15.0}));
    // 12 at 12.5 kg: nothing earlier was as heavy with as many reps.
    EXPECT_TRUE(beaten({false, 12, 12.5}, earlier));
    // Equalled or less: no record.
    EXPECT_FALSE(beaten({false, 12, 10.0}, earlier));
    EXPECT_FALSE(beaten({false, 14, 0.0}, earlier));
    EXPECT_FALSE(beaten({false, 8, 12.5}, earlier));
    // A hold is compared with holds only; none earlier, no record.
    EXPECT_FALSE(beaten({true, 60, 0.0}, earlier));
    EXPECT_FALSE(beaten({false, 1, 0.0}, {}));
}

TEST(PersonalBest, RecordsAreTheEffortsNoOtherMatchesAndJudgeAsAllDo) {
    const std::vector<Effort> all{{false, 12, 10.0}, {false, 10, 10.0}, {false, 8, 15.0}, {false, 8, 15.0},
                                  {false, 15, 0.0},  {false, 14, 0.0},  {true, 30, 0.0},  {true, 45, 0.0}};
    EXPECT_EQ(records(all),
              (std::vector<Effort>{{false, 8, 15.0}, {false, 12, 10.0}, {false, 15, 0.0}, {true, 45, 0.0}}));
    for (int reps = 1; reps <= 16; ++reps) {
        for (const double load : {0.0, 5.0, 10.0, 12.5, 15.0, 20.0}) {
            const Effort effort{false, reps, load};
            EXPECT_EQ(beaten(effort, all), beaten(effort, records(all))) << reps << " at " << load;
        }
    }
}

TEST(PersonalBest, EachExercisesBestOverTheEarlierEntriesOnly) {
    const std::vector<Entry> earlier{workout(day(3), {set("squat", 12, 10.0), hold("wall-sit", 45)})};
    const std::vector<Entry> recent{workout(day(10), {set("squat", 13, 10.0), set("squat", 14, 10.0),
                                                      hold("wall-sit", 40), set("glute-bridge", 20)})};
    const std::vector<PersonalBest> bests = personal_bests(earlier, recent, io::builtin_catalog());
    ASSERT_EQ(bests.size(), 1U);  // the wall sit fell short; the glute bridge is a first time
    EXPECT_EQ(bests[0], (PersonalBest{"squat", {false, 14, 10.0}, {false, 12, 10.0}}));
}

TEST(PersonalBest, Words) {
    EXPECT_EQ(effort_text({false, 12, 0.0}, UnitSystem::metric), "12 reps");
    EXPECT_EQ(effort_text({false, 1, 0.0}, UnitSystem::metric), "1 rep");
    EXPECT_EQ(effort_text({true, 60, 0.0}, UnitSystem::metric), "a 60 s hold");
    EXPECT_EQ(effort_text({false, 8, 20.0}, UnitSystem::metric), "8 reps at 20 kg");
    EXPECT_EQ(effort_text({false, 8, 20.0}, UnitSystem::imperial), "8 reps at 44.1 lb");
}

}  // namespace
}  // namespace hipfit::core
