// The one SQL interface the rows, the undo log and the accounts are written against, so that the same code
// runs on SQLite (a household's file) and on PostgreSQL (a hosted deployment). Statements are written with
// numbered parameters (?1, ?2 …) and always bound, never built from values; each backend translates them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hipfit::store::sql {

enum class Dialect { sqlite, postgresql };

// One prepared statement of a backend. Parameters and columns are numbered as in SQL: parameters from 1,
// columns from 0.
class Cursor {
  public:
    virtual ~Cursor() = default;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, std::int64_t value) = 0;
    virtual void bind(int index, std::string_view value) = 0;
    virtual void bind_null(int index) = 0;
    virtual void reset() = 0;
    virtual bool step() = 0;
    [[nodiscard]] virtual bool is_null(int column) const = 0;
    [[nodiscard]] virtual double column_double(int column) const = 0;
    [[nodiscard]] virtual std::int64_t column_int(int column) const = 0;
    [[nodiscard]] virtual std::string column_text(int column) const = 0;
};

// One connection, used by one thread at a time.
class Connection {
  public:
    virtual ~Connection() = default;
    [[nodiscard]] virtual Dialect dialect() const = 0;
    // Runs SQL with no parameters and no results (schema, transaction control).
    virtual void execute(std::string_view sql) = 0;
    [[nodiscard]] virtual std::unique_ptr<Cursor> prepare(std::string_view sql) = 0;
    // Rows changed by the last statement that ran.
    [[nodiscard]] virtual int changes() const = 0;
    // A transaction is open (SQLite may also have ended one by itself, after an I/O error).
    [[nodiscard]] virtual bool in_transaction() const = 0;

    // Transaction control, for sql::Transaction. begin() starts a transaction that may write.
    virtual void begin() = 0;
    virtual void commit() = 0;
    // Never throws: the connection ends up outside any transaction.
    virtual void rollback() noexcept = 0;

    // An entry stored under an id chosen by the caller (an import that keeps ids, an undo): ids handed
    // out later must come after it.
    virtual void explicit_entry_id_used(std::int64_t id) = 0;
};

class Statement {
  public:
    Statement(Connection& connection, std::string_view sql) : cursor_(connection.prepare(sql)) {}

    Statement& bind(int index, double value) {
        cursor_->bind(index, value);
        return *this;
    }
    Statement& bind(int index, std::int64_t value) {
        cursor_->bind(index, value);
        return *this;
    }
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value) {
        cursor_->bind(index, value);
        return *this;
    }
    Statement& bind_null(int index) {
        cursor_->bind_null(index);
        return *this;
    }
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // Clears the bindings and results so the statement can run again with new values.
    void reset() { cursor_->reset(); }
    // Advances to the next row; false when there are no more.
    bool step() { return cursor_->step(); }
    void run() { step(); }

    [[nodiscard]] bool is_null(int column) const { return cursor_->is_null(column); }
    [[nodiscard]] double column_double(int column) const { return cursor_->column_double(column); }
    [[nodiscard]] std::int64_t column_int(int column) const { return cursor_->column_int(column); }
    [[nodiscard]] std::string column_text(int column) const { return cursor_->column_text(column); }

  private:
    std::unique_ptr<Cursor> cursor_;
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
    bool done_ = false;
};

}  // namespace hipfit::store::sql
