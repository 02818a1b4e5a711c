// Imported entries keep where they came from (migration 8, docs/import.md): an entry's source and a set's
// warm-up mark are stored and read back; a source is unique in one person's journal but two people may
// each hold the same one; an edit keeps it; undoing the import removes the entries and frees the sources.
#include <gtest/gtest.h>

#include "core/journal/journal.hpp"
#include "store/errors.hpp"
#include "store/repository.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using namespace hipfit::core;

Entry imported_workout(const std::string& source) {
    Entry e;
    e.kind = EntryKind::workout;
    e.date = parse_date("2026-11-02", "date");
    e.time = {18, 0};
    e.source = source;
    WorkoutSet warm_up;
    warm_up.exercise_id = "squat";
    warm_up.reps = 10;
    warm_up.load = Kilograms(20);
    warm_up.warm_up = true;
    WorkoutSet work = warm_up;
    work.reps = 8;
    work.load = Kilograms(60);
    work.warm_up = false;
    e.sets = {warm_up, work};
    return e;
}

class EntrySource : public testing::OnEveryStore {
  protected:
    std::unique_ptr<Repository> open(AccountId account = kLocalAccount) {
        return open_repository(location(), OpenFor::write, account);
    }
};

TEST_P(EntrySource, TheSourceAndTheWarmUpMarkAreStoredAndReadBack) {
    open()->import({imported_workout("strong:2026-11-02 18:00:00|Legs")}, std::nullopt, {});
    const std::vector<Entry> stored = open()->entries({});
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].source, "strong:2026-11-02 18:00:00|Legs");
    ASSERT_EQ(stored[0].sets.size(), 2u);
    EXPECT_TRUE(stored[0].sets[0].warm_up);
    EXPECT_FALSE(stored[0].sets[1].warm_up);
}

TEST_P(EntrySource, ASourceIsUniqueInAJournalButTwoPeopleMayHoldTheSameOne) {
    open(1)->import({imported_workout("strong:a")}, std::nullopt, {});
    EXPECT_THROW(open(1)->import({imported_workout("strong:a")}, std::nullopt, {}), StoreError);
    EXPECT_EQ(open(1)->entries({}).size(), 1u) << "the refused import wrote";
    open(2)->import({imported_workout("strong:a")}, std::nullopt, {});
    EXPECT_EQ(open(2)->entries({}).size(), 1u);
    // Entries logged in hipfit have none, and any number of them is fine.
    Entry logged = imported_workout("");
    open(1)->add_entry(logged);
    open(1)->add_entry(logged);
    EXPECT_EQ(open(1)->entries({}).size(), 3u);
}

TEST_P(EntrySource, AnEditKeepsTheSourceAndUndoingTheImportFreesIt) {
    open()->import({imported_workout("strong:a")}, std::nullopt, {});
    Entry edited = open()->entries({}).front();
    edited.note = "felt strong";
    ASSERT_TRUE(open()->replace_entry(edited));
    EXPECT_EQ(open()->entries({}).front().source, "strong:a");
    ASSERT_TRUE(open()->undo().has_value());  // the edit
    ASSERT_TRUE(open()->undo().has_value());  // the import
    EXPECT_TRUE(open()->entries({}).empty());
    open()->import({imported_workout("strong:a")}, std::nullopt, {});
    EXPECT_EQ(open()->entries({}).size(), 1u);
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(EntrySource);

}  // namespace
}  // namespace hipfit::store
