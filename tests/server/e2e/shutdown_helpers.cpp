#include "tests/server/e2e/shutdown_helpers.hpp"

namespace hipfit::testing {
namespace {

// A server that keeps answering this many requests of one writer after SIGTERM has not stopped.
constexpr int kMostRequestsAfterSignal = 50;

}  // namespace

LoadUntilShutdown::LoadUntilShutdown(const std::vector<ApiClient>& accounts, int writers) {
    for (int w = 0; w < writers; ++w) {
        const ApiClient& account = accounts[static_cast<std::size_t>(w) % accounts.size()];
        writers_.emplace_back([this, &account, w] { write(account, w); });
    }
}

LoadUntilShutdown::~LoadUntilShutdown() {
    abandon_ = true;
    join();
}

void LoadUntilShutdown::signal_shutdown(const std::function<void()>& send_signal) {
    shutting_down_ = true;  // before the signal: any failure seen after it may be the shutdown's
    send_signal();
}

void LoadUntilShutdown::join() {
    for (std::jthread& writer : writers_) {
        if (writer.joinable())
            writer.join();
    }
}

void LoadUntilShutdown::problem(std::string what) {
    std::lock_guard lock(mutex_);
    problems_.push_back(std::move(what));
}

void LoadUntilShutdown::write(const ApiClient& account, int writer) {
    ApiClient client = account.same_account();
    int after_signal = 0;
    for (int i = 0; !abandon_; ++i) {
        if (shutting_down_ && ++after_signal > kMostRequestsAfterSignal) {
            problem("writer " + std::to_string(writer) + " is still served after SIGTERM");
            return;
        }
        const std::string note = "writer " + std::to_string(writer) + " #" + std::to_string(i);
        {
            std::lock_guard lock(mutex_);
            attempted_.insert(note);
        }
        try {
            const http::Response response =
                client.post("/api/entries", {{"kind", "water"}, {"value", 250}, {"note", note}});
            if (response.status == 201) {
                const std::int64_t id = response.json().at("id");
                std::lock_guard lock(mutex_);
                acknowledged_.push_back({id, note});
                ++acknowledged_count_;
                continue;
            }
            if (response.status == 503 && shutting_down_)
                return;
            problem(note + ": " + std::to_string(response.status) + " " + response.body);
            return;
        } catch (const http::Timeout& timeout) {
            problem(note + ": " + timeout.what());
            return;
        } catch (const http::ConnectionClosed& closed) {
            if (!closed.received().empty())
                problem(note + ": an answer cut short: " + closed.received().substr(0, 200));
            else if (!shutting_down_)
                problem(note + ": the connection closed before the shutdown");
            return;
        } catch (const std::exception& error) {
            // Connection refused once the server stops accepting: the end of this writer's work.
            if (!shutting_down_)
                problem(note + ": " + error.what());
            return;
        }
    }
}

}  // namespace hipfit::testing
