// A lose-fat user who becomes underweight (BMI 17.0) in-process: GET /api/today, /api/stats, /api/checkin,
// /api/forecast and /api/coach answer 200 planning to maintain, the coach's first advice says why, and
// GET /api/assessment still refuses the stored goal (422).
#include <gtest/gtest.h>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class UnderweightViews : public ::testing::Test {
  protected:
    void SetUp() override {
        P = server.sign_up("person@example.com");
        json profile = adult_profile();
        profile["goal"] = "lose-fat";
        ASSERT_EQ(server.put("/api/profile", profile, &P).status, 200);
        ASSERT_EQ(server.post("/api/entries", weight_entry(46.3), &P).status, 201);
    }

    TestServer server;
    Session P;
};

// What each view plans is app's (tests/app/underweight_views_test.cpp); here, that the routes answer it.
TEST_F(UnderweightViews, EveryViewAnswersAndPlansToMaintain) {
    for (const char* path : {"/api/today", "/api/stats", "/api/checkin", "/api/forecast", "/api/coach"}) {
        const Answer reply = server.get(path, &P);
        EXPECT_EQ(reply.status, 200) << path << ": " << reply;
    }
    // The woman's maintenance at 46.3 kg, Mifflin–St Jeor × 1.375: 1,163.25 · 1.375 kcal.
    EXPECT_NEAR(server.get("/api/today", &P).json["targets"]["energy_kcal"].get<double>(), 1163.25 * 1.375,
                1e-9);
    EXPECT_EQ(server.get("/api/coach", &P).json[0]["rule"], "underweight");
}

TEST_F(UnderweightViews, TheAssessmentStillRefusesFatLoss) {
    const Answer reply = server.get("/api/assessment", &P);
    EXPECT_EQ(reply.status, 422) << reply;
    EXPECT_NE(reply.body.find("will not plan fat loss"), std::string::npos) << reply;
}

}  // namespace
}  // namespace hipfit::server
