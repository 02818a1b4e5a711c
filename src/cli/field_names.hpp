// The command line's one table from core's domain keys to its flags ("waist_cm" → "--waist"). Core names
// fields by key, never by flag (core/base/errors.hpp); every message of core's the command line shows goes
// through shown(), so it names the flag the person typed.
#pragma once

#include <string>
#include <string_view>

#include "core/base/errors.hpp"

namespace hipfit::cli {

// The flag of a domain key; anything else (a flag a command chose, "VALUE", an entry kind but "stress", a
// file's name) as it is.
std::string_view flag_of(std::string_view key);

// The message as the command line shows it: each key core names in it, as its flag.
std::string shown(const core::InvalidInput& error);
std::string shown(const core::SafetyRefusal& refusal);

}  // namespace hipfit::cli
