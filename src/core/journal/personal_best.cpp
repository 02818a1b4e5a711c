#include "core/journal/personal_best.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/journal/journal_progression_text.hpp"

namespace hipfit::core {

std::optional<Effort> set_effort(const WorkoutSet& set) {
    const double load = set.load ? set.load->value() : 0.0;
    if (set.reps)
        return Effort{false, *set.reps, load};
    if (set.hold_seconds)
        return Effort{true, *set.hold_seconds, load};
    return std::nullopt;
}

bool has_efforts(std::string_view exercise_id, const Catalog& catalog) {
    const Exercise* exercise = catalog.find(exercise_id);
    return exercise != nullptr &&
           (exercise->kind == ExerciseKind::strength || exercise->kind == ExerciseKind::isometric);
}

std::optional<Effort> effort_of(const WorkoutSet& set, const Catalog& catalog) {
    if (!has_efforts(set.exercise_id, catalog))
        return std::nullopt;
    return set_effort(set);
}

std::optional<Effort> beaten(const Effort& effort, std::span<const Effort> earlier) {
    std::optional<Effort> best;
    for (const Effort& e : earlier) {
        if (e.at_least(effort))
            return std::nullopt;
        if (e.hold == effort.hold && (!best || e.before(*best)))
            best = e;
    }
    return best;
}

std::vector<Effort> records(std::span<const Effort> efforts) {
    std::vector<Effort> kept;
    for (const Effort& e : efforts) {
        const bool matched = std::ranges::any_of(
            efforts, [&](const Effort& other) { return !(other == e) && other.at_least(e); });
        if (!matched && std::ranges::find(kept, e) == kept.end())
            kept.push_back(e);
    }
    std::ranges::sort(
        kept, [](const Effort& a, const Effort& b) { return a.hold != b.hold ? b.hold : a.before(b); });
    return kept;
}

EffortsByExercise efforts_by_exercise(std::span<const Entry> entries, const Catalog& catalog) {
    EffortsByExercise by_exercise;
    for (const Entry& e : entries) {
        for (const WorkoutSet& set : e.sets) {
            if (set.warm_up)
                continue;  // a warm-up is no effort to beat
            if (const std::optional<Effort> effort = effort_of(set, catalog))
                by_exercise[set.exercise_id].push_back(*effort);
        }
    }
    return by_exercise;
}

std::vector<PersonalBest> personal_bests(std::span<const Entry> earlier, std::span<const Entry> recent,
                                         const Catalog& catalog) {
    return personal_bests(efforts_by_exercise(earlier, catalog), recent, catalog);
}

std::vector<PersonalBest> personal_bests(const EffortsByExercise& before, std::span<const Entry> recent,
                                         const Catalog& catalog) {
    std::vector<PersonalBest> bests;
    for (const auto& [id, recent_efforts] : efforts_by_exercise(recent, catalog)) {
        const auto found = before.find(id);
        if (found == before.end())
            continue;  // a first time is no record to beat
        std::optional<PersonalBest> best;
        for (const Effort& effort : recent_efforts) {
            const std::optional<Effort> previous = beaten(effort, found->second);
            if (previous && (!best || effort.before(best->now)))
                best = PersonalBest{id, effort, *previous};
        }
        if (best)
            bests.push_back(*best);
    }
    return bests;
}

std::string effort_text(const Effort& effort, UnitSystem units) {
    const std::string amount = effort.hold
                                   ? fmt::format("a {} s hold", effort.amount)
                                   : fmt::format("{} rep{}", effort.amount, effort.amount == 1 ? "" : "s");
    return effort.load_kg > 0 ? fmt::format("{} at {}", amount, mass_text(Kilograms(effort.load_kg), units))
                              : amount;
}

std::string personal_best_text(const PersonalBest& best, const Catalog& catalog, UnitSystem units) {
    const Exercise* exercise = catalog.find(best.exercise_id);
    return fmt::format("{}, {} (your best before: {})", exercise ? exercise->name : best.exercise_id,
                       effort_text(best.now, units), effort_text(best.before, units));
}

}  // namespace hipfit::core
