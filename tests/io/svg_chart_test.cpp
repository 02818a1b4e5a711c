// The report's SVG charts: points land where their values say, text is escaped, empty charts say so.
#include <gmock/gmock.h>

#include <regex>

#include "io/svg_chart.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::io {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const core::Date kFirst{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(1)};

// The points of the first <polyline> as (x, y) pairs.
std::vector<std::pair<double, double>> first_polyline(const std::string& svg) {
    static const std::regex kPoints(R"re(<polyline points="([^"]*)")re");
    std::smatch match;
    if (!std::regex_search(svg, match, kPoints))
        return {};
    std::vector<std::pair<double, double>> points;
    static const std::regex kPair(R"((-?[0-9.]+),(-?[0-9.]+))");
    const std::string text = match[1];
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kPair); it != std::sregex_iterator(); ++it)
        points.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
    return points;
}

TEST(SvgChart, IsWellFormedXmlEvenWithMarkupInItsTitle) {
    LineChart chart{"Weight <&> \"kg\"", "A & B", "kg", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"trend", {{0, 80.0}, {10, 79.0}}, LineStyle::solid});
    const std::string svg = line_chart_svg(chart);
    EXPECT_EQ(test::xml_error(svg), "");
    EXPECT_EQ(test::xml_root_name(svg), "svg");
    EXPECT_THAT(test::xml_error("<svg><g></svg>"), HasSubstr("mismatched tag"));
}

TEST(SvgChart, ALowerValueIsDrawnLowerAndLaterDaysFurtherRight) {
    LineChart chart{"Weight", "Weight over the month", "kg", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"trend", {{0, 80.0}, {10, 79.0}, {20, 78.5}}, LineStyle::solid});
    const std::vector<std::pair<double, double>> points = first_polyline(line_chart_svg(chart));
    ASSERT_EQ(points.size(), 3u);
    EXPECT_LT(points[0].first, points[1].first);
    EXPECT_LT(points[1].first, points[2].first);
    // SVG's y grows downwards: the heavier day sits higher on the page.
    EXPECT_LT(points[0].second, points[1].second);
    EXPECT_LT(points[1].second, points[2].second);
    // Equal steps in days are equal steps across.
    EXPECT_NEAR(points[1].first - points[0].first, points[2].first - points[1].first, 0.11);
}

TEST(SvgChart, TheValueAxisCoversEveryPointWithRoundTicks) {
    LineChart chart{"Hip", "Hip", "cm", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"hip", {{0, 101.3}, {7, 99.8}}, LineStyle::markers});
    const std::string svg = line_chart_svg(chart);
    EXPECT_THAT(svg, HasSubstr(">99.5</text>"));
    EXPECT_THAT(svg, HasSubstr(">101.5</text>"));
    EXPECT_THAT(svg, HasSubstr("<circle"));
    EXPECT_THAT(svg, HasSubstr(">11-01</text>"));  // the first day under the axis
}

// The labels under the day axis, left to right.
std::vector<std::string> day_labels(const std::string& svg) {
    static const std::regex kLabel(R"re(<text x="[0-9.]+" y="246" text-anchor="middle">([^<]*)</text>)re");
    std::vector<std::string> labels;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kLabel); it != std::sregex_iterator(); ++it)
        labels.push_back((*it)[1]);
    return labels;
}

// Before, one hip measurement was a <polyline> of one point, which draws nothing: an empty chart with a
// legend.
TEST(SvgChart, ASeriesOfOnePointIsADotInItsColour) {
    for (const LineStyle style : {LineStyle::solid, LineStyle::dashed}) {
        LineChart chart{"Hip, waist and thigh", "One hip measurement", "cm", kFirst, 0, {}, std::nullopt};
        chart.series.push_back({"waist", {}, style});
        chart.series.push_back({"hip", {{0, 104.0}}, style});
        const std::string svg = line_chart_svg(chart);
        EXPECT_THAT(svg, Not(HasSubstr("<polyline")));
        static const std::regex kCircle(
            R"re(<circle cx="([0-9.]+)" cy="([0-9.]+)" r="[0-9.]+" fill="#E69F00"/>)re");
        std::smatch circle;
        ASSERT_TRUE(std::regex_search(svg, circle, kCircle)) << svg;
        EXPECT_NEAR(std::stod(circle[1]), 52, 0.1);  // day 0: the left edge
        EXPECT_GT(std::stod(circle[2]), 36);         // inside the drawing area (y from 36 to 230)
        EXPECT_LT(std::stod(circle[2]), 230);
        EXPECT_THAT(svg, HasSubstr(">hip</text>"));
    }
}

TEST(SvgChart, TwoPointsAreStillALine) {
    LineChart chart{"Hip", "Hip", "cm", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"hip", {{0, 104.0}, {7, 103.5}}, LineStyle::solid});
    EXPECT_EQ(first_polyline(line_chart_svg(chart)).size(), 2u);
}

// Before, a five-year chart read 11-01 03-14 07-27 12-09: no year, and out of order to the eye.
TEST(SvgChart, AChartOverYearsShowsTheYearUnderTheAxis) {
    LineChart chart{"Forecast", "Five years", "kg", kFirst, 5 * 365 + 1, {}, std::nullopt};
    chart.series.push_back({"forecast", {{0, 80}, {1826, 70}}, LineStyle::dashed});
    // Ticks every 500 days from 2026-11-01.
    EXPECT_EQ(day_labels(line_chart_svg(chart)),
              (std::vector<std::string>{"2026-11", "2028-03", "2029-07", "2030-12"}));
}

TEST(SvgChart, TheYearIsShownOnlyOverThreeHundredDays) {
    LineChart chart{"Weight", "Weight", "kg", kFirst, 300, {}, std::nullopt};
    chart.series.push_back({"trend", {{0, 80}, {300, 75}}, LineStyle::solid});
    EXPECT_EQ(day_labels(line_chart_svg(chart)).front(), "11-01");
    chart.span_days = 301;
    EXPECT_EQ(day_labels(line_chart_svg(chart)).front(), "2026-11");
}

// Before, a chart of one day was drawn over two (a day axis needs a width) and labelled the next day too.
TEST(SvgChart, AChartOfOneDayLabelsOnlyThatDay) {
    LineChart chart{"Weight", "One weigh-in", "kg", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"weight", {{0, 72.0}}, LineStyle::markers});
    EXPECT_EQ(day_labels(line_chart_svg(chart)), (std::vector<std::string>{"11-01"}));
    chart.series[0].points.push_back({1, 71.8});
    EXPECT_EQ(day_labels(line_chart_svg(chart)), (std::vector<std::string>{"11-01", "11-02"}));
}

TEST(SvgChart, TheBandIsAShadedPolygonBehindTheLines) {
    LineChart chart{"Forecast", "Forecast", "kg", kFirst, 0, {}, std::nullopt};
    chart.series.push_back({"forecast", {{0, 80}, {30, 78}}, LineStyle::dashed});
    chart.band = ChartBand{"±10 % intake", {{0, 80}, {30, 77}}, {{0, 80}, {30, 79}}};
    const std::string svg = line_chart_svg(chart);
    EXPECT_THAT(svg, HasSubstr("<polygon"));
    EXPECT_LT(svg.find("<polygon"), svg.find("<polyline"));
    EXPECT_THAT(svg, HasSubstr("stroke-dasharray"));
    EXPECT_THAT(svg, HasSubstr("±10 % intake"));
}

TEST(SvgChart, TheDayAxisCoversTheWholeSpanAndEmptySeriesAreLeftOut) {
    LineChart chart{"Week", "A week", "kg", kFirst, 6, {}, std::nullopt};
    chart.series.push_back({"trend", {{0, 80.0}, {3, 79.5}}, LineStyle::solid});
    chart.series.push_back({"thigh", {}, LineStyle::solid});
    const std::string svg = line_chart_svg(chart);
    const std::vector<std::pair<double, double>> points = first_polyline(svg);
    ASSERT_EQ(points.size(), 2u);
    // Day 3 of a 0..6 axis sits half-way across the drawing area (x from 52 to 624).
    EXPECT_NEAR(points[1].first, 52 + (624 - 52) / 2.0, 0.1);
    EXPECT_THAT(svg, HasSubstr(">11-07</text>"));
    EXPECT_THAT(svg, Not(HasSubstr(">thigh</text>")));
    EXPECT_THAT(svg, Not(HasSubstr("points=\"\"")));
}

TEST(SvgChart, TextIsEscaped) {
    LineChart chart{
        "<script>alert(1)</script>", "a \"quoted\" & <tagged> note", "kg", kFirst, 0, {}, std::nullopt};
    const std::string svg = line_chart_svg(chart);
    EXPECT_THAT(svg, Not(HasSubstr("<script>")));
    EXPECT_THAT(svg, HasSubstr("&lt;script&gt;"));
    EXPECT_THAT(svg, HasSubstr("a &quot;quoted&quot; &amp; &lt;tagged&gt; note"));
    EXPECT_EQ(escape_xml("it's"), "it&#39;s");
}

TEST(SvgChart, AnEmptyChartSaysNothingIsLoggedYet) {
    EXPECT_THAT(line_chart_svg({"Weight", "none", "kg", kFirst, 0, {}, std::nullopt}),
                HasSubstr("Nothing logged yet"));
    EXPECT_THAT(bar_chart_svg({"Workouts", "none", "sessions", {}}), HasSubstr("Nothing logged yet"));
}

TEST(SvgChart, BarsReachTheirValueAndMarkTheirTarget) {
    const BarChart chart{
        "Workouts a week", "Sessions done against planned", "sessions", {{"wk 1", 3, 3}, {"wk 2", 1, 3}}};
    const std::string svg = bar_chart_svg(chart);
    static const std::regex kHeight(
        R"re(<rect x="[0-9.]+" y="[0-9.]+" width="[0-9.]+" height="([0-9.]+)")re");
    std::vector<double> heights;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kHeight); it != std::sregex_iterator(); ++it)
        heights.push_back(std::stod((*it)[1]));
    ASSERT_EQ(heights.size(), 2u);
    EXPECT_NEAR(heights[0], 3 * heights[1], 0.2);
    EXPECT_THAT(svg, HasSubstr("wk 2: 1 sessions"));
}

}  // namespace
}  // namespace hipfit::io
