// The server in-process: a temporary database, a fixed date, a clock in seconds the test moves, and
// helpers that build Requests (with a session's cookie and CSRF token) and read the JSON answers.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <libpq-fe.h>
#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "core/base/date.hpp"
#include "server/http.hpp"
#include "server/routes.hpp"
#include "server/server_state.hpp"
#include "store/database.hpp"
#include "store/open.hpp"
#include "store/postgresql.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::server::testing {

inline const core::Date kToday{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};
inline constexpr std::int64_t kStartSeconds = 1'795'000'000;  // some day in 2026
inline constexpr const char* kPassword = "correct horse battery";

inline bool same_text_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// What dispatch() answered, with its body parsed when it is JSON.
struct Answer {
    int status = 0;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    nlohmann::json json;  // discarded when the body is not JSON

    [[nodiscard]] std::optional<std::string> header(std::string_view name) const {
        for (const auto& [key, value] : headers) {
            if (same_text_ignoring_case(key, name))
                return value;
        }
        return std::nullopt;
    }
    // {"error":{"code","message","field"?}} and nothing else.
    [[nodiscard]] bool has_error_shape() const {
        if (!json.is_object() || json.size() != 1 || !json.contains("error") || !json["error"].is_object())
            return false;
        const nlohmann::json& error = json["error"];
        const std::size_t expected = error.contains("field") ? 3 : 2;
        return error.size() == expected && error.contains("code") && error["code"].is_string() &&
               error.contains("message") && error["message"].is_string() && !error["message"].empty() &&
               (!error.contains("field") || error["field"].is_string());
    }
    [[nodiscard]] std::string error_code() const {
        return has_error_shape() ? json["error"].value("code", "") : "";
    }
    [[nodiscard]] std::string error_field() const {
        return has_error_shape() ? json["error"].value("field", "<none>") : "<not an error>";
    }
};

inline std::ostream& operator<<(std::ostream& out, const Answer& reply) {
    return out << reply.status << " " << reply.body.substr(0, 400);
}

// A signed-in account as a browser holds it: the cookie's token and the CSRF token.
struct Session {
    store::AccountId id = 0;
    std::string email;
    std::string token;
    std::string csrf;
};

// "/api/entries?kind=weight" → a Request with its path and query.
inline Request make_request(std::string_view method, std::string_view target, std::string body = {},
                            std::string_view content_type = "application/json") {
    Request request;
    request.method = std::string(method);
    const std::size_t question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos)
        request.query = parse_query(target.substr(question + 1));
    if (!body.empty() && !content_type.empty())
        request.headers["content-type"] = std::string(content_type);
    request.body = std::move(body);
    request.remote_address = "127.0.0.1";  // the machine itself, as a household's browser on it would be
    return request;
}

inline bool changes_state(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "DELETE";
}

// The session's cookie, and its CSRF token on a state-changing request.
inline Request& with_session(Request& request, const Session& session) {
    request.headers["cookie"] = "theme=dark; hipfit_session=" + session.token;
    if (changes_state(request.method))
        request.headers["x-csrf-token"] = session.csrf;
    return request;
}

// The cookie's value in a Set-Cookie header, e.g. "hipfit_session=abc; Path=/" → "abc".
inline std::string cookie_value(std::string_view set_cookie) {
    const std::size_t equals = set_cookie.find('=');
    const std::size_t end = set_cookie.find(';');
    return std::string(set_cookie.substr(equals + 1, end - equals - 1));
}

// The server's calendar, which a test may move (to after midnight, say); kToday at 09:30 until it does.
class TestClock final : public core::Clock {
  public:
    TestClock(core::Date date, core::TimeOfDay time) : date_(date), time_(time) {}
    [[nodiscard]] core::Date today() const override { return date_; }
    [[nodiscard]] core::TimeOfDay time_of_day() const override { return time_; }
    void set(core::Date date, core::TimeOfDay time) {
        date_ = date;
        time_ = time;
    }

  private:
    core::Date date_;
    core::TimeOfDay time_;
};

class TestServer {
  public:
    // `before_open` may write the database file (e.g. as the command line does) before the server opens it.
    // `backend`: the store the server runs on (tests/support/test_databases.hpp), a new database each.
    explicit TestServer(const std::function<void(const std::string&)>& before_open = {},
                        ServerOptions options = {},
                        hipfit::testing::Backend backend = hipfit::testing::Backend::sqlite)
        : store_(backend),
          clock_(kToday, {9, 30}),
          state_(std::move(options), clock_, [this] { return now_; }),
          path_(prepared(store_.location(), before_open)),
          database_(path_) {}
    explicit TestServer(hipfit::testing::Backend backend) : TestServer({}, {}, backend) {}

    [[nodiscard]] store::Database& database() { return database_; }
    [[nodiscard]] ServerState& state() { return state_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    void advance(std::int64_t seconds) { now_ += seconds; }
    void set_calendar(core::Date date, core::TimeOfDay time) { clock_.set(date, time); }
    [[nodiscard]] std::int64_t now() const { return now_; }

    Answer send(const Request& request) {
        const Response response = dispatch(request, database_, state_);
        Answer reply{response.status, response.content_type, response.body, response.headers, {}};
        reply.json = nlohmann::json::parse(response.body, nullptr, false);
        return reply;
    }
    Answer send(std::string_view method, std::string_view target, const Session* session = nullptr,
                std::string body = {}, std::string_view content_type = "application/json") {
        Request request = make_request(method, target, std::move(body), content_type);
        if (session != nullptr)
            with_session(request, *session);
        return send(request);
    }
    Answer get(std::string_view target, const Session* session = nullptr) {
        return send("GET", target, session);
    }
    Answer post(std::string_view target, const nlohmann::json& body, const Session* session = nullptr) {
        return send("POST", target, session, body.dump());
    }
    Answer put(std::string_view target, const nlohmann::json& body, const Session* session = nullptr) {
        return send("PUT", target, session, body.dump());
    }
    Answer del(std::string_view target, const Session* session = nullptr) {
        return send("DELETE", target, session);
    }

    // Sign-up or sign-in that must succeed; the session it started.
    Session sign_up(const std::string& email, const std::string& password = kPassword) {
        return session_from(post("/api/accounts", {{"email", email}, {"password", password}}), 201);
    }
    Session sign_in(const std::string& email, const std::string& password = kPassword) {
        return session_from(post("/api/session", {{"email", email}, {"password", password}}), 200);
    }

    // Everything stored for the account, as GET /api/export gives it to the account itself.
    std::string export_of(const Session& session) {
        const Answer reply = get("/api/export", &session);
        EXPECT_EQ(reply.status, 200) << reply;
        return reply.body;
    }

  private:
    static std::string prepared(const std::string& path,
                                const std::function<void(const std::string&)>& before_open) {
        if (before_open)
            before_open(path);
        return path;
    }

    static Session session_from(const Answer& reply, int expected_status) {
        EXPECT_EQ(reply.status, expected_status) << reply;
        Session session;
        if (reply.status != expected_status)
            return session;
        session.id = reply.json["account"]["id"].get<store::AccountId>();
        session.email = reply.json["account"]["email"].get<std::string>();
        session.csrf = reply.json["csrf_token"].get<std::string>();
        session.token = cookie_value(reply.header("Set-Cookie").value_or(""));
        return session;
    }

    hipfit::testing::TestDatabase store_;
    TestClock clock_;
    std::int64_t now_ = kStartSeconds;
    ServerState state_;
    std::string path_;
    store::Database database_;
};

// The rows of a query on a PostgreSQL database, one line each, as query_rows gives them.
inline std::string postgresql_rows(const std::string& url, const std::string& sql) {
    std::string rows;
    try {
        store::postgresql::Connection connection(url);
        const store::postgresql::Result result = connection.run(sql, {}, {});
        for (int row = 0; row < PQntuples(result.get()); ++row) {
            for (int column = 0; column < PQnfields(result.get()); ++column) {
                rows +=
                    PQgetisnull(result.get(), row, column) ? "NULL" : PQgetvalue(result.get(), row, column);
                rows += '|';
            }
            rows += '\n';
        }
    } catch (const std::exception& error) {
        ADD_FAILURE() << sql << ": " << error.what();
    }
    return rows;
}

// The rows of a query on the database, one line each, over a connection of its own (for SQLite the
// sqlite3 C API, read-only).
inline std::string query_rows(const std::string& path, const std::string& sql) {
    if (store::is_postgresql_location(path))
        return postgresql_rows(path, sql);
    sqlite3* db = nullptr;
    std::string rows;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        ADD_FAILURE() << "cannot open " << path;
        return rows;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    while (statement != nullptr && sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            const unsigned char* text = sqlite3_column_text(statement, column);
            rows += text == nullptr ? "NULL" : reinterpret_cast<const char*>(text);
            rows += '|';
        }
        rows += '\n';
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

// Every row of every table: "the database is unchanged" is this, equal before and after.
inline std::string database_dump(const std::string& path) {
    std::string dump;
    for (const char* table :
         {"accounts", "sessions", "coach_links", "profiles", "entries", "workout_sets", "changes"}) {
        dump += std::string("-- ") + table + "\n" + query_rows(path, std::string("SELECT * FROM ") + table);
    }
    return dump;
}

// A complete profile as PUT /api/profile takes it (an adult; the values of 'hipfit init').
inline nlohmann::json adult_profile() {
    return {{"sex", "female"},
            {"age_years", 34},
            {"height_cm", 165},
            {"weight_kg", 72},
            {"waist_cm", 80},
            {"hip_cm", 104},
            {"neck_cm", 33},
            {"activity", "light"},
            {"goal", "maintain"},
            {"days", {"mon", "wed", "fri"}},
            {"minutes_per_session", 40}};
}

// The cast of the access tests: P, a person with adult_profile(); C, P's active coach; U, a stranger.
struct PersonCoachStranger {
    Session P, C, U;
};
inline PersonCoachStranger person_coach_and_stranger(TestServer& server) {
    PersonCoachStranger cast{server.sign_up("person@example.com"), server.sign_up("coach@example.com"),
                             server.sign_up("other@example.com")};
    EXPECT_EQ(server.put("/api/profile", adult_profile(), &cast.P).status, 200);
    EXPECT_EQ(server.post("/api/coaches", {{"email", cast.C.email}}, &cast.P).status, 202);
    EXPECT_EQ(server.post("/api/clients/" + std::to_string(cast.P.id) + "/accept", nlohmann::json(), &cast.C)
                  .status,
              200);
    return cast;
}

inline nlohmann::json weight_entry(double kg, const std::string& date = "2026-11-20") {
    return {{"kind", "weight"}, {"value", kg}, {"date", date}, {"time", "07:15"}};
}

}  // namespace hipfit::server::testing
