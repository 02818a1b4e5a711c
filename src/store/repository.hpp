// The journal's persistence, behind one interface: SQLite now, PostgreSQL for a hosted deployment.
// Every mutating call is one transaction: it happens whole or not at all.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/body/profile.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/personal_best.hpp"
#include "core/program/own_exercise.hpp"
#include "core/stats/stats.hpp"

namespace hipfit::store {

// Whose data: every person's profile and journal belongs to one account.
using AccountId = std::int64_t;
// The command line's person. The first account to sign up on a database becomes it (the owner), so the
// server shows what the command line logged.
inline constexpr AccountId kLocalAccount = 1;

struct EntryQuery {
    std::optional<core::EntryKind> kind;
    std::optional<core::Date> since;  // inclusive
    std::optional<core::Date> until;  // inclusive
};

// The most reps (or seconds held) of an exercise at one load and measure: enough to tell whether a set
// beats every earlier one (core/journal/personal_best.hpp: no set is a record over the most at its load).
struct ExerciseEffort {
    std::string exercise_id;
    core::Effort effort;

    friend bool operator==(const ExerciseEffort&, const ExerciseEffort&) = default;
};

// What the entries of one kind on one day add up to: how many, and their values, protein and energy (a
// missing one counted as 0), and how many gave their protein.
struct DailySum {
    core::Date date{};
    core::EntryKind kind{};
    std::int64_t entries = 0;
    double value = 0;
    double protein_g = 0;
    std::int64_t with_protein = 0;
    double energy_kcal = 0;

    friend bool operator==(const DailySum&, const DailySum&) = default;
};

// What an import added.
struct ImportResult {
    std::size_t entries = 0;
    std::size_t checkins = 0;
    std::vector<core::Date> checkins_kept;  // days that had a check-in already: the stored one was kept
    std::size_t own_exercises = 0;
};

// What removing an own exercise did: nothing when it is not found or logged sets use it (they must stay
// readable), else it is gone.
struct OwnExerciseRemoval {
    bool found = false;
    std::int64_t logged_sets = 0;
    [[nodiscard]] bool removed() const { return found && logged_sets == 0; }
};

// One person's profile and journal.
class Repository {
  public:
    virtual ~Repository() = default;

    [[nodiscard]] virtual std::optional<core::Profile> load_profile() = 0;
    // Creates or replaces the profile.
    virtual void save_profile(const core::Profile& profile) = 0;

    // Stores a new entry (its id is ignored) and returns the id given to it.
    virtual std::int64_t add_entry(const core::Entry& entry) = 0;
    [[nodiscard]] virtual std::optional<core::Entry> find_entry(std::int64_t id) = 0;
    // Replaces the stored entry with the same id; false when there is none.
    virtual bool replace_entry(const core::Entry& entry) = 0;
    // False when there is no such entry.
    virtual bool delete_entry(std::int64_t id) = 0;
    // Ordered by date, time and id.
    [[nodiscard]] virtual std::vector<core::Entry> entries(const EntryQuery& query) = 0;

    // Narrow reads for the views, so that none reads the whole journal to use a little of it. Each gives
    // what entries(query) would give, less.
    // The last of entries(query); none when it matches nothing.
    [[nodiscard]] virtual std::optional<core::Entry> latest_entry(const EntryQuery& query) = 0;
    // The date of each of entries(query), in its order (a date once for each entry on it).
    [[nodiscard]] virtual std::vector<core::Date> entry_dates(const EntryQuery& query) = 0;
    // The days with at least one of entries(query), each once, in order.
    [[nodiscard]] virtual std::vector<core::Date> entry_days(const EntryQuery& query) = 0;
    // The weight entries up to `until` (every one without) as the weight trend reads them, in entries' order.
    [[nodiscard]] virtual std::vector<core::WeighIn> weigh_ins(std::optional<core::Date> until) = 0;
    // For each exercise, measure (reps or a hold) and load (none: 0 kg), the most reps or seconds of one
    // set on or before `until`, leaving out warm-ups and sets with neither reps nor a hold; a set with
    // reps is counted by them. Ordered by exercise id (byte by byte), reps before holds, then load.
    [[nodiscard]] virtual std::vector<ExerciseEffort> best_efforts(core::Date until) = 0;
    // For each day and kind with entries in entries(query), what they add up to (DailySum), by date and
    // then in the order of core::EntryKind: days' totals without reading their entries one by one.
    [[nodiscard]] virtual std::vector<DailySum> daily_sums(const EntryQuery& query) = 0;

    // The person's own exercises (core/program/own_exercise.hpp), oldest first; checked by core before
    // they are added. Not in the undo log (but those an import added are undone with it).
    [[nodiscard]] virtual std::vector<core::OwnExercise> own_exercises() = 0;
    virtual void add_own_exercise(const core::OwnExercise& own) = 0;
    virtual OwnExerciseRemoval remove_own_exercise(const std::string& id) = 0;

    // Reverts the last change (an add, edit, delete or whole import, with the check-ins it added) and says
    // what it was; none when there is nothing left to undo. Check-ins saved by save_checkin are not in
    // the undo log.
    virtual std::optional<std::string> undo() = 0;

    // Adds many entries and check-ins in one transaction, one step for undo. Entries keep their ids when
    // none is taken (else get new ids); a check-in is added only on a day without one (a stored check-in
    // is kept, as a stored profile is); the profile only when there is none yet; the own exercises as given
    // (the caller leaves out those already there).
    virtual ImportResult import(const std::vector<core::Entry>& entries,
                                const std::optional<core::Profile>& profile,
                                const std::vector<core::CheckinRecord>& checkins,
                                const std::vector<core::OwnExercise>& own_exercises = {}) = 0;

    // Keeps a check-in; a second one on the same day replaces the first (the latest decision stands).
    virtual void save_checkin(const core::CheckinRecord& checkin) = 0;
    // Every check-in, oldest first.
    [[nodiscard]] virtual std::vector<core::CheckinRecord> checkins() = 0;

    // The plan's swaps (core/program/alternatives.hpp): the planned exercise's id → the one done instead.
    [[nodiscard]] virtual std::map<std::string, std::string> plan_swaps() = 0;
    // Swaps a planned exercise (replacing an earlier swap of it).
    virtual void save_plan_swap(const std::string& exercise_id, const std::string& replacement_id) = 0;
    // False when the exercise was not swapped.
    virtual bool remove_plan_swap(const std::string& exercise_id) = 0;

    // A consistent copy of the whole database, taken while it may be in use.
    virtual void backup_to(const std::string& path) = 0;
};

// What a command opens the journal for (not who may: that is server::Access).
enum class OpenFor { read, write };

// Opens the journal at `location` (store/open.hpp): a SQLite file's path or a postgresql:// URL, as
// open_sqlite below says (a database that does not exist yet is created on the server by its administrator;
// hipfit creates its tables).
std::unique_ptr<Repository> open_repository(const std::string& location, OpenFor purpose,
                                            AccountId account = kLocalAccount);

// Opens the SQLite database at `path`. `write` creates it (and its folder) when missing; an older
// schema is upgraded on any open; `read` requires the file to exist. A database whose schema is newer
// than this hipfit knows is refused and left untouched (StoreError).
std::unique_ptr<Repository> open_sqlite(const std::string& path, OpenFor purpose,
                                        AccountId account = kLocalAccount);

}  // namespace hipfit::store
