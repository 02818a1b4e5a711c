// Load on servers that share one PostgreSQL database: writers logging entries at once, each as one account
// through one server (and, when that server stops answering, through the next one, as a load balancer
// would send them), with a read now and then; what became of every request is recorded. And the checks
// on what the database holds afterwards: every acknowledged entry exactly once, in its account.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "tests/server/e2e/api_client.hpp"
#include "tests/server/e2e/stored_entries.hpp"

namespace hipfit::testing {

class ServerLoad {
  public:
    struct Writer {
        std::size_t account = 0;            // index into the sessions given
        std::vector<unsigned short> ports;  // the server it writes through first, then the next ones
    };

    enum class Answer {
        acknowledged,  // 201 (a write) or 200 (a read)
        refused,       // any other whole answer
        unanswered,    // no whole answer: the connection failed, closed or timed out
    };

    struct Outcome {
        int writer = 0;
        std::size_t account = 0;
        unsigned short port = 0;
        bool write = true;  // POST /api/entries; else GET /api/today
        std::string note;   // a write's note, unique to it: "writer W #I"
        Answer answer = Answer::unanswered;
        int status = 0;
        std::int64_t id = 0;  // an acknowledged write's entry id
        std::string code;     // an error answer's error.code
        std::string message;  // its error.message, or what went wrong without an answer
        std::optional<std::string> retry_after;
    };

    // Starts one thread for each writer, with the session of sessions[writer.account] on a connection of
    // its own. Each reads GET /api/today after every `writes_per_read` writes, and makes `requests_each`
    // requests (0: until stopped).
    ServerLoad(const std::vector<ApiClient>& sessions, std::vector<Writer> writers, int writes_per_read = 4,
               int requests_each = 0);
    // Stops the writers (each after its request in flight) and waits for them.
    ~ServerLoad();
    ServerLoad(const ServerLoad&) = delete;
    ServerLoad& operator=(const ServerLoad&) = delete;
    void stop();
    // Waits for the writers to make their requests_each requests.
    void join();

    // How many outcomes are recorded so far: a mark for count(…, from).
    [[nodiscard]] std::size_t recorded() const;
    // How many outcomes recorded from the `from`th on are `which`.
    [[nodiscard]] std::size_t count(const std::function<bool(const Outcome&)>& which,
                                    std::size_t from = 0) const;
    [[nodiscard]] std::vector<Outcome> outcomes() const;

  private:
    void run(const ApiClient& session, int number, const Writer& writer);
    void record(Outcome outcome);

    std::vector<Writer> writers_;
    int writes_per_read_;
    int requests_each_;
    std::atomic<bool> stopping_ = false;
    mutable std::mutex mutex_;
    std::vector<Outcome> outcomes_;
    std::vector<std::jthread> threads_;
};

// The outcomes' descriptions, for assertion messages: "writer 3 → :4711 POST writer 3 #12: 503 …".
std::string describe(const ServerLoad::Outcome& outcome);

// Every entry in the entries table of the PostgreSQL database at `url`, in id order.
std::vector<StoredEntry> stored_entries_in_postgresql(const std::string& url);

// What `stored` (every entry in the database) must be after `outcomes`, whose sessions are of the accounts
// `account_ids`: each acknowledged write stored once, under its id, in its account, with its note; every
// id and note once; nothing stored that no writer sent. A write refused with an error answer is not stored
// when `refused_writes_not_stored` (its answer said nothing was written); a write without an answer may
// be stored, once.
void expect_stored_exactly_once(const std::vector<ServerLoad::Outcome>& outcomes,
                                const std::vector<StoredEntry>& stored,
                                const std::vector<std::int64_t>& account_ids, bool refused_writes_not_stored);

}  // namespace hipfit::testing
