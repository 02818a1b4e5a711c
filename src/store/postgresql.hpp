// The PostgreSQL backend of store::sql, over libpq: for servers that share one database. Statements are
// prepared once per connection and sent with their parameters apart (PQexecPrepared), never with values
// written into the SQL.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/sql.hpp"

struct pg_conn;
struct pg_result;

namespace hipfit::store::postgresql {

// A PGresult, freed when it goes.
struct ResultDeleter {
    void operator()(pg_result* result) const;
};
using Result = std::unique_ptr<pg_result, ResultDeleter>;

class Connection final : public sql::Connection {
  public:
    // Connects to the database at `url` (postgresql://…; parts left out come from the PG* environment).
    // Throws StoreUnavailable when the server cannot be reached.
    explicit Connection(const std::string& url);
    ~Connection() override;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] sql::Dialect dialect() const override { return sql::Dialect::postgresql; }
    void execute(std::string_view sql) override;
    [[nodiscard]] std::unique_ptr<sql::Cursor> prepare(std::string_view sql) override;
    [[nodiscard]] int changes() const override { return changes_; }
    [[nodiscard]] bool in_transaction() const override;
    void begin() override;
    void commit() override;
    void rollback() noexcept override;
    void explicit_entry_id_used(std::int64_t id) override;

    // Runs one statement with its parameters (texts or nulls, with their types; 0: the server infers it).
    Result run(const std::string& sql, const std::vector<const char*>& values,
               const std::vector<unsigned>& types);

  private:
    // Before a statement: outside a transaction, a connection lost since the last one (the server
    // restarted) is made again; inside one, a lost connection took the transaction with it. Returns
    // whether a transaction is open.
    bool ready_for_statement();
    void reconnect_if_lost();
    // What every new connection sets first.
    void configure();
    // The name of the statement prepared on this connection for `sql` with these parameter types, prepared
    // now if it was not; empty when the connection keeps as many as it may (then it is sent unprepared).
    std::string prepared(const std::string& sql, const std::vector<unsigned>& types, bool in_transaction);
    // Throws what a failed statement means; `in_transaction`: one was open when it was sent.
    [[noreturn]] void fail(const pg_result* result, std::string_view what, bool in_transaction);

    std::string url_;
    pg_conn* connection_ = nullptr;
    int changes_ = 0;
    // The connection was lost inside a transaction: the transaction is gone, and every statement fails
    // until rollback() (never a reconnection in its middle, which would run the rest of it outside any
    // transaction, and commit half of it).
    bool lost_in_transaction_ = false;
    // Statements prepared on this session, by their SQL and parameter types: the server then parses and
    // plans each once, not on every use. A new session (a reconnection) starts with none.
    std::unordered_map<std::string, std::string> prepared_;
    std::size_t statements_named_ = 0;
};

}  // namespace hipfit::store::postgresql
