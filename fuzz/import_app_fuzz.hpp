// What every target of an app's importer checks (fuzz/import_*_fuzz.cpp): the input read as that app's
// export either gives entries that keep the importer's promises or is refused with an InvalidInput that
// names the file — never a crash, a hang, or another exception.
//
// Promises: every entry's source starts with the app's name and a colon, and no two are equal; every
// origin names the file; a workout has as many exercise names as sets, none empty; every number is finite.
#pragma once

#include <cmath>
#include <set>
#include <string>

#include "fuzz/fuzz_support.hpp"
#include "io/import/import_formats.hpp"

namespace hipfit::fuzz {

inline bool finite(const std::optional<double>& value) {
    return !value || std::isfinite(*value);
}

inline void check_app_import(io::SourceApp app, const std::uint8_t* data, std::size_t size,
                             const io::ImportOptions& options = {}) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    current_input() = bytes;
    const std::string file = "fuzz.input";
    const io::ImportInput input(bytes, file);
    io::ImportedHistory history;
    try {
        history = io::read_history(input, app, options);
    } catch (const core::InvalidInput& refusal) {
        require(std::string_view(refusal.what()).starts_with(file), "a refusal that does not name the file");
        return;
    }
    const std::string prefix = std::string(core::name_of(io::kSourceAppNames, app)) + ":";
    std::set<std::string> sources;
    for (const io::ImportedEntry& imported : history.entries) {
        const core::Entry& e = imported.entry;
        require(e.source.starts_with(prefix), "an entry whose source does not name the app");
        require(sources.insert(e.source).second, "two entries with the same source");
        require(imported.origin.starts_with(file), "an origin that does not name the file");
        require(std::isfinite(e.value) && finite(e.protein_g) && finite(e.energy_kcal),
                "a number not finite");
        if (e.kind == core::EntryKind::workout) {
            require(imported.exercise_names.size() == e.sets.size(),
                    "exercise names and sets differ in count");
            for (const std::string& name : imported.exercise_names)
                require(!name.empty(), "a set without an exercise name");
            for (const core::WorkoutSet& s : e.sets)
                require(
                    finite(s.minutes) && finite(s.distance_km) && (!s.load || std::isfinite(s.load->value())),
                    "a set's number not finite");
        }
    }
}

}  // namespace hipfit::fuzz
