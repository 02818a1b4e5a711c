#include "core/program/alternatives.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "core/program/muscle_recovery.hpp"
#include "core/program/plan_slots.hpp"

namespace hipfit::core {
namespace {

int level_number(Level level) {
    return level == Level::beginner ? 1 : (level == Level::intermediate ? 2 : 3);
}

std::string muscle_words(Muscle muscle) {
    std::string text(name_of(kMuscleNames, muscle));
    std::ranges::replace(text, '-', ' ');
    return text;
}

std::string listed(const std::vector<Muscle>& muscles) {
    std::string text;
    for (std::size_t i = 0; i < muscles.size(); ++i) {
        if (i > 0)
            text += i + 1 == muscles.size() ? " and " : ", ";
        text += "the " + muscle_words(muscles[i]);
    }
    return text;
}

std::vector<Muscle> shared(const std::vector<Muscle>& a, const std::vector<Muscle>& b) {
    std::vector<Muscle> both;
    for (Muscle m : a) {
        if (std::ranges::find(b, m) != b.end())
            both.push_back(m);
    }
    return both;
}

// What a prescription counts: 0 reps, 1 a hold, 2 minutes, 3 work and rest.
int measure(const PrescriptionRange& range) {
    return range.reps ? 0 : range.hold_seconds ? 1 : range.minutes ? 2 : 3;
}

Closeness closeness(const Exercise& from, const Exercise& to) {
    Closeness c;
    c.shared_primary = static_cast<int>(shared(from.primary_muscles, to.primary_muscles).size());
    c.shared_secondary = static_cast<int>(shared(from.secondary_muscles, to.secondary_muscles).size());
    c.same_kind = from.kind == to.kind;
    c.same_shape = from.prescription.per_side == to.prescription.per_side &&
                   measure(from.prescription) == measure(to.prescription);
    c.difficulty_distance = std::abs(from.difficulty - to.difficulty);
    return c;
}

auto rank(const Closeness& c) {
    return std::tuple(-c.shared_primary, -c.shared_secondary, !c.same_kind, !c.same_shape,
                      c.difficulty_distance);
}

std::string why(const Exercise& from, const Exercise& to, const Closeness& c) {
    std::vector<std::string> parts;
    parts.push_back("Also trains " + listed(shared(from.primary_muscles, to.primary_muscles)));
    const auto secondary = shared(from.secondary_muscles, to.secondary_muscles);
    if (!secondary.empty())
        parts.push_back("works " + listed(secondary) + " too");
    if (c.same_shape)
        parts.push_back(to.prescription.per_side ? "one side at a time, like it" : "done the same way");
    if (c.difficulty_distance == 0)
        parts.push_back("as hard");
    else
        parts.push_back(to.difficulty < from.difficulty ? "easier" : "harder");
    std::string text = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) text += "; " + parts[i];
    return text;
}

int days_between(Date a, Date b) {
    return static_cast<int>((std::chrono::sys_days(b) - std::chrono::sys_days(a)).count());
}

// The muscles trained hard in both of two sessions less than kMuscleRecoveryDays apart, the week repeating.
struct Clash {
    Muscle muscle;
    Date first;
    Date second;
    auto operator<=>(const Clash&) const = default;
};

std::set<Muscle> hard_muscles(const Session& session, const Catalog& catalog) {
    std::set<Muscle> muscles;
    for (const PlannedBlock& block : session.blocks) {
        if (block.kind != Block::targeted && block.kind != Block::strength)
            continue;
        for (const PlannedExercise& p : block.exercises) {
            const Exercise* e = catalog.find(p.id);
            if (e == nullptr)
                continue;
            const auto trained = strength_muscles(*e);
            muscles.insert(trained.begin(), trained.end());
        }
    }
    return muscles;
}

std::set<Clash> clashes(const PlanWeek& week, const Catalog& catalog) {
    std::set<Clash> found;
    const auto& sessions = week.sessions;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        for (std::size_t j = 0; j < sessions.size(); ++j) {
            if (i == j)
                continue;
            // Days from session i to the next session j, across the week's end.
            const int gap = ((days_between(sessions[i].date, sessions[j].date) % 7) + 7) % 7;
            if (gap == 0 || gap >= kMuscleRecoveryDays)
                continue;
            const auto a = hard_muscles(sessions[i], catalog);
            for (Muscle m : hard_muscles(sessions[j], catalog)) {
                if (a.contains(m))
                    found.insert({m, sessions[i].date, sessions[j].date});
            }
        }
    }
    return found;
}

// Maps `value` at its place in `from` to the same place in `to`.
int same_place(int value, const IntRange& from, const IntRange& to) {
    if (value <= from.min)
        return std::max(1, static_cast<int>(std::lround(static_cast<double>(to.min) * value / from.min)));
    const double fraction =
        from.max > from.min ? static_cast<double>(value - from.min) / (from.max - from.min) : 0;
    return std::clamp(static_cast<int>(std::lround(to.min + fraction * (to.max - to.min))), to.min, to.max);
}

const IntRange* measure_range(const PrescriptionRange& range) {
    if (range.reps)
        return &*range.reps;
    if (range.hold_seconds)
        return &*range.hold_seconds;
    if (range.minutes)
        return &*range.minutes;
    if (range.work_seconds)
        return &*range.work_seconds;
    return nullptr;
}

std::optional<int> measure_value(const PlannedExercise& p, const PrescriptionRange& range) {
    if (range.reps)
        return p.reps;
    if (range.hold_seconds)
        return p.hold_seconds;
    if (range.work_seconds)
        return p.work_seconds;
    return p.minutes;
}

}  // namespace

std::vector<Alternative> alternatives(const Exercise& exercise, const Profile& profile,
                                      const Catalog& catalog) {
    const int reach =
        std::max(level_number(profile.level), exercise.difficulty) + kAlternativeDifficultyReach;
    std::vector<Alternative> list;
    for (const Exercise& e : catalog.exercises()) {
        if (e.id == exercise.id || e.block != exercise.block)
            continue;
        if (shared(exercise.primary_muscles, e.primary_muscles).empty())
            continue;
        if (!equipment_allows(profile.equipment, e) || (profile.low_impact && e.impact == Impact::high))
            continue;
        if (e.difficulty > reach)
            continue;
        Alternative a;
        a.exercise = &e;
        a.closeness = closeness(exercise, e);
        a.why = why(exercise, e, a.closeness);
        list.push_back(std::move(a));
    }
    std::ranges::sort(list, [](const Alternative& a, const Alternative& b) {
        return std::tuple(rank(a.closeness), a.exercise->name) <
               std::tuple(rank(b.closeness), b.exercise->name);
    });
    return list;
}

void check_recovery(std::vector<Alternative>& list, const std::string& planned, const PlanWeek& week,
                    const Catalog& catalog) {
    const std::set<Clash> before = clashes(week, catalog);
    for (Alternative& a : list) {
        if (!a.allowed)
            continue;  // the reason found first stands
        PlanWeek swapped = week;
        for (Session& session : swapped.sessions) apply_swaps(session, {{planned, a.exercise->id}}, catalog);
        for (const Clash& clash : clashes(swapped, catalog)) {
            if (before.contains(clash))
                continue;
            a.allowed = false;
            a.why_not =
                fmt::format("It would train the {} on {} and again on {}: {}.", muscle_words(clash.muscle),
                            day_text(clash.first), day_text(clash.second), muscle_recovery_rule());
            break;
        }
    }
}

namespace {

bool holds_exercise(const Session& session, const std::string& id) {
    for (const PlannedBlock& block : session.blocks) {
        for (const PlannedExercise& p : block.exercises) {
            if (p.id == id)
                return true;
        }
    }
    return false;
}

void not_allowed_twice(Alternative& a, const std::string& where) {
    a.allowed = false;
    a.why_not =
        fmt::format("{} is in {} already: one session does not repeat an exercise.", a.exercise->name, where);
}

}  // namespace

void check_swap_changes_something(std::vector<Alternative>& list, const std::string& planned,
                                  const Plan& plan) {
    for (Alternative& a : list) {
        if (!a.allowed)
            continue;
        bool changes = false;
        for (const PlanWeek& week : plan.weeks) {
            for (const Session& session : week.sessions)
                changes =
                    changes || (holds_exercise(session, planned) && !holds_exercise(session, a.exercise->id));
        }
        if (!changes) {
            a.allowed = false;
            a.why_not = fmt::format("Every session with this exercise has {} already.", a.exercise->name);
        }
    }
}

void check_not_in_session(std::vector<Alternative>& list, const std::vector<std::string>& session_ids,
                          const std::string& current) {
    for (Alternative& a : list) {
        if (a.allowed && a.exercise->id != current &&
            std::find(session_ids.begin(), session_ids.end(), a.exercise->id) != session_ids.end())
            not_allowed_twice(a, "this session");
    }
}

PlannedExercise at_same_point(const PlannedExercise& current, const Exercise& from, const Exercise& to) {
    const PrescriptionRange& target = to.prescription;
    PlannedExercise p;
    p.id = to.id;
    p.per_side = target.per_side;
    p.add_resistance = current.add_resistance;
    p.sets = std::clamp(same_place(current.sets.value_or(1), from.prescription.sets, target.sets), 1,
                        target.sets.max);
    const IntRange* from_range = measure_range(from.prescription);
    const IntRange* to_range = measure_range(target);
    const std::optional<int> value = measure_value(current, from.prescription);
    // Where `current` stands in its range; a measure of another kind starts at the same place in its own.
    const int placed = to_range == nullptr                ? 1
                       : (from_range != nullptr && value) ? same_place(*value, *from_range, *to_range)
                                                          : to_range->min;
    if (target.reps)
        p.reps = placed;
    else if (target.hold_seconds)
        p.hold_seconds = placed;
    else if (target.work_seconds) {
        p.work_seconds = placed;
        const double ratio = target.rest_ratio ? target.rest_ratio->max : 1.0;
        p.rest_seconds = static_cast<int>(std::lround(placed * ratio));
        p.minutes = current.minutes;
    } else if (target.minutes)
        p.minutes = placed;
    if (!target.work_seconds && *p.sets > 1)
        p.rest_seconds = target.rest_seconds;
    return p;
}

void apply_swaps(Session& session, const PlanSwaps& swaps, const Catalog& catalog) {
    for (PlannedBlock& block : session.blocks) {
        for (PlannedExercise& p : block.exercises) {
            const auto swap = swaps.find(p.id);
            // A session that has the replacement already keeps the planned exercise: no exercise twice.
            if (swap == swaps.end() || holds_exercise(session, swap->second))
                continue;
            const Exercise* from = catalog.find(p.id);
            const Exercise* to = catalog.find(swap->second);
            if (from != nullptr && to != nullptr) {
                p = at_same_point(p, *from, *to);
                p.swapped_from = from->id;
            }
        }
    }
}

void apply_swaps(Plan& plan, const PlanSwaps& swaps, const Catalog& catalog) {
    for (PlanWeek& week : plan.weeks) {
        for (Session& session : week.sessions) apply_swaps(session, swaps, catalog);
    }
}

}  // namespace hipfit::core
