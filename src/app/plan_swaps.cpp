#include "app/plan_swaps.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "core/base/errors.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;

namespace {

PlanSwaps swaps_of(store::Repository* journal) {
    return journal == nullptr ? PlanSwaps{} : journal->plan_swaps();
}

// The planned exercise a swap replaced with `id`, else `id` itself.
std::string planned_of(const PlanSwaps& swaps, const std::string& id) {
    const auto it = std::ranges::find_if(swaps, [&](const auto& swap) { return swap.second == id; });
    return it == swaps.end() ? id : it->first;
}

bool holds(const PlanWeek& week, const std::string& id) {
    for (const Session& session : week.sessions) {
        for (const PlannedBlock& block : session.blocks) {
            if (std::ranges::any_of(block.exercises, [&](const PlannedExercise& p) { return p.id == id; }))
                return true;
        }
    }
    return false;
}

std::string names(const std::vector<Alternative>& list) {
    std::vector<std::string> allowed;
    for (const Alternative& a : list) {
        if (a.allowed)
            allowed.push_back(fmt::format("{} ({})", a.exercise->name, a.exercise->id));
    }
    if (allowed.empty())
        return "none fits your equipment, level and week";
    std::string text;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0)
            text += i + 1 == allowed.size() ? " or " : ", ";
        text += allowed[i];
    }
    return text;
}

}  // namespace

// The program is made from the built-in catalog alone (a person's own exercises come in only by a swap);
// the swaps are applied with the person's.
Plan person_plan(store::Repository* journal, const Profile& profile, const PlanOptions& options) {
    Plan plan = generate_plan(profile, io::builtin_catalog(), options);
    const PlanSwaps swaps = swaps_of(journal);
    if (!swaps.empty())
        apply_swaps(plan, swaps, *person_catalog(journal));
    return plan;
}

std::optional<Session> person_session(store::Repository* journal, const Profile& profile, Date day) {
    std::optional<Session> session = planned_session(profile, io::builtin_catalog(), day);
    const PlanSwaps swaps = swaps_of(journal);
    if (session && !swaps.empty())
        apply_swaps(*session, swaps, *person_catalog(journal));
    return session;
}

PlanAlternatives plan_alternatives(store::Repository* journal, const Profile& profile,
                                   const std::string& exercise_id) {
    PlanAlternatives result;
    result.catalog = person_catalog(journal);
    const Catalog& catalog = *result.catalog;
    PlanSwaps swaps = swaps_of(journal);
    result.planned = planned_of(swaps, exercise_id);
    if (const auto it = swaps.find(result.planned); it != swaps.end()) {
        result.swapped_for = it->second;
        swaps.erase(it);
    }
    result.alternatives = alternatives(catalog.get(result.planned), profile, catalog);
    // The whole cycle of the program, the other swaps in place: every week that holds the exercise.
    PlanOptions options;
    options.weeks = kMaxPlanWeeks;
    options.start = profile.program_start;
    Plan plan = generate_plan(profile, io::builtin_catalog(), options);
    apply_swaps(plan, swaps, catalog);
    check_swap_changes_something(result.alternatives, result.planned, plan);
    for (const PlanWeek& week : plan.weeks) {
        if (!holds(week, result.planned))
            continue;
        result.in_plan = true;
        check_recovery(result.alternatives, result.planned, week, catalog);
    }
    return result;
}

PlanAlternatives swap_in_plan(store::Repository& journal, const Profile& profile,
                              const std::string& exercise_id, const std::string& replacement) {
    const PlanAlternatives list = plan_alternatives(&journal, profile, exercise_id);
    const Exercise& planned = io::builtin_catalog().get(list.planned);
    if (!list.in_plan)
        throw InvalidInput("exercise", fmt::format("{} ({}) is not in your plan, so there is nothing to swap",
                                                   planned.name, planned.id));
    if (replacement == list.planned) {
        journal.remove_plan_swap(list.planned);
        return plan_alternatives(&journal, profile, list.planned);
    }
    const auto chosen = std::ranges::find_if(
        list.alternatives, [&](const Alternative& a) { return a.exercise->id == replacement; });
    if (chosen == list.alternatives.end()) {
        throw InvalidInput("replacement",
                           fmt::format("'{}' is not an alternative to {} for you; the alternatives: {}.",
                                       printable(replacement), planned.name, names(list.alternatives)));
    }
    if (!chosen->allowed) {
        throw InvalidInput(
            "replacement",
            fmt::format("{} cannot replace {} in your plan. {} The alternatives: {}.", chosen->exercise->name,
                        planned.name, chosen->why_not, names(list.alternatives)));
    }
    journal.save_plan_swap(list.planned, replacement);
    return plan_alternatives(&journal, profile, list.planned);
}

std::string unswap_in_plan(store::Repository& journal, const std::string& exercise_id) {
    const PlanSwaps swaps = journal.plan_swaps();
    const std::string planned = planned_of(swaps, exercise_id);
    if (!journal.remove_plan_swap(planned))
        throw InvalidInput("exercise",
                           fmt::format("'{}' is not swapped in your plan", printable(exercise_id)));
    return planned;
}

WorkoutAlternatives workout_alternatives(store::Repository* journal, const WorkoutScript& script, int step,
                                         const Profile& profile) {
    if (step < 0 || step >= static_cast<int>(script.steps.size()) || !script.steps[step].is_exercise())
        throw InvalidInput("step", fmt::format("step {}: there is no exercise at this step to swap", step));
    const WorkoutStep& at = script.steps[step];
    WorkoutAlternatives result;
    result.catalog = person_catalog(journal);
    const Catalog& catalog = *result.catalog;
    // The exercise the program week holds at this step (the plan's swaps applied), before any swap made in
    // this workout.
    const std::string planned = at.swapped_from.value_or(at.exercise);
    result.list = alternatives(catalog.get(planned), profile, catalog);
    const int week = program_week(profile, script.date);
    if (week > 0) {
        PlanOptions options;
        options.weeks = kMaxPlanWeeks;
        options.start = profile.program_start;
        Plan plan = generate_plan(profile, io::builtin_catalog(), options);
        apply_swaps(plan, swaps_of(journal), catalog);
        check_recovery(result.list, planned, plan.weeks.at(static_cast<std::size_t>(week - 1)), catalog);
    }
    std::vector<std::string> in_session;
    for (const WorkoutStep& s : script.steps) {
        if (s.is_exercise())
            in_session.push_back(s.exercise);
    }
    check_not_in_session(result.list, in_session, at.exercise);
    return result;
}

void swap_in_workout(store::Repository* journal, WorkoutScript& script, const Profile& profile,
                     const std::vector<WorkoutSwap>& swaps) {
    for (const WorkoutSwap& swap : swaps) {
        const WorkoutAlternatives choices = workout_alternatives(journal, script, swap.step, profile);
        const std::vector<Alternative>& list = choices.list;
        const auto chosen =
            std::ranges::find_if(list, [&](const Alternative& a) { return a.exercise->id == swap.exercise; });
        if (chosen == list.end()) {
            throw InvalidInput(
                "swaps", fmt::format("'{}' is not an alternative to {} for you; the alternatives: {}.",
                                     printable(swap.exercise), script.steps[swap.step].name, names(list)));
        }
        if (!chosen->allowed) {
            throw InvalidInput("swaps", fmt::format("{} cannot replace {} today. {} The alternatives: {}.",
                                                    chosen->exercise->name, script.steps[swap.step].name,
                                                    chosen->why_not, names(list)));
        }
        swap_exercise(script, swap.step, *chosen->exercise, *choices.catalog);
    }
}

std::vector<WorkoutSwap> workout_swaps_from_json(const nlohmann::json& list, const std::string& field) {
    if (!list.is_array())
        throw InvalidInput(field,
                           fmt::format("{}: expected a list of swaps, each a step and an exercise", field));
    std::vector<WorkoutSwap> swaps;
    for (const nlohmann::json& item : list) {
        if (!item.is_object() || item.size() != 2 || !item.contains("step") ||
            !item["step"].is_number_unsigned() || !item.contains("exercise") ||
            !item["exercise"].is_string()) {
            throw InvalidInput(field,
                               fmt::format("{}: each swap is {{\"step\": a step's number, \"exercise\": "
                                           "the id of the exercise done instead}}",
                                           field));
        }
        const auto step = item["step"].get<std::uint64_t>();
        if (step > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            throw InvalidInput(field, fmt::format("{}: step {} is no step of the workout", field, step));
        swaps.push_back({static_cast<int>(step), item["exercise"].get<std::string>()});
    }
    return swaps;
}

nlohmann::json to_json(const PlanAlternatives& list) {
    nlohmann::json alternatives = nlohmann::json::array();
    for (const Alternative& a : list.alternatives) {
        alternatives.push_back(
            {{"id", a.exercise->id},
             {"name", a.exercise->name},
             {"why", a.why},
             {"allowed", a.allowed},
             {"why_not", a.allowed ? nlohmann::json(nullptr) : nlohmann::json(a.why_not)}});
    }
    return {{"exercise", list.planned},
            {"swapped_for", list.swapped_for ? nlohmann::json(*list.swapped_for) : nlohmann::json(nullptr)},
            {"in_plan", list.in_plan},
            {"alternatives", alternatives}};
}

}  // namespace hipfit::app
