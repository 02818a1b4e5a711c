// The exercise catalog and the program through the real binary: listing and filtering exercises, one
// exercise, and the plan as JSON, Markdown and iCalendar; bad input exits 2 and changes nothing.
#include <chrono>
#include <set>

#include "core/base/date.hpp"
#include "io/catalog_json.hpp"
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

const std::vector<core::Exercise>& catalog() {
    return io::builtin_catalog().exercises();
}

bool lists(const json& words, const std::string& word) {
    return std::find(words.begin(), words.end(), json(word)) != words.end();
}

class PlanBinary : public HipfitBinary {
  protected:
    json exercises_json(const std::vector<std::string>& filters) const {
        std::vector<std::string> args{"exercises", "--json"};
        args.insert(args.end(), filters.begin(), filters.end());
        const ProcessResult result = hipfit(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }

    ProcessResult plan(const std::vector<std::string>& extra) const {
        std::vector<std::string> args{"plan", "--weeks", "12", "--start", "2026-11-23"};
        args.insert(args.end(), extra.begin(), extra.end());
        return hipfit(args);
    }
};

TEST_F(PlanBinary, ExercisesListsEveryCatalogEntry) {
    const ProcessResult result = hipfit({"exercises"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string listing = "\n" + result.out;
    for (const core::Exercise& e : catalog())
        EXPECT_NE(listing.find("\n" + e.id + " "), std::string::npos) << e.id;
    EXPECT_EQ(static_cast<std::size_t>(std::count(listing.begin(), listing.end(), '\n')),
              catalog().size() + 2);  // leading \n, one line each, the count
    EXPECT_NE(result.out.find(fmt::format("{} exercises.", catalog().size())), std::string::npos)
        << result.out;
    EXPECT_GE(catalog().size(), 35U);
}

TEST_F(PlanBinary, ExercisesJsonCarriesMusclesEquipmentAndImpact) {
    const json all = exercises_json({});
    ASSERT_TRUE(all.is_array());
    ASSERT_EQ(all.size(), catalog().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const json& item = all[i];
        EXPECT_EQ(item.at("id"), catalog()[i].id);
        EXPECT_TRUE(item.at("primary_muscles").is_array() && !item.at("primary_muscles").empty()) << item;
        EXPECT_TRUE(item.at("equipment").is_array()) << item;
        EXPECT_TRUE(item.at("impact") == "low" || item.at("impact") == "high") << item;
    }
}

TEST_F(PlanBinary, MuscleFilterOnlyReturnsExercisesTrainingIt) {
    const json found = exercises_json({"--muscle", "gluteus-medius"});
    std::set<std::string> ids;
    for (const json& item : found) {
        EXPECT_TRUE(lists(item["primary_muscles"], "gluteus-medius") ||
                    lists(item["secondary_muscles"], "gluteus-medius"))
            << item["id"];
        ids.insert(item["id"].get<std::string>());
    }
    for (const core::Exercise& e : catalog()) {
        if (e.trains(core::Muscle::gluteus_medius)) {
            EXPECT_TRUE(ids.contains(e.id)) << e.id << " trains gluteus-medius but is not listed";
        }
    }
    for (const char* id : {"clamshell", "fire-hydrant", "side-lying-leg-raise", "banded-lateral-walk"})
        EXPECT_TRUE(ids.contains(id)) << id;
    EXPECT_FALSE(ids.contains("walking"));
}

TEST_F(PlanBinary, EquipmentNoneOnlyReturnsBodyWeightExercises) {
    const json found = exercises_json({"--equipment", "none"});
    std::size_t body_weight = 0;
    for (const core::Exercise& e : catalog()) body_weight += e.equipment.empty() ? 1 : 0;
    EXPECT_EQ(found.size(), body_weight);
    for (const json& item : found) EXPECT_EQ(item["equipment"], json::array()) << item["id"];
}

TEST_F(PlanBinary, KindFilterReturnsTheCardioExercises) {
    std::set<std::string> ids;
    for (const json& item : exercises_json({"--kind", "cardio"})) {
        EXPECT_EQ(item["kind"], "cardio");
        ids.insert(item["id"].get<std::string>());
    }
    EXPECT_EQ(ids, (std::set<std::string>{"walking", "running", "cycling", "swimming", "hiking",
                                          "stair-climbing"}));
}

TEST_F(PlanBinary, AMisspeltFilterValueExits2NamingTheFlag) {
    for (const auto& [flag, value] : std::vector<std::pair<std::string, std::string>>{
             {"--muscle", "glutes"}, {"--equipment", "kettlebell"}, {"--kind", "yoga"}}) {
        const ProcessResult result = hipfit({"exercises", flag, value});
        EXPECT_EQ(result.exit_code, 2) << flag;
        EXPECT_NE(result.err.find(flag), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
    }
}

TEST_F(PlanBinary, OneExerciseAsJson) {
    const ProcessResult result = hipfit({"exercise", "glute-bridge", "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json e = json::parse(result.out);
    EXPECT_EQ(e.at("id"), "glute-bridge");
    EXPECT_EQ(e.at("primary_muscles"), json::array({"gluteus-maximus"}));
    EXPECT_EQ(e.at("equipment"), json::array());
    EXPECT_EQ(e.at("impact"), "low");
    EXPECT_GE(e.at("cues").size(), 2U);
}

TEST_F(PlanBinary, AnUnknownExerciseExits2) {
    const ProcessResult result = hipfit({"exercise", "nope"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no exercise 'nope'"), std::string::npos) << result.err;
}

TEST_F(PlanBinary, PlanWithoutAProfileExits2) {
    const ProcessResult result = plan({});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("hipfit init"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
}

void expect_count_or_null(const json& exercise, const char* key) {
    const json& value = exercise.at(key);
    EXPECT_TRUE(value.is_null() || (value.is_number_integer() && value.get<int>() >= 0))
        << key << ": " << exercise;
}

TEST_F(PlanBinary, PlanJsonHasTheShapeOfTheSpec) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult result = plan({"--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json weeks = json::parse(result.out).at("weeks");
    ASSERT_EQ(weeks.size(), 12U);
    const std::set<std::string> blocks{"warm-up", "targeted", "strength", "cardio", "intervals", "cool-down"};
    const auto start = std::chrono::sys_days(core::parse_date("2026-11-23", "start"));
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        const json& week = weeks[w];
        EXPECT_EQ(week.at("number"), w + 1);
        EXPECT_EQ(week.at("deload"), (w + 1) % 4 == 0) << "week " << w + 1;
        ASSERT_EQ(week.at("sessions").size(), 3U);  // mon, wed, fri
        for (const json& session : week.at("sessions")) {
            const auto day =
                std::chrono::sys_days(core::parse_date(session.at("date").get<std::string>(), "date"));
            EXPECT_EQ((day - start).count() / 7, static_cast<long>(w)) << session.at("date");
            EXPECT_EQ(session.at("minutes"), 45);
            ASSERT_FALSE(session.at("blocks").empty());
            EXPECT_EQ(session.at("blocks").front().at("kind"), "warm-up");
            EXPECT_EQ(session.at("blocks").back().at("kind"), "cool-down");
            for (const json& block : session.at("blocks")) {
                EXPECT_TRUE(blocks.contains(block.at("kind").get<std::string>())) << block.at("kind");
                ASSERT_FALSE(block.at("exercises").empty());
                for (const json& exercise : block.at("exercises")) {
                    EXPECT_NE(io::builtin_catalog().find(exercise.at("id").get<std::string>()), nullptr);
                    EXPECT_TRUE(exercise.at("per_side").is_boolean());
                    for (const char* key :
                         {"sets", "reps", "hold_seconds", "rest_seconds", "work_seconds", "minutes"})
                        expect_count_or_null(exercise, key);
                }
            }
        }
        ASSERT_TRUE(week.at("active_days").is_array());
        for (const json& day : week.at("active_days"))
            EXPECT_NO_THROW(core::parse_date(day.get<std::string>(), "day"));
    }
    EXPECT_EQ(weeks[0]["sessions"][0]["date"], "2026-11-23");
    EXPECT_EQ(weeks[0]["sessions"][2]["date"], "2026-11-27");
}

// Issue 13, point 4: a session's day is read with its weekday, and with its year only when that is
// not this year's (the fixture's today is in 2026).
TEST_F(PlanBinary, PlanTextShowsEachSessionsWeekday) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult result = plan({});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("Week 1\n  Mon 23 Nov — ", 0), 0U) << result.out.substr(0, 80);
    EXPECT_NE(result.out.find("\n  Wed 25 Nov — "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("\n  Mon 4 Jan 2027 — "), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("2026-11-23"), std::string::npos) << result.out;
}

TEST_F(PlanBinary, PlanMarkdownHasTheTitle) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult result = plan({"--markdown"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("# Your 12-week hipfit program\n", 0), 0U) << result.out.substr(0, 80);
    EXPECT_NE(result.out.find("## Week 4 — deload"), std::string::npos);
}

TEST_F(PlanBinary, PlanIcsWritesTheFileAndCountsTheSessions) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string file = dir_.file("plan.ics");
    const ProcessResult result = plan({"--ics", file});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "Wrote 36 sessions to " + file + ".\n");
    const std::string ics = read_file_or_missing(file);
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0U) << ics.substr(0, 40);
    std::size_t events = 0;
    for (std::size_t at = 0; (at = ics.find("BEGIN:VEVENT\r\n", at)) != std::string::npos; ++at) ++events;
    EXPECT_EQ(events, 36U);
}

TEST_F(PlanBinary, AnUnwritableIcsPathExits2AndWritesNothing) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult result = plan({"--ics", "/nonexistent-dir/x.ics"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--ics"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file_or_missing("/nonexistent-dir/x.ics"), "<missing>");
}

struct BadPlan {
    std::vector<std::string> args;
    std::string mentions;
};

void PrintTo(const BadPlan& bad, std::ostream* out) {
    for (const std::string& arg : bad.args) *out << "'" << arg << "' ";
}

class BadPlanTest : public HipfitBinary, public ::testing::WithParamInterface<BadPlan> {};

TEST_P(BadPlanTest, Exits2AndLeavesTheDatabaseAsItWas) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = read_file_or_missing(database());
    std::vector<std::string> args{"plan"};
    for (const std::string& arg : GetParam().args) args.push_back(arg == "FILE" ? dir_.file("x.ics") : arg);
    const ProcessResult result = hipfit(args);
    EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
    EXPECT_NE(result.err.find(GetParam().mentions), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file_or_missing(dir_.file("x.ics")), "<missing>");
    EXPECT_EQ(read_file_or_missing(database()), before);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, BadPlanTest,
                         ::testing::Values(BadPlan{{"--weeks", "0"}, "--weeks"},
                                           BadPlan{{"--weeks", "53"}, "--weeks"},
                                           BadPlan{{"--weeks", "x"}, "--weeks"},
                                           BadPlan{{"--start", "2026-02-30"}, "--start"},
                                           BadPlan{{"--seed", "-1"}, "--seed"},
                                           BadPlan{{"--json", "--markdown"}, "at most one of"},
                                           BadPlan{{"--json", "--ics", "FILE"}, "at most one of"},
                                           BadPlan{{"--markdown", "--ics", "FILE"}, "at most one of"}));

TEST_F(PlanBinary, ThePlanIsReproducibleAndTheSeedVariesIt) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult first = plan({"--json"});
    const ProcessResult again = plan({"--json"});
    const ProcessResult other = plan({"--json", "--seed", "1"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    ASSERT_EQ(other.exit_code, 0) << other.err;
    EXPECT_EQ(first.out, again.out);
    EXPECT_NE(first.out, other.out);
    EXPECT_EQ(plan({}).out, plan({}).out);
}

}  // namespace
}  // namespace hipfit::testing
