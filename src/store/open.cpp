#include "store/open.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "store/errors.hpp"
#include "store/migrations.hpp"
#include "store/postgresql.hpp"
#include "store/postgresql_migrations.hpp"
#include "store/repository.hpp"
#include "store/sql_repository.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {
namespace {

std::shared_ptr<sql::Connection> open_sqlite_for_writing(const std::string& path) {
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

std::shared_ptr<sql::Connection> open_postgresql_for_writing(const std::string& url) {
    auto connection = std::make_shared<postgresql::Connection>(url);
    postgresql::migrate(*connection);
    return connection;
}

std::unique_ptr<Repository> open_postgresql(const std::string& url, OpenFor purpose, AccountId account) {
    auto connection = std::make_shared<postgresql::Connection>(url);
    const int version = postgresql::schema_version(*connection);
    postgresql::refuse_newer_schema(version);
    // Reading an older database upgrades it first, as on SQLite; an empty one is read as empty.
    if (purpose == OpenFor::write || (version > 0 && version < postgresql::latest_schema_version())) {
        postgresql::migrate(*connection);
        return make_repository(std::move(connection), account);
    }
    return make_repository(std::move(connection), account, version == postgresql::latest_schema_version());
}

}  // namespace

bool is_postgresql_location(std::string_view location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string printable_location(std::string_view location) {
    if (!is_postgresql_location(location))
        return std::string(location);
    // postgresql://user:password@host/db → postgresql://user@host/db
    const std::size_t scheme_end = location.find("://") + 3;
    const std::size_t at = location.find('@', scheme_end);
    const std::size_t colon = location.find(':', scheme_end);
    if (at == std::string_view::npos || colon == std::string_view::npos || colon > at)
        return std::string(location);
    return std::string(location.substr(0, colon)) + std::string(location.substr(at));
}

std::shared_ptr<sql::Connection> open_connection_for_writing(const std::string& location) {
    return is_postgresql_location(location) ? open_postgresql_for_writing(location)
                                            : open_sqlite_for_writing(location);
}

std::unique_ptr<Repository> open_repository(const std::string& location, OpenFor purpose, AccountId account) {
    return is_postgresql_location(location) ? open_postgresql(location, purpose, account)
                                            : open_sqlite(location, purpose, account);
}

std::unique_ptr<Repository> open_sqlite(const std::string& path, OpenFor purpose, AccountId account) {
    if (purpose == OpenFor::read && !std::filesystem::exists(path)) {
        throw StoreError(fmt::format("no database at {}", path));
    }
    if (purpose == OpenFor::read) {
        auto connection = std::make_shared<sqlite::Connection>(path, sqlite::OpenMode::existing);
        refuse_newer_schema(*connection);
        const int version = connection->user_version();
        // The connection that read the version reads the journal: a second open made the files of the
        // write-ahead log and removed them again, and read the schema again, for every command.
        if (version == 0 || version == latest_schema_version())
            return make_repository(std::move(connection), account, version == latest_schema_version());
        // Reading an older database upgrades it first, so that every reader sees the current schema.
    }
    return make_repository(open_sqlite_for_writing(path), account);
}

}  // namespace hipfit::store
