// hipfit backup FILE: a consistent copy of the whole database as a SQLite file, taken with SQLite's online
// backup API (from PostgreSQL, in one read-only snapshot), so it may run while other hipfit processes read
// or write. Written to a temporary name and then renamed:
// a failed backup leaves nothing behind.
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "store/open.hpp"

namespace hipfit::cli {

namespace fs = std::filesystem;

namespace {

struct BackupOptions {
    std::string file;
    bool force = false;
};

void check_target(const BackupOptions& options, const std::string& database) {
    const bool file = !store::is_postgresql_location(database);
    if (file && !fs::exists(database))
        throw core::InvalidInput("--db", fmt::format("no database at {}: nothing to back up", database));
    std::error_code error;
    if (fs::exists(options.file, error)) {
        if (file && fs::equivalent(options.file, database, error))
            throw core::InvalidInput("FILE", fmt::format("FILE: {} is the database itself", options.file));
        if (!options.force) {
            throw core::InvalidInput(
                "FILE", fmt::format("FILE: {} exists already; give --force to replace it", options.file));
        }
    }
    const fs::path folder = fs::path(options.file).parent_path();
    if (!folder.empty() && !fs::is_directory(folder, error))
        throw core::InvalidInput("FILE", fmt::format("FILE: there is no folder {}", folder.string()));
}

void remove_copy(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(path + suffix, ignored);
}

int backup(const BackupOptions& options, const GlobalOptions& global, Environment& environment) {
    const std::string database = database_location(global.db, environment);
    check_target(options, database);
    const std::string temporary = options.file + ".hipfit-tmp";
    remove_copy(temporary);
    try {
        open_journal_for_reading(global, environment)->backup_to(temporary);
        std::error_code error;
        fs::rename(temporary, options.file, error);
        if (error) {
            throw core::InvalidInput("FILE",
                                     fmt::format("FILE: cannot write {}: {}", options.file, error.message()));
        }
    } catch (...) {
        remove_copy(temporary);
        throw;
    }
    fmt::print(environment.console.out, "Backed up {} to {}.\n", store::printable_location(database),
               options.file);
    return kExitOk;
}

}  // namespace

Action declare_backup(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<BackupOptions>();
    app.add_option("FILE", options->file, "Where to write the copy")->required();
    app.add_flag("--force", options->force, "Replace FILE if it exists");
    return [options, &global, &environment] { return backup(*options, global, environment); };
}

}  // namespace hipfit::cli
