// hipfit today: today's planned session, the day's targets, and what has been logged against them.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "app/today.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/assessment/assessment.hpp"
#include "core/energy/targets.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_json.hpp"
#include "io/plan_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

void print_text(std::ostream& out, Date day, int week, const std::optional<Session>& session,
                const DayTargets& t, const app::Logged& l, UnitSystem units, const Catalog& catalog) {
    fmt::print(
        out, "Today, {} — {}\n", format_date(day),
        session ? fmt::format("a training day (week {} of your program)", week) : "no session planned");
    if (session) {
        fmt::print(out, "\nSession ({} min):\n", session->minutes);
        for (const PlannedBlock& block : session->blocks) {
            fmt::print(out, "  {}\n", io::block_title(block.kind));
            for (const PlannedExercise& p : block.exercises) {
                fmt::print(out, "    {}\n", io::planned_exercise_line(p, catalog, units));
                if (!p.progression_note.empty())
                    fmt::print(out, "      {}\n", p.progression_note);
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
    const app::TodayView view = app::today_view(journal.get(), environment.clock.today());
    if (json) {
        environment.console.out << app::to_json(view).dump(2) << '\n';
    } else {
        print_text(environment.console.out, view.day, view.program_week, view.session, view.targets,
                   view.logged, journal_units(journal.get()), *app::person_catalog(journal.get()));
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
