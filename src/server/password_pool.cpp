#include "server/password_pool.hpp"

#include <algorithm>

#include "server/routes.hpp"

namespace hipfit::server {

int PasswordPool::default_threads() {
    return std::thread::hardware_concurrency() >= 4 ? 2 : 1;
}

PasswordPool::PasswordPool(const std::string& path, int threads) {
    // Opened here, so that a database that cannot be opened fails the server's start, not a sign-in.
    for (int i = 0; i < std::max(1, threads); ++i)
        databases_.push_back(std::make_unique<store::Database>(path));
    for (const auto& database : databases_) threads_.emplace_back([this, &db = *database] { run(db); });
}

PasswordPool::~PasswordPool() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& thread : threads_) thread.join();
}

bool PasswordPool::submit(Work work, Done done) {
    {
        std::lock_guard lock(mutex_);
        if (queue_.size() >= kQueueLimit)
            return false;
        queue_.push_back({std::move(work), std::move(done)});
    }
    wake_.notify_one();
    return true;
}

Response PasswordPool::busy() {
    Response response =
        error_response(503, "unavailable", "too many sign-ins at once; try again in a moment");
    response.headers.emplace_back("Retry-After", std::to_string(kRetryAfterSeconds));
    return response;
}

void PasswordPool::run(store::Database& database) {
    while (true) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty())
                return;  // stopping, and nothing left
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        // The work answers every error itself (dispatch's guarded()); this is the last resort.
        Response response;
        try {
            response = job.work(database);
        } catch (const std::exception&) {
            response = error_response(500, "internal", "something went wrong; try again");
        }
        job.done(std::move(response));
    }
}

}  // namespace hipfit::server
