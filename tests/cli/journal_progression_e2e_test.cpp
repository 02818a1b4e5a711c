// The next session follows what was logged (docs/program.md, "Progression from what you logged"):
// 'hipfit today' and 'hipfit workout' through the binary, in JSON and in words.
#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr const char* kFirstMonday = "2026-11-23";
constexpr const char* kNextMonday = "2026-11-30";

class JournalProgression : public HipfitBinary {
  protected:
    // The profile is created on 2026-11-21 (a Saturday): Mondays are training days.
    void SetUp() override {
        std::vector<std::string> args = metric_profile();
        args.insert(args.end(), {"--days", "mon,wed,fri"});
        ASSERT_EQ(hipfit(args).exit_code, 0);
        const json session = today_on(kFirstMonday)["session"];
        ASSERT_FALSE(session.is_null());
        targeted_ = first_of(session, "targeted");
        strength_ = first_of(session, "strength");
        ASSERT_FALSE(targeted_.is_null());
        ASSERT_FALSE(strength_.is_null());
    }

    ProcessResult on(const std::string& day, const std::vector<std::string>& args) const {
        return run_process(HIPFIT_BINARY, args, {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", day}});
    }

    json today_on(const std::string& day) const {
        const ProcessResult result = on(day, {"today", "--json"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }

    static json first_of(const json& session, const std::string& block) {
        for (const json& b : session["blocks"]) {
            if (b["kind"] == block)
                return b["exercises"][0];
        }
        return nullptr;
    }

    static json find(const json& session, const std::string& id) {
        for (const json& b : session["blocks"]) {
            for (const json& e : b["exercises"]) {
                if (e["id"] == id)
                    return e;
            }
        }
        return nullptr;
    }

    // The catalog's reps range of an exercise: [min, max].
    json reps_range(const json& exercise) const {
        const ProcessResult result = hipfit({"exercise", exercise["id"], "--json"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out)["prescription"]["reps"];
    }

    // "id:12,12@10": as many sets as planned, each of `reps` (and `load`), the RPE after the last.
    static std::string spec(const json& planned, int reps, int rpe, const std::string& load = "") {
        std::string text = planned["id"].get<std::string>() + ":";
        for (int set = 0; set < planned["sets"].get<int>(); ++set)
            text += (set > 0 ? "," : "") + std::to_string(reps) + load;
        return text + "@" + std::to_string(rpe);
    }

    json targeted_;
    json strength_;
};

TEST_F(JournalProgression, TodayFollowsTheLastLogAndSaysWhy) {
    const json targeted_range = reps_range(targeted_);
    const json strength_range = reps_range(strength_);
    const int done = targeted_range[0].get<int>() + 4;  // to failure, at RPE 10
    const int held = targeted_range[0].get<int>();      // the bottom of the range it was judged against
    const int top = strength_range[1].get<int>();       // at the top at RPE 8, loaded: more load
    const ProcessResult logged = on(kFirstMonday, {"log", "workout", "--exercise", spec(targeted_, done, 10),
                                                   "--exercise", spec(strength_, top, 8, "x10kg")});
    ASSERT_EQ(logged.exit_code, 0) << logged.err;

    const json next = today_on(kNextMonday)["session"];
    const int sets = targeted_["sets"].get<int>();
    const json targeted = find(next, targeted_["id"]);
    EXPECT_EQ(targeted["reps"], held);
    EXPECT_EQ(targeted["sets"], sets);
    EXPECT_FALSE(targeted.contains("load_kg"));
    const auto times = [&](int reps) {
        return sets > 1 ? fmt::format("{} × {}", sets, reps) : fmt::format("{} reps", reps);
    };
    EXPECT_EQ(
        targeted["progression_note"],
        fmt::format("Last time: {}, RPE 10 — RPE 10, nothing left: stay at {}.", times(done), times(held)));

    const json strength = find(next, strength_["id"]);
    const int strength_sets = strength_["sets"].get<int>();
    const int bottom = strength_range[0].get<int>();
    EXPECT_DOUBLE_EQ(strength["load_kg"].get<double>(), 10.5);  // 10 kg + 5 %
    EXPECT_EQ(strength["reps"], bottom);
    const auto sets_of = [&](int reps) {
        return strength_sets > 1 ? fmt::format("{} × {}", strength_sets, reps) : fmt::format("{} reps", reps);
    };
    EXPECT_EQ(
        strength["progression_note"],
        fmt::format("Last time: {} at 10 kg, RPE 8 — every set at the top of the range at RPE 8: add 0.5 kg "
                    "(10.5 kg) and start again at {}.",
                    sets_of(top), sets_of(bottom)));

    // In words: the load after the prescription, the reason below it.
    const ProcessResult text = on(kNextMonday, {"today"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find(fmt::format("{} at 10.5 kg", sets_of(bottom))), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("\n      " + strength["progression_note"].get<std::string>() + "\n"),
              std::string::npos)
        << text.out;

    // The plan itself does not read the journal.
    const ProcessResult plan = hipfit({"plan", "--json", "--weeks", "2"});
    ASSERT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(plan.out.find("progression_note"), std::string::npos);
    EXPECT_EQ(plan.out.find("load_kg"), std::string::npos);
}

TEST_F(JournalProgression, TheWorkoutPlaysTheSamePrescriptionWithTheLoadOnEverySet) {
    const int top = reps_range(strength_)[1].get<int>();
    ASSERT_EQ(on(kFirstMonday, {"log", "workout", "--exercise", spec(strength_, top, 7, "x20kg")}).exit_code,
              0);
    const ProcessResult result = on(kNextMonday, {"workout", "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json planned = find(today_on(kNextMonday)["session"], strength_["id"]);
    const json script = json::parse(result.out);
    int steps = 0;
    for (const json& step : script["steps"]) {
        if (step.value("exercise", "") != strength_["id"])
            continue;
        EXPECT_EQ(step["reps"], planned["reps"]);
        EXPECT_DOUBLE_EQ(step["load_kg"].get<double>(), 21.0);  // 20 kg + 5 %
        EXPECT_EQ(step.contains("progression_note"), steps == 0) << step;
        if (steps == 0) {
            EXPECT_EQ(step["progression_note"], planned["progression_note"]);
        }
        ++steps;
    }
    EXPECT_EQ(steps, strength_["sets"].get<int>() * (strength_["per_side"].get<bool>() ? 2 : 1));
}

TEST_F(JournalProgression, ALogOnTheDayItselfLeavesThatDaysSessionAlone) {
    const json before = today_on(kFirstMonday)["session"];
    const int top = reps_range(strength_)[1].get<int>();
    ASSERT_EQ(on(kFirstMonday, {"log", "workout", "--exercise", spec(strength_, top, 7, "x20kg")}).exit_code,
              0);
    EXPECT_EQ(today_on(kFirstMonday)["session"], before);
    const ProcessResult script = on(kFirstMonday, {"workout", "--json"});
    ASSERT_EQ(script.exit_code, 0) << script.err;
    EXPECT_EQ(script.out.find("progression_note"), std::string::npos);
}

}  // namespace
}  // namespace hipfit::testing
