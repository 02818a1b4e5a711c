#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "io/entry_json.hpp"
#include "store/checkin_rows.hpp"
#include "store/entry_rows.hpp"
#include "store/errors.hpp"
#include "store/migrations.hpp"
#include "store/profile_rows.hpp"
#include "store/sqlite.hpp"
#include "store/sqlite_repository.hpp"

namespace hipfit::store {
namespace {

class SqliteRepository final : public Repository {
  public:
    // `connection` is shared with the caller (the server's Database) or owned alone (open_sqlite).
    SqliteRepository(std::shared_ptr<sqlite::Connection> connection, AccountId account,
                     bool schema_is_current)
        : owned_(std::move(connection)),
          connection_(*owned_),
          account_(account),
          schema_is_current_(schema_is_current) {}

    std::optional<core::Profile> load_profile() override {
        if (!schema_is_current_)
            return std::nullopt;  // an empty or never-initialised database
        sqlite::Statement select(connection_, kSelectProfileSql);
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
        sqlite::Transaction transaction(connection_);
        sqlite::Statement upsert(connection_, kUpsertProfileSql);
        bind_profile(upsert, account_, profile);
        upsert.run();
        transaction.commit();
    }

    std::int64_t add_entry(const core::Entry& entry) override {
        sqlite::Transaction transaction(connection_);
        const std::int64_t id = insert_entry(connection_, account_, entry, 0);
        record_changes({{"add", id, std::nullopt}});
        transaction.commit();
        return id;
    }

    std::optional<core::Entry> find_entry(std::int64_t id) override {
        if (!schema_is_current_)
            return std::nullopt;
        return select_entry(connection_, account_, id);
    }

    bool replace_entry(const core::Entry& entry) override {
        sqlite::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, account_, entry.id);
        if (!before)
            return false;
        remove_entry(connection_, account_, entry.id);
        insert_entry(connection_, account_, entry, entry.id);
        record_changes({{"edit", entry.id, snapshot(*before)}});
        transaction.commit();
        return true;
    }

    bool delete_entry(std::int64_t id) override {
        sqlite::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, account_, id);
        if (!before)
            return false;
        remove_entry(connection_, account_, id);
        record_changes({{"delete", id, snapshot(*before)}});
        transaction.commit();
        return true;
    }

    std::vector<core::Entry> entries(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_entries(connection_, account_, query);
    }

    std::optional<std::string> undo() override;

    std::size_t import(const std::vector<core::Entry>& entries,
                       const std::optional<core::Profile>& profile) override;

    void save_checkin(const core::CheckinRecord& checkin) override {
        sqlite::Transaction transaction(connection_);
        upsert_checkin(connection_, account_, checkin);
        transaction.commit();
    }

    std::vector<core::CheckinRecord> checkins() override {
        if (!schema_is_current_)
            return {};
        return select_checkins(connection_, account_);
    }

    void backup_to(const std::string& path) override { connection_.backup_to(path); }

  private:
    struct Change {
        std::string action;
        std::int64_t entry_id;
        std::optional<std::string> before;  // the entry as it was, for edit and delete
    };

    static std::string snapshot(const core::Entry& entry) { return io::to_json(entry).dump(); }

    // The changes of one command form one batch, undone together.
    void record_changes(const std::vector<Change>& changes) {
        sqlite::Statement next(connection_, "SELECT COALESCE(MAX(batch), 0) + 1 FROM changes");
        next.step();
        const std::int64_t batch = next.column_int(0);
        sqlite::Statement insert(connection_,
                                 "INSERT INTO changes (batch, action, entry_id, before, account_id) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const Change& change : changes) {
            insert.reset();
            insert.bind(1, batch).bind(2, std::string_view(change.action)).bind(3, change.entry_id);
            insert.bind(4, change.before).bind(5, account_);
            insert.run();
        }
    }

    std::shared_ptr<sqlite::Connection> owned_;
    sqlite::Connection& connection_;
    AccountId account_;
    bool schema_is_current_;
};

std::optional<std::string> SqliteRepository::undo() {
    sqlite::Transaction transaction(connection_);
    sqlite::Statement select(connection_,
                             "SELECT sequence, action, entry_id, before FROM changes WHERE account_id = ?1 "
                             "AND batch = (SELECT MAX(batch) FROM changes WHERE account_id = ?1) "
                             "ORDER BY sequence DESC");
    select.bind(1, account_);
    std::vector<Change> changes;
    while (select.step()) {
        changes.push_back(
            {select.column_text(1), select.column_int(2),
             select.is_null(3) ? std::nullopt : std::optional<std::string>(select.column_text(3))});
    }
    if (changes.empty())
        return std::nullopt;
    for (const Change& change : changes) {
        remove_entry(connection_, account_, change.entry_id);
        if (change.before) {
            const core::Entry before =
                io::entry_from_json(nlohmann::json::parse(*change.before), "undo snapshot");
            // Ids are shared by every account and reused after a delete: when another account has
            // taken this one meanwhile, the entry comes back under a new id.
            insert_entry(connection_, account_, before,
                         entry_exists(connection_, change.entry_id) ? 0 : change.entry_id);
        }
    }
    sqlite::Statement forget(connection_,
                             "DELETE FROM changes WHERE account_id = ?1 AND "
                             "batch = (SELECT MAX(batch) FROM changes WHERE account_id = ?1)");
    forget.bind(1, account_).run();
    transaction.commit();
    const Change& first = changes.back();
    if (first.action == "import")
        return fmt::format("an import of {} entr{}", changes.size(), changes.size() == 1 ? "y" : "ies");
    if (first.action == "add")
        return fmt::format("adding entry {}", first.entry_id);
    if (first.action == "edit")
        return fmt::format("editing entry {}", first.entry_id);
    return fmt::format("deleting entry {}", first.entry_id);
}

std::size_t SqliteRepository::import(const std::vector<core::Entry>& entries,
                                     const std::optional<core::Profile>& profile) {
    sqlite::Transaction transaction(connection_);
    if (profile) {
        sqlite::Statement exists(connection_, "SELECT 1 FROM profiles WHERE account_id = ?1");
        exists.bind(1, account_);
        if (!exists.step()) {
            sqlite::Statement upsert(connection_, kUpsertProfileSql);
            bind_profile(upsert, account_, *profile);
            upsert.run();
        }
    }
    std::vector<Change> changes;
    for (const core::Entry& entry : entries) {
        const bool keep_id = entry.id > 0 && !entry_exists(connection_, entry.id);
        changes.push_back(
            {"import", insert_entry(connection_, account_, entry, keep_id ? entry.id : 0), std::nullopt});
    }
    if (!changes.empty())
        record_changes(changes);
    transaction.commit();
    return changes.size();
}

}  // namespace

std::unique_ptr<Repository> make_repository(std::shared_ptr<sqlite::Connection> connection,
                                            AccountId account) {
    return std::make_unique<SqliteRepository>(std::move(connection), account, true);
}

std::shared_ptr<sqlite::Connection> open_connection_for_writing(const std::string& path) {
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (!folder.empty())
        std::filesystem::create_directories(folder, error);
    if (error)
        throw StoreError(fmt::format("cannot create folder {}: {}", folder.string(), error.message()));
    auto connection = std::make_shared<sqlite::Connection>(path, sqlite::OpenMode::read_write_create);
    prepare_for_writing(*connection);
    return connection;
}

std::unique_ptr<Repository> open_sqlite(const std::string& path, Access access, AccountId account) {
    if (access == Access::read && !std::filesystem::exists(path)) {
        throw StoreError(fmt::format("no database at {}", path));
    }
    // Reading an older database upgrades it first, so that every reader sees the current schema.
    if (access == Access::read) {
        sqlite::Connection peek(path, sqlite::OpenMode::existing);
        refuse_newer_schema(peek);
        const int version = peek.user_version();
        if (version > 0 && version < latest_schema_version())
            access = Access::write;
    }
    if (access == Access::write)
        return make_repository(open_connection_for_writing(path), account);
    auto connection = std::make_shared<sqlite::Connection>(path, sqlite::OpenMode::existing);
    refuse_newer_schema(*connection);
    const bool schema_is_current = connection->user_version() == latest_schema_version();
    return std::make_unique<SqliteRepository>(std::move(connection), account, schema_is_current);
}

}  // namespace hipfit::store
