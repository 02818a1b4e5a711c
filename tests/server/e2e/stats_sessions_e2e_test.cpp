// Workouts planned against done, one definition through both doors: `hipfit stats --month --json` and
// GET /api/stats?period=month on the same journal give the same numbers, and they are the right ones (the
// web's progress page draws the API's). Today is Sat 21 Nov 2026.
#include "tests/server/e2e/serve_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

class StatsSessions : public ServeTest {
  protected:
    void SetUp() override { start_server(); }

    static void log_workout(ApiClient& client, const std::string& date, const std::string& time = "18:00") {
        const json entry{{"kind", "workout"},
                         {"date", date},
                         {"time", time},
                         {"sets", {{{"exercise", "glute-bridge"}, {"reps", 12}}}}};
        const http::Response response = client.post("/api/entries", entry);
        ASSERT_EQ(response.status, 201) << entry.dump() << " → " << describe(response);
    }
};

// The program began on Thu 22 Oct (sessions Mon, Wed, Fri), so its weeks run Thursday to Wednesday and the
// month (Fri 23 Oct to today) starts a day into week 1; week 5 has two sessions still to come (Mon 23 and
// Wed 25 Nov). Planned on the month's days up to today: 13. Done on them: 12 — Thursday's extra workout
// before the month is left out on both sides, and Fri 13 Nov's two workouts both count.
TEST_F(StatsSessions, TheCommandLineAndTheApiCountTheSameSessions) {
    ApiClient owner = signed_up("owner@example.com");
    ASSERT_EQ(owner.put("/api/profile", reference_profile()).status, 200);
    const http::Response program = owner.put("/api/program", {{"start", "2026-10-22"}});
    ASSERT_EQ(program.status, 200) << describe(program);
    log_workout(owner, "2026-10-22");  // before the month
    for (const char* date :
         {"2026-10-23", "2026-10-26", "2026-10-28", "2026-10-30", "2026-11-02", "2026-11-04", "2026-11-06",
          "2026-11-09", "2026-11-13", "2026-11-16", "2026-11-20"})
        log_workout(owner, date);
    log_workout(owner, "2026-11-13", "07:00");  // a second workout that day

    const http::Response api = owner.get("/api/stats?period=month");
    ASSERT_EQ(api.status, 200) << describe(api);
    const json cli = cli_json({"stats", "--month", "--json"});
    EXPECT_EQ(api.json(), cli);

    EXPECT_EQ(cli["period"], json({{"start", "2026-10-23"}, {"end", "2026-11-21"}}));
    EXPECT_EQ(cli["workouts"], json({{"done", 12}, {"planned", 13}}));
    const json weeks = json::array({
        {{"number", 1}, {"start", "2026-10-23"}, {"end", "2026-10-28"}, {"planned", 3}, {"done", 3}},
        {{"number", 2}, {"start", "2026-10-29"}, {"end", "2026-11-04"}, {"planned", 3}, {"done", 3}},
        {{"number", 3}, {"start", "2026-11-05"}, {"end", "2026-11-11"}, {"planned", 3}, {"done", 2}},
        {{"number", 4}, {"start", "2026-11-12"}, {"end", "2026-11-18"}, {"planned", 3}, {"done", 3}},
        {{"number", 5}, {"start", "2026-11-19"}, {"end", "2026-11-21"}, {"planned", 1}, {"done", 1}},
    });
    EXPECT_EQ(cli["workout_weeks"], weeks);
    const std::string text = cli_output({"stats", "--month"});
    EXPECT_NE(text.find("12 of 13 planned"), std::string::npos) << text;
}

}  // namespace
}  // namespace hipfit::testing
