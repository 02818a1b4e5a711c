// The figure an exercise picture draws: a simple 3-D skeleton posed by joint angles (data/poses/*.json),
// placed by forward kinematics and seen in orthographic projection from one side, the front, the back or
// above. Axes are person-centred: x forward (where the person faces), y up, z to the person's left.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace hipfit::core {

// Segment lengths in cm of a 170 cm figure, from the proportions of height in Drillis & Contini (1966) as
// tabulated by Winter, "Biomechanics and Motor Control of Human Movement" (4th ed., 2009), fig. 4.1.
inline constexpr double kHalfHipWidthCm = 9.0;  // pelvis centre to each hip joint
inline constexpr double kTrunkCm = 49.0;        // hip joints to the shoulder line (0.818 − 0.530 of height)
inline constexpr double kNeckCm = 9.0;          // shoulder line to the bottom of the head
inline constexpr double kHeadRadiusCm = 11.0;   // the head, drawn as a circle (0.130 of height)
inline constexpr double kHalfShoulderWidthCm = 18.0;  // trunk axis to each shoulder joint
inline constexpr double kUpperArmCm = 31.0;           // 0.186 of height
inline constexpr double kForearmCm = 30.0;            // forearm (0.146) and half the hand
inline constexpr double kThighCm = 42.0;              // 0.245 of height
inline constexpr double kShinCm = 42.0;               // 0.246 of height
inline constexpr double kAnkleHeightCm = 7.0;         // ankle joint above the sole (0.039 of height)
inline constexpr double kFootForwardCm = 18.0;        // ankle to toes
inline constexpr double kHeelBackCm = 5.0;            // ankle to heel

// Every angle a pose may set, in the order of the range table (kAngleRanges).
enum class Angle {
    root_pitch,
    root_roll,
    root_yaw,
    spine_flexion,
    spine_side_bend,
    neck_flexion,
    hip_l_flexion,
    hip_l_abduction,
    hip_l_rotation,
    hip_r_flexion,
    hip_r_abduction,
    hip_r_rotation,
    knee_l_flexion,
    knee_r_flexion,
    ankle_l_flexion,
    ankle_r_flexion,
    shoulder_l_flexion,
    shoulder_l_abduction,
    shoulder_r_flexion,
    shoulder_r_abduction,
    elbow_l_flexion,
    elbow_r_flexion,
};
inline constexpr std::size_t kAngleCount = 22;

struct AngleRange {
    Angle angle;
    std::string_view joint;  // as the pose files name it ("hip_l")
    std::string_view name;   // the angle within the joint ("flexion")
    double min = 0;          // degrees
    double max = 0;
};

// The range the data check allows each angle. The root turns freely; every joint stays within the normal
// active range of motion of adults in the American Academy of Orthopaedic Surgeons, "Joint Motion: Method
// of Measuring and Recording" (1965), and Norkin & White, "Measurement of Joint Motion" (5th ed., 2016),
// rounded outward by a few degrees (docs/sources.md).
inline constexpr std::array<AngleRange, kAngleCount> kAngleRanges{{
    {Angle::root_pitch, "root", "pitch", -180, 180},
    {Angle::root_roll, "root", "roll", -180, 180},
    {Angle::root_yaw, "root", "yaw", -180, 180},
    {Angle::spine_flexion, "spine", "flexion", -30, 90},
    {Angle::spine_side_bend, "spine", "side_bend", -40, 40},
    {Angle::neck_flexion, "neck", "flexion", -60, 70},
    {Angle::hip_l_flexion, "hip_l", "flexion", -30, 140},
    {Angle::hip_l_abduction, "hip_l", "abduction", -30, 70},
    {Angle::hip_l_rotation, "hip_l", "rotation", -45, 60},
    {Angle::hip_r_flexion, "hip_r", "flexion", -30, 140},
    {Angle::hip_r_abduction, "hip_r", "abduction", -30, 70},
    {Angle::hip_r_rotation, "hip_r", "rotation", -45, 60},
    {Angle::knee_l_flexion, "knee_l", "flexion", 0, 155},
    {Angle::knee_r_flexion, "knee_r", "flexion", 0, 155},
    {Angle::ankle_l_flexion, "ankle_l", "flexion", -50, 30},
    {Angle::ankle_r_flexion, "ankle_r", "flexion", -50, 30},
    {Angle::shoulder_l_flexion, "shoulder_l", "flexion", -60, 180},
    {Angle::shoulder_l_abduction, "shoulder_l", "abduction", -30, 180},
    {Angle::shoulder_r_flexion, "shoulder_r", "flexion", -60, 180},
    {Angle::shoulder_r_abduction, "shoulder_r", "abduction", -30, 180},
    {Angle::elbow_l_flexion, "elbow_l", "flexion", 0, 150},
    {Angle::elbow_r_flexion, "elbow_r", "flexion", 0, 150},
}};

// The range of an angle, found by the names the pose files use; nullptr for an unknown pair.
const AngleRange* find_angle(std::string_view joint, std::string_view name);
// Whether any angle of the table belongs to this joint.
bool is_joint(std::string_view joint);

// Degrees of every angle; 0 everywhere is standing upright, arms at the sides, feet forward.
using JointAngles = std::array<double, kAngleCount>;

inline double& at(JointAngles& angles, Angle angle) {
    return angles[static_cast<std::size_t>(angle)];
}
inline double at(const JointAngles& angles, Angle angle) {
    return angles[static_cast<std::size_t>(angle)];
}

struct Vec3 {
    double x = 0;
    double y = 0;
    double z = 0;
};

// The points the figure is drawn between, in cm, the pelvis centre at the origin before placing.
enum class Point {
    pelvis,
    neck,  // the middle of the shoulder line
    head,  // the head circle's centre
    hip_l,
    hip_r,
    knee_l,
    knee_r,
    ankle_l,
    ankle_r,
    heel_l,
    heel_r,
    toe_l,
    toe_r,
    shoulder_l,
    shoulder_r,
    elbow_l,
    elbow_r,
    hand_l,
    hand_r,
};
inline constexpr std::size_t kPointCount = 19;

using Skeleton = std::array<Vec3, kPointCount>;

inline Vec3& at(Skeleton& skeleton, Point point) {
    return skeleton[static_cast<std::size_t>(point)];
}
inline const Vec3& at(const Skeleton& skeleton, Point point) {
    return skeleton[static_cast<std::size_t>(point)];
}

// How far a point's drawn shape reaches beyond it (half the stroke, the head's radius), so the figure
// rests on the floor with its outline rather than its centre line.
double point_radius_cm(Point point);

// The figure's points for these angles, the pelvis centre at the origin.
Skeleton forward_kinematics(const JointAngles& angles);

enum class View { side, front, back, top };

// A point as a camera sees it: u to the right and v up on the picture, depth toward the camera.
struct Projected {
    double u = 0;
    double v = 0;
    double depth = 0;
};

// Side looks at the person's left side (facing right on the picture), front at their face, back at their
// back, top down from above (facing right, their left up the picture).
Projected project(const Vec3& point, View view);

}  // namespace hipfit::core
