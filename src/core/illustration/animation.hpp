// An exercise's movement as the picture plays it: the figure placed in the room at moments of the loop,
// its angles interpolated between keyframes (so limbs keep their length), resting on its support, the
// anchor point held still.
#pragma once

#include <vector>

#include "core/illustration/pose_sequence.hpp"

namespace hipfit::core {

// No joint turns more than this between two samples, so straight lines between samples stay close to the
// arcs the limbs sweep.
inline constexpr double kMaxDegreesPerSample = 8.0;

struct FigureSample {
    double seconds = 0;  // from the start of the loop
    Skeleton points{};   // in cm, the floor at y = 0
};

// The placed figure of one frame (as if the movement were stopped there).
Skeleton placed_frame(const PoseSequence& sequence, std::size_t frame);

// The loop, sampled: the keyframes and enough moments between them; the first and last samples are the
// same pose (the loop closes).
std::vector<FigureSample> animation_samples(const PoseSequence& sequence, const Exercise& exercise);

}  // namespace hipfit::core
