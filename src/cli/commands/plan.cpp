// hipfit plan: a multi-week program for the stored profile, as text, JSON, Markdown or a calendar.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "app/plan_swaps.hpp"
#include "cli/commands/commands.hpp"
#include "cli/file_output.hpp"
#include "cli/journal_access.hpp"
#include "cli/stored_profile.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/ics.hpp"
#include "io/plan_json.hpp"
#include "io/plan_markdown.hpp"
#include "io/plan_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct PlanCommandOptions {
    std::string weeks = std::to_string(kDefaultPlanWeeks);
    std::optional<std::string> start;
    std::string seed = "0";
    bool json = false;
    bool markdown = false;
    std::optional<std::string> ics;
    std::optional<std::string> swap;  // OLD=NEW
    std::optional<std::string> unswap;
    std::optional<std::string> alternatives;
};

// "Mon 23 Nov", with the year only when it is not this year's (a plan may run up to 52 weeks).
std::string session_day(Date day, Date today) {
    const std::string text = day_text(day);
    return day.year() == today.year() ? text : fmt::format("{} {}", text, static_cast<int>(day.year()));
}

void print_text(std::ostream& out, const Plan& plan, const Catalog& catalog, Date today) {
    for (const PlanWeek& week : plan.weeks) {
        fmt::print(out, "Week {}{}\n", week.number, week.deload ? " (deload: lighter)" : "");
        for (const Session& session : week.sessions) {
            fmt::print(out, "  {} — {} min\n", session_day(session.date, today), session.minutes);
            for (const PlannedBlock& block : session.blocks) {
                fmt::print(out, "    {}\n", io::block_title(block.kind));
                for (const PlannedExercise& p : block.exercises) {
                    fmt::print(out, "      {}\n", io::planned_exercise_line(p, catalog));
                }
            }
        }
        for (const std::string& line : io::week_activity_lines(week, catalog))
            fmt::print(out, "  {}\n", line);
    }
    fmt::print(
        out,
        "\n'hipfit exercise ID' shows how to do each exercise; --markdown or --ics FILE to keep the plan.\n");
}

void print_alternatives(std::ostream& out, const app::PlanAlternatives& list) {
    const Catalog& catalog = *list.catalog;
    fmt::print(out, "Alternatives to {} ({}){}:\n", catalog.get(list.planned).name, list.planned,
               list.swapped_for ? fmt::format(", now swapped for {}", *list.swapped_for) : "");
    if (list.alternatives.empty())
        fmt::print(out, "  none fits your equipment, level and impact\n");
    for (const Alternative& a : list.alternatives) {
        fmt::print(out, "  {:<28} {}\n", a.exercise->id, a.exercise->name);
        fmt::print(out, "  {:<28} {}\n", "", a.allowed ? a.why : "Not in your plan: " + a.why_not);
    }
}

// --swap OLD=NEW, --unswap OLD and --alternatives ID: the plan's swaps (app/plan_swaps.hpp).
int swaps(const PlanCommandOptions& options, const GlobalOptions& global, Environment& environment) {
    std::ostream& out = environment.console.out;
    if (options.alternatives) {
        auto journal = open_journal_for_reading(global, environment);
        const Profile profile = require_profile(journal.get());
        const app::PlanAlternatives list =
            app::plan_alternatives(journal.get(), profile, *options.alternatives);
        print_alternatives(out, list);
        const bool any =
            std::ranges::any_of(list.alternatives, [](const Alternative& a) { return a.allowed; });
        if (!list.in_plan)
            fmt::print(out, "\n{} is not in your plan, so there is nothing to swap.\n",
                       list.catalog->get(list.planned).name);
        else if (any)
            fmt::print(out, "\n'hipfit plan --swap {}=ID' swaps it in your plan.\n", *options.alternatives);
        return kExitOk;
    }
    auto journal = open_journal_for_writing(global, environment);
    const Profile profile = require_profile(journal.get());
    const auto person = app::person_catalog(journal.get());  // the person's own exercises may be swapped in
    const Catalog& catalog = *person;
    if (options.unswap) {
        const std::string planned = app::unswap_in_plan(*journal, *options.unswap);
        fmt::print(out, "Your plan has {} again.\n", catalog.get(planned).name);
        return kExitOk;
    }
    const std::size_t equals = options.swap->find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == options.swap->size())
        throw InvalidInput(
            "--swap",
            "--swap: give the planned exercise and its replacement, e.g. --swap clamshell=fire-hydrant");
    const std::string planned = options.swap->substr(0, equals);
    const std::string replacement = options.swap->substr(equals + 1);
    if (catalog.find(planned) == nullptr)
        throw InvalidInput("--swap", fmt::format("--swap: no exercise '{}'; 'hipfit exercises' lists them",
                                                 printable(planned)));
    const app::PlanAlternatives list = app::swap_in_plan(*journal, profile, planned, replacement);
    if (list.swapped_for)
        fmt::print(out, "{} replaces {} in your plan; 'hipfit plan --unswap {}' undoes it.\n",
                   catalog.get(*list.swapped_for).name, catalog.get(list.planned).name, list.planned);
    else
        fmt::print(out, "Your plan has {} again.\n", catalog.get(list.planned).name);
    return kExitOk;
}

int plan(const PlanCommandOptions& options, const GlobalOptions& global, Environment& environment) {
    if (static_cast<int>(options.swap.has_value()) + static_cast<int>(options.unswap.has_value()) +
            static_cast<int>(options.alternatives.has_value()) >
        1) {
        throw InvalidInput("--swap", "give at most one of --swap, --unswap and --alternatives");
    }
    if (options.swap || options.unswap || options.alternatives)
        return swaps(options, global, environment);
    if (static_cast<int>(options.json) + static_cast<int>(options.markdown) +
            static_cast<int>(options.ics.has_value()) >
        1) {
        throw InvalidInput("--json", "give at most one of --json, --markdown and --ics");
    }
    PlanOptions plan_options;
    plan_options.weeks = parse_whole_number(options.weeks, "--weeks");
    plan_options.seed = static_cast<std::uint32_t>(parse_whole_number(options.seed, "--seed"));
    const Date today = environment.clock.today();
    const std::optional<Date> start =
        options.start ? std::optional<Date>(parse_date(*options.start, "--start")) : std::nullopt;
    const std::optional<Profile> profile = load_stored_profile(database_location(global.db, environment));
    if (!profile)
        throw InvalidInput("profile", "no profile yet: run 'hipfit init' first");
    // By default the program as it runs: from the day it started, as 'hipfit today' sees it.
    plan_options.start = start.value_or(profile->program_start);
    const auto journal = open_journal_for_reading(global, environment);
    const Plan plan = app::person_plan(journal.get(), *profile, plan_options);
    const auto person = app::person_catalog(journal.get());  // an own exercise swapped in too
    const Catalog& catalog = *person;

    std::ostream& out = environment.console.out;
    if (options.ics) {
        write_file_atomically(*options.ics, io::plan_to_ics(plan, *profile, catalog, today), "--ics",
                              database_location(global.db, environment));
        std::size_t sessions = 0;
        for (const PlanWeek& week : plan.weeks) sessions += week.sessions.size();
        fmt::print(out, "Wrote {} sessions to {}.\n", sessions, *options.ics);
    } else if (options.json) {
        out << io::to_json(plan).dump(2) << '\n';
    } else if (options.markdown) {
        out << io::plan_to_markdown(plan, catalog);
    } else {
        print_text(out, plan, catalog, today);
    }
    return kExitOk;
}

}  // namespace

Action declare_plan(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<PlanCommandOptions>();
    app.add_option("--weeks", options->weeks, "Number of weeks, 1–52 (default 12)")->type_name("N");
    app.add_option("--start", options->start, "First day of week 1 (default: the day your program started)")
        ->type_name("YYYY-MM-DD");
    app.add_option("--seed", options->seed, "Varies the choice of exercises (default 0)")->type_name("N");
    app.add_flag("--json", options->json, "Print the plan as JSON");
    app.add_flag("--markdown", options->markdown, "Print the plan as Markdown");
    app.add_option("--ics", options->ics, "Write the plan as an iCalendar file")->type_name("FILE");
    app.add_option("--swap", options->swap, "Swap a planned exercise for one of its alternatives")
        ->type_name("OLD=NEW");
    app.add_option("--unswap", options->unswap, "Undo the swap of a planned exercise")->type_name("ID");
    app.add_option("--alternatives", options->alternatives, "List what may replace a planned exercise")
        ->type_name("ID");
    return [options, &global, &environment] { return plan(*options, global, environment); };
}

}  // namespace hipfit::cli
