// hipfit workout [--date D] [--json] [--input FILE]: the day's session as a guided workout (docs/workout.md),
// played step by step and recorded as one workout entry; --json prints the script as GET /api/workout does.
#include <fstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "app/plan_swaps.hpp"
#include "app/workout.hpp"
#include "cli/commands/commands.hpp"
#include "cli/entry_text.hpp"
#include "cli/journal_access.hpp"
#include "cli/text_wrap.hpp"
#include "cli/workout_input.hpp"
#include "cli/workout_play.hpp"
#include "cli/workout_progress.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/journal/journal_values.hpp"
#include "core/program/plan.hpp"
#include "core/workout/workout_player.hpp"
#include "io/catalog_json.hpp"
#include "io/workout_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct WorkoutOptions {
    std::optional<std::string> date;
    bool json = false;
    std::optional<std::string> input;
};

// How far ahead the message for a day without a session looks for the next one.
constexpr int kNextSessionSearchDays = 14;

std::string no_session_message(store::Repository* journal, Date day) {
    for (int ahead = 1; ahead <= kNextSessionSearchDays; ++ahead) {
        const Date next{std::chrono::sys_days(day) + std::chrono::days(ahead)};
        if (app::workout_script(journal, next)) {
            return fmt::format("no session is planned on {}; the next is on {} ('hipfit workout --date {}')",
                               format_date(day), format_date(next), format_date(next));
        }
    }
    return fmt::format("no session is planned on {}", format_date(day));
}

struct Loaded {
    WorkoutScript script;
    UnitSystem units = UnitSystem::metric;
};

Loaded load(const GlobalOptions& global, const Environment& environment, Date day) {
    const auto journal = open_journal_for_reading(global, environment);
    std::optional<WorkoutScript> script = app::workout_script(journal.get(), day);
    if (!script)
        throw InvalidInput("--date", no_session_message(journal.get(), day));
    return {std::move(*script), journal_units(journal.get())};
}

WorkoutPlayer start_player(const WorkoutScript& script, const std::string& progress_path, PlayerTime now,
                           std::ostream& out, std::size_t columns) {
    const std::optional<io::WorkoutProgress> kept = load_workout_progress(progress_path);
    if (kept && kept->date == script.date && kept->steps == script.steps.size()) {
        fmt::print(out, "{}\n",
                   wrap_text(fmt::format("Resuming at step {} of {}, where you stopped.", kept->index + 1,
                                         kept->steps),
                             columns, "  "));
        return WorkoutPlayer(script, now, kept->index, kept->result);
    }
    return WorkoutPlayer(script, now);
}

void print_introduction(const WorkoutScript& script, bool live, std::ostream& out, std::size_t columns) {
    const std::string text =
        fmt::format("Guided workout for {} — week {} of your program, {} steps in about {} min.\n{}",
                    format_date(script.date), script.program_week, script.steps.size(), script.minutes,
                    live ? "Keys: Enter done or next · p pause or resume · s skip · b back · x swap · q quit "
                           "(keeps your place)"
                         : "One line per step: empty = done (a countdown runs out) · p pause or resume · s "
                           "skip · b back · x swap · q quit");
    fmt::print(out, "{}\n\n", wrap_text(text, columns, "  "));
}

int count_of(const WorkoutResult& result, StepOutcome outcome, const WorkoutScript& script) {
    int count = 0;
    for (std::size_t i = 0; i < result.steps.size(); ++i)
        count += script.steps[i].is_exercise() && result.steps[i].outcome == outcome ? 1 : 0;
    return count;
}

// Records the workout as the web player's is recorded (app::record_workout), and says what was recorded.
void record(const WorkoutPlayer& player, const GlobalOptions& global, Environment& environment,
            std::size_t columns) {
    std::ostream& out = environment.console.out;
    const WorkoutScript& script = player.script();
    fmt::print(out, "\n{}\n",
               wrap_text(fmt::format("Workout finished: {} exercise steps done, {} skipped.",
                                     count_of(player.result(), StepOutcome::done, script),
                                     count_of(player.result(), StepOutcome::skipped, script)),
                         columns, "  "));
    auto reader = open_journal_for_reading(global, environment);
    const UnitSystem units = journal_units(reader.get());
    const std::optional<Entry> entry = app::record_workout(
        script, player.result(), environment.clock.time_of_day(), entry_write(reader, global, environment));
    if (entry) {
        const auto written = open_journal_for_reading(global, environment);
        const auto catalog = app::person_catalog(written.get());  // a swapped-in own exercise too
        const std::string recorded =
            fmt::format("Recorded {} on {} at {} (id {}).", entry_summary(*entry, units, *catalog),
                        format_date(entry->date), format_time_of_day(entry->time), entry->id);
        fmt::print(out, "{}\n", wrap_text(recorded, columns, "  "));
        for (const PersonalBest& best :
             written ? app::new_personal_bests(*written, *entry) : std::vector<PersonalBest>{}) {
            const std::string text =
                fmt::format("New personal best: {}.", personal_best_text(best, *catalog, units));
            fmt::print(out, "{}\n", wrap_text(text, columns, "  "));
        }
    } else {
        fmt::print(out, "Nothing to record: no set was done.\n");
    }
    reader.reset();
    remove_workout_progress(workout_progress_path(global, environment));
    if (warm_up_skipped(script, player.result()))
        fmt::print(out, "\n{}\n",
                   wrap_text(fmt::format("You skipped the warm-up. {}", kWarmUpSkippedWhy), columns));
}

void keep_place(const WorkoutPlayer& player, WorkoutEnd end, const GlobalOptions& global,
                Environment& environment, std::size_t columns) {
    const io::WorkoutProgress progress{player.script().date, player.script().steps.size(), player.index(),
                                       player.result()};
    save_workout_progress(workout_progress_path(global, environment), progress,
                          database_location(global.db, environment));
    const std::string stopped = fmt::format("{}Stopped at step {} of {}: 'hipfit workout{}' resumes there.",
                                            end == WorkoutEnd::input_ended ? "Input ended. " : "",
                                            player.index() + 1, player.script().steps.size(),
                                            player.script().date == environment.clock.today()
                                                ? ""
                                                : " --date " + format_date(player.script().date));
    fmt::print(environment.console.out, "\n{}\n", wrap_text(stopped, columns, "  "));
}

int play(const Loaded& loaded, WorkoutInput& input, const GlobalOptions& global, Environment& environment) {
    std::ostream& out = environment.console.out;
    const std::size_t columns = terminal_columns(environment);
    print_introduction(loaded.script, input.live(), out, columns);
    WorkoutPlayer player =
        start_player(loaded.script, workout_progress_path(global, environment), input.now(), out, columns);
    const Profile profile = [&] {
        const auto reader = open_journal_for_reading(global, environment);
        return profile_as_of(reader.get(), loaded.script.date);
    }();
    const SwapChoices choices = [&](const WorkoutScript& script, std::size_t step) {
        const auto reader = open_journal_for_reading(global, environment);  // for the plan's swaps
        return app::workout_alternatives(reader.get(), script, static_cast<int>(step), profile);
    };
    const WorkoutEnd end = play_workout(player, input, out, loaded.units, columns, choices);
    if (end == WorkoutEnd::finished) {
        record(player, global, environment, columns);
    } else {
        keep_place(player, end, global, environment, columns);
    }
    return kExitOk;
}

int workout(const WorkoutOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const Date day = options.date ? parse_date(*options.date, "--date") : today;
    check_plan_day(day, "--date");  // else the program's plan for that day would blame its own start
    if (options.json && options.input)
        throw InvalidInput("--input", "--input plays the workout and --json only prints it: give one");
    const Loaded loaded = load(global, environment, day);
    if (options.json) {
        environment.console.out << io::to_json(loaded.script).dump(2) << '\n';
        return kExitOk;
    }
    if (day > today) {
        throw InvalidInput("--date",
                           fmt::format("--date: {} is in the future; a workout is recorded when it is "
                                       "done ('hipfit workout --json --date {}' shows it)",
                                       format_date(day), format_date(day)));
    }
    if (options.input) {
        std::ifstream file(*options.input, std::ios::binary);
        if (!file)
            throw InvalidInput("--input",
                               fmt::format("--input: cannot read {}", printable(*options.input, kShowAll)));
        return play(loaded, *line_input(file, environment.console.out), global, environment);
    }
    const std::unique_ptr<WorkoutInput> input =
        environment.console.interactive ? terminal_input(environment.console.out)
                                        : line_input(environment.console.in, environment.console.out);
    return play(loaded, *input, global, environment);
}

}  // namespace

Action declare_workout(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<WorkoutOptions>();
    app.add_option("--date", options->date, "The day of the session (default today)")
        ->type_name("YYYY-MM-DD");
    app.add_flag("--json", options->json, "Print the session's steps as JSON (as GET /api/workout)");
    app.add_option("--input", options->input,
                   "Read the answers line by line from FILE, in simulated time (for scripts and tests)")
        ->type_name("FILE");
    return [options, &global, &environment] { return workout(*options, global, environment); };
}

}  // namespace hipfit::cli
