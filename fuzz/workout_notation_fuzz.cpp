// The workout notation of `hipfit log workout` (core::parse_workout_spec: "glute-bridge:12,12,10@8;walking:
// 30min/2.5km") and the workout file of `--file` (cli::read_workout_file: one spec per line with '#'
// comments, or a JSON array of sets as in an export). The whole input is read as an --exercise spec in
// both unit systems, and as the content of a workout file.
//
// Properties: every set read names an exercise of the catalog; sets that pass check_workout_sets, written
// back with format_workout_spec, read back the same (the notation's round trip); a workout file's sets
// pass check_workout_sets (read_workout_file promises checked sets). A refusal is an InvalidInput naming
// a field (--exercise for a spec).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/entry_flags.hpp"
#include "core/journal/journal_values.hpp"
#include "fuzz/fuzz_support.hpp"
#include "io/catalog_json.hpp"

namespace {

using namespace hipfit;
using core::UnitSystem;
using fuzz::require;

// One file per fuzzing process, rewritten for each input: read_workout_file reads a path.
const std::string& workout_file_path() {
    static const std::string path = [] {
        const char* folder = std::getenv("TMPDIR");
        std::string pattern = std::string(folder != nullptr && *folder != '\0' ? folder : "/tmp") +
                              "/hipfit-workout-fuzz-XXXXXX";
        const int fd = mkstemp(pattern.data());
        require(fd >= 0, "cannot create the workout file (not a finding: set TMPDIR)");
        close(fd);
        std::atexit([] { std::remove(workout_file_path().c_str()); });
        return pattern;
    }();
    return path;
}

void write_file(const std::string& path, std::string_view text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    require(file != nullptr, "cannot write the workout file (not a finding)");
    require(std::fwrite(text.data(), 1, text.size(), file) == text.size(), "cannot write the workout file");
    std::fclose(file);
}

bool checked(const std::vector<core::WorkoutSet>& sets) {
    return !fuzz::refused([&] { core::check_workout_sets(sets, "--exercise"); });
}

void check_sets(const std::vector<core::WorkoutSet>& sets, const core::Catalog& catalog) {
    for (const core::WorkoutSet& set : sets)
        require(catalog.find(set.exercise_id) != nullptr,
                "a set names an exercise the catalog does not have");
    if (sets.empty() || !checked(sets))
        return;
    const std::string spec = core::format_workout_spec(sets);
    std::vector<core::WorkoutSet> again;
    require(!fuzz::refused(
                [&] { again = core::parse_workout_spec(spec, UnitSystem::metric, catalog, "--exercise"); }),
            "format_workout_spec wrote a spec that parse_workout_spec refuses");
    require(again == sets, "a workout spec written back reads differently");
}

void spec(std::string_view text, UnitSystem units, const core::Catalog& catalog) {
    std::vector<core::WorkoutSet> sets;
    try {
        sets = core::parse_workout_spec(text, units, catalog, "--exercise");
    } catch (const core::InvalidInput& error) {
        fuzz::check_refusal(error);
        require(error.field() == "--exercise", "an --exercise refusal names another field");
        return;
    }
    require(!sets.empty(), "parse_workout_spec accepted a spec without sets");
    check_sets(sets, catalog);
}

void file(std::string_view text, UnitSystem units, const core::Catalog& catalog) {
    write_file(workout_file_path(), text);
    std::vector<core::WorkoutSet> sets;
    try {
        sets = cli::read_workout_file(workout_file_path(), units, catalog);
    } catch (const core::InvalidInput& error) {
        // Named by the flag, or by the JSON key at fault ("reps") with the file and set in the message.
        fuzz::check_refusal(error);
        return;
    }
    require(checked(sets), "read_workout_file gave sets that check_workout_sets refuses");
    check_sets(sets, catalog);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    const core::Catalog& catalog = io::builtin_catalog();
    spec(text, UnitSystem::metric, catalog);
    spec(text, UnitSystem::imperial, catalog);
    file(text, UnitSystem::metric, catalog);
    return 0;
}
