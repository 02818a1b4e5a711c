// A journal entry as JSON (io::entry_from_json: the one entry codec of exports, POST /api/entries and the
// undo log) and the checks of an entry that arrives as data (app::check_entry_at). The whole input is the
// JSON text of one entry, read with io::parse_json as everything from outside is.
//
// Properties: entry_from_json → to_json → entry_from_json gives the same entry, and the JSON written is a
// fixed point; an entry that passes the checks has valid sets whose exercises the catalog knows, and reads
// back the same from the workout notation. Refusals are io::JsonSyntaxError or core::InvalidInput naming a
// field, never in the JSON library's words.
#include <cstdint>

#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "core/journal/journal_values.hpp"
#include "fuzz/fuzz_support.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"
#include "io/json_parse.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

constexpr core::Date kToday{std::chrono::year(2030), std::chrono::month(12), std::chrono::day(31)};

void check_checked(const core::Entry& entry) {
    const core::Catalog& catalog = io::builtin_catalog();
    if (fuzz::refused([&] { app::check_entry_at(entry, "entry 1", kToday, catalog); }))
        return;
    if (entry.kind != core::EntryKind::workout)
        return;
    for (const core::WorkoutSet& set : entry.sets) {
        require(catalog.find(set.exercise_id) != nullptr,
                "check_entry_at accepted a set naming an exercise the catalog does not have");
    }
    std::vector<core::WorkoutSet> again;
    require(!fuzz::refused([&] {
        again = core::parse_workout_spec(core::format_workout_spec(entry.sets), core::UnitSystem::metric,
                                         catalog, "sets");
    }),
            "the notation of a checked workout does not read back");
    require(again == entry.sets, "the notation of a checked workout reads back differently");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json document;
    if (fuzz::refused([&] { document = io::parse_json(fuzz::as_text(data, size)); }))
        return 0;
    core::Entry entry;
    if (fuzz::refused([&] { entry = io::entry_from_json(document, "entry 1"); }))
        return 0;
    const nlohmann::json written = io::to_json(entry);
    core::Entry again;
    require(!fuzz::refused([&] { again = io::entry_from_json(written, "again"); }),
            "entry_from_json refuses what to_json wrote");
    require(fuzz::same_entry(entry, again), "an entry written back reads differently");
    require(io::to_json(again) == written, "to_json of what it wrote differs");
    check_checked(entry);
    return 0;
}
