// hipfit stats: progress over the last week, the last month or since a day — the weight trend,
// measurements, intake, workouts, habits and streaks, and what matters most this week.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "cli/profile_text.hpp"
#include "core/errors.hpp"
#include "core/stats.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;
using nlohmann::json;

namespace {

constexpr int kWeekDays = 7;
constexpr int kMonthDays = 30;

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
    if (options.since) {
        const Date since = parse_date(*options.since, "--since");
        if (since > today) {
            throw InvalidInput("--since", fmt::format("--since: {} is after today ({})", format_date(since),
                                                      format_date(today)));
        }
        return {since, today};
    }
    const int days = options.month ? kMonthDays : kWeekDays;
    return {Date{std::chrono::sys_days(today) - std::chrono::days(days - 1)}, today};
}

json number(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

json target(const std::optional<StatsTargets>& targets, double StatsTargets::*field) {
    return targets ? json((*targets).*field) : json(nullptr);
}

json change_json(const std::optional<Change>& c) {
    if (!c)
        return {{"first", nullptr}, {"last", nullptr}, {"change", nullptr}};
    return {{"first", c->first}, {"last", c->last}, {"change", c->change()}};
}

json as_json(const Stats& s, const std::string& focus_line) {
    const WeightStats& w = s.weight;
    const MeasurementStats& m = s.measurements;
    const HabitStats& h = s.habits;
    return {{"period", {{"start", format_date(s.period.start)}, {"end", format_date(s.period.end)}}},
            {"weight",
             {{"trend_start_kg", number(w.trend_start_kg)},
              {"trend_end_kg", number(w.trend_end_kg)},
              {"trend_change_kg", number(w.trend_change_kg)},
              {"weekly_rate_kg", number(w.weekly_rate_kg)},
              {"latest_kg", number(w.latest_kg)},
              {"readings", w.readings}}},
            {"measurements",
             {{"waist_cm", change_json(m.waist_cm)},
              {"hip_cm", change_json(m.hip_cm)},
              {"thigh_cm", change_json(m.thigh_cm)},
              {"thigh_left_cm", change_json(m.thigh_left_cm)},
              {"thigh_right_cm", change_json(m.thigh_right_cm)}}},
            {"intake",
             {{"average_kcal", number(s.intake.average_kcal)},
              {"target_kcal", target(s.targets, &StatsTargets::kcal)},
              {"days_logged", s.intake.days_logged},
              {"average_protein_g", number(s.intake.average_protein_g)},
              {"protein_target_g", target(s.targets, &StatsTargets::protein_g)}}},
            {"workouts", {{"done", s.workouts_done}, {"planned", s.workouts_planned}}},
            {"habits",
             {{"sleep_average_h", number(h.sleep_average_h)},
              {"sleep_nights", h.sleep_nights},
              {"water_average_ml", number(h.water_average_ml)},
              {"water_target_ml", target(s.targets, &StatsTargets::water_ml)},
              {"alcohol_drinks_per_week", h.alcohol_drinks_per_week},
              {"alcohol_guideline_per_week", target(s.targets, &StatsTargets::alcohol_drinks_per_week)},
              {"steps_average", number(h.steps_average)},
              {"standup_average", number(h.standup_average)}}},
            {"streaks",
             {{"current_days", s.streaks.current_days},
              {"longest_days", s.streaks.longest_days},
              {"weeks_on_plan", s.streaks.weeks_on_plan}}},
            {"focus", focus_line}};
}

std::string signed_mass(double kg, UnitSystem units) {
    return (kg >= 0 ? "+" : "") + format_mass(Kilograms(kg), units);
}

void print_weight(std::ostream& out, const WeightStats& w, UnitSystem units) {
    if (w.readings == 0) {
        fmt::print(out, "{:<16}no weigh-ins\n", "Weight");
        return;
    }
    fmt::print(out, "{:<16}trend {} → {} ({}", "Weight", format_mass(Kilograms(*w.trend_start_kg), units),
               format_mass(Kilograms(*w.trend_end_kg), units), signed_mass(*w.trend_change_kg, units));
    if (w.weekly_rate_kg)
        fmt::print(out, ", {} a week", signed_mass(*w.weekly_rate_kg, units));
    fmt::print(out, "); latest {}, {} weigh-in{}\n", format_mass(Kilograms(*w.latest_kg), units), w.readings,
               w.readings == 1 ? "" : "s");
}

void print_measurements(std::ostream& out, const MeasurementStats& m, UnitSystem units) {
    const std::pair<const char*, const std::optional<Change>*> rows[] = {{"Waist", &m.waist_cm},
                                                                         {"Hip", &m.hip_cm},
                                                                         {"Thigh", &m.thigh_cm},
                                                                         {"Left thigh", &m.thigh_left_cm},
                                                                         {"Right thigh", &m.thigh_right_cm}};
    for (const auto& [name, change] : rows) {
        if (!*change)
            continue;
        const Change& c = **change;
        fmt::print(out, "{:<16}{} → {} ({}{})\n", name, format_length(Centimetres(c.first), units),
                   format_length(Centimetres(c.last), units), c.change() >= 0 ? "+" : "",
                   format_length(Centimetres(c.change()), units));
    }
}

std::string or_dash(const std::optional<double>& value, const char* format) {
    return value ? fmt::format(fmt::runtime(format), *value) : "-";
}

void print_intake_and_workouts(std::ostream& out, const Stats& s) {
    const std::optional<StatsTargets>& t = s.targets;
    fmt::print(out, "{:<16}{} kcal a day on {} day{} logged{}\n", "Intake",
               or_dash(s.intake.average_kcal, "{:.0f}"), s.intake.days_logged,
               s.intake.days_logged == 1 ? "" : "s", t ? fmt::format(" (target {:.0f})", t->kcal) : "");
    fmt::print(out, "{:<16}{} g a day{}\n", "Protein", or_dash(s.intake.average_protein_g, "{:.0f}"),
               t ? fmt::format(" (target {:.0f} g)", t->protein_g) : "");
    fmt::print(out, "{:<16}{} of {} planned\n", "Workouts", s.workouts_done, s.workouts_planned);
}

void print_habits(std::ostream& out, const Stats& s) {
    const HabitStats& h = s.habits;
    const std::optional<StatsTargets>& t = s.targets;
    fmt::print(out, "{:<16}{} h a night over {} night{} (7–9 h)\n", "Sleep",
               or_dash(h.sleep_average_h, "{:.1f}"), h.sleep_nights, h.sleep_nights == 1 ? "" : "s");
    fmt::print(out, "{:<16}{} ml a day{}\n", "Water", or_dash(h.water_average_ml, "{:.0f}"),
               t ? fmt::format(" (target {:.0f} ml)", t->water_ml) : "");
    fmt::print(out, "{:<16}{:.1f} drinks a week{}\n", "Alcohol", h.alcohol_drinks_per_week,
               t ? fmt::format(" (guideline at most {:g})", t->alcohol_drinks_per_week) : "");
    fmt::print(out, "{:<16}{} a day\n", "Steps", or_dash(h.steps_average, "{:.0f}"));
    fmt::print(out, "{:<16}{} a day\n", "Standing breaks", or_dash(h.standup_average, "{:.1f}"));
}

void print_text(std::ostream& out, const Stats& s, UnitSystem units, const std::string& focus_line) {
    fmt::print(out, "Stats for {} to {} ({} days)\n\n", format_date(s.period.start),
               format_date(s.period.end), s.period.days());
    print_weight(out, s.weight, units);
    print_measurements(out, s.measurements, units);
    print_intake_and_workouts(out, s);
    print_habits(out, s);
    fmt::print(out, "{:<16}{} day{} in a row (longest {}); {} week{} on plan\n", "Streaks",
               s.streaks.current_days, s.streaks.current_days == 1 ? "" : "s", s.streaks.longest_days,
               s.streaks.weeks_on_plan, s.streaks.weeks_on_plan == 1 ? "" : "s");
    fmt::print(out, "\nWhat matters most this week: {}\n", focus_line);
}

int stats(const StatsOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    StatsContext context{period_of(options, today), today, std::nullopt, today, {}};
    const auto journal = open_journal_for_reading(global, environment);
    UnitSystem units = UnitSystem::metric;
    std::vector<Entry> window;
    std::vector<Entry> earlier_weights;
    if (journal) {
        const Profile profile = profile_as_of(journal.get(), today);
        units = profile.units;
        context.targets = stats_targets(profile, today);
        context.program_start = profile.program_start;
        context.planned_sessions = planned_session_dates(profile, io::builtin_catalog(), today);
        // Two reads: every entry of the period and the streaks' year, and the weights before it.
        const Period days = journal_window(context.period, today);
        window = journal->entries({std::nullopt, days.start, days.end});
        const Date before = Date{std::chrono::sys_days(days.start) - std::chrono::days(1)};
        earlier_weights = journal->entries({EntryKind::weight, std::nullopt, before});
    }
    const Stats result = compute_stats(window, earlier_weights, context);
    const std::string focus_line = window.empty() && earlier_weights.empty()
                                       ? "Nothing logged yet: 'hipfit log --help' shows how."
                                       : focus(result, units);
    if (options.json) {
        environment.console.out << as_json(result, focus_line).dump(2) << '\n';
    } else {
        print_text(environment.console.out, result, units, focus_line);
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
