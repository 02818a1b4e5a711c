#include "app/report_view.hpp"
#include "app/own_exercises.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/coaching.hpp"
#include "app/forecast_view.hpp"
#include "app/person.hpp"
#include "app/plan_swaps.hpp"
#include "app/read_once.hpp"
#include "core/base/errors.hpp"
#include "core/forecast/forecast.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using nlohmann::json;

namespace {

// Days since the chart's first day, as a chart's x.
int day_of(Date from, Date to) {
    return static_cast<int>(days_between(from, to));
}

std::vector<TrendPoint> trend_of(store::Repository& journal, Date today) {
    return weight_trend(journal.weigh_ins(today));
}

io::LineChart weight_chart(const std::vector<TrendPoint>& trend, Period period) {
    io::LineChart chart{"Weight and trend",
                        "Each weigh-in as a dot and the smoothed trend as a line, over the report's days.",
                        "kg",
                        period.start,
                        period.days() - 1,
                        {{"trend", {}, io::LineStyle::solid}, {"weigh-ins", {}, io::LineStyle::markers}},
                        std::nullopt};
    for (const TrendPoint& point : trend) {
        if (!period.contains(point.date))
            continue;
        const double day = day_of(period.start, point.date);
        chart.series[0].points.push_back({day, point.trend_kg});
        chart.series[1].points.push_back({day, point.weight_kg});
    }
    return chart;
}

// Where the forecast starts: the program's first day, within what the model can run to today and beyond.
Date forecast_start(const Profile& profile, Date today) {
    const Date earliest = add_days(today, -(kMaxForecastDays - kForecastAheadDays));
    return std::clamp(profile.program_start, earliest, today);
}

std::optional<ForecastVersusActual> forecast_versus_actual(store::Repository& journal, const Profile& profile,
                                                           const std::vector<TrendPoint>& trend, Date today) {
    ForecastVersusActual result;
    result.start = forecast_start(profile, today);
    const int elapsed = day_of(result.start, today);
    Forecast forecast;
    try {
        const JournalPerson known = journal_person(&journal, result.start);
        const std::vector<IntakeChange> changes = planned_intake_changes(known.target_in_force, known.person);
        forecast = core::forecast(known.person, changes, elapsed + kForecastAheadDays, std::nullopt);
    } catch (const InvalidInput&) {
        return std::nullopt;  // a person outside the model's range: the report goes on without it
    } catch (const SafetyRefusal&) {
        return std::nullopt;
    }
    for (const ForecastDay& day : forecast.days) {
        const double d = day.day;
        result.forecast.push_back({d, day.weight.value()});
        result.low.push_back({d, std::min(day.weight_low, day.weight_high).value()});
        result.high.push_back({d, std::max(day.weight_low, day.weight_high).value()});
    }
    result.forecast_today_kg = forecast.days[static_cast<std::size_t>(elapsed)].weight.value();
    for (const TrendPoint& point : trend) {
        if (point.date >= result.start)
            result.trend.push_back({static_cast<double>(day_of(result.start, point.date)), point.trend_kg});
    }
    if (!result.trend.empty())
        result.trend_today_kg = result.trend.back().value;
    return result;
}

io::LineChart forecast_chart(const std::optional<ForecastVersusActual>& f) {
    io::LineChart chart{
        "Forecast and actual",
        "The weight Hall's model forecast for the plan from the program's start, with the range "
        "from eating 10 % more or less than logged, and the weight trend as it happened.",
        "kg",
        f ? f->start : Date{},
        0,
        {},
        std::nullopt};
    if (!f)
        return chart;
    chart.series = {{"forecast", f->forecast, io::LineStyle::dashed},
                    {"trend", f->trend, io::LineStyle::solid}};
    chart.band = io::ChartBand{"±10 % intake", f->low, f->high};
    return chart;
}

io::LineChart measurement_chart(store::Repository& journal, Date start, Date today) {
    io::LineChart chart{"Hip, waist and thigh",
                        "Each measurement since the program started, in centimetres.",
                        "cm",
                        start,
                        day_of(start, today),
                        {{"hip", {}, io::LineStyle::solid},
                         {"waist", {}, io::LineStyle::solid},
                         {"thigh", {}, io::LineStyle::solid}},
                        std::nullopt};
    for (const Entry& e : journal.entries({EntryKind::measure, start, today})) {
        const double day = day_of(start, e.date);
        const Measurements& m = e.measurements;
        if (m.hip)
            chart.series[0].points.push_back({day, m.hip->value()});
        if (m.waist)
            chart.series[1].points.push_back({day, m.waist->value()});
        std::optional<Centimetres> thigh = m.thigh;
        if (!thigh && m.thigh_left && m.thigh_right)
            thigh = (*m.thigh_left + *m.thigh_right) / 2.0;
        if (thigh)
            chart.series[2].points.push_back({day, thigh->value()});
    }
    return chart;
}

io::BarChart adherence_chart(store::Repository& journal, const Profile& profile, Date today) {
    io::BarChart chart{
        "Workouts each program week",
        "Workouts logged in each of the last program weeks; the dashed mark is the number planned.",
        "workouts",
        {}};
    const Date program_start = std::min(profile.program_start, today);
    const int current = day_of(program_start, today) / 7;
    const std::vector<Date> planned = planned_session_dates(profile, io::builtin_catalog(), today);
    const std::vector<Date> workouts = journal.entry_dates({EntryKind::workout, program_start, today});
    // Counted as stats counts them (sessions_in): the current week's sessions after today are not yet due.
    const Period weeks{add_days(program_start, 7 * std::max(0, current - kAdherenceWeeks + 1)), today};
    for (const WeekSessions& week :
         sessions_by_program_week(planned, workouts, program_start, weeks, today)) {
        chart.bars.push_back({"wk " + std::to_string(week.number), static_cast<double>(week.sessions.done),
                              static_cast<double>(week.sessions.planned)});
    }
    return chart;
}

// Each exercise once, in the order first met; ids the catalog does not know are left out.
void add_once(std::vector<io::ReportExercise>& exercises, std::vector<int>& counts, const std::string& id,
              const Catalog& catalog) {
    const auto found = std::find_if(exercises.begin(), exercises.end(),
                                    [&](const io::ReportExercise& e) { return e.exercise.id == id; });
    if (found != exercises.end()) {
        ++counts[static_cast<std::size_t>(found - exercises.begin())];
        return;
    }
    if (const Exercise* exercise = catalog.find(id)) {
        exercises.push_back({*exercise, ""});
        counts.push_back(1);
    }
}

void note_counts(std::vector<io::ReportExercise>& exercises, const std::vector<int>& counts,
                 std::string_view what) {
    for (std::size_t i = 0; i < exercises.size(); ++i)
        exercises[i].note = fmt::format("in {} {}{}", counts[i], what, counts[i] == 1 ? "" : "s");
}

void exercises_done(ReportView& view, store::Repository& journal, Period period) {
    const auto catalog = person_catalog(&journal);  // the person's own exercises too (a muscle map each)
    std::vector<int> counts;
    for (const Entry& e : journal.entries({EntryKind::workout, period.start, period.end})) {
        std::vector<std::string> ids;
        for (const WorkoutSet& set : e.sets) {
            if (std::find(ids.begin(), ids.end(), set.exercise_id) == ids.end())
                ids.push_back(set.exercise_id);
        }
        for (const std::string& id : ids) add_once(view.exercises, counts, id, *catalog);
    }
    note_counts(view.exercises, counts, "workout");
    view.exercises_heading = "Exercises you did";
}

void exercises_planned(ReportView& view, store::Repository& journal, const Profile& profile, Period period) {
    const auto catalog = person_catalog(&journal);  // an own exercise swapped in too
    std::vector<int> counts;
    for (Date day = period.start; day <= period.end; day = add_days(day, 1)) {
        const std::optional<Session> session = person_session(&journal, profile, day);
        if (!session)
            continue;
        for (const PlannedBlock& block : session->blocks) {
            for (const PlannedExercise& planned : block.exercises)
                add_once(view.exercises, counts, planned.id, *catalog);
        }
    }
    note_counts(view.exercises, counts, "planned session");
    view.exercises_heading = "Exercises in your plan";
}

json number_or_null(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

}  // namespace

ReportView report_view(store::Repository& source, int days, Date today, ReportCharts charts) {
    // The stats, the coach, the trend and the forecast read the same profile, weigh-ins and targets.
    ReadOnce journal(source);
    const Profile profile = view_profile(&journal, today);
    const Period period = period_ending(days, today);
    ReportView view;
    view.stats = stats_view(&journal, period, today);
    view.target_kcal = view.stats.stats.targets ? view.stats.stats.targets->kcal : 0;
    view.checkin = checkin_in_force(&journal, today);
    view.advice = coach_advice(journal, today);
    const std::vector<TrendPoint> trend = trend_of(journal, today);
    view.forecast = forecast_versus_actual(journal, profile, trend, today);
    if (charts == ReportCharts::none)
        return view;
    view.weight_chart = weight_chart(trend, period);
    view.forecast_chart = forecast_chart(view.forecast);
    view.measurement_chart = measurement_chart(journal, std::min(profile.program_start, today), today);
    view.adherence_chart = adherence_chart(journal, profile, today);
    exercises_done(view, journal, period);
    if (view.exercises.empty())
        exercises_planned(view, journal, profile, period);
    return view;
}

json to_json(const ReportView& view) {
    json checkin = nullptr;
    if (view.checkin) {
        checkin = {{"date", format_date(view.checkin->date)},
                   {"target_kcal", view.checkin->target.value()},
                   {"previous_target_kcal", view.checkin->previous_target.value()},
                   {"reasons", view.checkin->reasons}};
    }
    json forecast = nullptr;
    if (view.forecast) {
        forecast = {{"start_date", format_date(view.forecast->start)},
                    {"forecast_today_kg", number_or_null(view.forecast->forecast_today_kg)},
                    {"trend_today_kg", number_or_null(view.forecast->trend_today_kg)}};
    }
    return {{"stats", to_json(view.stats)},
            {"target_kcal", view.target_kcal},
            {"checkin", checkin},
            {"advice", to_json(view.advice)},
            {"forecast_vs_actual", forecast}};
}

}  // namespace hipfit::app
