// One connection to a hipfit database that serves every account: the server keeps one per worker
// thread (a connection is used by one thread at a time).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "store/accounts.hpp"
#include "store/repository.hpp"
#include "store/throttle_store.hpp"

namespace hipfit::store {

namespace sql {
class Connection;
}

class Database {
  public:
    // Opens (creating when missing) and migrates the database at `location`: a SQLite file's path or a
    // postgresql:// URL (store/open.hpp).
    explicit Database(const std::string& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The profile and journal of one account, over this connection.
    [[nodiscard]] std::unique_ptr<Repository> journal(AccountId account);
    [[nodiscard]] Accounts& accounts() { return *accounts_; }
    // The throttles' counts, for servers that share the database (shared_by_servers()).
    [[nodiscard]] ThrottleStore& throttles() { return *throttles_; }

    // An account's data has not changed while its stamp stays the same, whoever wrote (this server,
    // another server on the same database, the command line): every write counts a change of its account
    // (store/account_versions.hpp). Stamps of the Databases on one location in this process compare
    // equal for the same version; stamps of two locations never do.
    struct Stamp {
        std::uint64_t database = 0;
        AccountId account = 0;
        std::int64_t version = 0;
        std::int64_t training = 0;  // the changes that can change a planned session, of `version`
        bool operator==(const Stamp&) const = default;
    };
    [[nodiscard]] Stamp stamp(AccountId account);

    // Other servers may write to the same database (PostgreSQL): what a server keeps in memory about
    // sessions must be read again from the database.
    [[nodiscard]] bool shared_by_servers() const;

    // Runs `work` for each item in one transaction, each item in a savepoint of its own that is rolled
    // back alone when `work` says it failed (returns false) or throws; one commit (one fsync) for all.
    // An exception from the commit itself is thrown: then nothing of the batch was written.
    void in_one_transaction(std::size_t items, const std::function<bool(std::size_t item)>& work);

  private:
    std::shared_ptr<sql::Connection> connection_;
    std::unique_ptr<Accounts> accounts_;
    std::unique_ptr<ThrottleStore> throttles_;
    std::uint64_t id_;
};

}  // namespace hipfit::store
