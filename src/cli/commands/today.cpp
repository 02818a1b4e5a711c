// hipfit today: today's planned session, the day's targets, and what has been logged against them.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/assessment.hpp"
#include "core/plan.hpp"
#include "core/targets.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_json.hpp"
#include "io/plan_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// What today's entries add up to. Sleep counts the night before: entries dated today.
struct Logged {
    double energy_kcal = 0;
    double protein_g = 0;
    double water_ml = 0;
    std::optional<double> sleep_hours;
    double steps = 0;
    double standing_breaks = 0;
    int workouts = 0;
    double workout_kcal = 0;
    std::optional<double> weight_kg;
};

Logged add_up(const std::vector<Entry>& entries) {
    Logged sum;
    for (const Entry& e : entries) {
        switch (e.kind) {
            case EntryKind::food:
                sum.energy_kcal += e.value;
                sum.protein_g += e.protein_g.value_or(0);
                break;
            case EntryKind::water:
                sum.water_ml += e.value;
                break;
            case EntryKind::sleep:
                sum.sleep_hours = sum.sleep_hours.value_or(0) + e.value;
                break;
            case EntryKind::steps:
                sum.steps += e.value;
                break;
            case EntryKind::standup:
                sum.standing_breaks += e.value;
                break;
            case EntryKind::weight:
                sum.weight_kg = e.value;
                break;
            case EntryKind::workout:
                ++sum.workouts;
                sum.workout_kcal += e.energy_kcal.value_or(0);
                break;
            default:
                break;
        }
    }
    return sum;
}

nlohmann::json as_json(Date day, const std::optional<Session>& session, const DayTargets& t,
                       const Logged& l) {
    auto optional = [](const std::optional<double>& v) {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    return {{"date", format_date(day)},
            {"session", session ? io::to_json(*session) : nlohmann::json(nullptr)},
            {"targets",
             {{"energy_kcal", t.energy.value()},
              {"protein_g", t.protein.value()},
              {"water_ml", t.water.value()},
              {"sleep_h", {t.sleep_min_hours, t.sleep_max_hours}},
              {"steps", t.steps},
              {"standing_breaks", t.standing_breaks}}},
            {"logged",
             {{"energy_kcal", l.energy_kcal},
              {"protein_g", l.protein_g},
              {"water_ml", l.water_ml},
              {"sleep_h", optional(l.sleep_hours)},
              {"steps", l.steps},
              {"standing_breaks", l.standing_breaks},
              {"workouts", l.workouts},
              {"workout_kcal", l.workout_kcal},
              {"weight_kg", optional(l.weight_kg)}}}};
}

void print_text(std::ostream& out, Date day, int week, const std::optional<Session>& session,
                const DayTargets& t, const Logged& l) {
    fmt::print(
        out, "Today, {} — {}\n", format_date(day),
        session ? fmt::format("a training day (week {} of your program)", week) : "no session planned");
    if (session) {
        fmt::print(out, "\nSession ({} min):\n", session->minutes);
        for (const PlannedBlock& block : session->blocks) {
            fmt::print(out, "  {}\n", io::block_title(block.kind));
            for (const PlannedExercise& p : block.exercises) {
                fmt::print(out, "    {}\n", io::planned_exercise_line(p, io::builtin_catalog()));
            }
        }
    } else {
        fmt::print(out, "Rest or move lightly: a walk, the stairs, a standing break every hour.\n");
    }
    fmt::print(out, "\n{:<18}{:>10}  {}\n", "", "logged", "target");
    fmt::print(out, "{:<18}{:>10.0f}  {:.0f} kcal\n", "Energy", l.energy_kcal, t.energy.value());
    fmt::print(out, "{:<18}{:>10.0f}  {:.0f} g\n", "Protein", l.protein_g, t.protein.value());
    fmt::print(out, "{:<18}{:>10.0f}  {:.0f} ml\n", "Water", l.water_ml, t.water.value());
    fmt::print(out, "{:<18}{:>10}  {:g}–{:g} h\n", "Sleep",
               l.sleep_hours ? fmt::format("{:.1f}", *l.sleep_hours) : "-", t.sleep_min_hours,
               t.sleep_max_hours);
    fmt::print(out, "{:<18}{:>10.0f}  {}\n", "Steps", l.steps, t.steps);
    fmt::print(out, "{:<18}{:>10.0f}  {}\n", "Standing breaks", l.standing_breaks, t.standing_breaks);
    if (l.workouts > 0)
        fmt::print(out, "\nWorkouts logged: {} (about {:.0f} kcal).\n", l.workouts, l.workout_kcal);
}

int today(bool json, const GlobalOptions& global, Environment& environment) {
    const auto journal = open_journal_for_reading(global, environment);
    const Date day = environment.clock.today();
    const Profile profile = profile_as_of(journal.get(), day);
    const Assessment assessment = assess(profile, day);
    const DayTargets targets = day_targets(assessment.target, assessment.protein, assessment.water);
    const Logged logged = add_up(journal->entries({std::nullopt, day, day}));
    const std::optional<Session> session = planned_session(profile, io::builtin_catalog(), day);
    if (json) {
        environment.console.out << as_json(day, session, targets, logged).dump(2) << '\n';
    } else {
        print_text(environment.console.out, day, program_week(profile, day), session, targets, logged);
    }
    return kExitOk;
}

}  // namespace

Action declare_today(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto json = std::make_shared<bool>(false);
    app.add_flag("--json", *json, "Print today as JSON");
    return [json, &global, &environment] { return today(*json, global, environment); };
}

}  // namespace hipfit::cli
