#include "store/sql_throttles.hpp"

#include <algorithm>
#include <vector>

namespace hipfit::store {
namespace {

constexpr std::string_view kByAddress = "sign-in-address";
constexpr std::string_view kByAccount = "sign-in-account";

class SqlThrottles final : public ThrottleStore {
  public:
    explicit SqlThrottles(sql::Connection& connection) : connection_(connection) {}

    void change_window(std::string_view limiter, const std::string& key, std::int64_t now,
                       std::int64_t window_seconds,
                       const std::function<void(std::optional<ThrottleWindow>&)>& change) override {
        sql::Transaction transaction(connection_);
        lock({window_lock(limiter, key)});
        std::optional<ThrottleWindow> window = read_window(limiter, key);
        change(window);
        write_window(limiter, key, window);
        forget_windows(limiter, now - window_seconds);
        transaction.commit();
    }

    void change_sign_in(const std::string& account, const std::string& address, std::int64_t now,
                        std::int64_t pair_memory, std::int64_t window_seconds,
                        const std::function<void(SignInRecords&)>& change) override {
        sql::Transaction transaction(connection_);
        const std::string pair = pair_key(account, address);
        lock({"pair\x1f" + pair, window_lock(kByAddress, address), window_lock(kByAccount, account)});
        SignInRecords records{read_pair(pair), read_window(kByAddress, address),
                              read_window(kByAccount, account)};
        change(records);
        write_pair(pair, records.pair);
        write_window(kByAddress, address, records.by_address);
        write_window(kByAccount, account, records.by_account);
        forget_pairs(now - pair_memory, now);
        forget_windows(kByAddress, now - window_seconds);
        forget_windows(kByAccount, now - window_seconds);
        transaction.commit();
    }

  private:
    static std::string window_lock(std::string_view limiter, const std::string& key) {
        return std::string(limiter) + '\x1f' + key;
    }
    // E-mails and addresses hold no control characters (sign-in refuses them before this).
    static std::string pair_key(const std::string& account, const std::string& address) {
        return account + '\x1f' + address;
    }

    // Servers sharing PostgreSQL take the keys' locks, in one order so that two never wait on each other;
    // on SQLite the write transaction already excludes every other writer.
    void lock(std::vector<std::string> keys) {
        if (connection_.dialect() != sql::Dialect::postgresql)
            return;
        std::sort(keys.begin(), keys.end());
        sql::Statement take(connection_, "SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))");
        for (const std::string& key : keys) {
            take.reset();
            take.bind(1, std::string_view(key)).run();
        }
    }

    std::optional<ThrottleWindow> read_window(std::string_view limiter, const std::string& key) {
        sql::Statement select(connection_,
                              "SELECT start, count FROM throttle_windows WHERE limiter = ?1 AND key = ?2");
        select.bind(1, limiter).bind(2, std::string_view(key));
        if (!select.step())
            return std::nullopt;
        return ThrottleWindow{select.column_int(0), static_cast<int>(select.column_int(1))};
    }

    void write_window(std::string_view limiter, const std::string& key,
                      const std::optional<ThrottleWindow>& window) {
        if (!window) {
            sql::Statement remove(connection_,
                                  "DELETE FROM throttle_windows WHERE limiter = ?1 AND key = ?2");
            remove.bind(1, limiter).bind(2, std::string_view(key)).run();
            return;
        }
        sql::Statement upsert(
            connection_,
            "INSERT INTO throttle_windows (limiter, key, start, count) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (limiter, key) DO UPDATE SET start = ?3, count = ?4");
        upsert.bind(1, limiter).bind(2, std::string_view(key)).bind(3, window->start).bind(4, window->count);
        upsert.run();
    }

    std::optional<SignInPair> read_pair(const std::string& key) {
        sql::Statement select(connection_,
                              "SELECT failures, next_try, last_attempt, known_until FROM sign_in_pairs "
                              "WHERE pair_key = ?1");
        select.bind(1, std::string_view(key));
        if (!select.step())
            return std::nullopt;
        return SignInPair{static_cast<int>(select.column_int(0)), select.column_int(1), select.column_int(2),
                          select.column_int(3)};
    }

    void write_pair(const std::string& key, const std::optional<SignInPair>& pair) {
        if (!pair) {
            sql::Statement remove(connection_, "DELETE FROM sign_in_pairs WHERE pair_key = ?1");
            remove.bind(1, std::string_view(key)).run();
            return;
        }
        sql::Statement upsert(
            connection_,
            "INSERT INTO sign_in_pairs (pair_key, failures, next_try, last_attempt, known_until) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (pair_key) DO UPDATE SET failures = ?2, "
            "next_try = ?3, last_attempt = ?4, known_until = ?5");
        upsert.bind(1, std::string_view(key)).bind(2, pair->failures).bind(3, pair->next_try);
        upsert.bind(4, pair->last_attempt).bind(5, pair->known_until).run();
    }

    void forget_windows(std::string_view limiter, std::int64_t started_before) {
        sql::Statement remove(connection_, "DELETE FROM throttle_windows WHERE limiter = ?1 AND start <= ?2");
        remove.bind(1, limiter).bind(2, started_before).run();
    }

    void forget_pairs(std::int64_t quiet_since, std::int64_t now) {
        sql::Statement remove(connection_,
                              "DELETE FROM sign_in_pairs WHERE last_attempt <= ?1 AND known_until <= ?2");
        remove.bind(1, quiet_since).bind(2, now).run();
    }

    sql::Connection& connection_;
};

}  // namespace

std::unique_ptr<ThrottleStore> make_throttle_store(sql::Connection& connection) {
    return std::make_unique<SqlThrottles>(connection);
}

}  // namespace hipfit::store
