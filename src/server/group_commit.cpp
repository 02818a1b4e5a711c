#include "server/group_commit.hpp"

#include <algorithm>

#include "server/routes.hpp"
#include "store/errors.hpp"

namespace hipfit::server {

GroupCommit::GroupCommit(const std::string& path) : database_(path), writer_([this] { write_loop(); }) {}

GroupCommit::~GroupCommit() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    writer_.join();
}

void GroupCommit::submit(store::AccountId account, Work work, Done done) {
    {
        std::lock_guard lock(mutex_);
        // Until its work says otherwise, a job has failed.
        queue_.push_back({account, std::move(work), std::move(done),
                          error_response(500, "internal", "something went wrong; try again")});
    }
    wake_.notify_one();
}

void GroupCommit::write_loop() {
    while (true) {
        std::vector<Job> group;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty())
                return;  // stopping, and nothing left to write
            const auto end = queue_.begin() + static_cast<std::ptrdiff_t>(std::min(queue_.size(), kMaxGroup));
            group.assign(std::make_move_iterator(queue_.begin()), std::make_move_iterator(end));
            queue_.erase(queue_.begin(), end);
        }
        // Each write locks its account's rows (its version, store/account_versions.hpp) until the group
        // commits. Servers sharing PostgreSQL lock the accounts of their groups in one order, so that two
        // never wait on each other (a deadlock, which PostgreSQL ends after a second by failing one write);
        // an account's own writes keep the order they came in.
        std::stable_sort(group.begin(), group.end(),
                         [](const Job& a, const Job& b) { return a.account < b.account; });
        try {
            database_.in_one_transaction(group.size(), [&](std::size_t i) {
                group[i].response = group[i].work(database_);
                return group[i].response.status < 400;
            });
        } catch (const store::StoreUnavailable&) {
            // PostgreSQL went away mid-group: nothing of the group was written; the next group reconnects.
            for (Job& job : group) {
                job.response =
                    error_response(503, "database_unavailable",
                                   "the database cannot be reached just now; try again in a moment");
                job.response.headers.emplace_back("Retry-After", "2");
            }
        } catch (const std::exception&) {
            // The commit failed (a full disk, an I/O error): nothing of the group was written.
            for (Job& job : group)
                job.response =
                    error_response(500, "internal", "the database could not be written; try again");
        }
        for (Job& job : group) job.done(std::move(job.response));
    }
}

}  // namespace hipfit::server
