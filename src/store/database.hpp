// One connection to a hipfit database that serves every account: the server keeps one per worker
// thread (a connection is used by one thread at a time).
#pragma once

#include <memory>
#include <string>

#include "store/accounts.hpp"
#include "store/repository.hpp"

namespace hipfit::store {

namespace sqlite {
class Connection;
}

class Database {
  public:
    // Opens (creating when missing) and migrates the database at `path`.
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The profile and journal of one account, over this connection.
    [[nodiscard]] std::unique_ptr<Repository> journal(AccountId account);
    [[nodiscard]] Accounts& accounts() { return *accounts_; }

  private:
    std::shared_ptr<sqlite::Connection> connection_;
    std::unique_ptr<Accounts> accounts_;
};

}  // namespace hipfit::store
