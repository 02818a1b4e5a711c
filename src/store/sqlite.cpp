#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include "store/errors.hpp"

namespace hipfit::store::sqlite {
namespace {

// How long a writer waits for another process's lock before giving up (ms).
constexpr int kBusyTimeoutMs = 5000;

// The statements a connection keeps prepared. hipfit has some dozens of distinct queries; a query whose
// text is built from its arguments could otherwise fill memory, so past this many a statement is
// finalized after use instead.
constexpr std::size_t kShelfSize = 128;

// Before the first connection: SQLite then counts no memory use, which it does under one lock for the
// whole process on every allocation, and server threads reading at once waited on it.
void configure_sqlite_once() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // refused only if SQLite already started: harmless
        return true;
    }();
    (void)configured;
}

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    const std::string message = fmt::format("{}: {}", what, db ? sqlite3_errmsg(db) : "out of memory");
    if (db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_BUSY)
        throw StoreBusy(message);
    throw StoreError(message);
}

}  // namespace

Connection::Connection(const std::string& path, OpenMode mode) {
    configure_sqlite_once();
    const int flags =
        mode == OpenMode::existing ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string message =
            fmt::format("cannot open database {}: {}", path, db_ ? sqlite3_errmsg(db_) : "out of memory");
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    execute("PRAGMA foreign_keys = ON");
}

Connection::~Connection() {
    rollback();
    for (auto& [sql, statement] : shelf_) sqlite3_finalize(statement);
    sqlite3_close(db_);
}

sqlite3_stmt* Connection::take_prepared(std::string_view sql) {
    const auto kept = shelf_.find(sql);
    if (kept == shelf_.end())
        return nullptr;
    sqlite3_stmt* statement = kept->second;
    shelf_.erase(kept);  // a second cursor over the same SQL, open meanwhile, prepares its own
    return statement;
}

void Connection::put_back(std::string sql, sqlite3_stmt* statement) noexcept {
    if (statement == nullptr)  // SQL of only a comment or spaces prepares to nothing
        return;
    // Reset, it holds no read transaction open (which would keep the write-ahead log from being
    // checkpointed) and no values bound.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    try {
        // Kept unless the shelf is full or holds one for this SQL already (a second cursor's).
        if (shelf_.size() < kShelfSize && shelf_.try_emplace(std::move(sql), statement).second)
            return;
    } catch (...) {  // no memory for the shelf's entry: finalized like one not kept
    }
    sqlite3_finalize(statement);
}

void Connection::execute(std::string_view sql) {
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db_, "database error");
}

int Connection::user_version() {
    sql::Statement statement(*this, "PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.column_int(0));
}

int Connection::changes() const {
    return sqlite3_changes(db_);
}

std::int64_t Connection::data_version() {
    sql::Statement statement(*this, "PRAGMA data_version");
    statement.step();
    return statement.column_int(0);
}

std::int64_t Connection::total_changes() const {
    return sqlite3_total_changes64(db_);
}

void Connection::backup_to(const std::string& path) {
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(path.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const std::string message =
            fmt::format("cannot create {}: {}", path, target ? sqlite3_errmsg(target) : "");
        sqlite3_close(target);
        throw StoreError(message);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", db_, "main");
    int status = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    if (backup)
        sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE) {
        const std::string message = fmt::format("backup to {} failed: {}", path, sqlite3_errmsg(target));
        sqlite3_close(target);
        throw StoreError(message);
    }
    sqlite3_close(target);
}

namespace {

class SqliteCursor final : public sql::Cursor {
  public:
    SqliteCursor(Connection& connection, sqlite3* db, std::string_view sql)
        : connection_(connection), db_(db), sql_(sql), statement_(connection.take_prepared(sql)) {
        if (statement_ == nullptr && sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()),
                                                        &statement_, nullptr) != SQLITE_OK) {
            fail(db_, "database error");
        }
    }
    ~SqliteCursor() override { connection_.put_back(std::move(sql_), statement_); }
    SqliteCursor(const SqliteCursor&) = delete;
    SqliteCursor& operator=(const SqliteCursor&) = delete;

    void bind(int index, double value) override { check(sqlite3_bind_double(statement_, index, value)); }
    void bind(int index, std::int64_t value) override { check(sqlite3_bind_int64(statement_, index, value)); }
    void bind(int index, std::string_view value) override {
        check(sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()),
                                SQLITE_TRANSIENT));
    }
    void bind_null(int index) override { check(sqlite3_bind_null(statement_, index)); }

    void reset() override {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }

    bool step() override {
        const int status = sqlite3_step(statement_);
        if (status == SQLITE_ROW)
            return true;
        if (status == SQLITE_DONE)
            return false;
        fail(db_, "database error");
    }

    [[nodiscard]] bool is_null(int column) const override {
        return sqlite3_column_type(statement_, column) == SQLITE_NULL;
    }
    [[nodiscard]] double column_double(int column) const override {
        return sqlite3_column_double(statement_, column);
    }
    [[nodiscard]] std::int64_t column_int(int column) const override {
        return sqlite3_column_int64(statement_, column);
    }
    [[nodiscard]] std::string column_text(int column) const override {
        const auto* text = sqlite3_column_text(statement_, column);
        return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
    }

  private:
    void check(int status) const {
        if (status != SQLITE_OK)
            fail(db_, "database error");
    }

    Connection& connection_;
    sqlite3* db_;
    std::string sql_;
    sqlite3_stmt* statement_ = nullptr;
};

}  // namespace

std::unique_ptr<sql::Cursor> Connection::prepare(std::string_view sql) {
    return std::make_unique<SqliteCursor>(*this, db_, sql);
}

namespace {

// Threads of one process take turns to write before they ask SQLite: SQLite's busy handler waits by
// sleeping (a millisecond and more), which would cap a server's writes at a few hundred a second.
// Other processes still meet the busy timeout.
std::mutex& process_writers() {
    static std::mutex writers;
    return writers;
}

// Whether this thread holds process_writers(): then a transaction must not take it again, even when
// SQLite has rolled the outer one back by itself (a full disk) and the connection looks idle.
thread_local bool t_holds_writers = false;

}  // namespace

bool Connection::in_transaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

void Connection::begin() {
    if (!t_holds_writers) {
        writer_ = std::unique_lock(process_writers());
        t_holds_writers = true;
    }
    try {
        execute("BEGIN IMMEDIATE");
    } catch (...) {
        rollback();
        throw;
    }
}

void Connection::commit() {
    execute("COMMIT");
    // A failed commit leaves the turn held: the caller's rollback() gives it back.
    if (writer_.owns_lock()) {
        writer_.unlock();
        t_holds_writers = false;
    }
}

void Connection::rollback() noexcept {
    if (in_transaction())
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    if (writer_.owns_lock()) {
        writer_.unlock();
        t_holds_writers = false;
    }
}

}  // namespace hipfit::store::sqlite
