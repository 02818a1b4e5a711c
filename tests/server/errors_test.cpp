// Bad requests: every one answers the one error shape with the right status, names the field at fault,
// writes nothing and never shows SQL or a path.
#include <gtest/gtest.h>

#include <memory>
#include <set>

#include <fmt/format.h>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class Errors : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        P = server->sign_up("person@example.com");
        Q = server->sign_up("no-profile@example.com");  // no profile, no journal
        EXPECT_EQ(server->put("/api/profile", adult_profile(), &P).status, 200);
        const Answer added = server->post("/api/entries", weight_entry(72.5), &P);
        EXPECT_EQ(added.status, 201) << added;
        entry = fmt::format("/api/entries/{}", added.json.value("id", 0));
    }
    static void TearDownTestSuite() { server.reset(); }

    // Never SQL, a path, or the database's file name.
    static void expect_nothing_internal(const Answer& reply, const std::string& what) {
        for (const std::string leak : {"SELECT", "INSERT", "sqlite", "SQLite", "/tmp/", "hipfit.db", ".cpp"})
            EXPECT_EQ(reply.body.find(leak), std::string::npos)
                << what << " shows '" << leak << "': " << reply;
        EXPECT_EQ(reply.body.find(server->path()), std::string::npos) << what << ": " << reply;
    }

    // Sends the request, expects the error and that nothing was written.
    static Answer expect_error(const std::string& method, const std::string& target, const std::string& body,
                               int status, const std::string& code, const Session* as = &P,
                               const std::string& content_type = "application/json") {
        const std::string before = database_dump(server->path());
        const std::string what = method + " " + target + " " + body.substr(0, 80);
        const Answer reply = server->send(method, target, as, body, content_type);
        EXPECT_EQ(reply.status, status) << what << ": " << reply;
        EXPECT_TRUE(reply.has_error_shape()) << what << ": " << reply;
        EXPECT_EQ(reply.error_code(), code) << what << ": " << reply;
        EXPECT_EQ(reply.content_type, "application/json") << what;
        expect_nothing_internal(reply, what);
        EXPECT_EQ(database_dump(server->path()), before) << what << " wrote to the database";
        return reply;
    }

    static void expect_invalid(const std::string& method, const std::string& target, const std::string& body,
                               const std::string& field, const Session* as = &P) {
        const Answer reply = expect_error(method, target, body, 400, "invalid_input", as);
        EXPECT_EQ(reply.error_field(), field) << method << " " << target << " " << body << ": " << reply;
    }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P, Q;
    static inline std::string entry;
};

// Malformed JSON, a body that is not an object, and an empty body, on every route that reads JSON.
TEST_F(Errors, ABodyThatIsNotAJsonObjectIs400NamingTheBody) {
    const std::pair<std::string, std::string> routes_with_json[] = {
        {"POST", "/api/entries"},  {"PUT", entry},
        {"PUT", "/api/profile"},   {"PUT", "/api/program"},
        {"POST", "/api/accounts"}, {"POST", "/api/session"},
        {"POST", "/api/coaches"},  {"PUT", "/api/account/password"}};
    for (const auto& [method, target] : routes_with_json) {
        for (const char* body : {"{\"kind\": \"weight\",", "[1, 2]", "42", "\"text\"", "null", "{'a': 1}"})
            expect_invalid(method, target, body, "body");
    }
}

TEST_F(Errors, AnImportThatIsNotJsonIs400NamingTheBody) {
    // Regression: src/io/export_format.cpp:34 (read_json) throws located_error(file, "", …), whose field is
    // "FILE" (export_format.cpp:63, a command-line word), and src/server/dispatch.cpp passes it on unchanged.
    expect_invalid("POST", "/api/import", "{\"format\": \"hipfit-export\",", "body");
}

TEST_F(Errors, ABadEntryIs400NamingTheField) {
    const std::pair<json, std::string> cases[] = {
        {{{"kind", "weight"}, {"value", "heavy"}}, "value"},
        {{{"kind", "weight"}}, "value"},
        {{{"value", 70}}, "kind"},
        {{{"kind", 7}, {"value", 70}}, "kind"},
        {{{"kind", "yoga"}, {"value", 70}}, "kind"},
        {{{"kind", "weight"}, {"value", 2500}}, "value"},
        {{{"kind", "weight"}, {"value", -3}}, "value"},
        {{{"kind", "water"}, {"value", 500}, {"protein_g", 20}}, "protein_g"},
        {{{"kind", "weight"}, {"value", 70}, {"date", "2026-13-01"}}, "date"},
        {{{"kind", "weight"}, {"value", 70}, {"date", "2027-01-01"}}, "date"},
        {{{"kind", "weight"}, {"value", 70}, {"time", "25:00"}}, "time"},
        {{{"kind", "workout"}, {"sets", "none"}}, "sets"},
    };
    for (const auto& [body, field] : cases) {
        expect_invalid("POST", "/api/entries", body.dump(), field);
        expect_invalid("PUT", entry, body.dump(), field);
    }
}

TEST_F(Errors, ABadProfileIs400NamingTheField) {
    const std::pair<json, std::string> cases[] = {
        {{{"weight_kg", 2500}}, "weight_kg"},
        {{{"weight_kg", "heavy"}}, "weight_kg"},
        {{{"height_cm", 20}}, "height_cm"},
        {{{"shoe_size", 42}}, "shoe_size"},
        {{{"sex", "other"}}, "sex"},
        {{{"days", "mon"}}, "days"},
        {{{"days", {"mon", "funday"}}}, "days"},
        {{{"low_impact", "yes"}}, "low_impact"},
        {{{"born", "1990-02-30"}}, "born"},
        {{{"waist_cm", 30}, {"neck_cm", 40}}, "waist_cm"},
        {{{"minutes_per_session", 1}}, "minutes_per_session"},
    };
    for (const auto& [body, field] : cases) expect_invalid("PUT", "/api/profile", body.dump(), field);
    EXPECT_EQ(server->get("/api/profile", &P).json.value("weight_kg", 0.0), 72.0);
    expect_invalid("PUT", "/api/program", json{{"weight_kg", 60}}.dump(), "weight_kg");
    expect_invalid("PUT", "/api/program", json{{"start", "soon"}}.dump(), "start");
}

TEST_F(Errors, ANewProfileWithAFieldMissingNamesTheField) {
    json without_age = adult_profile();
    without_age.erase("age_years");
    expect_invalid("PUT", "/api/profile", without_age.dump(), "age_years", &Q);
    json without_weight = adult_profile();
    without_weight.erase("weight_kg");
    expect_invalid("PUT", "/api/profile", without_weight.dump(), "weight_kg", &Q);
    // Regression: the field is "--sex": src/app/import_checks.cpp kExportFields has no {"--sex", "sex"}, so
    // src/server/handlers/profile.cpp changed() passes the command line's flag on as the API's field.
    json without_sex = adult_profile();
    without_sex.erase("sex");
    expect_invalid("PUT", "/api/profile", without_sex.dump(), "sex", &Q);
}

TEST_F(Errors, ABadImportIs400NamingTheField) {
    const auto document = [](const json& entries, const json& profile = nullptr) {
        return json{{"format", "hipfit-export"}, {"version", 1}, {"profile", profile}, {"entries", entries}};
    };
    json wrong_format = document(json::array());
    wrong_format["format"] = "other-app";
    expect_invalid("POST", "/api/import", wrong_format.dump(), "format");
    json wrong_version = document(json::array());
    wrong_version["version"] = 4;
    expect_invalid("POST", "/api/import", wrong_version.dump(), "version");
    expect_invalid("POST", "/api/import", json{{"format", "hipfit-export"}, {"version", 1}}.dump(),
                   "entries");
    // The second entry is out of range: the first is not written either.
    const json entries = {weight_entry(70), weight_entry(2500)};
    expect_invalid("POST", "/api/import", document(entries).dump(), "value");
    expect_invalid("POST", "/api/import", document({{{"kind", "weight"}, {"value", 70}}}).dump(), "date");
}

TEST_F(Errors, BadAccountsAndInvitationsAre400NamingTheField) {
    const std::pair<json, std::string> sign_ups[] = {
        {{{"email", 5}, {"password", kPassword}}, "email"},
        {{{"password", kPassword}}, "email"},
        {{{"email", "not-an-address"}, {"password", kPassword}}, "email"},
        {{{"email", "a b@example.com"}, {"password", kPassword}}, "email"},
        {{{"email", "new@example.com"}}, "password"},
        {{{"email", "new@example.com"}, {"password", "too-short"}}, "password"},
        {{{"email", "new@example.com"}, {"password", std::string(129, 'x')}}, "password"},
        {{{"email", "new@example.com"}, {"password", 1234567890}}, "password"},
    };
    for (const auto& [body, field] : sign_ups)
        expect_invalid("POST", "/api/accounts", body.dump(), field, nullptr);
    expect_invalid("POST", "/api/coaches", json{{"email", 42}}.dump(), "email");
    expect_invalid("POST", "/api/coaches", json::object().dump(), "email");
    expect_invalid("POST", "/api/coaches", json{{"email", P.email}}.dump(), "email");
    expect_invalid("POST", "/api/coaches", json{{"email", "not-an-address"}}.dump(), "email");
}

TEST_F(Errors, BadQueryParametersAre400NamingThem) {
    expect_invalid("GET", "/api/profile?account=abc", "", "account");
    expect_invalid("GET", "/api/profile?account=0", "", "account");
    expect_invalid("GET", "/api/plan?weeks=many", "", "weeks");
    expect_invalid("GET", "/api/plan?start=tomorrow", "", "start");
    expect_invalid("GET", "/api/stats?period=year", "", "period");
    expect_invalid("GET", "/api/entries?kind=yoga", "", "kind");
    expect_invalid("GET", "/api/export?format=xml", "", "format");
}

TEST_F(Errors, ABodyThatIsNotJsonIs415) {
    const std::string body = weight_entry(70).dump();
    for (const std::string type :
         {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""}) {
        expect_error("POST", "/api/entries", body, 415, "unsupported_media_type", &P, type);
        expect_error("PUT", "/api/profile", json{{"weight_kg", 70}}.dump(), 415, "unsupported_media_type", &P,
                     type);
        expect_error("POST", "/api/import", "{}", 415, "unsupported_media_type", &P, type);
        // Sign-up and sign-in: a cross-site form cannot send application/json without a preflight.
        const json credentials = {{"email", "form@example.com"}, {"password", kPassword}};
        expect_error("POST", "/api/accounts", credentials.dump(), 415, "unsupported_media_type", nullptr,
                     type);
        expect_error("POST", "/api/session", credentials.dump(), 415, "unsupported_media_type", nullptr,
                     type);
    }
}

TEST_F(Errors, AnUnknownPathIs404) {
    // "/" is the web app's page; everything else unknown is 404.
    for (const char* path : {"/api/nothing", "/api", "/app", "/app/nothing.js", "/api/entries/12/extra",
                             "/api/entries/", "/API/health", "/api/health/", "/api/profile.json"}) {
        const Answer reply = expect_error("GET", path, "", 404, "not_found");
        EXPECT_EQ(reply.header("Allow"), std::nullopt) << path;
    }
    expect_error("GET", "/api/entries/999999", "", 404, "not_found");
    expect_error("GET", "/api/entries/abc", "", 404, "not_found");
    expect_error("GET", "/api/exercises/moonwalk", "", 404, "not_found", nullptr);
}

TEST_F(Errors, AKnownPathWithAnotherMethodIs405ListingTheMethodsItTakes) {
    const std::tuple<std::string, std::string, std::set<std::string>> cases[] = {
        {"PATCH", entry, {"GET", "PUT", "DELETE"}},         {"POST", "/api/health", {"GET"}},
        {"DELETE", "/api/profile", {"GET", "PUT"}},         {"GET", "/api/import", {"POST"}},
        {"PUT", "/api/session", {"POST", "GET", "DELETE"}},
    };
    for (const auto& [method, target, allowed] : cases) {
        const Answer reply = expect_error(method, target, "", 405, "method_not_allowed");
        std::set<std::string> listed;
        std::string allow = reply.header("Allow").value_or("");
        for (std::size_t start = 0; start <= allow.size();) {
            const std::size_t comma = std::min(allow.find(',', start), allow.size());
            std::string method_name = allow.substr(start, comma - start);
            std::erase(method_name, ' ');
            listed.insert(method_name);
            start = comma + 1;
        }
        EXPECT_EQ(listed, allowed) << method << " " << target << ": Allow: " << allow;
    }
}

TEST_F(Errors, RequestsThatCouldHarmAre422) {
    json minor = adult_profile();
    minor["age_years"] = 16;
    expect_error("PUT", "/api/profile", minor.dump(), 422, "refused_for_safety", &Q);
    expect_error("PUT", "/api/profile", json{{"age_years", 16}}.dump(), 422, "refused_for_safety", &P);
    json born = adult_profile();
    born.erase("age_years");
    born["born"] = "2010-06-01";
    expect_error("PUT", "/api/profile", born.dump(), 422, "refused_for_safety", &Q);
    json profile = adult_profile();
    profile["age_years"] = 16;
    profile["age_given_on"] = "2026-11-01";
    profile["program_start"] = "2026-11-01";
    profile["activity"] = "light";
    profile["deficit_kcal"] = 500;
    profile["surplus_kcal"] = 300;
    profile["units"] = "metric";
    profile["equipment"] = {"none"};
    profile["preferred_time"] = "18:00";
    profile["level"] = "beginner";
    profile["low_impact"] = false;
    const json document = {
        {"format", "hipfit-export"}, {"version", 1}, {"profile", profile}, {"entries", json::array()}};
    expect_error("POST", "/api/import", document.dump(), 422, "refused_for_safety", &Q);
    EXPECT_EQ(server->get("/api/profile", &Q).status, 404);
}

TEST_F(Errors, ConflictsAre409) {
    expect_error("POST", "/api/undo", "", 409, "conflict", &Q);
    for (const char* email : {"person@example.com", "PERSON@Example.com"}) {
        const Answer taken =
            expect_error("POST", "/api/accounts", json{{"email", email}, {"password", kPassword}}.dump(), 409,
                         "conflict", nullptr);
        EXPECT_EQ(taken.error_field(), "email");
    }
}

TEST(ErrorsOfTheDatabase, ADatabaseFailureIs500AndShowsNoSqlOrPath) {
    TestServer server;
    const Session person = server.sign_up("person@example.com");
    // Another program damages the database under the running server.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(server.path().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DROP TABLE coach_links", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    for (const auto& [method, target] : {std::pair{"GET", "/api/coaches"}, {"GET", "/api/clients"}}) {
        const Answer reply = server.send(method, target, &person);
        EXPECT_EQ(reply.status, 500) << reply;
        EXPECT_EQ(reply.error_code(), "internal") << reply;
        for (const char* leak : {"SELECT", "coach_links", "sqlite", "no such table", "/tmp/", ".db"})
            EXPECT_EQ(reply.body.find(leak), std::string::npos) << leak << " in " << reply;
    }
    EXPECT_EQ(server.get("/api/session", &person).status, 200) << "the rest still works";
}

}  // namespace
}  // namespace hipfit::server
