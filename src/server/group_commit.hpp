// Group commit: state-changing requests from every connection are run by one writer thread, many to a
// transaction, so that one fsync makes a whole group durable. Each request still answers only after
// its group is committed, and a request that fails is rolled back alone (a savepoint of its own).
// SQLite allows one writer at a time anyway; this turns "one fsync per write" into "one per group".
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/http.hpp"
#include "store/database.hpp"

namespace hipfit::server {

class GroupCommit {
  public:
    // The most requests in one transaction: enough to spread an fsync thin, few enough to answer soon.
    static constexpr std::size_t kMaxGroup = 128;

    // Opens its own connection to the database at `path`.
    explicit GroupCommit(const std::string& path);
    // Finishes every request already queued, then stops.
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    using Work = std::function<Response(store::Database&)>;
    using Done = std::function<void(Response)>;

    // Runs `work`, a write to the data of `account`, on the writer's database in the next group and hands
    // its response to `done` (on the writer thread) once the group is committed. A response of 400 or
    // more rolls back what `work` wrote.
    void submit(store::AccountId account, Work work, Done done);

  private:
    struct Job {
        store::AccountId account = 0;
        Work work;
        Done done;
        Response response;
    };
    void write_loop();

    store::Database database_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<Job> queue_;
    bool stopping_ = false;
    std::thread writer_;
};

}  // namespace hipfit::server
