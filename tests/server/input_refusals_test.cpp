// The API refuses what 'hipfit log' and 'hipfit import' refuse, through the same core and io checks, with
// the same messages: unknown keys of a set, control characters in a note, workouts of too many sets or
// longer than a day, an energy no workout can have; and a workout day beyond the planner's calendar no
// longer blames a "start" the request never sent.
#include <gtest/gtest.h>

#include <memory>

#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;
using nlohmann::json;

class InputRefusals : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        server = std::make_unique<TestServer>();
        P = server->sign_up("person@example.com");
        EXPECT_EQ(server->put("/api/profile", adult_profile(), &P).status, 200);
    }
    static void TearDownTestSuite() { server.reset(); }

    // The entry is refused with a 400 naming `field` with exactly `message`, and nothing is stored.
    static void expect_refused(const json& entry, const std::string& field, const std::string& message) {
        const std::string before = database_dump(server->path());
        const Answer reply = server->post("/api/entries", entry, &P);
        EXPECT_EQ(reply.status, 400) << entry << ": " << reply.body;
        EXPECT_EQ(reply.error_field(), field) << reply.body;
        EXPECT_EQ(reply.has_error_shape() ? reply.json["error"]["message"].get<std::string>() : "", message);
        EXPECT_EQ(database_dump(server->path()), before);
    }

    static inline std::unique_ptr<TestServer> server;
    static inline Session P;
};

json workout_of(const json& sets) {
    return {{"kind", "workout"}, {"date", "2026-11-20"}, {"time", "18:00"}, {"sets", sets}};
}

json bridges(std::size_t count) {
    json sets = json::array();
    for (std::size_t i = 0; i < count; ++i) sets.push_back({{"exercise", "glute-bridge"}, {"reps", 12}});
    return sets;
}

TEST_F(InputRefusals, AnUnknownKeyOfASetIsRefused) {
    expect_refused(workout_of({{{"exercise", "squat"}, {"reps", 10}, {"weight", 5}}}), "weight",
                   "Set 1, weight: is not a field of a set.");
}

TEST_F(InputRefusals, ControlCharactersInANoteAreRefused) {
    const json food = {{"kind", "food"},
                       {"date", "2026-11-20"},
                       {"time", "12:00"},
                       {"value", 500},
                       {"note", std::string("soup\0bread", 10)}};
    expect_refused(
        food, "note",
        "Note: a control character (\\x00) at character 5; the text may hold tabs and line breaks, not "
        "other control characters.");
    json lines = food;
    lines["note"] = "soup\r\nwith bread\tand salt";
    EXPECT_EQ(server->post("/api/entries", lines, &P).status, 201);
}

TEST_F(InputRefusals, AWorkoutHasItsLimits) {
    expect_refused(workout_of(bridges(201)), "sets", "Sets: 201 sets; a workout entry holds at most 200.");
    expect_refused(
        workout_of({{{"exercise", "walking"}, {"minutes", 600}},
                    {{"exercise", "walking"}, {"minutes", 600}},
                    {{"exercise", "walking"}, {"minutes", 600}}}),
        "sets",
        "Sets: the sets take 30 h 0 min; a workout entry is at most 24 h (log a longer event as one "
        "entry a day).");
    json energetic = workout_of(bridges(3));
    energetic["energy_kcal"] = 434400;
    expect_refused(energetic, "energy_kcal",
                   "Energy: 434400 kcal is outside the accepted range 0–144000 kcal.");
    expect_refused(workout_of({{{"exercise",
                                 "glute\x1b"
                                 "bridge"},
                                {"reps", 12}}}),
                   "exercise",
                   "Set 1, exercise: no exercise 'glute\\x1bbridge'; 'hipfit exercises' lists them.");
}

// Issue 13, point 3: the API's messages are sentences for people, naming the field in words — an entry's
// value by its kind — never "entry, field value:"; the field itself is still the JSON key.
TEST_F(InputRefusals, TheMessagesNameTheFieldInWords) {
    expect_refused({{"kind", "weight"}, {"value", 7.24}, {"date", "2026-11-20"}, {"time", "07:00"}}, "value",
                   "Weight: 7.24 kg is outside the accepted range 30–300 kg.");
    expect_refused({{"kind", "water"}, {"value", 90000}, {"date", "2026-11-20"}, {"time", "07:00"}}, "value",
                   "Water: 90000 ml is outside the accepted range 10–5000 ml.");
    expect_refused({{"kind", "measure"}, {"waist_cm", 900}, {"date", "2026-11-20"}, {"time", "07:00"}},
                   "waist_cm", "Waist: 900 cm is outside the accepted range 40–200 cm.");
    expect_refused({{"kind", "weight"}, {"value", 72}, {"date", "2026-11-31"}, {"time", "07:00"}}, "date",
                   "Date: '2026-11-31' is not a date in the form YYYY-MM-DD (e.g. 1990-04-23).");
    expect_refused(
        {{"kind", "food"}, {"value", 500}, {"protein_g", 30.5}, {"date", "2026-11-20"}, {"time", "25:00"}},
        "time", "Time: '25:00' is not a time in the form HH:MM (00:00 to 23:59).");
}

TEST_F(InputRefusals, AWorkoutDayBeyondThePlannersCalendarBlamesNoStart) {
    const Answer reply = server->get("/api/workout?date=9999-12-31", &P);
    EXPECT_NE(reply.error_field(), "start") << reply.body;
    EXPECT_LT(reply.status, 500) << reply.body;
    EXPECT_EQ(reply.status, 404) << reply.body;
}

}  // namespace
}  // namespace hipfit::server
