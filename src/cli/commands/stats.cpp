// hipfit stats: progress over the last week, the last month or since a day — the weight trend,
// measurements, intake, workouts, habits and streaks, and what matters most now.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/stats_view.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "cli/stats_text.hpp"
#include "core/base/errors.hpp"
#include "core/stats/stats.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;
using nlohmann::json;

namespace {

struct StatsOptions {
    bool week = false;
    bool month = false;
    std::optional<std::string> since;
    bool json = false;
};

// --week: the 7 days ending today (the default); --month: the 30 days ending today; --since D: D to today.
Period period_of(const StatsOptions& options, Date today) {
    if (static_cast<int>(options.week) + static_cast<int>(options.month) +
            static_cast<int>(options.since.has_value()) >
        1) {
        throw InvalidInput("--week", "give at most one of --week, --month and --since");
    }
    if (options.since)
        return app::period_since(*options.since, "--since", today);
    return app::period_ending(options.month ? app::kMonthDays : app::kWeekDays, today);
}

int stats(const StatsOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const Period period = period_of(options, today);
    const auto journal = open_journal_for_reading(global, environment);
    const app::StatsView view = app::stats_view(journal.get(), period, today);
    if (options.json) {
        environment.console.out << app::to_json(view).dump(2) << '\n';
    } else {
        // The shared view says it for people; the command line adds where logging is done here.
        const std::string focus =
            view.nothing_logged ? view.focus_line + " 'hipfit log --help' shows how." : view.focus_line;
        print_stats_text(environment.console.out, view.stats, view.units, focus);
    }
    return kExitOk;
}

}  // namespace

Action declare_stats(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<StatsOptions>();
    app.add_flag("--week", options->week, "The 7 days ending today (the default)");
    app.add_flag("--month", options->month, "The 30 days ending today");
    app.add_option("--since", options->since, "From this day to today")->type_name("YYYY-MM-DD");
    app.add_flag("--json", options->json, "Print the figures as JSON");
    return [options, &global, &environment] { return stats(*options, global, environment); };
}

}  // namespace hipfit::cli
