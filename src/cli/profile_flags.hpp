// The profile flags shared by `init` (which stores them) and `assess` (which uses them for one run).
// Values are kept as typed and parsed by core under their domain keys; cli::shown() names the flags.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "core/body/profile.hpp"

namespace CLI {
class App;
}

namespace hipfit::cli {

// One text-valued profile field, as a flag and as a question.
struct ProfileField {
    const char* key;       // core's domain key ("height_cm"); its flag is flag_of(key)
    const char* type;      // shape of the value, for --help
    const char* help;      // one line for --help
    const char* question;  // what init asks on a terminal; null for fields set only by flag
    bool required;         // for a new profile
};

std::span<const ProfileField> profile_fields();

struct ProfileFlags {
    std::map<std::string, std::string> given;  // domain key ("height_cm") → text as typed
    std::set<bool> low_impact_flags;  // true for --low-impact, false for --no-low-impact; both is an error
};

void declare_profile_flags(CLI::App& app, ProfileFlags& flags);

// The units that apply to numbers without a suffix: --units if given, else the stored profile's,
// else metric.
core::UnitSystem units_for_numbers(const ProfileFlags& flags, const std::optional<core::Profile>& stored);

// Parses every given flag. Throws core::InvalidInput naming the first bad one by its key.
core::ProfileChanges parse_profile_flags(const ProfileFlags& flags, core::UnitSystem units);

// Parses the text of one profile field (as typed at a flag or a prompt) into `changes`.
void parse_profile_field(std::string_view key, const std::string& text, core::UnitSystem units,
                         core::ProfileChanges& changes);

}  // namespace hipfit::cli
