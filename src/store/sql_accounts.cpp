// Accounts, sessions and coach links in SQLite (schema 3, src/store/migrations.cpp), and the
// Database that serves them with every account's journal over one connection.
#include <mutex>
#include <string>
#include <unordered_map>

#include "store/account_versions.hpp"
#include "store/database.hpp"
#include "store/errors.hpp"
#include "store/open.hpp"
#include "store/sql_repository.hpp"
#include "store/sql_throttles.hpp"

namespace hipfit::store {
namespace {

Role role_from(const std::string& text) {
    return text == "owner" ? Role::owner : Role::member;
}

Account account_from_row(const sql::Statement& row) {
    return {row.column_int(0), row.column_text(1), row.column_text(2), role_from(row.column_text(3))};
}

constexpr std::string_view kAccountColumns = "SELECT id, email, password_hash, role FROM accounts ";

class SqlAccounts final : public Accounts {
  public:
    explicit SqlAccounts(sql::Connection& connection) : connection_(connection) {}

    std::optional<Account> create_account(const std::string& email,
                                          const std::string& password_hash) override {
        sql::Transaction transaction(connection_);
        // Servers sharing a PostgreSQL database sign people up at once: one at a time takes the next id
        // (and the first account, the owner's). SQLite's write transaction already excludes the others.
        if (connection_.dialect() == sql::Dialect::postgresql)
            connection_.execute("LOCK TABLE accounts IN EXCLUSIVE MODE");
        sql::Statement taken(connection_, "SELECT 1 FROM accounts WHERE lower(email) = lower(?1)");
        taken.bind(1, std::string_view(email));
        if (taken.step())
            return std::nullopt;
        sql::Statement any(connection_, "SELECT 1 FROM accounts LIMIT 1");
        const bool first = !any.step();
        // Never an id the command line's journal already uses: account ids start after it.
        const AccountId id = first ? kLocalAccount : next_account_id();
        sql::Statement insert(
            connection_, "INSERT INTO accounts (id, email, password_hash, role) VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, id);
        insert.bind(2, std::string_view(email)).bind(3, std::string_view(password_hash));
        insert.bind(4, std::string_view(first ? "owner" : "member"));
        insert.run();
        transaction.commit();
        return Account{id, email, password_hash, first ? Role::owner : Role::member};
    }

    std::optional<Account> find_account(AccountId id) override {
        sql::Statement select(connection_, std::string(kAccountColumns) + "WHERE id = ?1");
        select.bind(1, id);
        return select.step() ? std::optional(account_from_row(select)) : std::nullopt;
    }

    std::optional<Account> find_account_by_email(const std::string& email) override {
        sql::Statement select(connection_, std::string(kAccountColumns) + "WHERE lower(email) = lower(?1)");
        select.bind(1, std::string_view(email));
        return select.step() ? std::optional(account_from_row(select)) : std::nullopt;
    }

    void change_password(AccountId id, const std::string& password_hash,
                         const std::string& keep_token_hash) override {
        sql::Transaction transaction(connection_);
        sql::Statement update(connection_, "UPDATE accounts SET password_hash = ?2 WHERE id = ?1");
        update.bind(1, id).bind(2, std::string_view(password_hash)).run();
        sql::Statement remove(connection_, "DELETE FROM sessions WHERE account_id = ?1 AND token_hash <> ?2");
        remove.bind(1, id).bind(2, std::string_view(keep_token_hash)).run();
        transaction.commit();
    }

    void create_session(const std::string& token_hash, const SessionRecord& session) override {
        write("INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) VALUES (?1, ?2, ?3, ?4)",
              [&](sql::Statement& insert) {
                  insert.bind(1, std::string_view(token_hash)).bind(2, session.account);
                  insert.bind(3, std::string_view(session.csrf_token)).bind(4, session.expires_at);
              });
    }

    std::optional<SessionRecord> find_session(const std::string& token_hash) override {
        sql::Statement select(
            connection_, "SELECT account_id, csrf_token, expires_at FROM sessions WHERE token_hash = ?1");
        select.bind(1, std::string_view(token_hash));
        if (!select.step())
            return std::nullopt;
        return SessionRecord{select.column_int(0), select.column_text(1), select.column_int(2)};
    }

    void delete_session(const std::string& token_hash) override {
        write("DELETE FROM sessions WHERE token_hash = ?1",
              [&](sql::Statement& remove) { remove.bind(1, std::string_view(token_hash)); });
    }

    bool invite_coach(AccountId client, AccountId coach) override {
        return write(
                   "INSERT INTO coach_links (client_id, coach_id, status) VALUES (?1, ?2, 'invited') "
                   "ON CONFLICT DO NOTHING",
                   [&](sql::Statement& insert) { insert.bind(1, client).bind(2, coach); }) > 0;
    }

    bool accept_invitation(AccountId client, AccountId coach) override {
        return write(
                   "UPDATE coach_links SET status = 'active' "
                   "WHERE client_id = ?1 AND coach_id = ?2 AND status = 'invited'",
                   [&](sql::Statement& update) { update.bind(1, client).bind(2, coach); }) > 0;
    }

    bool remove_link(AccountId client, AccountId coach) override {
        return write("DELETE FROM coach_links WHERE client_id = ?1 AND coach_id = ?2",
                     [&](sql::Statement& remove) { remove.bind(1, client).bind(2, coach); }) > 0;
    }

    std::vector<CoachLink> coaches_of(AccountId client) override {
        return links(
            "SELECT a.id, a.email, l.status FROM coach_links l JOIN accounts a ON a.id = l.coach_id "
            "WHERE l.client_id = ?1 ORDER BY a.id",
            client);
    }

    std::vector<CoachLink> clients_of(AccountId coach) override {
        return links(
            "SELECT a.id, a.email, l.status FROM coach_links l JOIN accounts a ON a.id = l.client_id "
            "WHERE l.coach_id = ?1 ORDER BY a.id",
            coach);
    }

    bool is_active_coach(AccountId coach, AccountId client) override {
        sql::Statement select(connection_,
                              "SELECT 1 FROM coach_links WHERE client_id = ?1 AND coach_id = ?2 "
                              "AND status = 'active'");
        select.bind(1, client).bind(2, coach);
        return select.step();
    }

  private:
    // One statement in a transaction of its own, taking turns with the process's other writers;
    // returns the rows it changed.
    template <class Bind>
    int write(std::string_view sql, Bind bind) {
        sql::Transaction transaction(connection_);
        sql::Statement statement(connection_, sql);
        bind(statement);
        statement.run();
        const int changed = connection_.changes();
        transaction.commit();
        return changed;
    }

    AccountId next_account_id() {
        sql::Statement next(connection_,
                            "SELECT COALESCE(MAX(id), 0) + 1 FROM (SELECT MAX(id) AS id FROM accounts "
                            "UNION ALL SELECT MAX(account_id) FROM profiles "
                            "UNION ALL SELECT MAX(account_id) FROM entries) AS taken");
        next.step();
        return next.column_int(0);
    }

    std::vector<CoachLink> links(std::string_view sql, AccountId account) {
        sql::Statement select(connection_, sql);
        select.bind(1, account);
        std::vector<CoachLink> found;
        while (select.step()) {
            found.push_back({select.column_int(0), select.column_text(1),
                             select.column_text(2) == "active" ? CoachStatus::active : CoachStatus::invited});
        }
        return found;
    }

    sql::Connection& connection_;
};

// One number for every Database on the same location in this process: the threads of a server, each with
// its own connection, then make stamps that compare equal for the same version of an account.
std::uint64_t database_id(const std::string& location) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::uint64_t> ids;
    const std::lock_guard lock(mutex);
    return ids.try_emplace(location, ids.size() + 1).first->second;
}

}  // namespace

Database::Database(const std::string& location)
    : connection_(open_connection_for_writing(location)),
      accounts_(std::make_unique<SqlAccounts>(*connection_)),
      throttles_(make_throttle_store(*connection_)),
      id_(database_id(location)) {}

void Database::in_one_transaction(std::size_t items, const std::function<bool(std::size_t item)>& work) {
    sql::Transaction batch(*connection_);
    for (std::size_t item = 0; item < items; ++item) {
        sql::Transaction one(*connection_);
        bool succeeded = false;
        try {
            succeeded = work(item);
        } catch (...) {
            succeeded = false;
        }
        if (succeeded)
            one.commit();
        // SQLite rolls the whole transaction back by itself on a full disk or an I/O error: then
        // nothing of the group can be kept.
        if (!connection_->in_transaction())
            throw StoreError("the database rolled back a group of writes");
    }
    batch.commit();
}

Database::Stamp Database::stamp(AccountId account) {
    const AccountVersions versions = account_versions(*connection_, account);
    return {id_, account, versions.any, versions.training};
}

bool Database::shared_by_servers() const {
    return connection_->dialect() == sql::Dialect::postgresql;
}

Database::~Database() = default;

std::unique_ptr<Repository> Database::journal(AccountId account) {
    return make_repository(connection_, account);
}

}  // namespace hipfit::store
