#include "tests/server/e2e/stored_entries.hpp"

#include <sqlite3.h>

#include <functional>
#include <stdexcept>

namespace hipfit::testing {
namespace {

// Runs one query and calls `row` for each result row.
void query(const std::string& database, const char* sql, const std::function<void(sqlite3_stmt*)>& row) {
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(database.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string message = connection ? sqlite3_errmsg(connection) : "out of memory";
        sqlite3_close(connection);
        throw std::runtime_error("cannot open " + database + ": " + message);
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(connection);
        sqlite3_close(connection);
        throw std::runtime_error(std::string("cannot prepare ") + sql + ": " + message);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) row(statement);
    const std::string message = sqlite3_errmsg(connection);
    sqlite3_finalize(statement);
    sqlite3_close(connection);
    if (step != SQLITE_DONE)
        throw std::runtime_error(std::string("cannot run ") + sql + ": " + message);
}

std::string text(sqlite3_stmt* statement, int column) {
    const unsigned char* value = sqlite3_column_text(statement, column);
    return value == nullptr ? "" : reinterpret_cast<const char*>(value);
}

}  // namespace

std::vector<StoredEntry> stored_entries(const std::string& database) {
    std::vector<StoredEntry> entries;
    query(database, "SELECT id, account_id, kind, note FROM entries ORDER BY id", [&](sqlite3_stmt* row) {
        entries.push_back(
            {sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1), text(row, 2), text(row, 3)});
    });
    return entries;
}

std::string integrity_check(const std::string& database) {
    std::string result;
    query(database, "PRAGMA integrity_check",
          [&](sqlite3_stmt* row) { result += (result.empty() ? "" : "\n") + text(row, 0); });
    return result;
}

WriteLock::WriteLock(const std::string& database) {
    if (sqlite3_open_v2(database.c_str(), &connection_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(connection_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const std::string message = connection_ ? sqlite3_errmsg(connection_) : "out of memory";
        sqlite3_close(connection_);
        throw std::runtime_error("cannot lock " + database + ": " + message);
    }
}

WriteLock::~WriteLock() {
    release();
}

void WriteLock::release() {
    if (connection_ == nullptr)
        return;
    sqlite3_exec(connection_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(connection_);
    connection_ = nullptr;
}

}  // namespace hipfit::testing
