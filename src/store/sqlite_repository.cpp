#include <filesystem>

#include <fmt/format.h>

#include "core/errors.hpp"
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
                                                    : sqlite::OpenMode::read_only) {
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

  private:
    sqlite::Connection connection_;
    bool schema_is_current_ = true;
};

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
    return std::make_unique<SqliteRepository>(path, access);
}

}  // namespace hipfit::store
