#include "core/workout/workout_script.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/program/alternatives.hpp"

namespace hipfit::core {
namespace {

// Stretches and recovery moves are held too, but as a calm countdown, not an effort to log.
StepKind kind_of(const PlannedExercise& p, const Exercise& exercise) {
    if (p.work_seconds)
        return StepKind::intervals;
    if (p.reps)
        return StepKind::reps;
    if (p.hold_seconds && exercise.kind != ExerciseKind::stretch && exercise.kind != ExerciseKind::recovery)
        return StepKind::hold;
    return StepKind::timed;
}

class ScriptWriter {
  public:
    explicit ScriptWriter(std::vector<WorkoutStep>& steps) : steps_(steps) {}

    void exercise(Block block, const PlannedExercise& p, const Exercise& exercise) {
        WorkoutStep step;
        step.block = block;
        step.kind = kind_of(p, exercise);
        step.exercise = p.id;
        step.name = exercise.name;
        step.cue = exercise.cues.empty() ? std::string() : exercise.cues.front();
        step.progression_note = p.progression_note;
        if (step.kind == StepKind::intervals) {
            step.rounds = p.sets.value_or(1);
            step.work_seconds = p.work_seconds;
            step.rest_seconds = p.rest_seconds.value_or(0);
            add(step);
            return;
        }
        step.sets = p.sets.value_or(1);
        step.add_resistance = p.add_resistance && step.kind != StepKind::timed;
        if (step.kind == StepKind::reps) {
            step.reps = p.reps;
            step.tempo = exercise.prescription.tempo;
            step.load = p.load;
            step.takes_load = core::takes_load(exercise) || p.load || p.add_resistance;
        } else {
            step.seconds = p.hold_seconds ? *p.hold_seconds : p.minutes.value_or(0) * 60;
        }
        for (int set = 1; set <= step.sets; ++set) {
            step.set = set;
            one_set(step, p.per_side);
            step.progression_note.clear();
            if (set < step.sets && p.rest_seconds.value_or(0) > 0)
                pause(block, StepKind::rest, *p.rest_seconds);
        }
    }

  private:
    void one_set(WorkoutStep step, bool per_side) {
        if (!per_side) {
            add(step);
            return;
        }
        step.side = Side::left;
        add(step);
        pause(step.block, StepKind::switch_sides, kSwitchSidesSeconds);
        step.side = Side::right;
        step.progression_note.clear();
        add(step);
    }

    void pause(Block block, StepKind kind, int seconds) {
        WorkoutStep step;
        step.block = block;
        step.kind = kind;
        step.seconds = seconds;
        add(step);
    }

    void add(WorkoutStep step) {
        step.index = static_cast<int>(steps_.size());
        steps_.push_back(std::move(step));
    }

    std::vector<WorkoutStep>& steps_;
};

}  // namespace

WorkoutScript make_workout_script(const Session& session, const Catalog& catalog) {
    WorkoutScript script;
    script.date = session.date;
    script.minutes = session.minutes;
    ScriptWriter writer(script.steps);
    for (const PlannedBlock& block : session.blocks) {
        for (const PlannedExercise& p : block.exercises) writer.exercise(block.kind, p, catalog.get(p.id));
    }
    return script;
}

namespace {

// The planned exercise of a step, at the point its script holds it.
PlannedExercise planned_of(const WorkoutStep& step, const Exercise& exercise) {
    PlannedExercise p;
    p.id = step.exercise;
    p.sets = step.kind == StepKind::intervals ? step.rounds : std::optional<int>(step.sets);
    p.per_side = step.side.has_value();
    p.add_resistance = step.add_resistance;
    const PrescriptionRange& range = exercise.prescription;
    if (step.kind == StepKind::reps) {
        p.reps = step.reps;
    } else if (step.kind == StepKind::intervals) {
        p.work_seconds = step.work_seconds;
        p.rest_seconds = step.rest_seconds;
    } else if (range.hold_seconds) {
        p.hold_seconds = step.seconds;
    } else {
        p.minutes = step.seconds.value_or(60) / 60;
    }
    return p;
}

void fail(int at, const std::string& why) {
    throw InvalidInput("step", fmt::format("step {}: {}", at, why));
}

}  // namespace

void swap_exercise(WorkoutScript& script, int at, const Exercise& to, const Catalog& catalog) {
    auto& steps = script.steps;
    if (at < 0 || at >= static_cast<int>(steps.size()) || !steps[at].is_exercise())
        fail(at, "there is no exercise at this step to swap");
    const WorkoutStep planned = steps[at];
    auto same = [&](const WorkoutStep& s) {
        return s.exercise == planned.exercise && s.block == planned.block;
    };
    std::size_t start = static_cast<std::size_t>(at);
    if (planned.side == Side::right) {
        // The left side was done as planned: the swap starts with the next set.
        while (start < steps.size() && !(same(steps[start]) && steps[start].set > planned.set)) ++start;
        if (start == steps.size())
            fail(at, "this was the exercise's last set: nothing of it is left to swap");
    }
    std::size_t end = start;  // one past the exercise's last step
    for (std::size_t i = start; i < steps.size(); ++i) {
        if (same(steps[i]))
            end = i + 1;
        else if (steps[i].is_exercise())
            break;
    }
    const Exercise& from = catalog.get(planned.exercise);
    const int done = steps[start].set - 1;
    PlannedExercise replacement = at_same_point(planned_of(planned, from), from, to);
    const int total = std::max(replacement.sets.value_or(1), done + 1);
    replacement.sets = total - done;
    WorkoutScript swapped;
    ScriptWriter writer(swapped.steps);
    writer.exercise(planned.block, replacement, to);
    for (WorkoutStep& step : swapped.steps) {
        if (!step.is_exercise())
            continue;
        step.swapped_from = planned.swapped_from.value_or(planned.exercise);
        if (step.kind != StepKind::intervals) {
            step.set += done;
            step.sets = total;
        }
    }
    steps.erase(steps.begin() + static_cast<std::ptrdiff_t>(start),
                steps.begin() + static_cast<std::ptrdiff_t>(end));
    steps.insert(steps.begin() + static_cast<std::ptrdiff_t>(start), swapped.steps.begin(),
                 swapped.steps.end());
    for (std::size_t i = 0; i < steps.size(); ++i) steps[i].index = static_cast<int>(i);
}

bool takes_load(const Exercise& exercise) {
    return std::any_of(exercise.equipment.begin(), exercise.equipment.end(), [](Equipment item) {
        return item == Equipment::dumbbells || item == Equipment::barbell || item == Equipment::ankle_weights;
    });
}

SetQuestions set_questions(const WorkoutStep& step) {
    if (step.kind != StepKind::reps || step.side == Side::left)
        return {};
    if (step.takes_load)
        return {.load = true, .rpe = true};
    return {.load = false, .rpe = step.set == step.sets};
}

int countdown_seconds(const WorkoutStep& step) {
    if (step.kind == StepKind::intervals) {
        const int rounds = step.rounds.value_or(1);
        return rounds * step.work_seconds.value_or(0) + (rounds - 1) * step.rest_seconds.value_or(0);
    }
    return step.kind == StepKind::reps ? 0 : step.seconds.value_or(0);
}

}  // namespace hipfit::core
