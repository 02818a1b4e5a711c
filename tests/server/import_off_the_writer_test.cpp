// An import is read and checked on the request's own thread, before its write is queued for the one
// writer thread: a large or broken file must not hold up every other account's writes (issue 11's
// probe: a 15 MB import held the writer for 7 s, and another account's POST /api/entries waited 7.9 s).
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "server/group_commit.hpp"
#include "server/routes.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server::testing {
namespace {

class ImportOffTheWriter : public ::testing::Test {
  protected:
    ImportOffTheWriter() : group_commit_(server_.path()) { server_.state().group_commit = &group_commit_; }
    ~ImportOffTheWriter() override { server_.state().group_commit = nullptr; }

    struct Answered {
        Response response;
        std::thread::id thread;
    };

    // Dispatches like the listener does, noting on which thread the answer came.
    Answered dispatch_import(const Session& session, std::string body,
                             std::string_view target = "/api/import",
                             std::string_view type = "application/json") {
        Request request = make_request("POST", target, std::move(body), type);
        with_session(request, session);
        std::promise<Answered> answer;
        dispatch(std::make_shared<const Request>(request), server_.database(), server_.state(),
                 [&answer](Response response) {
                     answer.set_value({std::move(response), std::this_thread::get_id()});
                 });
        return answer.get_future().get();
    }

    TestServer server_;
    GroupCommit group_commit_;
};

TEST_F(ImportOffTheWriter, ABrokenImportIsRefusedWithoutReachingTheWriter) {
    const Session person = server_.sign_up("person@example.com");
    const std::string broken = R"({"format":"hipfit-export","version":2,"profile":null,"entries":[)"
                               R"({"id":1,"kind":"weight","date":"2026-11-01","time":"07:30","value":"x"}]})";
    const Answered answered = dispatch_import(person, broken);
    EXPECT_EQ(answered.response.status, 400) << answered.response.body;
    // The group commit answers on its writer thread; a refusal before the queue answers on this one.
    EXPECT_EQ(answered.thread, std::this_thread::get_id());
}

TEST_F(ImportOffTheWriter, AGoodImportIsWrittenByTheWriterFromWhatWasReadBefore) {
    const Session person = server_.sign_up("person@example.com");
    const std::string good = R"({"format":"hipfit-export","version":2,"profile":null,"entries":[)"
                             R"({"id":1,"kind":"weight","date":"2026-11-01","time":"07:30","value":72.5}]})";
    const Answered answered = dispatch_import(person, good);
    ASSERT_EQ(answered.response.status, 200) << answered.response.body;
    EXPECT_NE(answered.thread, std::this_thread::get_id());
    EXPECT_EQ(nlohmann::json::parse(answered.response.body)["imported"], 1);
    EXPECT_EQ(server_.get("/api/entries", &person).json[0]["value"], 72.5);
}

// Another app's file too (docs/import.md): read, its names mapped and every entry checked before the writer.
TEST_F(ImportOffTheWriter, AnotherAppsFileIsReadBeforeTheWriterToo) {
    const Session person = server_.sign_up("person@example.com");
    const std::string header =
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
        "Notes,RPE\n";
    const Answered broken =
        dispatch_import(person, header + "2026-11-02 18:00:00,Legs,45m,Squat,1,heavy,8,0,0,,,\n",
                        "/api/import?filename=strong.csv", "text/csv");
    EXPECT_EQ(broken.response.status, 400) << broken.response.body;
    EXPECT_EQ(broken.thread, std::this_thread::get_id());
    const Answered good =
        dispatch_import(person, header + "2026-11-02 18:00:00,Legs,45m,Squat,1,60,8,0,0,,,\n",
                        "/api/import?filename=strong.csv", "text/csv");
    ASSERT_EQ(good.response.status, 200) << good.response.body;
    EXPECT_NE(good.thread, std::this_thread::get_id());
    EXPECT_EQ(nlohmann::json::parse(good.response.body)["imported"], 1);
}

}  // namespace
}  // namespace hipfit::server::testing
