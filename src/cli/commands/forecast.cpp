// hipfit forecast: where the person's weight is heading, by Hall's dynamic model (the NIH Body Weight
// Planner's), for their plan or for --intake-change; the 3,500-kcal rule beside it; a goal's date.
#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "cli/profile_text.hpp"
#include "core/base/errors.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/checkin/checkin.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ForecastOptions {
    std::optional<std::string> sex, age, height, weight, pal, body_fat;
    std::optional<std::string> intake_change, goal_weight;
    std::optional<std::string> days;
    std::optional<std::string> step;
    bool json = false;
};

bool any_person_flag(const ForecastOptions& o) {
    return o.sex || o.age || o.height || o.weight || o.pal || o.body_fat;
}

// Without a stored profile every one of these is needed; with one, each given flag overrides it.
void require_person_flags(const ForecastOptions& o) {
    std::string missing;
    const std::array<std::pair<const char*, bool>, 5> flags{{{"--sex", o.sex.has_value()},
                                                             {"--age", o.age.has_value()},
                                                             {"--height", o.height.has_value()},
                                                             {"--weight", o.weight.has_value()},
                                                             {"--pal", o.pal.has_value()}}};
    for (const auto& [flag, given] : flags) {
        if (!given)
            missing += (missing.empty() ? "" : ", ") + std::string(flag);
    }
    if (!missing.empty())
        throw InvalidInput(missing.substr(0, missing.find(',')),
                           "no profile yet: give " + missing + " (or run 'hipfit init' first)");
}

BodyModelPerson person_of(const ForecastOptions& o, const std::optional<BodyModelPerson>& stored,
                          UnitSystem units) {
    if (!stored)
        require_person_flags(o);
    BodyModelPerson person = stored.value_or(BodyModelPerson{});
    if (o.sex)
        person.sex = parse_name(kSexNames, *o.sex, "--sex");
    if (o.age)
        person.age_years = parse_whole_number(*o.age, "--age");
    if (o.height)
        person.height = parse_length(*o.height, units, "--height");
    if (o.weight)
        person.weight = parse_mass(*o.weight, units, "--weight");
    if (o.pal)
        person.pal = parse_decimal(*o.pal, "--pal");
    if (o.body_fat)
        person.body_fat_percent = parse_decimal(*o.body_fat, "--body-fat");
    return person;
}

app::ForecastRequest request_of(const ForecastOptions& o, store::Repository* journal, Date today) {
    const UnitSystem units = journal_units(journal);
    app::ForecastRequest request;
    if (o.days)
        request.days = parse_whole_number(*o.days, "--days");
    if (o.step) {
        if (!o.json)
            throw InvalidInput("--step", "--step: give it with --json (the text shows its own rows)");
        request.step = parse_whole_number(*o.step, "--step");
    }
    if (any_person_flag(o)) {
        std::optional<BodyModelPerson> stored;
        request.body_fat_source = app::BodyFatSource::bmi;
        if (journal && journal->load_profile()) {
            const app::JournalPerson known = app::journal_person(journal, today);
            stored = known.person;
            request.body_fat_source = known.body_fat_source;
        }
        request.person = person_of(o, stored, units);
        if (o.body_fat)
            request.body_fat_source = app::BodyFatSource::given;
    }
    if (o.intake_change)
        request.changes = parse_intake_changes(*o.intake_change);
    if (o.goal_weight)
        request.goal = parse_mass(*o.goal_weight, units, "--goal-weight");
    return request;
}

// Weight minus fat as the two are shown (to 0.1 in the person's unit), so that the three figures add up.
std::string fat_free_text(Kilograms weight, Kilograms fat, UnitSystem units) {
    const auto shown = [units](Kilograms mass) {
        const std::string text = format_mass(mass, units);
        return std::stod(text.substr(0, text.find(' ')));
    };
    const std::string unit = units == UnitSystem::metric ? "kg" : "lb";
    return fmt::format("{:.1f} {}", shown(weight) - shown(fat), unit);
}

// The days worth a row: the first weeks, then months, then years, and always the last day.
std::vector<int> row_days(int last) {
    std::vector<int> rows;
    for (const int day : {0, 7, 14, 30, 60, 90, 120, 180, 270, 365, 545, 730, 1095, 1460, 1825, 2555, 3650}) {
        if (day < last)
            rows.push_back(day);
    }
    rows.push_back(last);
    return rows;
}

std::string plan_text(const app::ForecastView& view) {
    std::string text;
    for (const IntakeChange& change : view.changes) {
        text += fmt::format("{}{:+.0f} kcal a day from day {}", text.empty() ? "" : ", then ",
                            change.change.value(), change.from_day);
    }
    if (view.changes_from_plan)
        text = fmt::format("eat your calorie target, {} kcal a day ({} against what holds your weight now)",
                           kcal_text(view.target_in_force->value()), text);
    return text;
}

void print_rows(std::ostream& out, const app::ForecastView& view) {
    const UnitSystem units = view.units;
    fmt::print(out, "{:>5}  {:<10}  {:>6}  {:>9}  {:>21}  {:>9}  {:>9}  {:>14}\n", "Day", "Date", "Intake",
               "Weight", fmt::format("±{:.0f} % intake", kIntakeLoggingError * 100), "Fat", "Fat-free",
               "3,500-kcal rule");
    const std::vector<ForecastDay>& days = view.forecast.days;
    for (const int d : row_days(static_cast<int>(days.size()) - 1)) {
        const ForecastDay& day = days[static_cast<std::size_t>(d)];
        const Date date = add_days(view.start, d);
        fmt::print(out, "{:>5}  {:<10}  {:>6}  {:>9}  {:>21}  {:>9}  {:>9}  {:>14}\n", d, format_date(date),
                   kcal_text(day.intake.value()), format_mass(day.weight, units),
                   format_mass(std::min(day.weight_low, day.weight_high), units) + " – " +
                       format_mass(std::max(day.weight_low, day.weight_high), units),
                   format_mass(day.fat, units), fat_free_text(day.weight, day.fat, units),
                   format_mass(day.rule_weight, units));
    }
}

void print_goal(std::ostream& out, const app::ForecastView& view) {
    const GoalOutcome& goal = *view.forecast.goal;
    const std::string weight = format_mass(goal.weight, view.units);
    if (!goal.day_reached) {
        fmt::print(out, "\nGoal {}: not reached within {} days on this plan.\n", weight,
                   view.forecast.days.size() - 1);
        return;
    }
    const Date date = add_days(view.start, *goal.day_reached);
    fmt::print(out, "\nGoal {}: reached on day {} ({})", weight, *goal.day_reached, format_date(date));
    if (goal.maintenance_intake)
        fmt::print(out, "; about {} kcal a day holds it there", kcal_text(goal.maintenance_intake->value()));
    fmt::print(out, ".\n");
}

void print_text(std::ostream& out, const app::ForecastView& view) {
    const Forecast& f = view.forecast;
    const UnitSystem units = view.units;
    fmt::print(
        out, "Forecast from {} for {} days (Hall et al., Lancet 2011: the NIH Body Weight Planner's model)\n",
        format_date(view.start), f.days.size() - 1);
    fmt::print(out, "Now: {} kcal a day holds {} (fat {}, {}; fat-free {}).\n",
               kcal_text(f.baseline.intake.value()), format_mass(view.person.weight, units),
               format_mass(f.baseline.fat, units), app::description_of(view.body_fat_source),
               fat_free_text(view.person.weight, f.baseline.fat, units));
    fmt::print(out, "Plan: {}.\n\n", plan_text(view));
    print_rows(out, view);
    if (f.goal)
        print_goal(out, view);
    fmt::print(out, "\nWhy not the 3,500-kcal rule: {}\n", f.rule_explanation);
    fmt::print(
        out,
        "The range is where you would be if you ate {:.0f} % more or less than you log: logging is rarely "
        "exact, and a forecast is a guide, not a promise.\n",
        kIntakeLoggingError * 100);
    for (const std::string& warning : f.warnings) fmt::print(out, "Warning: {}\n", warning);
}

int forecast(const ForecastOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const auto journal = open_journal_for_reading(global, environment);
    const app::ForecastView view =
        app::forecast_view(journal.get(), request_of(options, journal.get(), today), today);
    if (options.json) {
        environment.console.out << app::to_json(view).dump(2) << '\n';
    } else {
        print_text(environment.console.out, view);
    }
    return kExitOk;
}

}  // namespace

Action declare_forecast(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ForecastOptions>();
    app.add_option("--sex", options->sex, "female or male (overrides the profile)");
    app.add_option("--age", options->age, "Years (overrides the profile)");
    app.add_option("--height", options->height, "e.g. 165cm or 5ft5in (overrides the profile)");
    app.add_option("--weight", options->weight, "e.g. 72kg or 158lb (overrides the latest weight)");
    app.add_option("--pal", options->pal, "Physical activity level, expenditure ÷ resting, e.g. 1.5");
    app.add_option("--body-fat", options->body_fat, "Measured body fat %; else estimated from BMI")
        ->type_name("PCT");
    app.add_option("--intake-change", options->intake_change,
                   "Daily intake change against what holds your weight now, e.g. -300@0,0@180")
        ->type_name("KCAL[@DAY][,KCAL@DAY…]");
    app.add_option("--days", options->days, "How many days ahead (default 365, at most 3650)")
        ->type_name("N");
    app.add_option("--goal-weight", options->goal_weight, "The day this weight is reached, and what holds it")
        ->type_name("WEIGHT");
    app.add_flag("--json", options->json, "Print every day as JSON");
    app.add_option("--step", options->step,
                   "With --json: a day every N days, and the last (default 1, at most 365)")
        ->type_name("N");
    return [options, &global, &environment] { return forecast(*options, global, environment); };
}

}  // namespace hipfit::cli
