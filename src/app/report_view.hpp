// 'hipfit report': the week (or month) in numbers and advice — the stats, the calorie target in force,
// the forecast against what really happened, the coach's advice — and the charts and exercises of the HTML
// report.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "app/stats_view.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/coach/coach_rules.hpp"
#include "io/report_html.hpp"
#include "io/svg_chart.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// How far past today the forecast chart looks: four weeks ahead of where the trend is now.
inline constexpr int kForecastAheadDays = 28;
// The adherence chart's weeks: two months of program weeks (hipfit's judgement: enough to see a habit).
inline constexpr int kAdherenceWeeks = 8;

// The forecast made at the program's start for its plan, against the weight trend since.
struct ForecastVersusActual {
    core::Date start{};
    std::vector<io::ChartPoint> forecast;  // kg by days since start, to today + kForecastAheadDays
    std::vector<io::ChartPoint> low;       // eating 10 % less than logged
    std::vector<io::ChartPoint> high;      // 10 % more
    std::vector<io::ChartPoint> trend;     // the weight trend since start
    std::optional<double> forecast_today_kg;
    std::optional<double> trend_today_kg;
};

struct ReportView {
    StatsView stats;
    double target_kcal = 0;
    std::optional<core::CheckinRecord> checkin;  // the latest
    std::vector<core::Advice> advice;
    std::optional<ForecastVersusActual> forecast;  // none when the model cannot take the person
    // With ReportCharts::drawn only: the charts and the exercises.
    io::LineChart weight_chart;
    io::LineChart forecast_chart;
    io::LineChart measurement_chart;
    io::BarChart adherence_chart;
    // The exercises of the period's workouts, each once in the order first done, with how many workouts
    // had it; with no workout in the period, those the plan gave it.
    std::string exercises_heading;
    std::vector<io::ReportExercise> exercises;
};

// Whether the view draws the HTML page's charts and lists its exercises, or holds the figures alone (the
// text and the JSON, which show no chart).
enum class ReportCharts { drawn, none };

// The period is the `days` days ending today. Needs a profile (InvalidInput otherwise).
ReportView report_view(store::Repository& journal, int days, core::Date today,
                       ReportCharts charts = ReportCharts::drawn);

nlohmann::json to_json(const ReportView& view);

}  // namespace hipfit::app
