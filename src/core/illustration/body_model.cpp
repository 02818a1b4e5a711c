#include "core/illustration/body_model.hpp"

#include <cmath>
#include <numbers>

namespace hipfit::core {
namespace {

// A rotation as a 3×3 matrix (rows), composed parent-to-child.
struct Rotation {
    std::array<std::array<double, 3>, 3> m{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

    Rotation operator*(const Rotation& other) const {
        Rotation product;
        for (int row = 0; row < 3; ++row)
            for (int col = 0; col < 3; ++col) {
                product.m[row][col] = 0;
                for (int k = 0; k < 3; ++k) product.m[row][col] += m[row][k] * other.m[k][col];
            }
        return product;
    }
    Vec3 operator*(const Vec3& v) const {
        return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z, m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
                m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
    }
};

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

// Right-handed turns about the person's axes: about x (forward), y (up), z (left).
Rotation about_x(double degrees) {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{{{1, 0, 0}, {0, c, -s}, {0, s, c}}}};
}
Rotation about_y(double degrees) {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{{{c, 0, s}, {0, 1, 0}, {-s, 0, c}}}};
}
Rotation about_z(double degrees) {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {{{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}}};
}

Vec3 operator+(const Vec3& a, const Vec3& b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}

struct Limb {
    Point root, middle, end;
};

// One leg: `side` is +1 for the left (its outward side is +z), −1 for the right. A positive turn about z
// swings a hanging segment forward; abduction and external rotation turn the other way on each side.
void place_leg(Skeleton& s, const Rotation& pelvis, const JointAngles& a, double side, Angle flexion,
               Angle abduction, Angle rotation, Angle knee, Angle ankle, Point hip, Point knee_point,
               Point ankle_point, Point heel, Point toe) {
    const Vec3 down{0, -1, 0};
    at(s, hip) = pelvis * Vec3{0, 0, side * kHalfHipWidthCm};
    const Rotation thigh = pelvis * about_z(at(a, flexion)) * about_x(-side * at(a, abduction)) *
                           about_y(-side * at(a, rotation));
    const Vec3 thigh_axis = thigh * down;
    at(s, knee_point) =
        at(s, hip) + Vec3{thigh_axis.x * kThighCm, thigh_axis.y * kThighCm, thigh_axis.z * kThighCm};
    const Rotation shin = thigh * about_z(-at(a, knee));
    const Vec3 shin_axis = shin * down;
    at(s, ankle_point) =
        at(s, knee_point) + Vec3{shin_axis.x * kShinCm, shin_axis.y * kShinCm, shin_axis.z * kShinCm};
    const Rotation foot = shin * about_z(at(a, ankle));
    at(s, heel) = at(s, ankle_point) + foot * Vec3{-kHeelBackCm, -kAnkleHeightCm, 0};
    at(s, toe) = at(s, ankle_point) + foot * Vec3{kFootForwardCm, -kAnkleHeightCm, 0};
}

void place_arm(Skeleton& s, const Rotation& trunk, const Vec3& neck, const JointAngles& a, double side,
               Angle flexion, Angle abduction, Angle elbow, Point shoulder, Point elbow_point, Point hand) {
    const Vec3 down{0, -1, 0};
    at(s, shoulder) = neck + trunk * Vec3{0, 0, side * kHalfShoulderWidthCm};
    const Rotation upper = trunk * about_z(at(a, flexion)) * about_x(-side * at(a, abduction));
    const Vec3 upper_axis = upper * down;
    at(s, elbow_point) = at(s, shoulder) + Vec3{upper_axis.x * kUpperArmCm, upper_axis.y * kUpperArmCm,
                                                upper_axis.z * kUpperArmCm};
    const Vec3 fore_axis = upper * about_z(at(a, elbow)) * down;
    at(s, hand) = at(s, elbow_point) +
                  Vec3{fore_axis.x * kForearmCm, fore_axis.y * kForearmCm, fore_axis.z * kForearmCm};
}

}  // namespace

const AngleRange* find_angle(std::string_view joint, std::string_view name) {
    for (const AngleRange& range : kAngleRanges) {
        if (range.joint == joint && range.name == name)
            return &range;
    }
    return nullptr;
}

bool is_joint(std::string_view joint) {
    for (const AngleRange& range : kAngleRanges) {
        if (range.joint == joint)
            return true;
    }
    return false;
}

double point_radius_cm(Point point) {
    switch (point) {
        case Point::head:
            return kHeadRadiusCm;
        case Point::pelvis:
        case Point::neck:
        case Point::hip_l:
        case Point::hip_r:
        case Point::shoulder_l:
        case Point::shoulder_r:
            return 7.0;  // half the trunk's stroke
        default:
            return 4.0;  // half a limb's stroke
    }
}

Skeleton forward_kinematics(const JointAngles& a) {
    Skeleton s{};
    // Pitch tips the body forward (a turn about z taking the head toward −x is negative), roll tips it
    // toward the right side (the head toward −z), yaw turns it to its left.
    const Rotation pelvis = about_y(-at(a, Angle::root_yaw)) * about_z(-at(a, Angle::root_pitch)) *
                            about_x(-at(a, Angle::root_roll));
    at(s, Point::pelvis) = {};
    place_leg(s, pelvis, a, 1, Angle::hip_l_flexion, Angle::hip_l_abduction, Angle::hip_l_rotation,
              Angle::knee_l_flexion, Angle::ankle_l_flexion, Point::hip_l, Point::knee_l, Point::ankle_l,
              Point::heel_l, Point::toe_l);
    place_leg(s, pelvis, a, -1, Angle::hip_r_flexion, Angle::hip_r_abduction, Angle::hip_r_rotation,
              Angle::knee_r_flexion, Angle::ankle_r_flexion, Point::hip_r, Point::knee_r, Point::ankle_r,
              Point::heel_r, Point::toe_r);

    const Rotation trunk =
        pelvis * about_z(-at(a, Angle::spine_flexion)) * about_x(at(a, Angle::spine_side_bend));
    const Vec3 neck = trunk * Vec3{0, kTrunkCm, 0};
    at(s, Point::neck) = neck;
    const Rotation head = trunk * about_z(-at(a, Angle::neck_flexion));
    at(s, Point::head) = neck + head * Vec3{0, kNeckCm + kHeadRadiusCm, 0};
    place_arm(s, trunk, neck, a, 1, Angle::shoulder_l_flexion, Angle::shoulder_l_abduction,
              Angle::elbow_l_flexion, Point::shoulder_l, Point::elbow_l, Point::hand_l);
    place_arm(s, trunk, neck, a, -1, Angle::shoulder_r_flexion, Angle::shoulder_r_abduction,
              Angle::elbow_r_flexion, Point::shoulder_r, Point::elbow_r, Point::hand_r);
    return s;
}

Projected project(const Vec3& p, View view) {
    switch (view) {
        case View::side:
            return {p.x, p.y, p.z};
        case View::front:
            return {p.z, p.y, p.x};
        case View::back:
            return {-p.z, p.y, -p.x};
        case View::top:
            return {p.x, p.z, p.y};
    }
    return {};
}

}  // namespace hipfit::core
