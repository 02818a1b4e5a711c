#include "cli/stats_text.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/profile_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// A change as shown, with its sign: "+0.4 kg", "-1.2 kg". One that rounds to zero at the shown precision
// is "+0.0 kg", not the "-0.0 kg" a tiny loss formats to.
std::string signed_change(const std::string& shown) {
    const bool negative = shown.starts_with('-') && shown.find_first_of("123456789") != std::string::npos;
    if (negative)
        return shown;
    return "+" + (shown.starts_with('-') ? shown.substr(1) : shown);
}

std::string signed_mass(double kg, UnitSystem units) {
    return signed_change(format_mass(Kilograms(kg), units));
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
        fmt::print(out, "{:<16}{} → {} ({})\n", name, format_length(Centimetres(c.first), units),
                   format_length(Centimetres(c.last), units),
                   signed_change(format_length(Centimetres(c.change()), units)));
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

}  // namespace

void print_stats_text(std::ostream& out, const Stats& s, UnitSystem units, const std::string& focus_line) {
    fmt::print(out, "Stats for {} to {} ({} days)\n\n", format_date(s.period.start),
               format_date(s.period.end), s.period.days());
    print_weight(out, s.weight, units);
    print_measurements(out, s.measurements, units);
    print_intake_and_workouts(out, s);
    print_habits(out, s);
    fmt::print(out, "{:<16}{} day{} in a row (longest {}); {} week{} on plan\n", "Streaks",
               s.streaks.current_days, s.streaks.current_days == 1 ? "" : "s", s.streaks.longest_days,
               s.streaks.weeks_on_plan, s.streaks.weeks_on_plan == 1 ? "" : "s");
    // "now", not "this week": the report and "stats --month" print the same line for a month (the web says
    // "now" too).
    fmt::print(out, "\nWhat matters most now: {}\n", focus_line);
}

}  // namespace hipfit::cli
