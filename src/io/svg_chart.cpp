#include "io/svg_chart.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include <fmt/format.h>

namespace hipfit::io {
namespace {

// The drawing area inside a fixed viewBox; the page scales the whole SVG to its width.
constexpr double kWidth = 640;
constexpr double kHeight = 260;
constexpr double kLeft = 52;
constexpr double kRight = 16;
constexpr double kTop = 36;
constexpr double kBottom = 30;
constexpr int kTargetTicks = 5;
// A chart over more than this many days labels its day axis with the year and month, not the month and
// day: its ticks are months apart and may cross years. A judgement call, the same as the web app's chart.js.
constexpr double kYearLabelSpanDays = 300;
// Colour-blind-safe (Okabe & Ito, "Color Universal Design", 2008): blue, orange, bluish green, vermillion,
// reddish purple.
constexpr const char* kPalette[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"};

struct Range {
    double low = 0;
    double high = 1;
};

// A tick step of 1, 2 or 5 × 10^k giving about kTargetTicks ticks over the range.
double nice_step(double span) {
    const double rough = span / kTargetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

Range padded(double low, double high) {
    if (!(low <= high))
        return {0, 1};
    if (high - low < 1e-9) {
        const double half = std::max(1.0, std::abs(low) * 0.02);
        return {low - half, high + half};
    }
    const double step = nice_step(high - low);
    return {std::floor(low / step) * step, std::ceil(high / step) * step};
}

struct Frame {
    Range days;
    Range values;
    [[nodiscard]] double x(double day) const {
        return kLeft + (day - days.low) / (days.high - days.low) * (kWidth - kLeft - kRight);
    }
    [[nodiscard]] double y(double value) const {
        return kHeight - kBottom -
               (value - values.low) / (values.high - values.low) * (kHeight - kTop - kBottom);
    }
};

void widen(Range& range, bool& any, const std::vector<ChartPoint>& points) {
    for (const ChartPoint& point : points) {
        range.low = any ? std::min(range.low, point.value) : point.value;
        range.high = any ? std::max(range.high, point.value) : point.value;
        any = true;
    }
}

// The last day the chart covers: span_days, or its last point when that is later.
double last_day(const LineChart& chart) {
    double last = chart.span_days;
    for (const ChartSeries& series : chart.series) {
        for (const ChartPoint& point : series.points) last = std::max(last, point.day);
    }
    return last;
}

Frame frame_of(const LineChart& chart) {
    Range values{0, 1};
    bool any_value = false;
    for (const ChartSeries& series : chart.series) widen(values, any_value, series.points);
    if (chart.band) {
        widen(values, any_value, chart.band->low);
        widen(values, any_value, chart.band->high);
    }
    // A chart of one day still needs a width to divide by: it is drawn over two, but labelled as one.
    const Range days{0, std::max(last_day(chart), 1.0)};
    return {days, any_value ? padded(values.low, values.high) : Range{0, 1}};
}

std::string polyline(const Frame& frame, const std::vector<ChartPoint>& points) {
    std::string text;
    for (const ChartPoint& point : points)
        text +=
            fmt::format("{}{:.1f},{:.1f}", text.empty() ? "" : " ", frame.x(point.day), frame.y(point.value));
    return text;
}

std::string header(const std::string& title, const std::string& description, const std::string& id) {
    return fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
        "aria-labelledby=\"{}-title {}-desc\" class=\"chart\" font-family=\"sans-serif\" font-size=\"11\">\n"
        "<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n"
        "<text x=\"{}\" y=\"14\" font-size=\"13\" font-weight=\"bold\">{}</text>\n",
        kWidth, kHeight, id, id, id, escape_xml(title), id, escape_xml(description), kLeft,
        escape_xml(title));
}

// A stable id from the title, so two charts on one page do not share their <title> ids.
std::string id_of(const std::string& title) {
    std::string id = "chart-";
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        id += std::isalnum(byte) ? static_cast<char>(std::tolower(byte)) : '-';
    }
    return id;
}

std::string value_axis(const Frame& frame, const std::string& unit) {
    std::string text;
    const double step = nice_step(frame.values.high - frame.values.low);
    for (double v = frame.values.low; v <= frame.values.high + step * 1e-6; v += step) {
        const double y = frame.y(v);
        text += fmt::format(
            "<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#ddd\"/>"
            "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{:g}</text>\n",
            kLeft, y, kWidth - kRight, y, kLeft - 4, y + 4, std::round(v * 100) / 100);
    }
    text += fmt::format("<text x=\"4\" y=\"{}\">{}</text>\n", kTop - 8, escape_xml(unit));
    return text;
}

// "2026-11" over more than kYearLabelSpanDays, else "11-01".
std::string day_label(core::Date date, double span_days) {
    const std::string text = core::format_date(date);
    return span_days > kYearLabelSpanDays ? text.substr(0, 7) : text.substr(5);
}

// Labels from the first day to `last` only: not past it where the frame was widened.
std::string day_axis(const Frame& frame, core::Date first_day, double last) {
    std::string text;
    const double step = std::max(1.0, nice_step(frame.days.high - frame.days.low));
    for (double d = frame.days.low; d <= last + 1e-6; d += step) {
        const core::Date date = core::add_days(first_day, static_cast<long>(d));
        text += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", frame.x(d),
                            kHeight - kBottom + 16, day_label(date, last));
    }
    return text;
}

std::string legend(const LineChart& chart) {
    std::string text;
    double x = kLeft;
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        if (chart.series[i].points.empty())
            continue;
        const char* colour = kPalette[i % std::size(kPalette)];
        text += fmt::format(
            "<rect x=\"{:.0f}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/>"
            "<text x=\"{:.0f}\" y=\"{}\">{}</text>\n",
            x, kTop - 14, colour, x + 14, kTop - 5, escape_xml(chart.series[i].name));
        x += 24 + 6.5 * static_cast<double>(chart.series[i].name.size());
    }
    if (chart.band)
        text += fmt::format(
            "<rect x=\"{:.0f}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#0072B2\" "
            "fill-opacity=\"0.15\"/><text x=\"{:.0f}\" y=\"{}\">{}</text>\n",
            x, kTop - 14, x + 14, kTop - 5, escape_xml(chart.band->name));
    return text;
}

std::string band(const Frame& frame, const ChartBand& band) {
    std::vector<ChartPoint> outline = band.high;
    outline.insert(outline.end(), band.low.rbegin(), band.low.rend());
    return fmt::format("<polygon points=\"{}\" fill=\"#0072B2\" fill-opacity=\"0.15\" stroke=\"none\"/>\n",
                       polyline(frame, outline));
}

// A line of one point draws nothing (a <polyline> needs two), so a lone point is a dot whatever the style.
std::string series_svg(const Frame& frame, const ChartSeries& series, const char* colour) {
    if (series.style == LineStyle::markers || series.points.size() == 1) {
        std::string text;
        for (const ChartPoint& point : series.points)
            text += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\" fill=\"{}\"/>",
                                frame.x(point.day), frame.y(point.value), colour);
        return text + "\n";
    }
    return fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>\n",
                       polyline(frame, series.points), colour,
                       series.style == LineStyle::dashed ? " stroke-dasharray=\"6 4\"" : "");
}

bool has_points(const LineChart& chart) {
    return std::any_of(chart.series.begin(), chart.series.end(),
                       [](const ChartSeries& series) { return !series.points.empty(); });
}

std::string nothing_yet() {
    return fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#666\">Nothing logged yet</text>\n",
        kWidth / 2, kHeight / 2);
}

}  // namespace

std::string escape_xml(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&#39;";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

std::string line_chart_svg(const LineChart& chart) {
    std::string svg = header(chart.title, chart.description, id_of(chart.title));
    if (!has_points(chart))
        return svg + nothing_yet() + "</svg>\n";
    const Frame frame = frame_of(chart);
    svg += value_axis(frame, chart.unit) + day_axis(frame, chart.first_day, last_day(chart)) + legend(chart);
    if (chart.band)
        svg += band(frame, *chart.band);
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        if (!chart.series[i].points.empty())
            svg += series_svg(frame, chart.series[i], kPalette[i % std::size(kPalette)]);
    }
    return svg + "</svg>\n";
}

std::string bar_chart_svg(const BarChart& chart) {
    std::string svg = header(chart.title, chart.description, id_of(chart.title));
    if (chart.bars.empty())
        return svg + nothing_yet() + "</svg>\n";
    double high = 0;
    for (const ChartBar& bar : chart.bars) high = std::max({high, bar.value, bar.target});
    const Frame frame{{0, static_cast<double>(chart.bars.size())}, padded(0, std::max(high, 1.0))};
    svg += value_axis(frame, chart.unit);
    const double slot = (kWidth - kLeft - kRight) / static_cast<double>(chart.bars.size());
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars[i];
        const double x = kLeft + slot * static_cast<double>(i);
        const double top = frame.y(bar.value);
        svg += fmt::format(
            "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
            "<title>{}: {:g} {}</title></rect>\n",
            x + slot * 0.15, top, slot * 0.7, frame.y(0) - top,
            bar.target > 0 && bar.value >= bar.target ? kPalette[2] : kPalette[0], escape_xml(bar.label),
            bar.value, escape_xml(chart.unit));
        if (bar.target > 0)
            svg += fmt::format(
                "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#333\" "
                "stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n",
                x + slot * 0.1, frame.y(bar.target), x + slot * 0.9, frame.y(bar.target));
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x + slot / 2,
                           kHeight - kBottom + 16, escape_xml(bar.label));
    }
    return svg + "</svg>\n";
}

}  // namespace hipfit::io
