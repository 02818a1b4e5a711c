#include "io/exercise_illustration.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/illustration/animation.hpp"
#include "io/pose_json.hpp"
#include "io/svg_chart.hpp"

namespace hipfit::io {
namespace {

using namespace hipfit::core;

// Strokes in cm of the 170 cm figure: at 120 px a limb is some 5 px wide, thick enough to read.
constexpr double kLimbStroke = 8.0;
constexpr double kTrunkStroke = 14.0;
constexpr double kMarginCm = 8.0;

// Colours live in classes so a page can restyle them; these defaults suit a light and a dark page.
// The classes are prefixed because a page may inline several pictures and its own styles.
constexpr std::string_view kStyle =
    ".hf-fig line{stroke-linecap:round}"
    ".hf-body{stroke:#33415c}.hf-head{fill:#33415c}"
    ".hf-far{stroke:#a7b1c2}"
    ".hf-move{stroke:#e8590c}.hf-move.hf-far{stroke:#f4a77a}"
    ".hf-floor{stroke:#98a2ae;stroke-width:2}"
    ".hf-prop{stroke:#8d6e63;fill:none;stroke-linejoin:round}"
    ".hf-mat{fill:#a5d8c9}.hf-band{stroke:#d6336c}.hf-weight{fill:#495057;stroke:none}"
    ".hf-water{fill:#4dabf7;fill-opacity:.3}"
    ".hf-still{display:none}"
    "@media (prefers-reduced-motion: reduce){.hf-moving{display:none}.hf-still{display:inline}}"
    "@media (prefers-color-scheme: dark){.hf-body{stroke:#dde3ea}.hf-head{fill:#dde3ea}"
    ".hf-far{stroke:#6b7686}.hf-move{stroke:#ff8c42}.hf-move.hf-far{stroke:#a65c2e}"
    ".hf-floor{stroke:#6b7686}.hf-prop{stroke:#bcaaa4}.hf-mat{fill:#2f5d50}.hf-band{stroke:#f06595}"
    ".hf-weight{fill:#ced4da}}";

struct Xy {
    double x = 0;
    double y = 0;
};

// A figure's points on the picture (SVG coordinates: y grows downward) at each moment drawn.
using Track = std::vector<Xy>;

std::string number(double value) {
    std::string text = fmt::format("{:.1f}", value);
    if (text == "-0.0")
        text = "0.0";
    return text;
}

// The moments drawn: the whole loop (animated) or one frame (still).
class Scene {
  public:
    Scene(std::vector<Skeleton> figures, View view) : view_(view) {
        for (const Skeleton& figure : figures) {
            std::array<Xy, kPointCount> points{};
            for (std::size_t i = 0; i < kPointCount; ++i) {
                const Projected p = project(figure[i], view);
                points[i] = {p.u, -p.v};
            }
            moments_.push_back(points);
        }
    }

    [[nodiscard]] std::size_t size() const { return moments_.size(); }
    [[nodiscard]] Xy at_moment(std::size_t moment, Point point) const {
        return moments_[moment][static_cast<std::size_t>(point)];
    }
    [[nodiscard]] Track track(Point point) const {
        Track track;
        for (const auto& moment : moments_) track.push_back(moment[static_cast<std::size_t>(point)]);
        return track;
    }
    [[nodiscard]] View view() const { return view_; }

  private:
    std::vector<std::array<Xy, kPointCount>> moments_;
    View view_;
};

// Writes SVG elements whose coordinates follow tracks: a static attribute when a track stands still, an
// <animate> over the loop's keyTimes otherwise.
class Writer {
  public:
    Writer(std::string key_times, double duration) : key_times_(std::move(key_times)), duration_(duration) {}

    void attribute(std::string& element, std::string& animations, const char* name,
                   const std::vector<double>& values) const {
        const bool still = std::all_of(values.begin(), values.end(),
                                       [&](double v) { return number(v) == number(values.front()); });
        element += fmt::format(" {}=\"{}\"", name, number(values.front()));
        if (still || values.size() < 2)
            return;
        std::string list;
        for (double v : values) {
            if (!list.empty())
                list += ';';
            list += number(v);
        }
        animations += fmt::format(
            "<animate attributeName=\"{}\" dur=\"{}s\" repeatCount=\"indefinite\" calcMode=\"linear\" "
            "keyTimes=\"{}\" values=\"{}\"/>",
            name, number(duration_), key_times_, list);
    }

    [[nodiscard]] std::string line(const std::string& css, double width, const Track& a,
                                   const Track& b) const {
        std::string element = fmt::format("<line class=\"{}\" stroke-width=\"{}\"", css, number(width));
        std::string animations;
        attribute(element, animations, "x1", xs(a));
        attribute(element, animations, "y1", ys(a));
        attribute(element, animations, "x2", xs(b));
        attribute(element, animations, "y2", ys(b));
        return close(element, animations, "line");
    }

    [[nodiscard]] std::string circle(const std::string& css, double r, const Track& centre,
                                     const std::string& extra = {}) const {
        std::string element = fmt::format("<circle class=\"{}\" r=\"{}\"{}", css, number(r), extra);
        std::string animations;
        attribute(element, animations, "cx", xs(centre));
        attribute(element, animations, "cy", ys(centre));
        return close(element, animations, "circle");
    }

  private:
    static std::vector<double> xs(const Track& t) {
        std::vector<double> v;
        for (const Xy& p : t) v.push_back(p.x);
        return v;
    }
    static std::vector<double> ys(const Track& t) {
        std::vector<double> v;
        for (const Xy& p : t) v.push_back(p.y);
        return v;
    }
    static std::string close(std::string& element, const std::string& animations, const char* tag) {
        if (animations.empty())
            return element + "/>";
        return element + ">" + animations + "</" + tag + ">";
    }

    std::string key_times_;
    double duration_;
};

struct Limb {
    bool left;
    bool leg;
    std::array<Point, 3> points;  // root, middle, end (foot: ankle to toe drawn as a fourth line)
};

constexpr std::array<Limb, 4> kLimbs{{{true, true, {Point::hip_l, Point::knee_l, Point::ankle_l}},
                                      {false, true, {Point::hip_r, Point::knee_r, Point::ankle_r}},
                                      {true, false, {Point::shoulder_l, Point::elbow_l, Point::hand_l}},
                                      {false, false, {Point::shoulder_r, Point::elbow_r, Point::hand_r}}}};

bool limb_moves(const PoseSequence& s, const Limb& limb) {
    std::vector<Angle> angles;
    if (limb.leg && limb.left)
        angles = {Angle::hip_l_flexion, Angle::hip_l_abduction, Angle::hip_l_rotation, Angle::knee_l_flexion,
                  Angle::ankle_l_flexion};
    else if (limb.leg)
        angles = {Angle::hip_r_flexion, Angle::hip_r_abduction, Angle::hip_r_rotation, Angle::knee_r_flexion,
                  Angle::ankle_r_flexion};
    else if (limb.left)
        angles = {Angle::shoulder_l_flexion, Angle::shoulder_l_abduction, Angle::elbow_l_flexion};
    else
        angles = {Angle::shoulder_r_flexion, Angle::shoulder_r_abduction, Angle::elbow_r_flexion};
    for (const PoseFrame& frame : s.frames) {
        for (Angle angle : angles) {
            if (at(frame.angles, angle) != at(s.frames.front().angles, angle))
                return true;
        }
    }
    return false;
}

// The limbs drawn in the highlight colour: the moving side's legs that move (hip work is what the pictures
// teach), its arms only when no leg moves, and its leg when nothing moves.
std::array<bool, 4> highlighted(const PoseSequence& s) {
    std::array<bool, 4> lit{};
    if (s.moving_side == MovingSide::none)
        return lit;
    const auto on_side = [&](const Limb& limb) {
        return s.moving_side == MovingSide::both || (s.moving_side == MovingSide::left) == limb.left;
    };
    for (std::size_t i = 0; i < 2; ++i) lit[i] = on_side(kLimbs[i]) && limb_moves(s, kLimbs[i]);
    if (!lit[0] && !lit[1]) {
        for (std::size_t i = 2; i < 4; ++i) lit[i] = on_side(kLimbs[i]) && limb_moves(s, kLimbs[i]);
    }
    if (!lit[0] && !lit[1] && !lit[2] && !lit[3]) {
        for (std::size_t i = 0; i < 2; ++i) lit[i] = on_side(kLimbs[i]);
    }
    return lit;
}

// Which side is farther from the camera in the first frame (drawn lighter and behind): -1 none, 0 left,
// 1 right.
int far_side(const Skeleton& first, View view) {
    double left = 0;
    double right = 0;
    // The legs decide: an arm reaching toward the camera would otherwise turn a whole side pale.
    for (const Limb& limb : kLimbs) {
        for (Point p : limb.points) {
            if (limb.leg)
                (limb.left ? left : right) += project(at(first, p), view).depth;
        }
    }
    const double difference = (left - right) / 3;
    if (std::abs(difference) < 4)
        return -1;
    return difference < 0 ? 0 : 1;
}

struct Box {
    double min_x = std::numeric_limits<double>::max();
    double min_y = std::numeric_limits<double>::max();
    double max_x = std::numeric_limits<double>::lowest();
    double max_y = std::numeric_limits<double>::lowest();

    void add(double x, double y, double r = 0) {
        min_x = std::min(min_x, x - r);
        max_x = std::max(max_x, x + r);
        min_y = std::min(min_y, y - r);
        max_y = std::max(max_y, y + r);
    }
};

Track offset(const Track& t, double dx, double dy) {
    Track moved = t;
    for (Xy& p : moved) p = {p.x + dx, p.y + dy};
    return moved;
}

Track middle(const Track& a, const Track& b) {
    Track m = a;
    for (std::size_t i = 0; i < m.size(); ++i) m[i] = {(a[i].x + b[i].x) / 2, (a[i].y + b[i].y) / 2};
    return m;
}

Track fixed(Xy point, std::size_t size) {
    return Track(size, point);
}

// Where the figure meets its support in a frame: the horizontal position on the picture of its lowest point.
double lowest_x(const Scene& scene, std::size_t moment) {
    double x = 0;
    double y = std::numeric_limits<double>::lowest();
    for (std::size_t i = 0; i < kPointCount; ++i) {
        const Xy p = scene.at_moment(moment, static_cast<Point>(i));
        if (p.y > y) {
            y = p.y;
            x = p.x;
        }
    }
    return x;
}

// The figure and its equipment at the scene's moments, and the box they fill.
struct Drawing {
    std::string back;  // props behind the figure
    std::string figure;
    std::string front;  // props over the figure
    Box box;
};

Drawing draw(const PoseSequence& s, const Scene& scene, const Writer& w, int far,
             const std::array<bool, 4>& lit, const std::vector<std::size_t>& support_moments) {
    Drawing d;
    const std::size_t n = scene.size();
    for (std::size_t m = 0; m < n; ++m) {
        for (std::size_t i = 0; i < kPointCount; ++i) {
            const Xy p = scene.at_moment(m, static_cast<Point>(i));
            d.box.add(p.x, p.y, point_radius_cm(static_cast<Point>(i)));
        }
    }
    const auto track = [&](Point p) { return scene.track(p); };

    // Limbs: the far side first, then the trunk and head, then the near side.
    std::string far_limbs;
    std::string near_limbs;
    for (std::size_t i = 0; i < kLimbs.size(); ++i) {
        const Limb& limb = kLimbs[i];
        const bool is_far = far == (limb.left ? 0 : 1);
        std::string css = "hf-body";
        if (lit[i])
            css += " hf-move";
        if (is_far)
            css += " hf-far";
        std::string lines = w.line(css, kLimbStroke, track(limb.points[0]), track(limb.points[1])) +
                            w.line(css, kLimbStroke, track(limb.points[1]), track(limb.points[2]));
        if (limb.leg)
            lines += w.line(css, kLimbStroke * 0.8, track(limb.points[2]),
                            track(limb.left ? Point::toe_l : Point::toe_r));
        (is_far ? far_limbs : near_limbs) += lines;
    }
    std::string trunk = w.line("hf-body", kTrunkStroke, track(Point::pelvis), track(Point::neck)) +
                        w.line("hf-body", kLimbStroke, track(Point::hip_l), track(Point::hip_r)) +
                        w.line("hf-body", kLimbStroke, track(Point::shoulder_l), track(Point::shoulder_r)) +
                        w.line("hf-body", kLimbStroke * 0.8, track(Point::neck), track(Point::head)) +
                        w.circle("hf-head", kHeadRadiusCm, track(Point::head));
    d.figure = far_limbs + trunk + near_limbs;

    const Box body = d.box;
    const bool top = scene.view() == View::top;
    const auto static_line = [&](const char* css, double width, Xy a, Xy b) {
        d.box.add(a.x, a.y, width / 2);
        d.box.add(b.x, b.y, width / 2);
        return fmt::format("<line class=\"{}\" stroke-width=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                           css, number(width), number(a.x), number(a.y), number(b.x), number(b.y));
    };
    const auto rect = [&](const char* css, double x, double y, double width, double height) {
        d.box.add(x, y);
        d.box.add(x + width, y + height);
        return fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\"/>", css,
                           number(x), number(y), number(width), number(height));
    };
    for (Prop prop : s.props) {
        switch (prop) {
            case Prop::floor:
                break;
            case Prop::mat:
                d.back += top ? rect("hf-mat", body.min_x - 8, body.min_y - 8, body.max_x - body.min_x + 16,
                                     body.max_y - body.min_y + 16)
                              : rect("hf-mat", body.min_x - 10, -1.5, body.max_x - body.min_x + 20, 1.5);
                break;
            case Prop::wall: {
                // In front of a hand that reaches farthest forward (side view) or out (other views);
                // otherwise behind the back.
                const double hand_l = scene.at_moment(0, Point::hand_l).x;
                const double hand_r = scene.at_moment(0, Point::hand_r).x;
                double x = body.min_x - 2;
                if (std::max(hand_l, hand_r) >= body.max_x - 5)
                    x = body.max_x + 2;
                else if (scene.view() != View::side && std::min(hand_l, hand_r) > body.min_x + 5)
                    x = body.max_x + 2;
                d.back += static_line("hf-prop", 4, {x, 0}, {x, std::min(body.min_y, -150.0) - 20});
                break;
            }
            case Prop::step: {
                const double x =
                    support_moments.empty() ? body.max_x + 30 : lowest_x(scene, support_moments[0]);
                d.back += rect("hf-prop", x - 22, -kStepHeightCm, 44, kStepHeightCm);
                break;
            }
            case Prop::chair: {
                std::size_t moment = 0;
                if (!support_moments.empty()) {
                    moment = support_moments[0];
                } else {
                    for (std::size_t m = 0; m < n; ++m) {
                        if (scene.at_moment(m, Point::pelvis).y > scene.at_moment(moment, Point::pelvis).y)
                            moment = m;
                    }
                }
                const double x = scene.at_moment(moment, Point::pelvis).x;
                const double seat = -kChairSeatCm;
                d.back += static_line("hf-prop", 4, {x - 22, seat}, {x + 18, seat}) +
                          static_line("hf-prop", 3, {x - 20, seat}, {x - 20, 0}) +
                          static_line("hf-prop", 3, {x + 16, seat}, {x + 16, 0});
                if (scene.view() == View::side)
                    d.back += static_line("hf-prop", 4, {x - 22, seat}, {x - 24, seat - 45});
                break;
            }
            case Prop::band:
                d.front += w.line("hf-band", 3.5, track(Point::knee_l), track(Point::knee_r));
                break;
            case Prop::dumbbells:
                for (Point hand : {Point::hand_l, Point::hand_r})
                    d.front += w.circle("hf-weight", 6, track(hand));
                break;
            case Prop::ankle_weights:
                for (std::size_t i = 0; i < 2; ++i) {
                    if (lit[i] || s.moving_side == MovingSide::none || s.moving_side == MovingSide::both)
                        d.front +=
                            w.circle("hf-weight", 5.5, track(i == 0 ? Point::ankle_l : Point::ankle_r));
                }
                break;
            case Prop::barbell: {
                const Track hands = middle(track(Point::hand_l), track(Point::hand_r));
                if (scene.view() == View::side) {
                    d.front += w.circle("hf-prop", 22, hands, " stroke-width=\"4\"");
                } else {
                    d.front += w.line("hf-prop", 3, offset(hands, -90, 0), offset(hands, 90, 0)) +
                               w.line("hf-prop", 8, offset(hands, -80, -20), offset(hands, -80, 20)) +
                               w.line("hf-prop", 8, offset(hands, 80, -20), offset(hands, 80, 20));
                }
                for (const Xy& p : hands) d.box.add(p.x, p.y, scene.view() == View::side ? 24 : 92);
                break;
            }
            case Prop::foam_roller: {
                // Under the thighs of the first frame; the body rolls over it.
                const Xy hip = scene.at_moment(0, Point::hip_l);
                const Xy knee = scene.at_moment(0, Point::knee_l);
                const Track roller = fixed({(hip.x + knee.x) / 2, -7.5}, n);
                d.back += w.circle("hf-prop", 7.5, roller, " stroke-width=\"3\"");
                break;
            }
            case Prop::bike: {
                const Xy seat = scene.at_moment(0, Point::pelvis);
                const Xy hands = scene.at_moment(0, Point::hand_r);
                const Xy crank{seat.x + 8, std::max(seat.y + 45, -30.0)};
                const Xy rear{seat.x - 45, -34};
                const Xy front{hands.x + 20, -34};
                d.back += w.circle("hf-prop", 33, fixed(rear, n), " stroke-width=\"3\"") +
                          w.circle("hf-prop", 33, fixed(front, n), " stroke-width=\"3\"") +
                          static_line("hf-prop", 3, rear, crank) +
                          static_line("hf-prop", 3, crank, {seat.x, seat.y + 8}) +
                          static_line("hf-prop", 3, {seat.x, seat.y + 8}, hands) +
                          static_line("hf-prop", 3, hands, front);
                d.box.add(rear.x, rear.y, 34);
                d.box.add(front.x, front.y, 34);
                break;
            }
            case Prop::water: {
                // From just above the swimmer's back down to the floor.
                const double surface = -kSwimmingPelvisCm - 8;
                d.front += rect("hf-water", body.min_x - 15, surface, body.max_x - body.min_x + 30, -surface);
                break;
            }
            case Prop::stairs: {
                std::string points;
                double x = body.min_x - 10;
                double y = 0;
                for (int step = 0; step < 5; ++step) {
                    points += fmt::format("{},{} {},{} ", number(x), number(y), number(x), number(y - 17));
                    y -= 17;
                    x += 28;
                    d.box.add(x, y);
                }
                points += fmt::format("{},{}", number(x), number(y));
                d.back +=
                    fmt::format("<polyline class=\"hf-prop\" stroke-width=\"3\" points=\"{}\"/>", points);
                break;
            }
        }
    }
    return d;
}

std::string desc_of(const PoseSequence& s, const Exercise& exercise) {
    std::string view(name_of(kViewNames, s.view));
    view[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(view[0])));
    const std::string first = s.frames.front().name.empty() ? "the start" : s.frames.front().name;
    const std::string last = s.frames.back().name.empty() ? "the end" : s.frames.back().name;
    std::string text = fmt::format("{} view: a figure doing {}", view, exercise.name);
    switch (s.motion) {
        case Motion::reps:
            text += fmt::format(", moving from {} to {} and back", first, last);
            break;
        case Motion::hold:
            text += fmt::format(", moving into {} and holding it", last);
            break;
        case Motion::cycle:
            text += ", in a steady cycle";
            break;
    }
    if (s.moving_side == MovingSide::left || s.moving_side == MovingSide::right)
        text += fmt::format("; the {} side's moving limbs are highlighted",
                            name_of(kMovingSideNames, s.moving_side));
    std::string props;
    for (Prop prop : s.props) {
        if (prop == Prop::floor)
            continue;
        props += props.empty() ? "" : ", ";
        props += name_of(kPropNames, prop);
    }
    if (!props.empty())
        text += "; shown with: " + props;
    return text + ".";
}

}  // namespace

std::optional<std::string> exercise_illustration_svg(const Exercise& exercise) {
    const auto& poses = builtin_poses();
    const auto found = poses.find(exercise.id);
    if (found == poses.end())
        return std::nullopt;
    const PoseSequence& s = found->second;

    const std::vector<FigureSample> samples = animation_samples(s, exercise);
    const double duration = samples.back().seconds;
    std::string key_times;
    std::vector<Skeleton> figures;
    for (const FigureSample& sample : samples) {
        if (!key_times.empty())
            key_times += ';';
        key_times += fmt::format("{:.4f}", sample.seconds / duration);
        figures.push_back(sample.points);
    }
    const Scene scene(figures, s.view);
    const int far = far_side(figures.front(), s.view);
    const std::array<bool, 4> lit = highlighted(s);

    // The moments the figure rests on the step or the chair (where those props stand).
    std::vector<std::size_t> support_moments;
    {
        const std::vector<Keyframe> keys = keyframe_times(s, exercise);
        for (const Keyframe& key : keys) {
            if (s.frames[key.frame].support == Support::floor)
                continue;
            for (std::size_t m = 0; m < samples.size(); ++m) {
                if (std::abs(samples[m].seconds - key.seconds) < 1e-9)
                    support_moments.push_back(m);
            }
        }
    }
    const Drawing moving = draw(s, scene, Writer(key_times, duration), far, lit, support_moments);

    // The still pair for people who ask for less motion: the first and the last frame side by side.
    std::array<Drawing, 2> stills;
    for (std::size_t i = 0; i < 2; ++i) {
        const std::size_t frame = i == 0 ? 0 : s.frames.size() - 1;
        const Scene still({placed_frame(s, frame)}, s.view);
        std::vector<std::size_t> support;
        if (s.frames[frame].support != Support::floor)
            support.push_back(0);
        stills[i] = draw(s, still, Writer("", 1), far, lit, support);
    }

    Box box = moving.box;
    if (s.view != View::top)
        box.add(box.min_x, 0);
    for (const Drawing& still : stills) {
        box.add(still.box.min_x, still.box.min_y);
        box.add(still.box.max_x, still.box.max_y);
    }
    const double x = box.min_x - kMarginCm;
    const double y = box.min_y - kMarginCm;
    const double width = box.max_x - box.min_x + 2 * kMarginCm;
    const double height = box.max_y - box.min_y + 2 * kMarginCm;
    const std::string floor =
        s.view == View::top ? std::string()
                            : fmt::format("<line class=\"hf-floor\" x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"0\"/>",
                                          number(x), number(x + width));

    std::string svg = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" role=\"img\" "
        "class=\"hf-illustration\" data-moving-side=\"{}\">"
        "<title>{}</title><desc>{}</desc><style>{}</style>",
        // The side whose limbs move: a player showing the other side of a per-side set mirrors the picture.
        number(x), number(y), number(width), number(height), name_of(kMovingSideNames, s.moving_side),
        escape_xml(exercise.name), escape_xml(desc_of(s, exercise)), kStyle);
    svg += "<g class=\"hf-fig hf-moving\">" + floor + moving.back + moving.figure + moving.front + "</g>";
    svg += "<g class=\"hf-fig hf-still\">";
    for (std::size_t i = 0; i < 2; ++i) {
        // Each still at half size in its half of the picture, vertically centred.
        svg += fmt::format("<g transform=\"translate({} {}) scale(0.5) translate({} {})\">",
                           number(x + static_cast<double>(i) * width / 2), number(y + height / 4), number(-x),
                           number(-y));
        svg += floor + stills[i].back + stills[i].figure + stills[i].front + "</g>";
    }
    svg += "</g></svg>";
    return svg;
}

}  // namespace hipfit::io
