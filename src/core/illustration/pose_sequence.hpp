// An exercise's picture as data: keyframes of joint angles, the view that shows the movement, how it
// moves between them, and the equipment drawn with it (data/poses/*.json, docs/exercises.md "Pictures").
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/vocabulary.hpp"
#include "core/illustration/body_model.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::core {

// reps: the frames forward then back (start → … → end → … → start); hold: into the last frame, still there,
// and back; cycle: the frames in order, the last back to the first (walking, pedalling).
enum class Motion { reps, hold, cycle };
enum class MovingSide { left, right, both, none };
// The point that stays put horizontally from frame to frame.
enum class Anchor { pelvis, left_foot, right_foot, left_hand, right_hand, head };
enum class Prop {
    floor,
    mat,
    wall,
    step,
    chair,
    band,
    dumbbells,
    ankle_weights,
    barbell,
    foam_roller,
    bike,
    water,
    stairs
};
// What the lowest point of a frame rests on.
enum class Support { floor, step, chair };

inline constexpr NameTable<View, 4> kViewNames{
    {{View::side, "side"}, {View::front, "front"}, {View::back, "back"}, {View::top, "top"}}};
inline constexpr NameTable<Motion, 3> kMotionNames{
    {{Motion::reps, "reps"}, {Motion::hold, "hold"}, {Motion::cycle, "cycle"}}};
inline constexpr NameTable<MovingSide, 4> kMovingSideNames{{{MovingSide::left, "left"},
                                                            {MovingSide::right, "right"},
                                                            {MovingSide::both, "both"},
                                                            {MovingSide::none, "none"}}};
inline constexpr NameTable<Anchor, 6> kAnchorNames{{{Anchor::pelvis, "pelvis"},
                                                    {Anchor::left_foot, "left-foot"},
                                                    {Anchor::right_foot, "right-foot"},
                                                    {Anchor::left_hand, "left-hand"},
                                                    {Anchor::right_hand, "right-hand"},
                                                    {Anchor::head, "head"}}};
inline constexpr NameTable<Prop, 13> kPropNames{{{Prop::floor, "floor"},
                                                 {Prop::mat, "mat"},
                                                 {Prop::wall, "wall"},
                                                 {Prop::step, "step"},
                                                 {Prop::chair, "chair"},
                                                 {Prop::band, "band"},
                                                 {Prop::dumbbells, "dumbbells"},
                                                 {Prop::ankle_weights, "ankle-weights"},
                                                 {Prop::barbell, "barbell"},
                                                 {Prop::foam_roller, "foam-roller"},
                                                 {Prop::bike, "bike"},
                                                 {Prop::water, "water"},
                                                 {Prop::stairs, "stairs"}}};
inline constexpr NameTable<Support, 3> kSupportNames{
    {{Support::floor, "floor"}, {Support::step, "step"}, {Support::chair, "chair"}}};

// Heights of what a frame may rest on, in cm: a common aerobic step and a dining chair's seat.
inline constexpr double kStepHeightCm = 20.0;
inline constexpr double kChairSeatCm = 45.0;
// A rider's pelvis above the floor (a bike's saddle) and a swimmer's at the water line: these figures are
// held there rather than rested on their lowest point.
inline constexpr double kSaddlePelvisCm = 95.0;
inline constexpr double kSwimmingPelvisCm = 70.0;

struct PoseFrame {
    std::string name;
    JointAngles angles{};  // degrees; a joint the file leaves out is 0
    Support support = Support::floor;
    double lift_cm = 0;        // airborne: the lowest point this far above its support
    double pause_seconds = 0;  // still at this frame each time the movement reaches it
    // The point that stays where it was in the frame before (a person stepping onto a step); the entry's
    // anchor when unset.
    std::optional<Anchor> anchor;

    bool operator==(const PoseFrame& other) const {
        return angles == other.angles && support == other.support && lift_cm == other.lift_cm;
    }
};

struct PoseSequence {
    std::string exercise;
    View view = View::side;
    Motion motion = Motion::reps;
    MovingSide moving_side = MovingSide::none;
    Anchor anchor = Anchor::pelvis;
    std::set<Prop> props;         // the floor is always drawn
    std::vector<double> seconds;  // empty: timed from the exercise (tempo, hold) or the defaults below
    std::vector<PoseFrame> frames;
};

// Checks a sequence against its catalog exercise: at least two frames, every angle in kAngleRanges, the
// seconds matching the motion, and a prop for each piece of the exercise's equipment. Throws CatalogError
// naming the exercise and the field (e.g. "frames[1].knee_l.flexion").
void validate_pose_sequence(const PoseSequence& sequence, const Exercise& exercise);

// Refuses two exercises whose frames are identical: each picture must show its own exercise.
void check_distinct_frames(const std::vector<PoseSequence>& sequences);

// The prop that shows a piece of equipment.
Prop prop_for(Equipment equipment);

// --- Timing ---------------------------------------------------------------------------------------------

// hipfit's rep pace when an exercise names no tempo: a controlled movement, 1.5 s each way.
inline constexpr double kDefaultUpSeconds = 1.5;
inline constexpr double kDefaultDownSeconds = 1.5;
// How long a hold is shown still before the figure comes back out of it, and each move into or out of it.
inline constexpr double kHoldShownSeconds = 4.0;
inline constexpr double kHoldMoveSeconds = 1.5;
// One whole cycle (two steps, a pedal turn) when the file gives no seconds: about 60 cycles a minute.
inline constexpr double kCycleSeconds = 1.0;

// A moment of the loop: at `seconds` from the start the figure is in frame `frame`.
struct Keyframe {
    double seconds = 0;
    std::size_t frame = 0;
};

// The loop the picture plays, from the first keyframe (at 0) to the last (at the loop's length, back in
// the first frame). Two keyframes in a row with the same frame are a still moment.
std::vector<Keyframe> keyframe_times(const PoseSequence& sequence, const Exercise& exercise);

}  // namespace hipfit::core
