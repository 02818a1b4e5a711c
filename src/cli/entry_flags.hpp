// The flags of a journal entry, shared by `log` (a new entry) and `edit` (a stored one).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace CLI {
class App;
}

namespace hipfit::cli {

struct EntryFlags {
    std::optional<std::string> value;  // the positional VALUE, e.g. 72.4kg or 500ml
    std::optional<std::string> date;
    std::optional<std::string> time;
    std::optional<std::string> note;
    std::optional<std::string> protein;
    std::map<std::string, std::string> measurements;  // domain key ("waist_cm") → "80cm"
    std::vector<std::string> exercises;               // workout specs
    std::optional<std::string> file;                  // a workout file
    bool warm_up_skipped = false;
};

void declare_entry_flags(CLI::App& app, EntryFlags& flags);

// Applies the flags to `entry`: a new entry (kind set) or a stored one being edited. Checks that each
// flag fits the kind and parses every value; the caller runs core::check_entry afterwards.
void apply_entry_flags(const EntryFlags& flags, core::Entry& entry, core::UnitSystem units,
                       const core::Catalog& catalog);

// Reads a workout file: one exercise per line in the --exercise form ('#' starts a comment), or a
// JSON array of set objects as in an export. A broken line is an error naming the file and line.
std::vector<core::WorkoutSet> read_workout_file(const std::string& path, core::UnitSystem units,
                                                const core::Catalog& catalog);

}  // namespace hipfit::cli
