// hipfit workout through the binary, driven by --input in simulated time: a whole session recorded as one
// workout entry, a skipped warm-up noted and explained, quitting and resuming the same day, --json equal
// to GET /api/workout on the same database, the same entry as POST /api/workout records for the same
// steps, the days it refuses, what a set is asked (a load only with a weight, once for both sides) and
// text wrapped at spaces to the width.
#include <algorithm>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "core/workout/workout_script.hpp"
#include "io/catalog_json.hpp"
#include "tests/cli/hipfit_fixture.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr const char* kMonday = "2026-11-23";  // the program's first training day

class Workout : public HipfitBinary {
  protected:
    // The profile is created on Saturday 2026-11-21: the program starts that day, training Mon/Wed/Fri.
    void SetUp() override {
        std::vector<std::string> args = metric_profile();
        args.insert(args.end(), {"--days", "mon,wed,fri"});
        ASSERT_EQ(hipfit(args).exit_code, 0);
        script_ = on(kMonday, {"workout", "--json"});
        ASSERT_EQ(script_.exit_code, 0) << script_.err;
        steps_ = json::parse(script_.out)["steps"];
        for (const json& step : steps_) {
            if (step["kind"] == "reps") {
                ASSERT_FALSE(step.contains("load_kg") || step["add_resistance"] == true) << step;
                ASSERT_FALSE(core::takes_load(io::builtin_catalog().get(step["exercise"].get<std::string>())))
                    << "this profile has no equipment: every set is of body weight, " << step;
            }
        }
    }

    [[nodiscard]] ProcessResult on(const std::string& day, const std::vector<std::string>& args,
                                   const std::string& input = "",
                                   const std::map<std::string, std::string>& more = {}) const {
        std::map<std::string, std::string> environment{
            {"HIPFIT_DB", database()}, {"HIPFIT_TODAY", day}, {"HOME", dir_.path()}};
        environment.insert(more.begin(), more.end());
        return run_process(HIPFIT_BINARY, args, environment, input);
    }

    // Plays the workout of `day` with `lines` as the file given to --input.
    [[nodiscard]] ProcessResult play(const std::string& lines, const std::string& day = kMonday,
                                     const std::map<std::string, std::string>& more = {}) const {
        const std::string path = dir_.file("input.txt");
        std::ofstream(path, std::ios::binary) << lines;
        return on(day, {"workout", "--input", path}, "", more);
    }

    // A body-weight set of reps is asked its effort (RPE) once, after the last side of its exercise's last
    // set; nothing else after the reps.
    [[nodiscard]] bool asks_effort(std::size_t i) const {
        const json& step = steps_[i];
        return step["kind"] == "reps" && step["side"] != "left" && step["set"] == step["sets"];
    }

    // Enter at what step i asks after the reps: no RPE.
    [[nodiscard]] std::string no_effort(std::size_t i) const { return asks_effort(i) ? "\n" : ""; }

    // The lines of a person who does steps [from, to) as planned: Enter, and at a set of reps Enter at
    // each of its questions (the target reps, no RPE).
    [[nodiscard]] std::string as_planned(std::size_t from, std::size_t to) const {
        std::string lines;
        for (std::size_t i = from; i < to && i < steps_.size(); ++i)
            lines += steps_[i]["kind"] == "reps" ? "\n\n" + no_effort(i) : "\n";
        return lines;
    }

    [[nodiscard]] std::size_t warm_up_steps() const {
        std::size_t count = 0;
        while (count < steps_.size() && steps_[count]["block"] == "warm-up") ++count;
        return count;
    }

    // The sets docs/workout.md says a session done as planned records: one per set (both sides one) of
    // reps, hold and intervals steps, and one per cardio bout.
    [[nodiscard]] std::size_t sets_as_planned() const {
        std::set<std::tuple<std::string, std::string, int>> sets;
        for (const json& step : steps_) {
            const std::string kind = step["kind"];
            if (kind == "reps" || kind == "hold" || kind == "intervals" ||
                (kind == "timed" && step["block"] == "cardio"))
                sets.emplace(step["exercise"], step["block"], step.value("set", 1));
        }
        return sets.size();
    }

    [[nodiscard]] json workouts() const {
        const ProcessResult history = on(kMonday, {"history", "--json", "--kind", "workout"});
        EXPECT_EQ(history.exit_code, 0) << history.err;
        return json::parse(history.out);
    }

    // The server in-process on a database the command line made for this profile (Monday, Wednesday and
    // Friday); its first account takes over that journal, as 'hipfit serve --claim-owner' lets it.
    [[nodiscard]] static std::unique_ptr<hipfit::server::testing::TestServer>
    server_on_the_command_lines_journal() {
        std::vector<std::string> init = metric_profile();
        init.insert(init.end(), {"--days", "mon,wed,fri"});
        hipfit::server::ServerOptions claiming;
        claiming.claim_owner = true;
        return std::make_unique<hipfit::server::testing::TestServer>(
            [&](const std::string& path) {
                const ProcessResult made =
                    run_process(HIPFIT_BINARY, init, {{"HIPFIT_DB", path}, {"HIPFIT_TODAY", kToday}});
                ASSERT_EQ(made.exit_code, 0) << made.err;
            },
            claiming);
    }

    [[nodiscard]] bool progress_kept() const {
        return read_file_or_missing(database() + ".workout-progress.json") != "<missing>";
    }

    ProcessResult script_;
    json steps_;
};

TEST_F(Workout, AWholeSessionIsRecordedAsOneWorkoutEntry) {
    ASSERT_EQ(steps_[warm_up_steps()]["kind"], "reps")
        << "the session starts its training with a set of reps";
    // The first set: a wrong answer is asked again, then 8 reps.
    const std::string lines = as_planned(0, warm_up_steps()) + "\nabc\n8\n" + no_effort(warm_up_steps()) +
                              as_planned(warm_up_steps() + 1, steps_.size());
    const ProcessResult result = play(lines);
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    EXPECT_NE(result.out.find("[1/" + std::to_string(steps_.size()) + "] Warm-up"), std::string::npos);
    EXPECT_NE(result.out.find("is not a whole number"), std::string::npos) << "'abc' is explained";
    EXPECT_NE(result.out.find("Workout finished"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Recorded workout"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("You skipped the warm-up"), std::string::npos);
    EXPECT_EQ(result.out.find('\a'), std::string::npos) << "no bells without a terminal";
    const json entries = workouts();
    ASSERT_EQ(entries.size(), 1U) << entries;
    const json& entry = entries[0];
    EXPECT_EQ(entry["date"], kMonday);
    EXPECT_EQ(entry["warm_up_skipped"], false);
    EXPECT_GT(entry["energy_kcal"].get<double>(), 0.0);
    ASSERT_EQ(entry["sets"].size(), sets_as_planned()) << entry;
    // Its two sides are one set: the fewer reps (8 of 8 and the target); of body weight, no load.
    const json& first = entry["sets"][0];
    EXPECT_EQ(first["exercise"], steps_[warm_up_steps()]["exercise"]);
    EXPECT_EQ(first["reps"], 8);
    EXPECT_FALSE(first.contains("load_kg")) << first;
    EXPECT_EQ(entry["sets"][1]["reps"], steps_[warm_up_steps()]["reps"]) << "the second set, as planned";
    EXPECT_FALSE(progress_kept());
}

TEST_F(Workout, BackDoesTheLastSetAgainAndPauseWaits) {
    const std::size_t first = warm_up_steps();
    const json& set = steps_[first];
    // 6 reps, then back from the next step (a switch of sides or a rest) to do it again: 9 reps.
    const std::string lines = "p\n" + as_planned(0, first) + "\n6\n" + no_effort(first) + "b\n\n9\n" +
                              no_effort(first) + as_planned(first + 1, steps_.size());
    const ProcessResult result = play(lines);
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    const std::string heading = "[" + std::to_string(first + 1) + "/";
    EXPECT_NE(result.out.find(heading, result.out.find(heading) + 1), std::string::npos) << "shown twice";
    const json entries = workouts();
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0]["sets"].size(), sets_as_planned());
    const int target = set["reps"];
    EXPECT_EQ(entries[0]["sets"][0]["reps"], set["side"].is_null() ? 9 : std::min(9, target));
}

TEST_F(Workout, ASkippedWarmUpIsNotedInTheEntryAndExplained) {
    std::string lines;
    for (std::size_t i = 0; i < warm_up_steps(); ++i) lines += "s\n";
    const ProcessResult result = play(lines + as_planned(warm_up_steps(), steps_.size()));
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    EXPECT_NE(result.out.find("You skipped the warm-up"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("common cause of strains"), std::string::npos) << result.out;
    const std::string joined = std::regex_replace(result.out, std::regex("\n +"), " ");  // unwrapped
    EXPECT_NE(joined.find("(warm-up skipped)"), std::string::npos) << "the recorded entry says it too";
    const json entries = workouts();
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0]["warm_up_skipped"], true);
    EXPECT_EQ(entries[0]["sets"].size(), sets_as_planned()) << "warm-up moves are no sets";
}

TEST_F(Workout, QuitKeepsThePlaceAndTheSameDayResumesThere) {
    const std::size_t stop = warm_up_steps() + 1;  // after the warm-up and the first set's first side
    const ProcessResult first = play(as_planned(0, stop) + "q\n");
    ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
    const std::string where = "step " + std::to_string(stop + 1) + " of " + std::to_string(steps_.size());
    EXPECT_NE(first.out.find("Stopped at " + where), std::string::npos) << first.out;
    EXPECT_TRUE(progress_kept());
    EXPECT_EQ(workouts(), json::array()) << "nothing is recorded before the end";
    // Monday resumes at the kept step: a skip there proves it, and the entry holds what came before.
    const ProcessResult second = play("s\n" + as_planned(stop + 1, steps_.size()));
    ASSERT_EQ(second.exit_code, 0) << second.err << second.out;
    EXPECT_NE(second.out.find("Resuming at " + where), std::string::npos) << second.out;
    EXPECT_EQ(second.out.find("[1/"), std::string::npos) << "the warm-up is not played again";
    const json entries = workouts();
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0]["warm_up_skipped"], false) << "the warm-up was done before quitting";
    EXPECT_EQ(entries[0]["sets"].size(), sets_as_planned());
    EXPECT_FALSE(progress_kept());
}

TEST_F(Workout, APlaceKeptOnAnotherDayIsSetAside) {
    ASSERT_EQ(play(as_planned(0, 3) + "q\n").exit_code, 0);
    const ProcessResult wednesday = play("q\n", "2026-11-25");
    ASSERT_EQ(wednesday.exit_code, 0) << wednesday.err;
    EXPECT_EQ(wednesday.out.find("Resuming"), std::string::npos) << wednesday.out;
    EXPECT_NE(wednesday.out.find("[1/"), std::string::npos) << wednesday.out;
    EXPECT_NE(wednesday.out.find("Stopped at step 1 "), std::string::npos) << wednesday.out;
}

TEST_F(Workout, TheEndOfTheInputKeepsThePlaceAsQuitDoes) {
    const ProcessResult result = play(as_planned(0, 2));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Input ended. Stopped at step 3"), std::string::npos) << result.out;
    EXPECT_TRUE(progress_kept());
}

TEST_F(Workout, JsonIsWhatTheApiAnswersForTheSameDatabase) {
    const auto claimed = server_on_the_command_lines_journal();
    hipfit::server::testing::TestServer& server = *claimed;
    const ProcessResult cli = run_process(HIPFIT_BINARY, {"workout", "--json", "--date", kMonday},
                                          {{"HIPFIT_DB", server.path()}, {"HIPFIT_TODAY", kToday}});
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    const hipfit::server::testing::Session owner = server.sign_up("owner@example.com");
    const hipfit::server::testing::Answer reply = server.get("/api/workout?date=2026-11-23", &owner);
    ASSERT_EQ(reply.status, 200) << reply;
    EXPECT_EQ(reply.json, json::parse(cli.out));
    EXPECT_EQ(reply.json, json::parse(script_.out)) << "the same profile gives the same script";
}

// Both players are core's: the steps the terminal plays, sent as the web player sends them
// (POST /api/workout), record the same workout.
TEST_F(Workout, TheTerminalRecordsWhatTheWebPlayersRouteRecordsForTheSameSteps) {
    const std::size_t first = warm_up_steps();
    ASSERT_EQ(steps_[first]["kind"], "reps");
    // The first set at 8 reps; Back from the next step; again at 9 reps. The effort is asked (and RPE 8
    // given) after the last side of the first exercise's last set.
    std::size_t last = first;
    while (!asks_effort(last)) ++last;
    ASSERT_GT(last, first) << "the first exercise has more than one set or side";
    const ProcessResult played =
        play(as_planned(0, first) + "\n8\n" + no_effort(first) + "b\n\n9\n" + no_effort(first) +
             as_planned(first + 1, last) + "\n\n8\n" + as_planned(last + 1, steps_.size()));
    ASSERT_EQ(played.exit_code, 0) << played.err << played.out;
    json events = json::array();
    auto as_planned_events = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            json event = {{"step", i}, {"action", "done"}};
            if (steps_[i]["kind"] == "timed" || steps_[i]["kind"] == "hold")
                event["seconds"] = steps_[i]["seconds"];
            if (steps_[i]["kind"] == "intervals")
                event["rounds"] = steps_[i]["rounds"];
            events.push_back(event);
        }
    };
    as_planned_events(0, first);
    events.push_back({{"step", first}, {"action", "done"}, {"reps", 8}});
    events.push_back({{"step", first + 1}, {"action", "back"}});
    events.push_back({{"step", first}, {"action", "done"}, {"reps", 9}});
    as_planned_events(first + 1, last);
    events.push_back({{"step", last}, {"action", "done"}, {"rpe", 8}});
    as_planned_events(last + 1, steps_.size());

    const auto claimed = server_on_the_command_lines_journal();
    hipfit::server::testing::TestServer& server = *claimed;
    const hipfit::server::testing::Session owner = server.sign_up("owner@example.com");
    const hipfit::server::testing::Answer reply = server.post(
        "/api/workout", {{"date", kMonday}, {"steps", steps_.size()}, {"events", events}}, &owner);
    ASSERT_EQ(reply.status, 201) << reply;
    const json entries = workouts();
    ASSERT_EQ(entries.size(), 1U);
    auto compared = [](json entry) {
        // The server's day is Saturday; the answer adds the workout's personal bests (none: a first time).
        for (const char* key : {"id", "date", "time"}) entry.erase(key);
        EXPECT_EQ(entry.value("personal_bests", json::array()), json::array());
        entry.erase("personal_bests");
        return entry;
    };
    EXPECT_EQ(compared(entries[0]), compared(reply.json));
    const int target = steps_[first]["reps"];
    EXPECT_EQ(entries[0]["sets"][0]["reps"], steps_[first]["side"].is_null() ? 9 : std::min(9, target));
    int rpe_logged = 0;
    for (const json& set : entries[0]["sets"]) {
        EXPECT_FALSE(set.contains("load_kg")) << set;
        rpe_logged += set.contains("rpe") ? 1 : 0;
    }
    EXPECT_EQ(rpe_logged, 1) << entries[0];
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Issue 13, point 7: the player asked a load and an RPE after every body-weight set, on each side.
TEST_F(Workout, ABodyWeightSetIsAskedNoLoadAndItsEffortOnceAnExercise) {
    const ProcessResult result = play(as_planned(0, steps_.size()));
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    ASSERT_NE(result.out.find("Recorded workout"), std::string::npos) << "the answers fitted the questions";
    std::size_t reps_steps = 0;
    std::set<std::pair<std::string, std::string>> exercises;  // of reps, by block
    for (const json& step : steps_) {
        if (step["kind"] != "reps")
            continue;
        ++reps_steps;
        exercises.emplace(step["exercise"], step["block"]);
    }
    ASSERT_GT(reps_steps, exercises.size()) << "some exercise has several sets or sides";
    EXPECT_EQ(count(result.out, "Reps done"), reps_steps);
    EXPECT_EQ(count(result.out, "Load (") + count(result.out, "Load ["), 0U) << result.out;
    EXPECT_EQ(count(result.out, "RPE 1–10"), exercises.size()) << result.out;
}

TEST_F(Workout, ASetWithAWeightIsAskedItsLoadAndEffortOnceForBothSides) {
    std::vector<std::string> init = metric_profile();
    init.insert(init.end(), {"--days", "mon,wed,fri", "--equipment", "dumbbells,ankle-weights", "--level",
                             "intermediate"});
    ASSERT_EQ(hipfit(init).exit_code, 0);
    constexpr const char* kWednesday = "2026-11-25";  // dumbbell squats, and leg lifts with ankle weights
    const ProcessResult script = on(kWednesday, {"workout", "--json"});
    ASSERT_EQ(script.exit_code, 0) << script.err;
    const json steps = json::parse(script.out)["steps"];
    // What each set of reps asks after its reps, and the answers: 3 kg and RPE 7 at each.
    std::string lines;
    std::size_t loads = 0;
    std::size_t efforts = 0;
    std::size_t per_side_loaded = 0;
    for (const json& step : steps) {
        lines += "\n";
        if (step["kind"] != "reps")
            continue;
        lines += "\n";
        const bool weighted =
            core::takes_load(io::builtin_catalog().get(step["exercise"].get<std::string>()));
        if (step["side"] == "left")
            continue;
        per_side_loaded += weighted && step["side"] == "right" ? 1 : 0;
        if (weighted) {
            lines += "3kg\n7\n";
            ++loads;
            ++efforts;
        } else if (step["set"] == step["sets"]) {
            lines += "\n";
            ++efforts;
        }
    }
    ASSERT_GT(loads, 0U) << "the session has an exercise with a weight: " << steps;
    ASSERT_GT(per_side_loaded, 0U) << "and one of them per side: " << steps;
    const ProcessResult result = play(lines, kWednesday);
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    ASSERT_NE(result.out.find("Recorded workout"), std::string::npos) << result.out;
    EXPECT_EQ(count(result.out, "Load ("), loads) << result.out;
    EXPECT_EQ(count(result.out, "RPE 1–10"), efforts) << result.out;
    // Both sides of a set are one set, with the load and effort given after the right side.
    std::size_t weighed = 0;
    const ProcessResult history = on(kWednesday, {"history", "--json", "--kind", "workout"});
    ASSERT_EQ(history.exit_code, 0) << history.err;
    const json recorded = json::parse(history.out);
    ASSERT_EQ(recorded.size(), 1U) << recorded;
    for (const json& set : recorded[0]["sets"]) {
        if (!core::takes_load(io::builtin_catalog().get(set["exercise"].get<std::string>())))
            continue;
        ++weighed;
        EXPECT_EQ(set["load_kg"], 3.0) << set;
        EXPECT_EQ(set["rpe"], 7) << set;
    }
    EXPECT_EQ(weighed, loads);
}

// Issue 13, point 7: the player's text wrapped mid-word.
TEST_F(Workout, TheTextIsWrappedAtSpacesToTheWidth) {
    constexpr std::size_t kColumns = 40;
    const ProcessResult result =
        play(as_planned(0, steps_.size()), kMonday, {{"COLUMNS", std::to_string(kColumns)}});
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    std::istringstream in(result.out);
    for (std::string line; std::getline(in, line);) {
        const auto characters = std::count_if(
            line.begin(), line.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
        EXPECT_LE(static_cast<std::size_t>(characters), kColumns) << "'" << line << "'";
    }
    // Every cue reads whole once the line breaks and their indent are read as the spaces they replaced.
    const std::string joined = std::regex_replace(result.out, std::regex("\n +"), " ");
    for (const json& step : steps_) {
        if (step.contains("cue")) {
            EXPECT_NE(joined.find(step["cue"].get<std::string>()), std::string::npos) << step["cue"];
        }
    }
}

TEST_F(Workout, ADayWithoutASessionSaysWhenTheNextIs) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"workout"}, std::vector<std::string>{"workout", "--json"}}) {
        const ProcessResult result = on(kToday, args);  // a Saturday
        EXPECT_EQ(result.exit_code, 2) << result.out;
        EXPECT_NE(result.err.find("no session is planned on 2026-11-21; the next is on 2026-11-23"),
                  std::string::npos)
            << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
}

TEST_F(Workout, AFutureDayIsShownButNotPlayed) {
    EXPECT_EQ(on(kMonday, {"workout", "--json", "--date", "2026-11-25"}).exit_code, 0);
    const ProcessResult result = on(kMonday, {"workout", "--date", "2026-11-25", "--input", "/dev/null"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("in the future"), std::string::npos) << result.err;
    // An earlier day is played and recorded on that day.
    const ProcessResult past = on("2026-11-24", {"workout", "--date", kMonday, "--input", "/dev/null"});
    EXPECT_EQ(past.exit_code, 0) << past.err;
}

TEST_F(Workout, WithoutAProfileThereIsNothingToPlay) {
    const ProcessResult result = run_process(
        HIPFIT_BINARY, {"workout"}, {{"HIPFIT_DB", dir_.file("empty.db")}, {"HIPFIT_TODAY", kMonday}});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(read_file_or_missing(dir_.file("empty.db")), "<missing>") << "no database is created";
}

}  // namespace
}  // namespace hipfit::testing

namespace hipfit::testing {
namespace {

// A set that beats the person's records is named as it is done, and the recorded workout names its bests
// (core/journal/personal_best: the one rule the web player and the summary follow too).
TEST_F(Workout, ANewPersonalBestIsNamedAsTheSetIsDoneAndWhenTheWorkoutIsRecorded) {
    const std::string first = steps_[warm_up_steps()]["exercise"];
    const std::string name = steps_[warm_up_steps()]["name"];
    ASSERT_EQ(
        on(kMonday, {"log", "workout", "--date", "2026-11-09", "--time", "18:00", "--exercise", first + ":1"})
            .exit_code,
        0);
    steps_ = json::parse(on(kMonday, {"workout", "--json"}).out)["steps"];  // the session follows the log
    const int reps = steps_[warm_up_steps()]["reps"];
    ASSERT_GT(reps, 1);
    const ProcessResult result = play(as_planned(0, steps_.size()));
    ASSERT_EQ(result.exit_code, 0) << result.err << result.out;
    EXPECT_EQ(count(result.out, fmt::format("New personal best: {} reps!", reps)), 1U)
        << "once, at the first set; the next set of as many reps is none: " << result.out;
    EXPECT_NE(
        result.out.find(fmt::format("New personal best: {}, {} reps (your best before: 1 rep).", name, reps)),
        std::string::npos)
        << result.out;
}

}  // namespace
}  // namespace hipfit::testing
