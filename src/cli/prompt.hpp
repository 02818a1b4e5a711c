// The questions `hipfit init` asks on a terminal, in plain words, one field at a time.
#pragma once

#include <optional>

#include "cli/environment.hpp"
#include "core/body/profile.hpp"

namespace hipfit::cli {

// Asks for each profile field not already in `changes`, showing the current value (an empty answer
// keeps it). A wrong answer is explained and asked again. Throws core::InvalidInput when input ends
// before a required answer, core::SafetyRefusal for an age under 18.
void ask_profile_questions(Console& console, const std::optional<core::Profile>& stored,
                           core::ProfileChanges& changes, core::Date today);

}  // namespace hipfit::cli
