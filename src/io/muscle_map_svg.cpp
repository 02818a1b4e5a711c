#include "io/muscle_map_svg.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

#include <fmt/format.h>

#include "io/svg_chart.hpp"

namespace hipfit::io {
namespace {

using core::Muscle;

// The drawing: two figures of the same outline, seen from the front and from the back, side by side, with
// the legend below. Each figure is drawn in its own coordinates (x = 0 down the middle, y = 0 at the top of
// the head, 192 at the soles) and moved into place.
constexpr double kWidth = 180;
constexpr double kHeight = 234;
constexpr double kFrontX = 45;
constexpr double kBackX = 135;
constexpr double kFigureTop = 18;
constexpr double kLegendY = 222;

struct Point {
    double x = 0;
    double y = 0;
};

enum class View { front, back };

// How a shape's points make the shape: the right half of something symmetric drawn twice (a muscle of
// either side), the right half of something on the middle line closed with its mirror image (the body, the
// abdomen), or as given (the heart, on the left of the chest).
enum class Symmetry { pair, whole, as_is };

struct Shape {
    Symmetry symmetry = Symmetry::pair;
    std::vector<Point> points;  // a point given twice is a sharp corner; the outline runs smoothly elsewhere
};

struct Region {
    Muscle muscle;
    View view;
    Shape shape;
};

// The muscles in words, as the hover text and the description name them; a note says what is drawn where
// a name covers several muscles.
struct MuscleWords {
    Muscle muscle;
    const char* name;
    const char* note;
};

constexpr MuscleWords kWords[] = {
    {Muscle::gluteus_maximus, "gluteus maximus", ""},
    {Muscle::gluteus_medius, "gluteus medius", ""},
    {Muscle::gluteus_minimus, "gluteus minimus", "deep, under the medius"},
    {Muscle::hip_abductors, "hip abductors", "tensor fasciae latae"},
    {Muscle::adductors, "adductors", "inner thigh"},
    {Muscle::hip_flexors, "hip flexors", "front of the hip"},
    {Muscle::quadriceps, "quadriceps", ""},
    {Muscle::hamstrings, "hamstrings", ""},
    {Muscle::calves, "calves", ""},
    {Muscle::core, "core", "rectus abdominis"},
    {Muscle::obliques, "obliques", ""},
    {Muscle::lower_back, "lower back", "erector spinae"},
    {Muscle::upper_back, "upper back", "trapezius and latissimus"},
    {Muscle::shoulders, "shoulders", "deltoids"},
    {Muscle::grip, "grip", "forearms"},
    {Muscle::heart_and_lungs, "heart and lungs", ""},
};
static_assert(std::size(kWords) == core::kMuscleNames.size(), "every muscle has its words");

const MuscleWords& words_of(Muscle muscle) {
    return *std::find_if(std::begin(kWords), std::end(kWords),
                         [muscle](const MuscleWords& words) { return words.muscle == muscle; });
}

// The body's outline (both views): the right half from the top of the neck down the side and the leg to
// the foot, up the inside of the leg to the crotch.
const Shape kTrunkAndLegs{
    Symmetry::whole,
    {{0, 21},     {4, 21},     {4.5, 27},   {12, 29},    {19.5, 30.5}, {23, 33.5},  {23.5, 38},
     {18.5, 44},  {18.5, 44},  {17, 55},    {15, 68},    {15.5, 78},   {18.5, 89},  {20, 99},
     {19.5, 112}, {18.5, 127}, {15.5, 141}, {14.8, 150}, {15.2, 160},  {12.5, 174}, {9.5, 184},
     {10.5, 189}, {10, 192},   {10, 192},   {4, 192},    {4, 192},     {3.8, 184},  {3.5, 170},
     {3, 156},    {3, 145},    {2.2, 125},  {1.4, 110},  {0, 106},     {0, 106}}};
const Shape kArm{Symmetry::pair,
                 {{21, 32},
                  {25, 34.5},
                  {26.5, 45},
                  {27, 58},
                  {27.8, 69},
                  {29.8, 82},
                  {31.2, 96},
                  {32.8, 100},
                  {32.5, 107},
                  {29.5, 111},
                  {27.3, 107},
                  {26.6, 98},
                  {23.6, 83},
                  {21.6, 70},
                  {20.2, 58},
                  {19.6, 46},
                  {19.2, 40}}};
constexpr Point kHead{0, 11};
constexpr Point kHeadRadii{8.5, 10.5};

// Where each muscle is drawn. The glutes from the back: the maximus over the buttock, the medius on the
// upper outer hip above it, the minimus (deep, under the medius) at the side of the hip where both reach
// the thigh bone; the tensor fasciae latae, the hip's other abductor, on the front of the outer hip.
const std::vector<Region>& regions() {
    static const std::vector<Region> kRegions{
        {Muscle::shoulders,
         View::front,
         {Symmetry::pair,
          {{16.5, 30}, {21, 30.5}, {24.6, 33.8}, {26, 40}, {25.6, 46}, {22, 46.5}, {19.6, 40.5}, {17, 35}}}},
        {Muscle::heart_and_lungs,
         View::front,
         {Symmetry::as_is,
          {{-7, 38.6},
           {-7, 38.6},
           {-5, 36},
           {-2.6, 37},
           {-2.6, 39.6},
           {-7, 44.6},
           {-7, 44.6},
           {-11.4, 39.6},
           {-11.4, 37},
           {-9, 36}}}},
        {Muscle::core,
         View::front,
         {Symmetry::whole, {{0, 49}, {6, 49.5}, {6.8, 70}, {5.8, 88}, {2, 96}, {0, 96}}}},
        {Muscle::obliques,
         View::front,
         {Symmetry::pair, {{8.6, 53}, {14.8, 56}, {13.8, 68}, {14.8, 79}, {12.6, 87}, {8.2, 84}, {7.6, 70}}}},
        {Muscle::hip_flexors,
         View::front,
         {Symmetry::pair, {{7, 93}, {12.6, 89.5}, {14.8, 92.5}, {14.2, 99.5}, {10.6, 104}, {7, 99.5}}}},
        {Muscle::hip_abductors,
         View::front,
         {Symmetry::pair, {{15.6, 89.5}, {18.6, 90.6}, {19.9, 100}, {19.3, 110}, {16.8, 106.5}, {15.2, 97}}}},
        {Muscle::quadriceps,
         View::front,
         {Symmetry::pair,
          {{11.4, 106.5},
           {14.6, 102.5},
           {17.6, 109},
           {18.6, 115},
           {17.6, 128},
           {15, 140},
           {10, 143},
           {6.8, 138},
           {7.6, 125},
           {8.4, 114}}}},
        {Muscle::adductors,
         View::front,
         {Symmetry::pair,
          {{2.2, 109}, {5.6, 102}, {9.4, 106.6}, {7.2, 114.5}, {6, 124}, {4.4, 133}, {2.6, 124}}}},
        {Muscle::grip,
         View::front,
         {Symmetry::pair, {{22.2, 71}, {27.6, 70.5}, {29.6, 82}, {30.8, 94}, {27.2, 95.5}, {24, 83.5}}}},
        {Muscle::upper_back,
         View::back,
         {Symmetry::pair,
          {{0.9, 28.6},
           {5, 27.6},
           {11, 29.4},
           {15.4, 33},
           {17.6, 41},
           {17, 51},
           {14.2, 60},
           {8, 65},
           {0.9, 61}}}},
        {Muscle::shoulders,
         View::back,
         {Symmetry::pair,
          {{16.5, 30}, {21, 30.5}, {24.6, 33.8}, {26, 40}, {25.6, 46}, {22, 46.5}, {19.6, 40.5}, {17, 35}}}},
        {Muscle::lower_back,
         View::back,
         {Symmetry::pair, {{0.9, 64.5}, {6, 67.5}, {8.6, 76}, {8.2, 85}, {5, 89.5}, {0.9, 88}}}},
        {Muscle::gluteus_medius,
         View::back,
         {Symmetry::pair,
          {{9.4, 86.6}, {13.4, 83.6}, {17.8, 87.6}, {19.4, 94.4}, {16.6, 97}, {12.2, 94.2}, {9.4, 92}}}},
        {Muscle::gluteus_minimus,
         View::back,
         {Symmetry::pair,
          {{16.4, 98.6}, {19.4, 96.8}, {20.3, 103}, {19.6, 111}, {17.4, 108.6}, {16.2, 103}}}},
        {Muscle::gluteus_maximus,
         View::back,
         {Symmetry::pair,
          {{0.9, 93.6},
           {7, 92.6},
           {12, 95.6},
           {15, 100},
           {15.4, 107},
           {15, 114},
           {11, 119},
           {5, 119.6},
           {0.9, 117}}}},
        {Muscle::hamstrings,
         View::back,
         {Symmetry::pair,
          {{2.6, 122.6},
           {8, 122.4},
           {15, 119.8},
           {17.8, 124},
           {16.6, 134},
           {13.6, 144},
           {9, 146},
           {5, 143},
           {3, 133}}}},
        {Muscle::calves,
         View::back,
         {Symmetry::pair,
          {{4, 150.5}, {9, 148.4}, {14, 151}, {14.6, 160}, {12, 170}, {9, 174.5}, {5.6, 171}, {3.6, 160}}}},
    };
    return kRegions;
}

Point mirrored(Point point) {
    return {-point.x, point.y};
}

std::string number(double value) {
    return fmt::format("{:g}", std::round(value * 100) / 100);
}

Point midpoint(Point a, Point b) {
    return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

// A closed outline through the middles of the polygon's sides, bending at its points (quadratic Béziers
// with the points as control points): smooth, and sharp where a point is given twice.
std::string smooth_path(const std::vector<Point>& points) {
    const std::size_t n = points.size();
    const Point start = midpoint(points[n - 1], points[0]);
    std::string d = fmt::format("M{} {}", number(start.x), number(start.y));
    for (std::size_t i = 0; i < n; ++i) {
        const Point next = midpoint(points[i], points[(i + 1) % n]);
        d += fmt::format("Q{} {} {} {}", number(points[i].x), number(points[i].y), number(next.x),
                         number(next.y));
    }
    return d + "Z";
}

std::vector<std::string> paths_of(const Shape& shape) {
    std::vector<Point> other;
    std::transform(shape.points.begin(), shape.points.end(), std::back_inserter(other), mirrored);
    switch (shape.symmetry) {
        case Symmetry::pair:
            return {smooth_path(shape.points), smooth_path(other)};
        case Symmetry::whole: {
            std::vector<Point> whole = shape.points;
            whole.insert(whole.end(), other.rbegin(), other.rend());
            return {smooth_path(whole)};
        }
        case Symmetry::as_is:
            break;
    }
    return {smooth_path(shape.points)};
}

enum class Use { primary, secondary, neither };

const char* class_of(Use use) {
    switch (use) {
        case Use::primary:
            return "mm-muscle mm-primary";
        case Use::secondary:
            return "mm-muscle mm-secondary";
        case Use::neither:
            break;
    }
    return "mm-muscle";
}

const char* role_of(Use use) {
    switch (use) {
        case Use::primary:
            return ": works most";
        case Use::secondary:
            return ": also works";
        case Use::neither:
            break;
    }
    return "";
}

std::string hover_text(Muscle muscle, Use use) {
    const MuscleWords& words = words_of(muscle);
    std::string text = words.name;
    if (*words.note != '\0')
        text += fmt::format(" ({})", words.note);
    return text + role_of(use);
}

std::string region_svg(const Region& region, Use use) {
    std::string svg = fmt::format("<g class=\"{}\" data-muscle=\"{}\"><title>{}</title>", class_of(use),
                                  core::name_of(core::kMuscleNames, region.muscle),
                                  escape_xml(hover_text(region.muscle, use)));
    for (const std::string& d : paths_of(region.shape)) svg += fmt::format("<path d=\"{}\"/>", d);
    return svg + "</g>\n";
}

template <class UseOf>
std::string figure_svg(View view, double x, const char* label, const UseOf& use_of) {
    std::string svg = fmt::format(
        "<text class=\"mm-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n"
        "<g transform=\"translate({} {})\">\n<g class=\"mm-body\">",
        number(x), number(kFigureTop - 6), label, number(x), number(kFigureTop));
    for (const std::string& d : paths_of(kArm)) svg += fmt::format("<path d=\"{}\"/>", d);
    svg += fmt::format("<path d=\"{}\"/>", paths_of(kTrunkAndLegs).front());
    svg += fmt::format("<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"/></g>\n", number(kHead.x),
                       number(kHead.y), number(kHeadRadii.x), number(kHeadRadii.y));
    for (const Region& region : regions()) {
        if (region.view == view)
            svg += region_svg(region, use_of(region.muscle));
    }
    return svg + "</g>\n";
}

// The colours are defaults the page may change (custom properties), in rules of no specificity (:where)
// so that a page's own rules win; a dark variant follows the reader's colour scheme. Vermillion on light
// orange stays apart for colour-blind readers (Okabe & Ito, "Color Universal Design", 2008).
constexpr const char* kStyle =
    ":where(.muscle-map .mm-body){fill:var(--muscle-map-body,#eeeeee);stroke:var(--muscle-map-line,#8d8d8d);"
    "stroke-width:0.8}"
    ":where(.muscle-map "
    ".mm-muscle){fill:var(--muscle-map-rest,#d3d3d3);stroke:var(--muscle-map-line,#8d8d8d);"
    "stroke-width:0.4}"
    ":where(.muscle-map .mm-primary){fill:var(--muscle-map-primary,#d55e00)}"
    ":where(.muscle-map .mm-secondary){fill:var(--muscle-map-secondary,#f6c19a)}"
    ":where(.muscle-map .mm-label){fill:var(--muscle-map-text,#333333)}"
    "@media (prefers-color-scheme: dark){"
    ":where(.muscle-map .mm-body){fill:var(--muscle-map-body,#2e3136);stroke:var(--muscle-map-line,#868c95)}"
    ":where(.muscle-map "
    ".mm-muscle){fill:var(--muscle-map-rest,#4a4f57);stroke:var(--muscle-map-line,#868c95)}"
    ":where(.muscle-map .mm-primary){fill:var(--muscle-map-primary,#ff8c42)}"
    ":where(.muscle-map .mm-secondary){fill:var(--muscle-map-secondary,#8a5a3b)}"
    ":where(.muscle-map .mm-label){fill:var(--muscle-map-text,#e4e4e4)}}";

std::string legend_svg() {
    return fmt::format(
        "<g class=\"mm-legend\">"
        "<rect class=\"mm-muscle mm-primary\" x=\"14\" y=\"{0}\" width=\"10\" height=\"10\" rx=\"2\"/>"
        "<text class=\"mm-label\" x=\"28\" y=\"{1}\">Works most</text>"
        "<rect class=\"mm-muscle mm-secondary\" x=\"98\" y=\"{0}\" width=\"10\" height=\"10\" rx=\"2\"/>"
        "<text class=\"mm-label\" x=\"112\" y=\"{1}\">Also works</text></g>\n",
        number(kLegendY - 8.5), number(kLegendY));
}

std::string listed(const std::vector<Muscle>& muscles) {
    std::string text;
    for (std::size_t i = 0; i < muscles.size(); ++i) {
        if (i > 0)
            text += i + 1 == muscles.size() ? " and " : ", ";
        text += words_of(muscles[i]).name;
    }
    return text;
}

std::string description(const std::vector<Muscle>& primary, const std::vector<Muscle>& secondary) {
    if (primary.empty() && secondary.empty())
        return "A body from the front and the back; no muscle is named for this exercise.";
    std::string text = "A body from the front and the back.";
    if (!primary.empty())
        text += " Works most: " + listed(primary) + ".";
    if (!secondary.empty())
        text += " Also works: " + listed(secondary) + ".";
    return text;
}

}  // namespace

std::string muscle_map_svg(std::span<const core::Muscle> primary_in,
                           std::span<const core::Muscle> secondary_in) {
    // A muscle named as both is drawn as primary; each is named once.
    std::vector<Muscle> primary;
    for (const Muscle muscle : primary_in) {
        if (std::find(primary.begin(), primary.end(), muscle) == primary.end())
            primary.push_back(muscle);
    }
    std::vector<Muscle> secondary;
    for (const Muscle muscle : secondary_in) {
        if (std::find(primary.begin(), primary.end(), muscle) == primary.end() &&
            std::find(secondary.begin(), secondary.end(), muscle) == secondary.end())
            secondary.push_back(muscle);
    }
    const auto use_of = [&](Muscle muscle) {
        if (std::find(primary.begin(), primary.end(), muscle) != primary.end())
            return Use::primary;
        if (std::find(secondary.begin(), secondary.end(), muscle) != secondary.end())
            return Use::secondary;
        return Use::neither;
    };
    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" class=\"muscle-map\" "
        "font-family=\"sans-serif\" font-size=\"10\">\n<title>Muscles worked</title>\n<desc>{}</desc>\n"
        "<style>{}</style>\n",
        number(kWidth), number(kHeight), escape_xml(description(primary, secondary)), kStyle);
    svg += figure_svg(View::front, kFrontX, "Front", use_of);
    svg += figure_svg(View::back, kBackX, "Back", use_of);
    return svg + legend_svg() + "</svg>\n";
}

}  // namespace hipfit::io
