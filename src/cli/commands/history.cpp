// hipfit history: the journal, oldest first, filtered by kind and dates; with --exercise, one exercise's
// sessions and bests (app/exercise_history_view.hpp, as GET /api/exercises/{id}/history).
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/exercise_history_view.hpp"
#include "app/own_exercises.hpp"
#include "cli/commands/commands.hpp"
#include "cli/entry_text.hpp"
#include "cli/journal_access.hpp"
#include "core/base/errors.hpp"
#include "core/journal/journal_progression_text.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct HistoryOptions {
    std::optional<std::string> kind;
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> exercise;
    bool json = false;
};

// "12 reps at 10 kg, RPE 8", "a 45 s hold", "32.5 min, 3.1 km", "8 rounds of 30 s".
std::string set_text(const WorkoutSet& s, UnitSystem units) {
    std::vector<std::string> parts;
    if (s.reps)
        parts.push_back(fmt::format("{} rep{}", *s.reps, *s.reps == 1 ? "" : "s"));
    if (s.hold_seconds)
        parts.push_back(fmt::format("a {} s hold", *s.hold_seconds));
    if (s.rounds)
        parts.push_back(fmt::format("{} rounds{}", *s.rounds,
                                    s.work_seconds ? fmt::format(" of {} s", *s.work_seconds) : ""));
    if (s.minutes)
        parts.push_back(fmt::format("{:g} min", *s.minutes));
    std::string text = parts.empty() ? "done" : parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) text += ", " + parts[i];
    if (s.load && s.load->value() > 0)
        text += " at " + mass_text(*s.load, units);
    if (s.distance_km)
        text += fmt::format(", {:g} km", *s.distance_km);
    if (s.rpe)
        text += fmt::format(", RPE {}", *s.rpe);
    if (s.warm_up)
        text += " (warm-up)";
    return text;
}

void print_best(std::ostream& out, std::string_view what, const std::optional<BestSet>& best,
                UnitSystem units, const std::string& more = "") {
    if (best)
        fmt::print(out, "  {}: {}{} on {}\n", what, set_text(best->set, units), more,
                   format_date(best->date));
}

int exercise_history(const HistoryOptions& options, const GlobalOptions& global, Environment& environment) {
    if (options.kind || options.since || options.until)
        throw InvalidInput("--exercise",
                           "--exercise shows all of one exercise's history: give it without "
                           "--kind, --since or --until");
    const auto journal = open_journal_for_reading(global, environment);
    const auto catalog = app::person_catalog(journal.get());  // the person's own exercises too
    const Exercise* exercise = catalog->find(*options.exercise);
    if (exercise == nullptr)
        throw InvalidInput("--exercise", fmt::format("--exercise: there is no exercise '{}' ('hipfit "
                                                     "exercises' lists them)",
                                                     printable(*options.exercise)));
    const app::ExerciseHistoryView view = app::exercise_history_view(journal.get(), *exercise);
    std::ostream& out = environment.console.out;
    if (options.json) {
        out << app::to_json(view).dump(2) << '\n';
        return kExitOk;
    }
    const ExerciseHistory& h = view.history;
    if (h.sessions.empty()) {
        fmt::print(out, "{} 'hipfit log workout --help' shows how to log it.\n",
                   app::nothing_logged_text(view));
        return kExitOk;
    }
    fmt::print(out, "{}: {} session{}\n\nBests\n", exercise->name, h.sessions.size(),
               h.sessions.size() == 1 ? "" : "s");
    const UnitSystem units = view.units;
    if (h.bests.estimated_one_rep_max_kg)
        print_best(
            out, "Best set (estimated one-rep max)", h.bests.estimated_one_rep_max, units,
            fmt::format(" (about {})", mass_text(Kilograms(*h.bests.estimated_one_rep_max_kg), units)));
    print_best(out, "Most reps", h.bests.most_reps, units);
    // At body weight too, when the most reps were done with a load.
    if (h.bests.most_reps && h.bests.most_reps->set.load && h.bests.most_reps->set.load->value() > 0)
        print_best(out, "Most reps at body weight", h.bests.most_reps_body_weight, units);
    print_best(out, "Longest hold", h.bests.longest_hold, units);
    print_best(out, "Longest bout", h.bests.longest_bout, units);
    fmt::print(out, "\nSessions\n");
    for (const HistorySession& s : h.sessions) {
        std::string sets;
        for (const WorkoutSet& set : s.sets) sets += (sets.empty() ? "" : " · ") + set_text(set, units);
        fmt::print(out, "  {} {}  {}\n", format_date(s.date), format_time_of_day(s.time), sets);
    }
    return kExitOk;
}

int history(const HistoryOptions& options, const GlobalOptions& global, Environment& environment) {
    if (options.exercise)
        return exercise_history(options, global, environment);
    store::EntryQuery query;
    if (options.kind)
        query.kind = parse_entry_kind(*options.kind, "--kind");
    if (options.since)
        query.since = parse_date(*options.since, "--since");
    if (options.until)
        query.until = parse_date(*options.until, "--until");
    const auto journal = open_journal_for_reading(global, environment);
    const std::vector<Entry> entries = journal ? journal->entries(query) : std::vector<Entry>{};
    std::ostream& out = environment.console.out;
    if (options.json) {
        nlohmann::json array = nlohmann::json::array();
        for (const Entry& e : entries) array.push_back(io::to_json(e));
        out << array.dump(2) << '\n';
        return kExitOk;
    }
    const UnitSystem units = journal_units(journal.get());
    const auto catalog = app::person_catalog(journal.get());
    for (const Entry& e : entries) {
        fmt::print(out, "{:>6}  {} {}  {}\n", e.id, format_date(e.date), format_time_of_day(e.time),
                   entry_summary(e, units, *catalog));
    }
    if (entries.empty())
        fmt::print(out, "Nothing logged{}. 'hipfit log --help' shows how.\n",
                   query.kind || query.since || query.until ? " that matches" : " yet");
    return kExitOk;
}

}  // namespace

Action declare_history(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<HistoryOptions>();
    app.add_option("--kind", options->kind, entry_kind_words())->type_name("KIND");
    app.add_option("--since", options->since, "From this day on")->type_name("YYYY-MM-DD");
    app.add_option("--until", options->until, "Up to and including this day")->type_name("YYYY-MM-DD");
    app.add_option("--exercise", options->exercise, "One exercise's sessions and personal bests")
        ->type_name("ID");
    app.add_flag("--json", options->json, "Print the entries (or the exercise's history) as JSON");
    return [options, &global, &environment] { return history(*options, global, environment); };
}

}  // namespace hipfit::cli
