#include "store/postgresql.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <charconv>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "store/errors.hpp"
#include "store/open.hpp"

namespace hipfit::store::postgresql {
namespace {

// PostgreSQL's type ids (pg_type.dat) for the parameters hipfit binds.
constexpr Oid kInt8 = 20;
constexpr Oid kText = 25;
constexpr Oid kFloat8 = 701;

// SQLSTATE classes (PostgreSQL manual, appendix A): a connection exception, an operator's intervention (a
// restart), insufficient resources: the server may answer later. A deadlock or a serialization failure:
// the transaction may be run again.
bool unavailable(std::string_view state) {
    return state.starts_with("08") || state.starts_with("57P") || state.starts_with("53");
}
bool conflict(std::string_view state) {
    return state == "40P01" || state == "40001";
}

// ?1, ?2 … → $1, $2 …, outside quoted text; `used` says which numbers the statement names.
std::string numbered_parameters(std::string_view sql, std::vector<bool>& used) {
    std::string out;
    out.reserve(sql.size());
    bool quoted = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '?' || i + 1 >= sql.size() || sql[i + 1] < '0' || sql[i + 1] > '9') {
            out += c;
            continue;
        }
        std::size_t end = i + 1;
        while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') ++end;
        std::size_t number = 0;
        std::from_chars(sql.data() + i + 1, sql.data() + end, number);
        if (used.size() < number)
            used.resize(number, false);
        used[number - 1] = true;
        out += '$';
        out.append(sql.substr(i + 1, end - i - 1));
        i = end - 1;
    }
    return out;
}

class PostgresCursor final : public sql::Cursor {
  public:
    PostgresCursor(Connection& connection, std::string_view sql)
        : connection_(connection), sql_(numbered_parameters(sql, used_)) {
        values_.resize(used_.size());
        types_.resize(used_.size(), 0);
    }

    void bind(int index, double value) override { set(index, fmt::format("{}", value), kFloat8); }
    void bind(int index, std::int64_t value) override { set(index, fmt::format("{}", value), kInt8); }
    void bind(int index, std::string_view value) override { set(index, std::string(value), kText); }
    void bind_null(int index) override { set(index, std::nullopt, 0); }

    void reset() override {
        result_.reset();
        row_ = 0;
        std::fill(values_.begin(), values_.end(), std::nullopt);
        std::fill(types_.begin(), types_.end(), 0);
    }

    bool step() override {
        if (!result_) {
            run();
        } else {
            ++row_;
        }
        return row_ < PQntuples(result_.get());
    }

    [[nodiscard]] bool is_null(int column) const override {
        return PQgetisnull(result_.get(), row_, column) != 0;
    }
    [[nodiscard]] double column_double(int column) const override {
        const char* text = PQgetvalue(result_.get(), row_, column);
        double value = 0;
        std::from_chars(text, text + PQgetlength(result_.get(), row_, column), value);
        return value;
    }
    [[nodiscard]] std::int64_t column_int(int column) const override {
        const char* text = PQgetvalue(result_.get(), row_, column);
        std::int64_t value = 0;
        std::from_chars(text, text + PQgetlength(result_.get(), row_, column), value);
        return value;
    }
    [[nodiscard]] std::string column_text(int column) const override {
        return {PQgetvalue(result_.get(), row_, column),
                static_cast<std::size_t>(PQgetlength(result_.get(), row_, column))};
    }

  private:
    void set(int index, std::optional<std::string> value, Oid type) {
        const auto at = static_cast<std::size_t>(index - 1);
        if (at >= values_.size()) {
            // A number the statement does not name (a filter left out): sent as text, never read.
            values_.resize(at + 1);
            types_.resize(at + 1, 0);
            used_.resize(at + 1, false);
        }
        values_[at] = std::move(value);
        types_[at] = type;
    }

    void run() {
        std::vector<const char*> values(values_.size(), nullptr);
        std::vector<unsigned> types(types_.size(), 0);
        for (std::size_t i = 0; i < values_.size(); ++i) {
            if (values_[i])
                values[i] = values_[i]->c_str();
            // A parameter the statement does not name must still have a type the server can accept.
            types[i] = used_[i] ? types_[i] : kText;
        }
        result_ = connection_.run(sql_, values, types);
        row_ = 0;
    }

    Connection& connection_;
    std::vector<bool> used_;
    std::string sql_;
    std::vector<std::optional<std::string>> values_;
    std::vector<Oid> types_;
    Result result_;
    int row_ = 0;
};

// libpq prints the server's notices to stderr by default; hipfit has nothing to say about them.
void ignore_notice(void*, const char*) {}

// The server is ending or has ended this session (a restart, a crash, an operator's pg_terminate_backend):
// what it sent then, an error and the end of the connection, waits on the socket, where a session
// between statements is sent nothing else (hipfit listens to no notifications). libpq finds out only by
// sending the next statement, and fails it; and it may report the end ("server closed the connection
// unexpectedly") before it marks the connection bad.
bool server_ending_session(const pg_conn* connection) {
    pollfd socket{PQsocket(connection), POLLIN, 0};
    return socket.fd >= 0 && ::poll(&socket, 1, 0) > 0;
}

// The statements one connection keeps prepared: hipfit has some dozens; a statement whose SQL is built
// from its arguments could otherwise fill the server's memory for the session.
constexpr std::size_t kMostPreparedStatements = 256;

constexpr std::string_view kLostInTransaction =
    "the connection to the PostgreSQL database was lost during a transaction; nothing of it was written";

}  // namespace

void ResultDeleter::operator()(pg_result* result) const {
    PQclear(result);
}

Connection::Connection(const std::string& url) : url_(url) {
    connection_ = PQconnectdb(url.c_str());
    if (PQstatus(connection_) != CONNECTION_OK) {
        const std::string message = fmt::format("cannot connect to the PostgreSQL database {}: {}",
                                                printable_location(url), PQerrorMessage(connection_));
        PQfinish(connection_);
        connection_ = nullptr;
        throw StoreUnavailable(message);
    }
    configure();
}

void Connection::configure() {
    prepared_.clear();  // a new session: the statements prepared on the last one went with it
    PQsetNoticeProcessor(connection_, ignore_notice, nullptr);
    // Dates and times are stored as text; the server's own defaults (created_at) are in UTC.
    execute("SET TIME ZONE 'UTC'");
    // An answer says a write is kept only once it is: a server configured to commit without waiting for
    // the disk does so for hipfit's connections (a stricter setting, for replicas, is kept).
    execute(
        "SELECT set_config('synchronous_commit', 'on', false) WHERE current_setting('synchronous_commit') "
        "= 'off'");
}

Connection::~Connection() {
    rollback();
    PQfinish(connection_);
}

bool Connection::ready_for_statement() {
    if (!in_transaction()) {
        reconnect_if_lost();
        return false;
    }
    if (lost_in_transaction_ || PQstatus(connection_) != CONNECTION_OK) {
        lost_in_transaction_ = true;
        throw StoreUnavailable(std::string(kLostInTransaction));
    }
    return true;
}

void Connection::reconnect_if_lost() {
    if (PQstatus(connection_) == CONNECTION_OK && !server_ending_session(connection_))
        return;
    PQreset(connection_);
    if (PQstatus(connection_) != CONNECTION_OK) {
        throw StoreUnavailable(
            fmt::format("the PostgreSQL database cannot be reached: {}", PQerrorMessage(connection_)));
    }
    configure();
}

void Connection::fail(const pg_result* result, std::string_view what, bool in_transaction) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view code = state ? state : "";
    std::string message = fmt::format("{}: {}", what, PQerrorMessage(connection_));
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    // Every error of the server has a SQLSTATE; one without is libpq's own, about the connection.
    const bool lost =
        PQstatus(connection_) != CONNECTION_OK || (code.empty() && server_ending_session(connection_));
    if (lost || unavailable(code)) {
        // The session is over (or soon will be: "terminating connection due to administrator command"),
        // and an open transaction with it.
        if (in_transaction)
            lost_in_transaction_ = true;
        throw StoreUnavailable(message);
    }
    if (conflict(code))
        throw StoreConflict(message);
    throw StoreError(message);
}

Result Connection::run(const std::string& sql, const std::vector<const char*>& values,
                       const std::vector<unsigned>& types) {
    const bool open = ready_for_statement();
    const std::string name = prepared(sql, types, open);
    Result result(name.empty() ? PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()),
                                              types.data(), values.data(), nullptr, nullptr, 0)
                               : PQexecPrepared(connection_, name.c_str(), static_cast<int>(values.size()),
                                                values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result.get(), "database error", open);
    const char* changed = PQcmdTuples(result.get());
    changes_ = 0;
    std::from_chars(changed, changed + std::char_traits<char>::length(changed), changes_);
    return result;
}

std::string Connection::prepared(const std::string& sql, const std::vector<unsigned>& types,
                                 bool in_transaction) {
    // The same SQL with a parameter bound as a number once and as text or null another time is another
    // statement to the server.
    std::string key = sql;
    key += '\0';  // the types' bytes follow: no SQL text holds a NUL
    key.append(reinterpret_cast<const char*>(types.data()), types.size() * sizeof(unsigned));
    if (const auto found = prepared_.find(key); found != prepared_.end())
        return found->second;
    if (prepared_.size() >= kMostPreparedStatements)
        return {};
    std::string name = fmt::format("hipfit_{}", ++statements_named_);
    Result result(
        PQprepare(connection_, name.c_str(), sql.c_str(), static_cast<int>(types.size()), types.data()));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        fail(result.get(), "database error", in_transaction);
    prepared_.emplace(std::move(key), name);
    return name;
}

void Connection::execute(std::string_view sql) {
    const bool open = ready_for_statement();
    const std::string text(sql);
    Result result(PQexec(connection_, text.c_str()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result.get(), "database error", open);
}

std::unique_ptr<sql::Cursor> Connection::prepare(std::string_view sql) {
    return std::make_unique<PostgresCursor>(*this, sql);
}

bool Connection::in_transaction() const {
    if (lost_in_transaction_)
        return true;
    const PGTransactionStatusType status = PQtransactionStatus(connection_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

void Connection::begin() {
    execute("BEGIN");
}

void Connection::commit() {
    if (lost_in_transaction_)
        throw StoreUnavailable(std::string(kLostInTransaction));
    Result result(PQexec(connection_, "COMMIT"));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK)
        fail(result.get(), "commit failed", true);
    // COMMIT of a transaction that failed rolls it back and says so instead of failing.
    if (std::string_view(PQcmdStatus(result.get())) == "ROLLBACK")
        throw StoreError("the transaction failed earlier and was rolled back");
}

void Connection::rollback() noexcept {
    // A transaction lost with its connection is rolled back already; the next statement reconnects.
    lost_in_transaction_ = false;
    if (connection_ != nullptr && PQstatus(connection_) == CONNECTION_OK && in_transaction())
        PQclear(PQexec(connection_, "ROLLBACK"));
}

void Connection::explicit_entry_id_used(std::int64_t id) {
    // Ids handed out after this one come after it. setval is not undone with a rolled-back transaction: a
    // number skipped is harmless, and the sequence never goes back.
    sql::Statement advance(*this,
                           "SELECT setval('entry_ids', GREATEST(?1, (SELECT last_value FROM entry_ids)))");
    advance.bind(1, id).run();
}

}  // namespace hipfit::store::postgresql
