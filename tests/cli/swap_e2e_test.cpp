// Swapping an exercise through the binary (docs/program.md "Swapping an exercise"): 'plan --alternatives',
// '--swap OLD=NEW' (the plan, today's session and the workout follow it), '--unswap', the refusals (exit 2,
// nothing written), and a swap mid-workout in the terminal player, logged with the planned exercise.
#include <fstream>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

using nlohmann::json;

constexpr const char* kMonday = "2026-11-23";

class Swap : public HipfitBinary {
  protected:
    // A beginner without equipment, training Monday, Wednesday and Friday from Saturday 2026-11-21.
    void SetUp() override {
        std::vector<std::string> args = metric_profile();
        args.insert(args.end(), {"--days", "mon,wed,fri"});
        ASSERT_EQ(hipfit(args).exit_code, 0);
    }

    [[nodiscard]] ProcessResult on(const std::string& day, const std::vector<std::string>& args) const {
        return run_process(HIPFIT_BINARY, args,
                           {{"HIPFIT_DB", database()}, {"HIPFIT_TODAY", day}, {"HOME", dir_.path()}});
    }

    // How many sessions of the plan's first four weeks hold both exercises.
    [[nodiscard]] int together(const std::string& a, const std::string& b) const {
        const ProcessResult plan = hipfit({"plan", "--json", "--weeks", "4"});
        const json document = json::parse(plan.out);
        int count = 0;
        for (const json& week : document["weeks"]) {
            for (const json& session : week["sessions"]) {
                bool has_a = false;
                bool has_b = false;
                for (const json& block : session["blocks"]) {
                    for (const json& exercise : block["exercises"]) {
                        has_a = has_a || exercise["id"] == a;
                        has_b = has_b || exercise["id"] == b;
                    }
                }
                count += has_a && has_b ? 1 : 0;
            }
        }
        return count;
    }

    // How many times the plan's first `weeks` weeks hold `id`.
    [[nodiscard]] int in_plan(const std::string& id, int weeks = 4) const {
        const ProcessResult plan = hipfit({"plan", "--json", "--weeks", std::to_string(weeks)});
        EXPECT_EQ(plan.exit_code, 0) << plan.err;
        int count = 0;
        const json document = json::parse(plan.out);  // kept: a loop over a temporary's member dangles
        for (const json& week : document["weeks"])
            for (const json& session : week["sessions"])
                for (const json& block : session["blocks"])
                    for (const json& exercise : block["exercises"]) count += exercise["id"] == id ? 1 : 0;
        return count;
    }

    [[nodiscard]] json monday_steps() const {
        const ProcessResult script = on(kMonday, {"workout", "--json"});
        EXPECT_EQ(script.exit_code, 0) << script.err;
        return json::parse(script.out)["steps"];
    }
};

TEST_F(Swap, TheAlternativesAreListedClosestFirst) {
    const ProcessResult result = hipfit({"plan", "--alternatives", "clamshell"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(
        result.out,
        "Alternatives to Clamshell (clamshell):\n"
        "  fire-hydrant                 Fire hydrant\n"
        "                               Also trains the gluteus medius; works the gluteus maximus too; one "
        "side at a time, like it; as hard\n"
        "  side-lying-leg-raise         Side-lying leg raise\n"
        "                               Also trains the gluteus medius; works the gluteus minimus too; one "
        "side at a time, like it; as hard\n"
        "  standing-leg-lift            Standing side leg lift\n"
        "                               Also trains the gluteus medius; works the gluteus minimus too; one "
        "side at a time, like it; as hard\n"
        "\n'hipfit plan --swap clamshell=ID' swaps it in your plan.\n");
}

TEST_F(Swap, ASwapIsShownByThePlanAndTheWorkoutUntilUndone) {
    const int clamshells = in_plan("clamshell");
    ASSERT_GT(clamshells, 0) << "this beginner's plan holds clamshells";
    const int hydrants = in_plan("fire-hydrant");
    // A session that has a fire hydrant already keeps its clamshell: no exercise twice in one session.
    const int both = together("clamshell", "fire-hydrant");
    ASSERT_GT(both, 0) << "some Friday has both";
    ASSERT_LT(both, clamshells);
    const ProcessResult swapped = hipfit({"plan", "--swap", "clamshell=fire-hydrant"});
    ASSERT_EQ(swapped.exit_code, 0) << swapped.err;
    EXPECT_EQ(swapped.out,
              "Fire hydrant replaces Clamshell in your plan; 'hipfit plan --unswap clamshell' undoes it.\n");
    EXPECT_EQ(in_plan("clamshell"), both);
    EXPECT_EQ(in_plan("fire-hydrant"), hydrants + clamshells - both);
    EXPECT_EQ(together("clamshell", "fire-hydrant"), both);
    // The plan says what each swapped exercise replaces.
    EXPECT_NE(hipfit({"plan", "--weeks", "1"}).out.find("Fire hydrant (instead of Clamshell) — "),
              std::string::npos);
    bool monday_has_it = false;
    for (const json& step : monday_steps()) {
        EXPECT_NE(step.value("exercise", ""), "clamshell") << step;
        monday_has_it = monday_has_it || step.value("exercise", "") == "fire-hydrant";
    }
    EXPECT_TRUE(monday_has_it);

    const ProcessResult undone = hipfit({"plan", "--unswap", "fire-hydrant"});
    ASSERT_EQ(undone.exit_code, 0) << undone.err;
    EXPECT_EQ(undone.out, "Your plan has Clamshell again.\n");
    EXPECT_EQ(in_plan("clamshell"), clamshells);
    EXPECT_EQ(in_plan("fire-hydrant"), hydrants);
}

TEST_F(Swap, AnExerciseThatIsNoAlternativeIsRefusedWithTheListAndNothingWritten) {
    const std::string before = stored_bytes();
    const ProcessResult squat = hipfit({"plan", "--swap", "clamshell=squat"});
    EXPECT_EQ(squat.exit_code, 2);
    EXPECT_NE(squat.err.find(
                  "'squat' is not an alternative to Clamshell for you; the alternatives: Fire hydrant "
                  "(fire-hydrant), Side-lying leg raise (side-lying-leg-raise) or Standing side leg lift "
                  "(standing-leg-lift)."),
              std::string::npos)
        << squat.err;
    // A band the person does not have.
    EXPECT_EQ(hipfit({"plan", "--swap", "clamshell=banded-clamshell"}).exit_code, 2);
    EXPECT_EQ(hipfit({"plan", "--swap", "clamshell"}).exit_code, 2);
    EXPECT_EQ(hipfit({"plan", "--swap", "nothing=fire-hydrant"}).exit_code, 2);
    const ProcessResult unswap = hipfit({"plan", "--unswap", "clamshell"});
    EXPECT_EQ(unswap.exit_code, 2);
    EXPECT_NE(unswap.err.find("'clamshell' is not swapped in your plan"), std::string::npos) << unswap.err;
    EXPECT_EQ(stored_bytes(), before);
}

TEST_F(Swap, MidWorkoutTheRestOfTheExerciseIsTheAlternativeAndTheHistorySaysSo) {
    const json steps = monday_steps();
    std::size_t first = 0;
    while (first < steps.size() && !(steps[first]["block"] == "targeted" && steps[first]["kind"] == "reps"))
        ++first;
    ASSERT_LT(first, steps.size());
    const std::string planned = steps[first]["exercise"];
    const std::string planned_name = steps[first]["name"];
    // The warm-up's countdowns run out; at the first hip exercise x and the first alternative; then every
    // question and countdown answered with Enter to the end.
    std::string lines(first, '\n');
    lines += "x\n1\n" + std::string(400, '\n');
    const std::string path = dir_.file("input.txt");
    std::ofstream(path, std::ios::binary) << lines;
    const ProcessResult played = on(kMonday, {"workout", "--input", path});
    ASSERT_EQ(played.exit_code, 0) << played.err;
    EXPECT_NE(played.out.find("Swap " + planned_name + " for:"), std::string::npos) << played.out;

    const ProcessResult history = on(kMonday, {"history", "--json", "--kind", "workout"});
    ASSERT_EQ(history.exit_code, 0) << history.err;
    const json sets = json::parse(history.out).at(0)["sets"];
    std::string replacement;
    for (const json& set : sets) {
        EXPECT_NE(set["exercise"], planned) << "every set of it was swapped: " << set;
        if (set.contains("swapped_from")) {
            EXPECT_EQ(set["swapped_from"], planned);
            replacement = set["exercise"];
        }
    }
    ASSERT_FALSE(replacement.empty()) << sets;
    const ProcessResult text = on(kMonday, {"history", "--kind", "workout"});
    EXPECT_NE(text.out.find("(instead of " + planned_name + ")"), std::string::npos) << text.out;
}

}  // namespace
}  // namespace hipfit::testing
