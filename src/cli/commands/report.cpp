// hipfit report: the week (or --month) in numbers and advice — the stats, the calorie target and its
// last check-in, the forecast against what happened, the coach's advice; --html FILE adds SVG charts.
#include <cctype>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/report_view.hpp"
#include "cli/commands/commands.hpp"
#include "cli/environment.hpp"
#include "cli/file_output.hpp"
#include "cli/journal_access.hpp"
#include "cli/stats_text.hpp"
#include "core/base/errors.hpp"
#include "core/checkin/checkin.hpp"
#include "core/coach/coach_rules.hpp"
#include "io/report_html.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ReportOptions {
    bool week = false;
    bool month = false;
    std::optional<std::string> html;
    bool json = false;
};

int period_days(const ReportOptions& options) {
    if (options.week && options.month)
        throw InvalidInput("--week", "give --week or --month, not both");
    return options.month ? app::kMonthDays : app::kWeekDays;
}

// One output a run: the page, the JSON or the text.
void check_output(const ReportOptions& options) {
    if (options.html && options.json)
        throw InvalidInput("--json", "give --html or --json, not both");
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

io::ReportSection numbers_section(const app::ReportView& view) {
    std::ostringstream text;
    print_stats_text(text, view.stats.stats, view.stats.units, view.stats.focus_line);
    return {"In numbers", lines_of(text.str()), true};
}

io::ReportSection target_section(const app::ReportView& view) {
    io::ReportSection section{"Your calorie target", {}, false};
    if (!view.checkin) {
        section.paragraphs.push_back(
            fmt::format("{} kcal a day, from the formula. Run 'hipfit checkin' once a week: after two weeks "
                        "of weigh-ins and "
                        "food logs it sets the target from what you really burn.",
                        kcal_text(view.target_kcal)));
        return section;
    }
    section.paragraphs.push_back(fmt::format("{} kcal a day, set by the check-in of {}.",
                                             kcal_text(view.target_kcal), format_date(view.checkin->date)));
    for (const std::string& reason : view.checkin->reasons) section.paragraphs.push_back(reason);
    return section;
}

io::ReportSection forecast_section(const app::ReportView& view) {
    io::ReportSection section{"Forecast and actual", {}, false};
    const std::optional<app::ForecastVersusActual>& f = view.forecast;
    if (!f || !f->forecast_today_kg) {
        section.paragraphs.push_back("No forecast: the model needs an adult profile within its range.");
        return section;
    }
    const UnitSystem units = view.stats.units;
    std::string sentence = fmt::format("On your plan from {}, Hall's model expected {} by today",
                                       format_date(f->start), mass_text(*f->forecast_today_kg, units));
    if (f->trend_today_kg)
        sentence += fmt::format("; your weight trend is {}.", mass_text(*f->trend_today_kg, units));
    else
        sentence += "; log your weight to compare.";
    section.paragraphs.push_back(sentence);
    return section;
}

io::ReportSection advice_section(const app::ReportView& view) {
    io::ReportSection section{"Advice", {}, false};
    for (const Advice& advice : view.advice) {
        std::string label(name_of(kSeverityNames, advice.severity));
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        section.paragraphs.push_back(fmt::format("{}: {}", label, advice.message));
    }
    if (section.paragraphs.empty())
        section.paragraphs.push_back("Nothing to flag: keep going as you are.");
    return section;
}

std::string title_of(const app::ReportView& view) {
    const Period& period = view.stats.stats.period;
    return fmt::format("hipfit report, {} to {}", format_date(period.start), format_date(period.end));
}

std::vector<io::ReportSection> sections_of(const app::ReportView& view) {
    return {numbers_section(view), target_section(view), forecast_section(view), advice_section(view)};
}

io::ReportPage page_of(const app::ReportView& view) {
    return {title_of(view),
            sections_of(view),
            {io::line_chart_svg(view.weight_chart), io::line_chart_svg(view.forecast_chart),
             io::line_chart_svg(view.measurement_chart), io::bar_chart_svg(view.adherence_chart)},
            "hipfit is a coach, not a doctor: its figures are estimates. Fat comes off the whole body, not "
            "from one "
            "spot; hips and thighs slim as overall fat falls.",
            view.exercises_heading,
            view.exercises};
}

void print_text(std::ostream& out, const std::string& title, const std::vector<io::ReportSection>& sections) {
    fmt::print(out, "{}\n", title);
    for (const io::ReportSection& section : sections) {
        fmt::print(out, "\n{}\n", section.heading);
        for (const std::string& paragraph : section.paragraphs)
            fmt::print(out, "{}{}\n", section.preformatted ? "" : "  ", paragraph);
    }
}

int report(const ReportOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    const int days = period_days(options);
    check_output(options);
    const auto journal = open_journal_for_reading(global, environment);
    if (!journal)
        require_profile(nullptr);  // no database yet: tells the person to run init
    // Only the page draws charts.
    const app::ReportView view = app::report_view(
        *journal, days, today, options.html ? app::ReportCharts::drawn : app::ReportCharts::none);
    if (options.html) {
        write_file_atomically(*options.html, io::report_html(page_of(view)), "--html",
                              database_location(global.db, environment));
        fmt::print(environment.console.out, "Wrote the report to {}.\n", *options.html);
    } else if (options.json) {
        environment.console.out << app::to_json(view).dump(2) << '\n';
    } else {
        print_text(environment.console.out, title_of(view), sections_of(view));
    }
    return kExitOk;
}

}  // namespace

Action declare_report(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ReportOptions>();
    app.add_flag("--week", options->week, "The 7 days ending today (the default)");
    app.add_flag("--month", options->month, "The 30 days ending today");
    app.add_option("--html", options->html, "Write an HTML page with charts to FILE")->type_name("FILE");
    app.add_flag("--json", options->json, "Print the report's figures as JSON");
    return [options, &global, &environment] { return report(*options, global, environment); };
}

}  // namespace hipfit::cli
