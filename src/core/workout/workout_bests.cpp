#include "core/workout/workout_bests.hpp"

namespace hipfit::core {

std::optional<PersonalBest> new_best_at(const WorkoutScript& script, const WorkoutResult& result,
                                        std::size_t index) {
    if (index >= script.steps.size() || index >= result.steps.size())
        return std::nullopt;
    const WorkoutStep& step = script.steps[index];
    if ((step.kind != StepKind::reps && step.kind != StepKind::hold) || step.side == Side::left ||
        result.steps[index].outcome != StepOutcome::done)
        return std::nullopt;
    const auto records = script.records.find(step.exercise);
    if (records == script.records.end() || records->second.empty())
        return std::nullopt;
    // The workout so far, as its entry would log it: the sides merged as workout_entry merges them.
    WorkoutResult so_far;
    so_far.steps.assign(result.steps.begin(), result.steps.begin() + static_cast<std::ptrdiff_t>(index) + 1);
    so_far.steps.resize(script.steps.size());
    const Entry entry = workout_entry(script, so_far, TimeOfDay{});
    std::vector<Effort> earlier = records->second;
    std::optional<Effort> now;
    for (const WorkoutSet& set : entry.sets) {
        if (set.exercise_id != step.exercise)
            continue;
        if (now)
            earlier.push_back(*now);
        now = set_effort(set);
    }
    if (!now)
        return std::nullopt;
    const std::optional<Effort> before = beaten(*now, earlier);
    if (!before)
        return std::nullopt;
    return PersonalBest{step.exercise, *now, *before};
}

}  // namespace hipfit::core
