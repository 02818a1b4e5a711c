#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/errors.hpp"
#include "io/entry_json.hpp"
#include "store/account_versions.hpp"
#include "store/checkin_rows.hpp"
#include "store/database_copy.hpp"
#include "store/entry_rows.hpp"
#include "store/errors.hpp"
#include "store/own_exercise_rows.hpp"
#include "store/profile_rows.hpp"
#include "store/sql_repository.hpp"
#include "store/undo_log.hpp"

namespace hipfit::store {
namespace {

class SqlRepository final : public Repository {
  public:
    // `connection` is shared with the caller (the server's Database) or owned alone (open_repository).
    SqlRepository(std::shared_ptr<sql::Connection> connection, AccountId account, bool schema_is_current)
        : owned_(std::move(connection)),
          connection_(*owned_),
          account_(account),
          schema_is_current_(schema_is_current) {}

    std::optional<core::Profile> load_profile() override {
        if (!schema_is_current_)
            return std::nullopt;  // an empty or never-initialised database
        sql::Statement select(connection_, kSelectProfileSql);
        select.bind(1, account_);
        if (!select.step())
            return std::nullopt;
        try {
            return profile_from_row(select);
        } catch (const core::InvalidInput& error) {
            throw StoreError(fmt::format("the stored profile is damaged ({})", error.what()));
        }
    }

    void save_profile(const core::Profile& profile) override {
        sql::Transaction transaction(connection_);
        sql::Statement upsert(connection_, kUpsertProfileSql);
        bind_profile(upsert, account_, profile);
        upsert.run();
        count_change(connection_, account_);
        transaction.commit();
    }

    std::int64_t add_entry(const core::Entry& entry) override {
        sql::Transaction transaction(connection_);
        const std::int64_t id = insert_entry(connection_, account_, entry, 0);
        record_changes({{"add", id, std::nullopt}});
        count_change(connection_, account_, reach_of(entry.kind));
        transaction.commit();
        return id;
    }

    std::optional<core::Entry> find_entry(std::int64_t id) override {
        if (!schema_is_current_)
            return std::nullopt;
        return select_entry(connection_, account_, id);
    }

    bool replace_entry(const core::Entry& entry) override {
        sql::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, account_, entry.id);
        if (!before)
            return false;
        remove_entry(connection_, account_, entry.id);
        insert_entry(connection_, account_, entry, entry.id);
        record_changes({{"edit", entry.id, snapshot(*before)}});
        count_change(connection_, account_,
                     std::max(reach_of(before->kind), reach_of(entry.kind)));  // a workout before or after
        transaction.commit();
        return true;
    }

    bool delete_entry(std::int64_t id) override {
        sql::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, account_, id);
        if (!before)
            return false;
        remove_entry(connection_, account_, id);
        record_changes({{"delete", id, snapshot(*before)}});
        count_change(connection_, account_, reach_of(before->kind));
        transaction.commit();
        return true;
    }

    std::vector<core::Entry> entries(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_entries(connection_, account_, query);
    }

    std::optional<core::Entry> latest_entry(const EntryQuery& query) override {
        if (!schema_is_current_)
            return std::nullopt;
        return select_latest_entry(connection_, account_, query);
    }

    std::vector<core::Date> entry_dates(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_entry_dates(connection_, account_, query, EachDate::entry);
    }

    std::vector<core::Date> entry_days(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_entry_dates(connection_, account_, query, EachDate::day);
    }

    std::vector<core::WeighIn> weigh_ins(std::optional<core::Date> until) override {
        if (!schema_is_current_)
            return {};
        return select_weigh_ins(connection_, account_, until);
    }

    std::vector<ExerciseEffort> best_efforts(core::Date until) override {
        if (!schema_is_current_)
            return {};
        return select_best_efforts(connection_, account_, until);
    }

    std::vector<DailySum> daily_sums(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_daily_sums(connection_, account_, query);
    }

    std::vector<core::OwnExercise> own_exercises() override {
        if (!schema_is_current_)
            return {};
        return select_own_exercises(connection_, account_);
    }

    void add_own_exercise(const core::OwnExercise& own) override {
        sql::Transaction transaction(connection_);
        insert_own_exercise(connection_, account_, own);
        count_change(connection_, account_);
        transaction.commit();
    }

    OwnExerciseRemoval remove_own_exercise(const std::string& id) override {
        sql::Transaction transaction(connection_);
        OwnExerciseRemoval removal;
        const std::vector<core::OwnExercise> own = select_own_exercises(connection_, account_);
        removal.found =
            std::any_of(own.begin(), own.end(), [&](const core::OwnExercise& o) { return o.id == id; });
        if (removal.found)
            removal.logged_sets = count_sets_of(connection_, account_, id);
        if (removal.removed()) {
            delete_own_exercise(connection_, account_, id);
            count_change(connection_, account_);
        }
        transaction.commit();
        return removal;
    }

    std::optional<std::string> undo() override;

    ImportResult import(const std::vector<core::Entry>& entries, const std::optional<core::Profile>& profile,
                        const std::vector<core::CheckinRecord>& checkins,
                        const std::vector<core::OwnExercise>& own_exercises) override;

    void save_checkin(const core::CheckinRecord& checkin) override {
        sql::Transaction transaction(connection_);
        upsert_checkin(connection_, account_, checkin);
        count_change(connection_, account_);
        transaction.commit();
    }

    std::vector<core::CheckinRecord> checkins() override {
        if (!schema_is_current_)
            return {};
        return select_checkins(connection_, account_);
    }

    std::map<std::string, std::string> plan_swaps() override {
        std::map<std::string, std::string> swaps;
        if (!schema_is_current_)
            return swaps;
        sql::Statement select(connection_,
                              "SELECT exercise_id, replacement_id FROM plan_swaps WHERE account_id = ?1");
        select.bind(1, account_);
        while (select.step()) swaps[select.column_text(0)] = select.column_text(1);
        return swaps;
    }

    void save_plan_swap(const std::string& exercise_id, const std::string& replacement_id) override {
        sql::Transaction transaction(connection_);
        sql::Statement upsert(
            connection_,
            "INSERT INTO plan_swaps (account_id, exercise_id, replacement_id) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (account_id, exercise_id) DO UPDATE SET replacement_id = ?3");
        upsert.bind(1, account_)
            .bind(2, std::string_view(exercise_id))
            .bind(3, std::string_view(replacement_id));
        upsert.run();
        count_change(connection_, account_);
        transaction.commit();
    }

    bool remove_plan_swap(const std::string& exercise_id) override {
        sql::Transaction transaction(connection_);
        sql::Statement remove(connection_,
                              "DELETE FROM plan_swaps WHERE account_id = ?1 AND exercise_id = ?2");
        remove.bind(1, account_).bind(2, std::string_view(exercise_id));
        remove.run();
        const bool removed = connection_.changes() > 0;
        if (removed)
            count_change(connection_, account_);
        transaction.commit();
        return removed;
    }

    void backup_to(const std::string& path) override { copy_whole_database(connection_, path); }

  private:
    static std::string snapshot(const core::Entry& entry) { return io::to_json(entry).dump(); }

    // The changes of one command form one batch, undone together.
    void record_changes(const std::vector<EntryChange>& changes) {
        record_entry_changes(connection_, account_, next_batch(connection_), changes);
    }

    std::shared_ptr<sql::Connection> owned_;
    sql::Connection& connection_;
    AccountId account_;
    bool schema_is_current_;
};

std::optional<std::string> SqlRepository::undo() {
    sql::Transaction transaction(connection_);
    std::optional<std::string> undone = undo_latest_batch(connection_, account_);
    if (undone)
        count_change(connection_, account_);
    transaction.commit();
    return undone;
}

ImportResult SqlRepository::import(const std::vector<core::Entry>& entries,
                                   const std::optional<core::Profile>& profile,
                                   const std::vector<core::CheckinRecord>& checkins,
                                   const std::vector<core::OwnExercise>& own_exercises) {
    sql::Transaction transaction(connection_);
    std::vector<std::string> own_ids;
    for (const core::OwnExercise& own : own_exercises) {
        insert_own_exercise(connection_, account_, own);
        own_ids.push_back(own.id);
    }
    if (profile) {
        sql::Statement exists(connection_, "SELECT 1 FROM profiles WHERE account_id = ?1");
        exists.bind(1, account_);
        if (!exists.step()) {
            sql::Statement upsert(connection_, kUpsertProfileSql);
            bind_profile(upsert, account_, *profile);
            upsert.run();
        }
    }
    std::vector<EntryChange> changes;
    for (const core::Entry& entry : entries) {
        const bool keep_id = entry.id > 0 && !entry_exists(connection_, entry.id);
        changes.push_back(
            {"import", insert_entry(connection_, account_, entry, keep_id ? entry.id : 0), std::nullopt});
    }
    ImportResult result;
    std::vector<core::CheckinRecord> added;
    for (const core::CheckinRecord& checkin : checkins) {
        if (insert_checkin_if_free(connection_, account_, checkin)) {
            added.push_back(checkin);
        } else {
            result.checkins_kept.push_back(checkin.date);
        }
    }
    const std::int64_t batch = next_batch(connection_);
    record_entry_changes(connection_, account_, batch, changes);
    record_added_checkins(connection_, account_, batch, added);
    record_added_own_exercises(connection_, account_, batch, own_ids);
    count_change(connection_, account_);
    transaction.commit();
    result.own_exercises = own_ids.size();
    result.entries = changes.size();
    result.checkins = added.size();
    return result;
}

}  // namespace

std::unique_ptr<Repository> make_repository(std::shared_ptr<sql::Connection> connection, AccountId account,
                                            bool schema_is_current) {
    return std::make_unique<SqlRepository>(std::move(connection), account, schema_is_current);
}

}  // namespace hipfit::store
