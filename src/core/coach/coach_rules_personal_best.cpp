// The personal-best milestone: more load, or more reps (or a longer hold) at a load, on an exercise than
// in any workout before this week.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"

namespace hipfit::core {

using namespace coach_detail;

namespace {

// hipfit's judgement: a message names at most this many exercises.
constexpr std::size_t kBestsNamed = 3;

// One set's effort: reps, or seconds held, at a load (body weight = 0).
struct Effort {
    bool hold = false;
    int amount = 0;
    double load_kg = 0;

    [[nodiscard]] bool at_least(const Effort& other) const {
        return hold == other.hold && load_kg >= other.load_kg && amount >= other.amount;
    }
    // The order bests are told in: heavier first, then more.
    [[nodiscard]] bool before(const Effort& other) const {
        return load_kg != other.load_kg ? load_kg > other.load_kg : amount > other.amount;
    }
};

std::optional<Effort> effort_of(const WorkoutSet& set, const Catalog& catalog) {
    const Exercise* exercise = catalog.find(set.exercise_id);
    if (exercise == nullptr ||
        (exercise->kind != ExerciseKind::strength && exercise->kind != ExerciseKind::isometric))
        return std::nullopt;
    const double load = set.load ? set.load->value() : 0.0;
    if (set.reps)
        return Effort{false, *set.reps, load};
    if (set.hold_seconds)
        return Effort{true, *set.hold_seconds, load};
    return std::nullopt;
}

using EffortsByExercise = std::map<std::string, std::vector<Effort>, std::less<>>;

EffortsByExercise efforts(std::span<const Entry> entries, const Catalog& catalog) {
    EffortsByExercise by_exercise;
    for (const Entry& e : entries) {
        for (const WorkoutSet& set : e.sets) {
            if (const std::optional<Effort> effort = effort_of(set, catalog))
                by_exercise[set.exercise_id].push_back(*effort);
        }
    }
    return by_exercise;
}

// The best earlier effort of the same kind, when there is one and nothing earlier matched `effort`.
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

std::string effort_text(const Effort& e, UnitSystem units) {
    const std::string amount =
        e.hold ? fmt::format("a {} s hold", e.amount) : fmt::format("{} reps", e.amount);
    return e.load_kg > 0 ? fmt::format("{} at {}", amount, mass_text(e.load_kg, units)) : amount;
}

struct Best {
    std::string exercise_id;
    Effort now;
    Effort before;
};

}  // namespace

std::optional<Advice> personal_best_milestone(const CoachContext& c) {
    const Period week = days_ending(c.today, kCelebrateDays);
    const auto week_begin = std::ranges::lower_bound(c.journal, week.start, {}, &Entry::date);
    const EffortsByExercise earlier = efforts({c.journal.begin(), week_begin}, c.catalog);
    std::vector<Best> bests;
    for (const auto& [id, week_efforts] : efforts(entries_in(c.journal, week), c.catalog)) {
        const auto found = earlier.find(id);
        if (found == earlier.end())
            continue;  // a first time is no record to beat
        std::optional<Best> best;
        for (const Effort& effort : week_efforts) {
            const std::optional<Effort> previous = beaten(effort, found->second);
            if (previous && (!best || effort.before(best->now)))
                best = Best{id, effort, *previous};
        }
        if (best)
            bests.push_back(*best);
    }
    if (bests.empty())
        return std::nullopt;
    std::vector<std::string> told;
    for (std::size_t i = 0; i < std::min(bests.size(), kBestsNamed); ++i)
        told.push_back(fmt::format("{}, {} (your best before: {})", c.catalog.get(bests[i].exercise_id).name,
                                   effort_text(bests[i].now, c.units),
                                   effort_text(bests[i].before, c.units)));
    if (bests.size() > kBestsNamed)
        told.push_back(fmt::format("{} more", bests.size() - kBestsNamed));
    return Advice{"milestone-personal-best", Severity::celebrate,
                  fmt::format("New personal best this week: {}. Well done — doing a little more over time is "
                              "what makes muscles stronger.",
                              join_words(told))};
}

}  // namespace hipfit::core
