#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "io/entry_json.hpp"
#include "store/entry_rows.hpp"
#include "store/errors.hpp"
#include "store/migrations.hpp"
#include "store/profile_rows.hpp"
#include "store/repository.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {
namespace {

class SqliteRepository final : public Repository {
  public:
    SqliteRepository(const std::string& path, Access access)
        : connection_(path, access == Access::write ? sqlite::OpenMode::read_write_create
                                                    : sqlite::OpenMode::existing) {
        if (access == Access::write) {
            // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
            connection_.execute("PRAGMA journal_mode = WAL");
            migrate(connection_);
        } else {
            refuse_newer_schema(connection_);
            schema_is_current_ = connection_.user_version() == latest_schema_version();
        }
    }

    std::optional<core::Profile> load_profile() override {
        if (!schema_is_current_)
            return std::nullopt;  // an empty or never-initialised database
        sqlite::Statement select(connection_, kSelectProfileSql);
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
        bind_profile(upsert, profile);
        upsert.run();
        transaction.commit();
    }

    std::int64_t add_entry(const core::Entry& entry) override {
        sqlite::Transaction transaction(connection_);
        const std::int64_t id = insert_entry(connection_, entry, 0);
        record_changes({{"add", id, std::nullopt}});
        transaction.commit();
        return id;
    }

    std::optional<core::Entry> find_entry(std::int64_t id) override {
        if (!schema_is_current_)
            return std::nullopt;
        return select_entry(connection_, id);
    }

    bool replace_entry(const core::Entry& entry) override {
        sqlite::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, entry.id);
        if (!before)
            return false;
        remove_entry(connection_, entry.id);
        insert_entry(connection_, entry, entry.id);
        record_changes({{"edit", entry.id, snapshot(*before)}});
        transaction.commit();
        return true;
    }

    bool delete_entry(std::int64_t id) override {
        sqlite::Transaction transaction(connection_);
        const std::optional<core::Entry> before = select_entry(connection_, id);
        if (!before)
            return false;
        remove_entry(connection_, id);
        record_changes({{"delete", id, snapshot(*before)}});
        transaction.commit();
        return true;
    }

    std::vector<core::Entry> entries(const EntryQuery& query) override {
        if (!schema_is_current_)
            return {};
        return select_entries(connection_, query);
    }

    std::optional<std::string> undo() override;

    std::size_t import(const std::vector<core::Entry>& entries,
                       const std::optional<core::Profile>& profile) override;

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
        sqlite::Statement insert(
            connection_, "INSERT INTO changes (batch, action, entry_id, before) VALUES (?1, ?2, ?3, ?4)");
        for (const Change& change : changes) {
            insert.reset();
            insert.bind(1, batch).bind(2, std::string_view(change.action)).bind(3, change.entry_id);
            insert.bind(4, change.before);
            insert.run();
        }
    }

    sqlite::Connection connection_;
    bool schema_is_current_ = true;
};

std::optional<std::string> SqliteRepository::undo() {
    sqlite::Transaction transaction(connection_);
    sqlite::Statement select(connection_,
                             "SELECT sequence, action, entry_id, before FROM changes "
                             "WHERE batch = (SELECT MAX(batch) FROM changes) ORDER BY sequence DESC");
    std::vector<Change> changes;
    while (select.step()) {
        changes.push_back(
            {select.column_text(1), select.column_int(2),
             select.is_null(3) ? std::nullopt : std::optional<std::string>(select.column_text(3))});
    }
    if (changes.empty())
        return std::nullopt;
    for (const Change& change : changes) {
        remove_entry(connection_, change.entry_id);
        if (change.before) {
            const core::Entry before =
                io::entry_from_json(nlohmann::json::parse(*change.before), "undo snapshot");
            insert_entry(connection_, before, change.entry_id);
        }
    }
    connection_.execute("DELETE FROM changes WHERE batch = (SELECT MAX(batch) FROM changes)");
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
        sqlite::Statement exists(connection_, "SELECT 1 FROM profile WHERE id = 1");
        if (!exists.step()) {
            sqlite::Statement upsert(connection_, kUpsertProfileSql);
            bind_profile(upsert, *profile);
            upsert.run();
        }
    }
    std::vector<Change> changes;
    for (const core::Entry& entry : entries) {
        const bool keep_id = entry.id > 0 && !entry_exists(connection_, entry.id);
        changes.push_back({"import", insert_entry(connection_, entry, keep_id ? entry.id : 0), std::nullopt});
    }
    if (!changes.empty())
        record_changes(changes);
    transaction.commit();
    return changes.size();
}

}  // namespace

std::unique_ptr<Repository> open_sqlite(const std::string& path, Access access) {
    namespace fs = std::filesystem;
    if (access == Access::read && !fs::exists(path)) {
        throw StoreError(fmt::format("no database at {}", path));
    }
    if (access == Access::write) {
        const fs::path folder = fs::path(path).parent_path();
        std::error_code error;
        if (!folder.empty())
            fs::create_directories(folder, error);
        if (error)
            throw StoreError(fmt::format("cannot create folder {}: {}", folder.string(), error.message()));
    }
    // Reading an older database upgrades it first, so that every reader sees the current schema.
    if (access == Access::read) {
        sqlite::Connection peek(path, sqlite::OpenMode::existing);
        refuse_newer_schema(peek);
        const int version = peek.user_version();
        if (version > 0 && version < latest_schema_version())
            access = Access::write;
    }
    return std::make_unique<SqliteRepository>(path, access);
}

}  // namespace hipfit::store
