// The password pool (src/server/password_pool.hpp): sign-ins wait for it while every other request is
// answered at once, and a full queue answers 503 with Retry-After rather than growing.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>

#include "server/password_pool.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

// Long enough never to fail a slow machine; a bug shows as a failure rather than a test that hangs.
constexpr auto kPatience = std::chrono::seconds(120);

// A request answered through dispatch()'s Reply, whenever that comes.
struct Pending {
    std::shared_ptr<std::promise<Response>> promise = std::make_shared<std::promise<Response>>();
    std::future<Response> answer = promise->get_future();
    Reply reply() const {
        return [promise = promise](Response response) { promise->set_value(std::move(response)); };
    }
    [[nodiscard]] bool answered() const {
        return answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
};

Pending send_async(TestServer& server, const Request& request) {
    Pending pending;
    dispatch(std::make_shared<const Request>(request), server.database(), server.state(), pending.reply());
    return pending;
}

Request sign_in_request(const std::string& password) {
    return make_request("POST", "/api/session",
                        json{{"email", "person@example.com"}, {"password", password}}.dump());
}

TEST(PasswordPool, SignInsWaitForThePoolWhileOtherRequestsAreAnsweredAtOnce) {
    TestServer server;
    server.sign_up("person@example.com");  // before the pool: in-process, on this thread
    PasswordPool pool(server.path(), 1);
    server.state().password_pool = &pool;

    // The pool's one thread is busy until the test says so.
    std::promise<void> release;
    std::promise<void> started;
    ASSERT_TRUE(pool.submit(
        [&, go = release.get_future().share()](store::Database&) {
            started.set_value();
            go.wait();
            return no_content();
        },
        [](Response) {}));
    started.get_future().wait();

    Pending sign_in = send_async(server, sign_in_request(kPassword));
    EXPECT_FALSE(sign_in.answered()) << "the sign-in waits for the pool";
    const Answer health = server.get("/api/health");
    EXPECT_EQ(health.status, 200) << "a request that hashes nothing is answered at once";
    EXPECT_EQ(server.get("/api/exercises/glute-bridge").status, 200);

    // Fill the queue: the next sign-in is refused at once, not queued.
    for (std::size_t i = 1; i < PasswordPool::kQueueLimit; ++i)
        ASSERT_TRUE(pool.submit([](store::Database&) { return no_content(); }, [](Response) {})) << i;
    Pending refused = send_async(server, sign_in_request(kPassword));
    ASSERT_TRUE(refused.answered()) << "a full queue answers at once";
    const Response busy = refused.answer.get();
    EXPECT_EQ(busy.status, 503);
    EXPECT_NE(busy.body.find("\"unavailable\""), std::string::npos) << busy.body;
    const auto retry = std::find_if(busy.headers.begin(), busy.headers.end(),
                                    [](const auto& header) { return header.first == "Retry-After"; });
    ASSERT_NE(retry, busy.headers.end());
    EXPECT_EQ(retry->second, "1");

    release.set_value();
    ASSERT_EQ(sign_in.answer.wait_for(kPatience), std::future_status::ready);
    const Response signed_in = sign_in.answer.get();
    EXPECT_EQ(signed_in.status, 200) << signed_in.body;
    server.state().password_pool = nullptr;
}

// Sign-up and a password change go there too, and answer as they do in-process.
TEST(PasswordPool, SignUpAndPasswordChangeRunThereWithTheSameAnswers) {
    TestServer server;
    PasswordPool pool(server.path(), 1);
    server.state().password_pool = &pool;
    Pending signed_up = send_async(
        server, make_request("POST", "/api/accounts",
                             json{{"email", "person@example.com"}, {"password", kPassword}}.dump()));
    ASSERT_EQ(signed_up.answer.wait_for(kPatience), std::future_status::ready);
    const Response created = signed_up.answer.get();
    ASSERT_EQ(created.status, 201) << created.body;
    Session session;
    session.csrf = json::parse(created.body).value("csrf_token", "");
    for (const auto& [name, value] : created.headers) {
        if (name == "Set-Cookie")
            session.token = cookie_value(value);
    }

    Request change = make_request(
        "PUT", "/api/account/password",
        json{{"current_password", "not it at all"}, {"new_password", "a new passphrase"}}.dump());
    with_session(change, session);
    Pending wrong = send_async(server, change);
    ASSERT_EQ(wrong.answer.wait_for(kPatience), std::future_status::ready);
    EXPECT_EQ(wrong.answer.get().status, 400);

    Request unsigned_change = change;
    unsigned_change.headers.erase("x-csrf-token");
    Pending forged = send_async(server, unsigned_change);
    ASSERT_TRUE(forged.answered()) << "the CSRF check is made before the pool";
    EXPECT_EQ(forged.answer.get().status, 403);
    server.state().password_pool = nullptr;
}

}  // namespace
}  // namespace hipfit::server
