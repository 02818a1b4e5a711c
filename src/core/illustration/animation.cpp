#include "core/illustration/animation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace hipfit::core {
namespace {

Point anchor_point(Anchor anchor) {
    switch (anchor) {
        case Anchor::pelvis:
            return Point::pelvis;
        case Anchor::left_foot:
            return Point::ankle_l;
        case Anchor::right_foot:
            return Point::ankle_r;
        case Anchor::left_hand:
            return Point::hand_l;
        case Anchor::right_hand:
            return Point::hand_r;
        case Anchor::head:
            return Point::head;
    }
    return Point::pelvis;
}

double support_height(Support support) {
    switch (support) {
        case Support::floor:
            return 0;
        case Support::step:
            return kStepHeightCm;
        case Support::chair:
            return kChairSeatCm;
    }
    return 0;
}

double lowest_outline(const Skeleton& points) {
    double lowest = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < kPointCount; ++i)
        lowest = std::min(lowest, points[i].y - point_radius_cm(static_cast<Point>(i)));
    return lowest;
}

// The figure for these angles, `anchor` at (x, z) = `reference`, and its lowest outline at `ground` — or,
// on a bike or in the water, its pelvis at the saddle or the water line.
Skeleton place(const PoseSequence& s, const JointAngles& angles, double ground, Point anchor,
               Vec3 reference) {
    Skeleton points = forward_kinematics(angles);
    double lift = ground - lowest_outline(points);
    if (s.props.contains(Prop::bike))
        lift = kSaddlePelvisCm;
    else if (s.props.contains(Prop::water))
        lift = kSwimmingPelvisCm;
    const Vec3 shift{reference.x - at(points, anchor).x, lift, reference.z - at(points, anchor).z};
    for (Vec3& p : points) p = {p.x + shift.x, p.y + shift.y, p.z + shift.z};
    return points;
}

double ground_of(const PoseFrame& frame) {
    return support_height(frame.support) + frame.lift_cm;
}

// Eases in and out of each keyframe, as a body slows at the ends of a movement.
double eased(double t) {
    return (1 - std::cos(std::numbers::pi * t)) / 2;
}

Point frame_anchor(const PoseSequence& s, std::size_t frame) {
    return anchor_point(s.frames[frame].anchor.value_or(s.anchor));
}

// Frame by frame, each frame's anchor where it was in the frame before (the first frame's anchor where it
// is with the pelvis at the origin).
std::vector<Skeleton> placed_frames(const PoseSequence& s) {
    std::vector<Skeleton> placed;
    for (std::size_t i = 0; i < s.frames.size(); ++i) {
        const Point anchor = frame_anchor(s, i);
        const Vec3 reference =
            i == 0 ? at(forward_kinematics(s.frames[0].angles), anchor) : at(placed.back(), anchor);
        placed.push_back(place(s, s.frames[i].angles, ground_of(s.frames[i]), anchor, reference));
    }
    return placed;
}

}  // namespace

Skeleton placed_frame(const PoseSequence& s, std::size_t frame) {
    return placed_frames(s)[frame];
}

std::vector<FigureSample> animation_samples(const PoseSequence& s, const Exercise& exercise) {
    const std::vector<Keyframe> keys = keyframe_times(s, exercise);
    const std::vector<Skeleton> placed = placed_frames(s);
    std::vector<FigureSample> samples;
    for (std::size_t k = 0; k + 1 < keys.size(); ++k) {
        const PoseFrame& from = s.frames[keys[k].frame];
        const PoseFrame& to = s.frames[keys[k + 1].frame];
        double widest = 0;
        for (std::size_t a = 0; a < kAngleCount; ++a)
            widest = std::max(widest, std::abs(to.angles[a] - from.angles[a]));
        const bool still = keys[k].frame == keys[k + 1].frame;
        // Between two neighbouring frames the later one's anchor holds still (it is where it was in the
        // earlier); a cycle closing from its last frame to its first keeps the entry's anchor.
        const std::size_t later = std::max(keys[k].frame, keys[k + 1].frame);
        const bool neighbours = later - std::min(keys[k].frame, keys[k + 1].frame) == 1;
        const Point anchor = neighbours ? frame_anchor(s, later) : anchor_point(s.anchor);
        const Vec3 reference = at(placed[keys[k].frame], anchor);
        const int steps = still ? 1 : std::max(2, static_cast<int>(std::ceil(widest / kMaxDegreesPerSample)));
        for (int step = 0; step < steps; ++step) {
            const double t = static_cast<double>(step) / steps;
            const double e = eased(t);
            JointAngles angles{};
            for (std::size_t a = 0; a < kAngleCount; ++a)
                angles[a] = from.angles[a] + (to.angles[a] - from.angles[a]) * e;
            const double ground = ground_of(from) + (ground_of(to) - ground_of(from)) * e;
            samples.push_back({keys[k].seconds + (keys[k + 1].seconds - keys[k].seconds) * t,
                               place(s, angles, ground, anchor, reference)});
        }
    }
    samples.push_back({keys.back().seconds, placed[keys.back().frame]});
    return samples;
}

}  // namespace hipfit::core
