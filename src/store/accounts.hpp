// Accounts, server-side sessions and coach links: who may sign in, and who may see whose data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/repository.hpp"

namespace hipfit::store {

enum class Role { owner, member };

struct Account {
    AccountId id = 0;
    std::string email;
    std::string password_hash;  // argon2id, in libsodium's encoded form
    Role role = Role::member;
};

struct SessionRecord {
    AccountId account = 0;
    std::string csrf_token;
    std::int64_t expires_at = 0;  // seconds since the epoch
};

enum class CoachStatus { invited, active };

// A link between a person (the client) and a coach, seen from one side: `other` is the account on
// the other side, with its e-mail.
struct CoachLink {
    AccountId other = 0;
    std::string email;
    CoachStatus status = CoachStatus::invited;
};

// Every change is one transaction.
class Accounts {
  public:
    virtual ~Accounts() = default;

    // A new account; none when the e-mail is taken (case-insensitively). The first account on a
    // database is the owner and gets kLocalAccount, taking over the command line's journal.
    virtual std::optional<Account> create_account(const std::string& email,
                                                  const std::string& password_hash) = 0;
    [[nodiscard]] virtual std::optional<Account> find_account(AccountId id) = 0;
    [[nodiscard]] virtual std::optional<Account> find_account_by_email(const std::string& email) = 0;
    // Sets a new password hash and ends every session of the account but `keep_token_hash`, at once.
    virtual void change_password(AccountId id, const std::string& password_hash,
                                 const std::string& keep_token_hash) = 0;

    // Sessions are stored by a hash of their token, never the token itself.
    virtual void create_session(const std::string& token_hash, const SessionRecord& session) = 0;
    [[nodiscard]] virtual std::optional<SessionRecord> find_session(const std::string& token_hash) = 0;
    virtual void delete_session(const std::string& token_hash) = 0;

    // False when a link between the two already exists.
    virtual bool invite_coach(AccountId client, AccountId coach) = 0;
    // False when there is no invitation to accept.
    virtual bool accept_invitation(AccountId client, AccountId coach) = 0;
    // Ends a link or an invitation at once; false when there was none.
    virtual bool remove_link(AccountId client, AccountId coach) = 0;
    [[nodiscard]] virtual std::vector<CoachLink> coaches_of(AccountId client) = 0;
    [[nodiscard]] virtual std::vector<CoachLink> clients_of(AccountId coach) = 0;
    [[nodiscard]] virtual bool is_active_coach(AccountId coach, AccountId client) = 0;
};

}  // namespace hipfit::store
