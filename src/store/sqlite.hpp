// A thin RAII layer over the SQLite C API: a connection, prepared statements with bound
// parameters (never SQL built from values), and transactions.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hipfit::store::sqlite {

// existing: the file must exist and is never created. It is still opened for writing, because a reader
// may have to recover a write-ahead log left by a process that was killed, and that recovery writes
// (a read-only connection fails with "attempt to write a readonly database"). hipfit's readers never
// write anything else.
enum class OpenMode { existing, read_write_create };

class Connection {
  public:
    Connection(const std::string& path, OpenMode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs SQL with no parameters and no results (schema, pragmas, transaction control).
    void execute(std::string_view sql);
    [[nodiscard]] int user_version();
    [[nodiscard]] std::int64_t last_insert_id() const;
    [[nodiscard]] int changes() const;  // rows changed by the last statement
    // Changes when another connection commits (PRAGMA data_version).
    [[nodiscard]] std::int64_t data_version();
    // A transaction is open (SQLite may also have ended one by itself, after an I/O error).
    [[nodiscard]] bool in_transaction() const;
    // Rows this connection has changed since it opened.
    [[nodiscard]] std::int64_t total_changes() const;
    // A consistent online copy of the whole database (SQLite's backup API).
    void backup_to(const std::string& path);
    [[nodiscard]] sqlite3* handle() const { return db_; }

  private:
    sqlite3* db_ = nullptr;
};

class Statement {
  public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind_null(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // Clears the bindings' results so the statement can run again with new values.
    void reset();

    // Advances to the next row; false when there are no more.
    bool step();
    void run() { step(); }

    [[nodiscard]] bool is_null(int column) const;
    [[nodiscard]] double column_double(int column) const;
    [[nodiscard]] std::int64_t column_int(int column) const;
    [[nodiscard]] std::string column_text(int column) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// Commits on commit(); rolls back if destroyed before, so an exception leaves nothing written. Inside
// another transaction on the same connection it is a savepoint: committing it releases the savepoint,
// and only the outer transaction's commit makes it durable.
class Transaction {
  public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Connection& connection_;
    bool nested_;
    std::unique_lock<std::mutex> writer_;
    bool done_ = false;
};

}  // namespace hipfit::store::sqlite
