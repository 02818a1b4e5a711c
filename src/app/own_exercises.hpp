// A person's own exercises: adding and removing them, and the catalog every view of that person resolves
// exercise ids in (the built-in one and theirs). docs/exercises.md, "Your own exercises".
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/program/catalog.hpp"
#include "core/program/own_exercise.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// The built-in catalog and the person's own exercises. `journal` may be null (no database yet): then the
// built-in catalog alone (not copied).
std::shared_ptr<const core::Catalog> person_catalog(store::Repository* journal);

// Checks (core::make_own_exercise: InvalidInput naming the field, nothing written) and stores a new own
// exercise; returns it with its id.
core::OwnExercise add_own_exercise(store::Repository& journal, const core::OwnExerciseInput& input);

// Removes an own exercise. InvalidInput ("exercise") when the person has none with that id, when it
// replaces a planned exercise (the swap must be undone first), or when logged sets use it (the message
// says how many): the journal must stay readable.
void remove_own_exercise(store::Repository& journal, const std::string& id);

}  // namespace hipfit::app
