// The guided workout's session script (docs/workout.md): the day's planned session as the steps a player
// walks through — countdowns, sets to tap, rests and side switches — shared by the web and terminal players.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/journal/personal_best.hpp"
#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::core {

enum class StepKind { timed, reps, hold, intervals, rest, switch_sides };
enum class Side { left, right };

inline constexpr NameTable<StepKind, 6> kStepKindNames{{{StepKind::timed, "timed"},
                                                        {StepKind::reps, "reps"},
                                                        {StepKind::hold, "hold"},
                                                        {StepKind::intervals, "intervals"},
                                                        {StepKind::rest, "rest"},
                                                        {StepKind::switch_sides, "switch_sides"}}};
inline constexpr NameTable<Side, 2> kSideNames{{{Side::left, "left"}, {Side::right, "right"}}};

// The short prompt between the two sides of a per-side set: time to turn over or change legs.
inline constexpr int kSwitchSidesSeconds = 5;

// One step. Rest and switch_sides steps carry only their block and seconds; the others name the
// exercise, and the fields of their kind are set.
struct WorkoutStep {
    int index = 0;
    Block block = Block::warm_up;
    StepKind kind = StepKind::timed;
    std::string exercise;  // the catalog id; empty for rest and switch_sides
    std::string name;
    std::string cue;  // the catalog's first cue
    int set = 1;
    int sets = 1;
    std::optional<Side> side;
    std::optional<int> seconds;  // timed, hold, rest, switch_sides
    std::optional<int> reps;     // reps
    std::optional<Tempo> tempo;  // reps, when the catalog prescribes one
    bool add_resistance = false;
    std::optional<int> rounds;  // intervals: rounds of work_seconds work and rest_seconds rest
    std::optional<int> work_seconds;
    std::optional<int> rest_seconds;
    std::optional<Kilograms>
        load;  // reps: the load the journal suggests (core/journal/journal_progression.hpp)
    // reps: done with a weight (takes_load below), or the journal suggests a load or more resistance.
    bool takes_load = false;
    std::string progression_note;  // why, on the exercise's first step only
    // The planned exercise this one replaces, after a swap (swap_exercise); logged with each set.
    std::optional<std::string> swapped_from;

    [[nodiscard]] bool is_exercise() const {
        return kind != StepKind::rest && kind != StepKind::switch_sides;
    }
};

struct WorkoutScript {
    Date date{};
    int program_week = 0;
    int minutes = 0;
    std::vector<WorkoutStep> steps;
    // Each exercise's personal-best records before this workout (core::records of the journal's sets),
    // by id, for the players to name a new best as it happens; filled in from the journal, not here.
    std::map<std::string, std::vector<Effort>, std::less<>> records;
};

// The steps of a session, in its block order: each set of an exercise (a per-side exercise as a left
// and a right step with switch_sides between), the planned rest between sets, one step for an interval
// block. A planned load goes on every reps step, a progression note on the exercise's first step.
// `program_week` is left 0: it depends on the profile (core::program_week).
WorkoutScript make_workout_script(const Session& session, const Catalog& catalog);

// Swaps the exercise of step `at` for `to` for the rest of it: from that set on (from the next set when
// `at` is a right side, whose left side was done as planned), its steps — sets, sides, and the rests and
// switches between — become `to`'s at the same prescription point (core::at_same_point), numbered on from
// the sets already done, each naming the planned exercise in swapped_from; the steps are renumbered.
// Throws InvalidInput (field "step") when `at` is no exercise step or nothing of it is left to swap.
void swap_exercise(WorkoutScript& script, int at, const Exercise& to, const Catalog& catalog);

// An exercise done with a weight in hand or on the legs: its equipment holds dumbbells, a barbell or
// ankle weights (a band, a step or the body's own weight is no load to weigh).
bool takes_load(const Exercise& exercise);

// What a player asks after a set of reps, beside the reps done (asked at each side: the two may
// differ). A per-side set is asked the rest once, after its last side. A set that takes a load is asked
// its load and effort (RPE); a body-weight exercise only its effort, once, after its last set: the
// journal's progression reads the hardest effort of an exercise's sets, and asking it after every set
// and side of a body-weight exercise was asking the same again.
struct SetQuestions {
    bool load = false;
    bool rpe = false;
};
SetQuestions set_questions(const WorkoutStep& step);

// How long a countdown step runs: seconds, or an interval block's rounds of work and the rests between
// them. 0 for reps steps.
int countdown_seconds(const WorkoutStep& step);

}  // namespace hipfit::core
