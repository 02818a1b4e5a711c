// A kept check-in target under the person's floor (a woman's 1,200 kcal in a man's journal) in-process:
// GET /api/checkin's `in_force` and the check-in itself show the raised target, as GET /api/today does.
#include <gtest/gtest.h>

#include "core/checkin/checkin_record.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

// The man's floor: his resting expenditure, Mifflin–St Jeor: 10·72 + 6.25·165 − 5·34 + 5 = 1,586.25 kcal.
constexpr double kFloorKcal = 1586.25;

TEST(CheckinFloor, InForceIsTheRaisedTarget) {
    TestServer server;
    const Session P = server.sign_up("person@example.com");
    json man = adult_profile();
    man["sex"] = "male";
    ASSERT_EQ(server.put("/api/profile", man, &P).status, 200);
    server.database().journal(P.id)->save_checkin({kToday,
                                                   core::Kilocalories(1200),
                                                   core::Kilocalories(1400),
                                                   std::nullopt,
                                                   std::nullopt,
                                                   {"Imported."}});

    const Answer checkin = server.get("/api/checkin", &P);
    ASSERT_EQ(checkin.status, 200) << checkin;
    EXPECT_EQ(checkin.json["in_force"]["target_kcal"], kFloorKcal) << checkin;
    EXPECT_EQ(checkin.json["in_force"]["previous_target_kcal"], 1400.0);
    EXPECT_EQ(checkin.json["in_force"]["reasons"].size(), 2U) << checkin;
    EXPECT_EQ(server.get("/api/today", &P).json["targets"]["energy_kcal"], kFloorKcal);
}

}  // namespace
}  // namespace hipfit::server
