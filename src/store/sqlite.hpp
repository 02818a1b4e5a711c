// The SQLite backend of store::sql: a connection over the SQLite C API, its prepared statements, and its
// transactions (writers of one process take turns before they ask SQLite).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sql.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace hipfit::store::sqlite {

// existing: the file must exist and is never created. It is still opened for writing, because a reader
// may have to recover a write-ahead log left by a process that was killed, and that recovery writes
// (a read-only connection fails with "attempt to write a readonly database"). hipfit's readers never
// write anything else.
enum class OpenMode { existing, read_write_create };

class Connection final : public sql::Connection {
  public:
    Connection(const std::string& path, OpenMode mode);
    ~Connection() override;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] sql::Dialect dialect() const override { return sql::Dialect::sqlite; }
    void execute(std::string_view sql) override;
    [[nodiscard]] std::unique_ptr<sql::Cursor> prepare(std::string_view sql) override;
    [[nodiscard]] int changes() const override;
    [[nodiscard]] bool in_transaction() const override;
    void begin() override;
    void commit() override;
    void rollback() noexcept override;
    // SQLite hands out the next rowid after the largest one by itself.
    void explicit_entry_id_used(std::int64_t) override {}

    [[nodiscard]] int user_version();
    // Changes when another connection commits (PRAGMA data_version).
    [[nodiscard]] std::int64_t data_version();
    // Rows this connection has changed since it opened.
    [[nodiscard]] std::int64_t total_changes() const;
    // A consistent online copy of the whole database (SQLite's backup API).
    void backup_to(const std::string& path);

    // A statement prepared earlier for this SQL, reset, or null (sqlite.cpp: StatementShelf).
    [[nodiscard]] sqlite3_stmt* take_prepared(std::string_view sql);
    // Keeps a finished statement for the next use of its SQL, or finalizes it when the shelf is full.
    void put_back(std::string sql, sqlite3_stmt* statement) noexcept;

  private:
    sqlite3* db_ = nullptr;
    // Prepared statements by their SQL, reset, for the next cursor over the same SQL: parsing and
    // planning a statement cost more than running most of hipfit's (docs/performance.md).
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept {
            return std::hash<std::string_view>{}(sql);
        }
    };
    std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> shelf_;
    // Held from begin() to the end of the transaction: the process's writers take turns (sqlite.cpp).
    std::unique_lock<std::mutex> writer_;
};

}  // namespace hipfit::store::sqlite
