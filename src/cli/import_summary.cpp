#include "cli/import_summary.hpp"

#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

namespace hipfit::cli {

namespace {

// How many refused records are named one by one; the rest are counted.
constexpr std::size_t kRefusedShown = 5;

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// "12 workouts, 30 weights and 4 measurements", by the entries' kinds.
std::string by_kind_text(const std::map<std::string, std::size_t>& by_kind) {
    static const std::map<std::string, std::pair<std::string_view, std::string_view>> kWords{
        {"weight", {"weight", "weights"}},
        {"measure", {"measurement", "measurements"}},
        {"food", {"food entry", "food entries"}},
        {"water", {"water entry", "water entries"}},
        {"sleep", {"night of sleep", "nights of sleep"}},
        {"steps", {"day of steps", "days of steps"}},
        {"workout", {"workout", "workouts"}}};
    std::vector<std::string> parts;
    for (const auto& [kind, n] : by_kind) {
        const auto words = kWords.find(kind);
        parts.push_back(words == kWords.end() ? counted(n, kind, kind)
                                              : counted(n, words->second.first, words->second.second));
    }
    if (parts.empty())
        return "nothing new";
    if (parts.size() == 1)
        return parts.front();
    const std::string last = parts.back();
    parts.pop_back();
    return fmt::format("{} and {}", fmt::join(parts, ", "), last);
}

void print_exercises(std::ostream& out, const app::ImportPlan& plan) {
    if (plan.exercises.empty())
        return;
    fmt::print(out, "Exercises:\n");
    for (const app::ExerciseMatch& m : plan.exercises) {
        std::string_view how;
        switch (m.kind) {
            case app::ExerciseMatchKind::catalog:
                how = "";
                break;
            case app::ExerciseMatchKind::own:
                how = " (your own)";
                break;
            case app::ExerciseMatchKind::new_own:
                how = " (new, your own)";
                break;
        }
        fmt::print(out, "  {} → {}{}, {}\n", m.name, m.exercise_name, how, counted(m.sets, "set", "sets"));
    }
}

void print_left_out(std::ostream& out, const app::ImportPlan& plan) {
    if (!plan.left_out.empty()) {
        std::vector<std::string> parts;
        for (const auto& [what, n] : plan.left_out) parts.push_back(fmt::format("{} ({})", what, n));
        fmt::print(out, "Not read (hipfit does not keep them): {}.\n", fmt::join(parts, ", "));
    }
    if (plan.refused.empty())
        return;
    fmt::print(out, "Left out, {} hipfit cannot accept:\n",
               counted(plan.refused.size(), "record", "records"));
    for (std::size_t i = 0; i < plan.refused.size() && i < kRefusedShown; ++i)
        fmt::print(out, "  {}\n", plan.refused[i].reason);
    if (plan.refused.size() > kRefusedShown)
        fmt::print(out, "  … and {} more ('hipfit import --dry-run --json' lists them all)\n",
                   plan.refused.size() - kRefusedShown);
}

}  // namespace

void print_import_summary(std::ostream& out, const std::string& file, const app::ImportPlan& plan,
                          const app::PlanOutcome& outcome, bool dry_run) {
    fmt::print(out, "{}: {}.\n", file, plan.format);
    fmt::print(out, "{} {}.\n", dry_run ? "Would import" : "Imported", by_kind_text(outcome.added_by_kind));
    if (outcome.already_there > 0)
        fmt::print(out, "{} already there from an earlier import: not added again.\n",
                   counted(outcome.already_there, "entry was", "entries were"));
    if (outcome.own_added > 0)
        fmt::print(out, "{} {} of your own ('hipfit exercises --mine' lists them).\n",
                   dry_run ? "Would add" : "Added", counted(outcome.own_added, "exercise", "exercises"));
    print_exercises(out, plan);
    print_left_out(out, plan);
    if (dry_run)
        fmt::print(out, "Nothing was written (--dry-run).\n");
    else if (outcome.added > 0)
        fmt::print(out, "'hipfit undo' takes the whole import back.\n");
}

}  // namespace hipfit::cli
