// The pose model: forward kinematics against points worked out by hand, the range table, and the timing.
#include <gtest/gtest.h>

#include "core/illustration/animation.hpp"
#include "core/illustration/body_model.hpp"
#include "core/illustration/pose_sequence.hpp"

namespace hipfit::core {
namespace {

constexpr double kTolerance = 1e-9;

Exercise exercise_with(std::optional<Tempo> tempo = std::nullopt) {
    Exercise e;
    e.id = "test-move";
    e.name = "Test move";
    e.prescription.tempo = tempo;
    return e;
}

PoseSequence two_frames(Motion motion = Motion::reps) {
    PoseSequence s;
    s.exercise = "test-move";
    s.motion = motion;
    s.frames.resize(2);
    at(s.frames[1].angles, Angle::hip_l_abduction) = 40;
    return s;
}

TEST(PoseModel, StandingFigureHasItsSegmentsStackedUpright) {
    const Skeleton s = forward_kinematics({});
    EXPECT_NEAR(at(s, Point::knee_l).y, -kThighCm, kTolerance);
    EXPECT_NEAR(at(s, Point::knee_l).z, kHalfHipWidthCm, kTolerance);
    EXPECT_NEAR(at(s, Point::ankle_r).y, -kThighCm - kShinCm, kTolerance);
    EXPECT_NEAR(at(s, Point::ankle_r).z, -kHalfHipWidthCm, kTolerance);
    EXPECT_NEAR(at(s, Point::toe_l).x, kFootForwardCm, kTolerance);
    EXPECT_NEAR(at(s, Point::neck).y, kTrunkCm, kTolerance);
    EXPECT_NEAR(at(s, Point::head).y, kTrunkCm + kNeckCm + kHeadRadiusCm, kTolerance);
    EXPECT_NEAR(at(s, Point::hand_l).y, kTrunkCm - kUpperArmCm - kForearmCm, kTolerance);
    EXPECT_NEAR(at(s, Point::hand_l).z, kHalfShoulderWidthCm, kTolerance);
}

TEST(PoseModel, NinetyDegreeHipFlexionPutsTheKneeForwardAtHipHeight) {
    JointAngles a{};
    at(a, Angle::hip_l_flexion) = 90;
    const Skeleton s = forward_kinematics(a);
    EXPECT_NEAR(at(s, Point::knee_l).x, kThighCm, kTolerance);
    EXPECT_NEAR(at(s, Point::knee_l).y, 0, kTolerance);
    EXPECT_NEAR(at(s, Point::knee_l).z, kHalfHipWidthCm, kTolerance);
    // A straight knee carries the shin on along the thigh; bent 90 degrees, it hangs from the knee.
    EXPECT_NEAR(at(s, Point::ankle_l).x, kThighCm + kShinCm, kTolerance);
    EXPECT_NEAR(at(s, Point::ankle_l).y, 0, kTolerance);
    at(a, Angle::knee_l_flexion) = 90;
    const Skeleton bent = forward_kinematics(a);
    EXPECT_NEAR(at(bent, Point::ankle_l).x, kThighCm, kTolerance);
    EXPECT_NEAR(at(bent, Point::ankle_l).y, -kShinCm, kTolerance);
}

TEST(PoseModel, RootPitchMinusNinetyLiesTheFigureOnItsBack) {
    JointAngles a{};
    at(a, Angle::root_pitch) = -90;
    const Skeleton s = forward_kinematics(a);
    EXPECT_NEAR(at(s, Point::neck).x, -kTrunkCm, kTolerance);  // head end behind
    EXPECT_NEAR(at(s, Point::neck).y, 0, kTolerance);
    EXPECT_NEAR(at(s, Point::ankle_l).x, kThighCm + kShinCm, kTolerance);
    // The toes point up: the front of the body faces the ceiling.
    EXPECT_NEAR(at(s, Point::toe_l).y - at(s, Point::ankle_l).y, kFootForwardCm, kTolerance);
}

TEST(PoseModel, AbductionAndRollMoveTowardTheirNamedSides) {
    JointAngles a{};
    at(a, Angle::hip_l_abduction) = 90;
    at(a, Angle::hip_r_abduction) = 90;
    Skeleton s = forward_kinematics(a);
    EXPECT_NEAR(at(s, Point::knee_l).z, kHalfHipWidthCm + kThighCm, kTolerance);
    EXPECT_NEAR(at(s, Point::knee_r).z, -kHalfHipWidthCm - kThighCm, kTolerance);
    JointAngles lying{};
    at(lying, Angle::root_roll) = 90;  // on the right side, left side up
    s = forward_kinematics(lying);
    EXPECT_NEAR(at(s, Point::hip_l).y, kHalfHipWidthCm, kTolerance);
    EXPECT_NEAR(at(s, Point::neck).z, -kTrunkCm, kTolerance);
}

TEST(PoseModel, ViewsProjectOntoTheirPlanes) {
    const Vec3 p{1, 2, 3};
    EXPECT_EQ(project(p, View::side).u, 1);
    EXPECT_EQ(project(p, View::front).u, 3);
    EXPECT_EQ(project(p, View::back).u, -3);
    EXPECT_EQ(project(p, View::top).v, 3);
    EXPECT_EQ(project(p, View::side).v, 2);
}

TEST(PoseModel, RangeTableRefusesEachAngleOutsideItsRange) {
    const Exercise e = exercise_with();
    for (const AngleRange& range : kAngleRanges) {
        for (double value : {range.min - 1, range.max + 1}) {
            PoseSequence s = two_frames();
            at(s.frames[1].angles, range.angle) = value;
            const std::string field = "frames[1]." + std::string(range.joint) + "." + std::string(range.name);
            try {
                validate_pose_sequence(s, e);
                ADD_FAILURE() << field << " = " << value << " accepted";
            } catch (const CatalogError& error) {
                EXPECT_NE(std::string(error.what()).find("'test-move'"), std::string::npos) << error.what();
                EXPECT_NE(std::string(error.what()).find("'" + field + "'"), std::string::npos)
                    << error.what();
            }
        }
        PoseSequence inside = two_frames();
        at(inside.frames[1].angles, range.angle) = range.max;
        EXPECT_NO_THROW(validate_pose_sequence(inside, e)) << range.joint << "." << range.name;
    }
}

TEST(PoseModel, OneFrameAndMissingEquipmentAreRefused) {
    Exercise e = exercise_with();
    PoseSequence s = two_frames();
    s.frames.pop_back();
    EXPECT_THROW(validate_pose_sequence(s, e), CatalogError);
    e.equipment = {Equipment::band};
    try {
        validate_pose_sequence(two_frames(), e);
        ADD_FAILURE() << "a band exercise drawn without its band";
    } catch (const CatalogError& error) {
        EXPECT_NE(std::string(error.what()).find("'props'"), std::string::npos) << error.what();
    }
}

TEST(PoseModel, IdenticalFramesOfTwoExercisesAreRefused) {
    PoseSequence a = two_frames();
    PoseSequence b = two_frames();
    b.exercise = "other-move";
    EXPECT_THROW(check_distinct_frames({a, b}), CatalogError);
    at(b.frames[1].angles, Angle::hip_l_abduction) = 35;
    EXPECT_NO_THROW(check_distinct_frames({a, b}));
}

TEST(PoseTiming, TempoFourUpFourDownAnimatesOverEightSeconds) {
    const std::vector<Keyframe> keys = keyframe_times(two_frames(), exercise_with(Tempo{4, 4}));
    ASSERT_EQ(keys.size(), 3U);
    EXPECT_DOUBLE_EQ(keys[1].seconds, 4);
    EXPECT_EQ(keys[1].frame, 1U);
    EXPECT_DOUBLE_EQ(keys[2].seconds, 8);
    EXPECT_EQ(keys[2].frame, 0U);
}

TEST(PoseTiming, WithoutTempoARepTakesTheDefaultPace) {
    const std::vector<Keyframe> keys = keyframe_times(two_frames(), exercise_with());
    EXPECT_DOUBLE_EQ(keys.back().seconds, kDefaultUpSeconds + kDefaultDownSeconds);
}

TEST(PoseTiming, AHoldStaysStillInItsLastFrame) {
    const std::vector<Keyframe> keys = keyframe_times(two_frames(Motion::hold), exercise_with());
    ASSERT_EQ(keys.size(), 4U);
    EXPECT_EQ(keys[1].frame, 1U);
    EXPECT_EQ(keys[2].frame, 1U);
    EXPECT_DOUBLE_EQ(keys[2].seconds - keys[1].seconds, kHoldShownSeconds);
    // Every sample of the still stretch shows the same figure.
    const PoseSequence s = two_frames(Motion::hold);
    for (const FigureSample& sample : animation_samples(s, exercise_with())) {
        if (sample.seconds > keys[1].seconds && sample.seconds <= keys[2].seconds) {
            EXPECT_NEAR(at(sample.points, Point::knee_l).z, at(placed_frame(s, 1), Point::knee_l).z, 1e-9);
        }
    }
}

TEST(PoseTiming, ACycleGoesRoundAtItsCadence) {
    PoseSequence s = two_frames(Motion::cycle);
    const std::vector<Keyframe> keys = keyframe_times(s, exercise_with(Tempo{4, 4}));
    EXPECT_DOUBLE_EQ(keys.back().seconds, kCycleSeconds);
    EXPECT_EQ(keys.back().frame, 0U);
}

TEST(PoseAnimation, SamplesRestOnTheFloorAndKeepLimbLengths) {
    const PoseSequence s = two_frames();
    for (const FigureSample& sample : animation_samples(s, exercise_with(Tempo{4, 4}))) {
        double lowest = 1e9;
        for (std::size_t i = 0; i < kPointCount; ++i)
            lowest = std::min(lowest, sample.points[i].y - point_radius_cm(static_cast<Point>(i)));
        EXPECT_NEAR(lowest, 0, 1e-9);
        const Vec3 hip = at(sample.points, Point::hip_l);
        const Vec3 knee = at(sample.points, Point::knee_l);
        EXPECT_NEAR(std::hypot(knee.x - hip.x, knee.y - hip.y, knee.z - hip.z), kThighCm, 1e-9);
    }
}

}  // namespace
}  // namespace hipfit::core
