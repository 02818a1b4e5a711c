// Charts as SVG text for the HTML report: a line chart (series over days, with an optional band) and a
// bar chart (a value against its target). Plain SVG with classes, a <title> and a <desc>, so the page's
// stylesheet colours them and a screen reader can tell what they show.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"

namespace hipfit::io {

struct ChartPoint {
    double day = 0;  // days since the chart's first day
    double value = 0;
};

enum class LineStyle { solid, dashed, markers };

struct ChartSeries {
    std::string name;
    std::vector<ChartPoint> points;  // in day order
    LineStyle style = LineStyle::solid;
};

// A shaded range between two lines (e.g. the forecast's uncertainty).
struct ChartBand {
    std::string name;
    std::vector<ChartPoint> low;
    std::vector<ChartPoint> high;  // the same days as `low`
};

struct LineChart {
    std::string title;
    std::string description;  // one sentence for a screen reader
    std::string unit;         // on the value axis, e.g. "kg"
    core::Date first_day{};
    int span_days = 0;  // the day axis runs 0..span_days; 0: to the last point
    std::vector<ChartSeries> series;
    std::optional<ChartBand> band;
};

struct ChartBar {
    std::string label;
    double value = 0;
    double target = 0;  // drawn as a mark; 0 for none
};

struct BarChart {
    std::string title;
    std::string description;
    std::string unit;
    std::vector<ChartBar> bars;
};

// An empty chart (no points) still draws its frame and says there is nothing to show yet. Series
// without points are left out, legend included.
std::string line_chart_svg(const LineChart& chart);
std::string bar_chart_svg(const BarChart& chart);

// Text made safe inside XML/HTML elements and attributes.
std::string escape_xml(std::string_view text);

}  // namespace hipfit::io
