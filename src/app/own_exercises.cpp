#include "app/own_exercises.hpp"

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

std::shared_ptr<const core::Catalog> person_catalog(store::Repository* journal) {
    const core::Catalog& builtin = io::builtin_catalog();
    std::vector<core::OwnExercise> own;
    if (journal != nullptr)
        own = journal->own_exercises();
    if (own.empty())
        return {std::shared_ptr<const core::Catalog>{}, &builtin};  // aliasing: nothing owned, nothing freed
    return std::make_shared<const core::Catalog>(core::person_catalog(builtin, own));
}

core::OwnExercise add_own_exercise(store::Repository& journal, const core::OwnExerciseInput& input) {
    const core::OwnExercise own = core::make_own_exercise(input, journal.own_exercises());
    journal.add_own_exercise(own);
    return own;
}

void remove_own_exercise(store::Repository& journal, const std::string& id) {
    // A plan that has it in place of a planned exercise would lose it without a word: the swap goes first.
    for (const auto& [planned, replacement] : journal.plan_swaps()) {
        if (replacement == id) {
            throw core::InvalidInput(
                "exercise", fmt::format("exercise: '{}' replaces '{}' in your plan; undo that swap first "
                                        "('hipfit plan --unswap {}')",
                                        core::printable(id), planned, planned));
        }
    }
    const store::OwnExerciseRemoval removal = journal.remove_own_exercise(id);
    if (!removal.found)
        throw core::InvalidInput(
            "exercise", fmt::format("exercise: you have no exercise of your own '{}'", core::printable(id)));
    if (!removal.removed()) {
        throw core::InvalidInput(
            "exercise",
            fmt::format("exercise: {} logged set{} of '{}' would become unreadable; delete "
                        "those workouts first to remove it",
                        removal.logged_sets, removal.logged_sets == 1 ? "" : "s", core::printable(id)));
    }
}

}  // namespace hipfit::app
