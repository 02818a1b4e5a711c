#include "core/illustration/pose_sequence.hpp"

#include <fmt/format.h>

namespace hipfit::core {
namespace {

// How many seconds values a motion takes: reps and hold one per transition one way (the way back mirrors
// them) or one per transition both ways; cycle one per frame.
bool seconds_fit(Motion motion, std::size_t frames, std::size_t seconds) {
    if (motion == Motion::cycle)
        return seconds == frames;
    return seconds == frames - 1 || seconds == 2 * (frames - 1);
}

// Each transition's seconds, as many as the path has moves (reps and hold: out then back).
std::vector<double> transition_seconds(const PoseSequence& s, const Exercise& exercise) {
    const std::size_t n = s.frames.size();
    if (s.motion == Motion::cycle) {
        if (!s.seconds.empty())
            return s.seconds;
        return std::vector<double>(n, kCycleSeconds / static_cast<double>(n));
    }
    std::vector<double> seconds;
    if (s.seconds.size() == 2 * (n - 1)) {
        seconds = s.seconds;
    } else if (s.seconds.size() == n - 1) {
        seconds = s.seconds;
        seconds.insert(seconds.end(), s.seconds.rbegin(), s.seconds.rend());
    } else {
        double up = kDefaultUpSeconds;
        double down = kDefaultDownSeconds;
        if (s.motion == Motion::hold) {
            up = down = kHoldMoveSeconds * static_cast<double>(n - 1);
        } else if (exercise.prescription.tempo) {
            up = exercise.prescription.tempo->up_seconds;
            down = exercise.prescription.tempo->down_seconds;
        }
        seconds.assign(n - 1, up / static_cast<double>(n - 1));
        seconds.insert(seconds.end(), n - 1, down / static_cast<double>(n - 1));
    }
    return seconds;
}

}  // namespace

Prop prop_for(Equipment equipment) {
    switch (equipment) {
        case Equipment::band:
            return Prop::band;
        case Equipment::dumbbells:
            return Prop::dumbbells;
        case Equipment::barbell:
            return Prop::barbell;
        case Equipment::step:
            return Prop::step;
        case Equipment::ankle_weights:
            return Prop::ankle_weights;
        case Equipment::foam_roller:
            return Prop::foam_roller;
        case Equipment::none:
            break;
    }
    return Prop::floor;
}

void validate_pose_sequence(const PoseSequence& s, const Exercise& exercise) {
    const std::string& id = exercise.id;
    if (s.frames.size() < 2)
        throw CatalogError(id, "frames", "needs at least two frames (a start and an end)");
    for (std::size_t i = 0; i < s.frames.size(); ++i) {
        const PoseFrame& frame = s.frames[i];
        for (const AngleRange& range : kAngleRanges) {
            const double value = at(frame.angles, range.angle);
            if (value < range.min || value > range.max) {
                throw CatalogError(id, fmt::format("frames[{}].{}.{}", i, range.joint, range.name),
                                   fmt::format("{:g} degrees is outside the range {:g} to {:g}", value,
                                               range.min, range.max));
            }
        }
        if (frame.lift_cm < 0 || frame.lift_cm > 100)
            throw CatalogError(id, fmt::format("frames[{}].lift_cm", i), "must be from 0 to 100 cm");
        if (frame.pause_seconds < 0 || frame.pause_seconds > 10)
            throw CatalogError(id, fmt::format("frames[{}].pause", i), "must be from 0 to 10 seconds");
    }
    if (!s.seconds.empty() && !seconds_fit(s.motion, s.frames.size(), s.seconds.size())) {
        throw CatalogError(
            id, "seconds",
            s.motion == Motion::cycle
                ? "a cycle takes one value per frame"
                : "takes one value per move (the way back mirrors it) or one per move both ways");
    }
    for (std::size_t i = 0; i < s.seconds.size(); ++i) {
        if (!(s.seconds[i] > 0 && s.seconds[i] <= 10))
            throw CatalogError(id, fmt::format("seconds[{}]", i), "must be more than 0 and at most 10");
    }
    for (Equipment equipment : exercise.equipment) {
        const Prop prop = prop_for(equipment);
        if (prop != Prop::floor && !s.props.contains(prop)) {
            throw CatalogError(id, "props",
                               fmt::format("the exercise needs {}, so the picture must show '{}'",
                                           name_of(kEquipmentNames, equipment), name_of(kPropNames, prop)));
        }
    }
}

void check_distinct_frames(const std::vector<PoseSequence>& sequences) {
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (sequences[i].frames == sequences[j].frames) {
                throw CatalogError(sequences[i].exercise, "frames",
                                   fmt::format("identical to the frames of '{}'", sequences[j].exercise));
            }
        }
    }
}

std::vector<Keyframe> keyframe_times(const PoseSequence& s, const Exercise& exercise) {
    const std::size_t n = s.frames.size();
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < n; ++i) path.push_back(i);
    if (s.motion == Motion::cycle) {
        path.push_back(0);
    } else {
        for (std::size_t i = n - 1; i-- > 0;) path.push_back(i);
    }
    const std::vector<double> seconds = transition_seconds(s, exercise);

    std::vector<Keyframe> keys;
    double t = 0;
    for (std::size_t step = 0; step + 1 < path.size(); ++step) {
        const std::size_t frame = path[step];
        keys.push_back({t, frame});
        double still = s.frames[frame].pause_seconds;
        if (s.motion == Motion::hold && frame == n - 1)
            still = kHoldShownSeconds;
        if (still > 0) {
            t += still;
            keys.push_back({t, frame});
        }
        t += seconds[step];
    }
    keys.push_back({t, path.back()});
    return keys;
}

}  // namespace hipfit::core
