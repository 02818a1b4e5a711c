// The password pool: sign-up, sign-in and a password change hash or verify with argon2id, which takes
// tens of milliseconds and 64 MiB on purpose. Run on the request threads, a burst of sign-ins held up
// every other request (eight sign-up loops took GET /api/health from 1.4 ms to 1.37 s). Here they run on
// one or two threads of their own, each with its own database connection, behind a bounded queue: when
// it is full the request is answered 503 with Retry-After at once (OWASP ASVS 4.0.3 V2.4.1 wants a hash
// slow on purpose; this keeps its cost from landing on everyone else).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/http.hpp"
#include "store/database.hpp"

namespace hipfit::server {

class PasswordPool {
  public:
    // Requests waiting for a thread, at most: about a second of hashing on a small machine, and each
    // holds only a small body (sign-in, sign-up).
    static constexpr std::size_t kQueueLimit = 32;
    static constexpr int kRetryAfterSeconds = 1;

    // One thread on a machine with up to three cores (the others keep answering), two from four.
    [[nodiscard]] static int default_threads();

    // Opens a connection to the database at `path` for each of `threads` threads.
    PasswordPool(const std::string& path, int threads);
    // Finishes every request already queued, then stops.
    ~PasswordPool();
    PasswordPool(const PasswordPool&) = delete;
    PasswordPool& operator=(const PasswordPool&) = delete;

    using Work = std::function<Response(store::Database&)>;
    using Done = std::function<void(Response)>;

    // Queues `work`; a pool thread runs it on its database and hands the response to `done` (on that
    // thread). False, and nothing queued, when kQueueLimit requests are already waiting.
    [[nodiscard]] bool submit(Work work, Done done);

    // 503 with Retry-After: what a request gets when the queue is full.
    [[nodiscard]] static Response busy();

  private:
    struct Job {
        Work work;
        Done done;
    };
    void run(store::Database& database);

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> queue_;
    bool stopping_ = false;
    std::vector<std::unique_ptr<store::Database>> databases_;
    std::vector<std::thread> threads_;
};

}  // namespace hipfit::server
