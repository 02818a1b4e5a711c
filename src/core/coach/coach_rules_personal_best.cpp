// The personal-best milestone: more load, or more reps (or a longer hold) at a load, on an exercise than
// in any workout before this week (core/journal/personal_best.hpp decides what a personal best is).
#include <algorithm>

#include <fmt/format.h>

#include "core/coach/coach_rules_common.hpp"
#include "core/journal/personal_best.hpp"

namespace hipfit::core {

using namespace coach_detail;

namespace {

// hipfit's judgement: a message names at most this many exercises.
constexpr std::size_t kBestsNamed = 3;

// The coach says loads to a tenth always ("10.0 kg"), as its other milestones do.
std::string milestone_text(const Effort& e, UnitSystem units) {
    const std::string amount =
        e.hold ? fmt::format("a {} s hold", e.amount) : fmt::format("{} reps", e.amount);
    return e.load_kg > 0 ? fmt::format("{} at {}", amount, mass_text(e.load_kg, units)) : amount;
}

}  // namespace

std::optional<Advice> personal_best_milestone(const CoachContext& c) {
    const Period week = days_ending(c.today, kCelebrateDays);
    const std::vector<PersonalBest> bests =
        personal_bests(c.history.efforts_before_week, entries_in(c.journal, week), c.catalog);
    if (bests.empty())
        return std::nullopt;
    std::vector<std::string> told;
    for (std::size_t i = 0; i < std::min(bests.size(), kBestsNamed); ++i)
        told.push_back(fmt::format("{}, {} (your best before: {})", c.catalog.get(bests[i].exercise_id).name,
                                   milestone_text(bests[i].now, c.units),
                                   milestone_text(bests[i].before, c.units)));
    if (bests.size() > kBestsNamed)
        told.push_back(fmt::format("{} more", bests.size() - kBestsNamed));
    return Advice{"milestone-personal-best", Severity::celebrate,
                  fmt::format("New personal best this week: {}. Well done — doing a little more over time is "
                              "what makes muscles stronger.",
                              join_words(told))};
}

}  // namespace hipfit::core
