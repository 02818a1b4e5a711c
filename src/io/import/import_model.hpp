// What an import from another app reads (docs/import.md): the journal entries a file holds, as hipfit
// keeps them, each with the key that makes a second import of the same record add nothing, before the
// app layer maps the apps' exercise names to hipfit's and checks every value.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/vocabulary.hpp"
#include "core/journal/journal.hpp"

namespace hipfit::io {

// The apps hipfit reads the exports of; `csv` is any CSV with a column mapping.
enum class SourceApp {
    hipfit,
    strong,
    hevy,
    fitbod,
    fitnotes,
    openscale,
    apple_health,
    cronometer,
    myfitnesspal,
    google_fit,
    withings,
    garmin,
    csv
};

// The names `--from` and the API's `from` take, and entries' sources start with.
inline constexpr core::NameTable<SourceApp, 13> kSourceAppNames{{{SourceApp::hipfit, "hipfit"},
                                                                 {SourceApp::strong, "strong"},
                                                                 {SourceApp::hevy, "hevy"},
                                                                 {SourceApp::fitbod, "fitbod"},
                                                                 {SourceApp::fitnotes, "fitnotes"},
                                                                 {SourceApp::openscale, "openscale"},
                                                                 {SourceApp::apple_health, "apple-health"},
                                                                 {SourceApp::cronometer, "cronometer"},
                                                                 {SourceApp::myfitnesspal, "myfitnesspal"},
                                                                 {SourceApp::google_fit, "google-fit"},
                                                                 {SourceApp::withings, "withings"},
                                                                 {SourceApp::garmin, "garmin"},
                                                                 {SourceApp::csv, "csv"}}};

// The apps as people know them, for pages and messages.
inline constexpr core::NameTable<SourceApp, 13> kSourceAppTitles{
    {{SourceApp::hipfit, "hipfit (its own export)"},
     {SourceApp::strong, "Strong"},
     {SourceApp::hevy, "Hevy"},
     {SourceApp::fitbod, "Fitbod"},
     {SourceApp::fitnotes, "FitNotes"},
     {SourceApp::openscale, "openScale"},
     {SourceApp::apple_health, "Apple Health"},
     {SourceApp::cronometer, "Cronometer"},
     {SourceApp::myfitnesspal, "MyFitnessPal"},
     {SourceApp::google_fit, "Google Fit"},
     {SourceApp::withings, "Withings"},
     {SourceApp::garmin, "Garmin Connect"},
     {SourceApp::csv, "Any CSV, with its columns named"}}};

// One journal entry read from another app's file. A workout's sets carry no exercise id yet: the app's
// name for each set's exercise is in `exercise_names`, one per set, for the app layer to map.
struct ImportedEntry {
    core::Entry entry;                        // entry.source is the record's key, "APP:KEY"
    std::vector<std::string> exercise_names;  // workout: the source's exercise name of each set
    std::string origin;                       // "FILE:LINE" (or "FILE: record N") for messages
};

// What a file held, as read.
struct ImportedHistory {
    SourceApp app = SourceApp::csv;
    std::string format;  // the detected format as people know it, e.g. "Strong (Android, semicolon)"
    std::vector<ImportedEntry> entries;
    // What was read and deliberately left out, for the summary ("rest-timer rows" → 12).
    std::map<std::string, std::size_t> left_out;
};

// The person's time zone: the offset from UTC, in minutes, in force at an instant (seconds since
// 1970-01-01 UTC). A date given with an offset is placed on the person's local day with it.
using UtcOffsetAt = std::function<int(std::int64_t utc_seconds)>;

// Called while a large file is read: bytes read so far of `total` (0 when unknown).
using ImportProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// Which of a mapped CSV's columns holds what (docs/import.md, "Any CSV"): hipfit's field name ("date",
// "weight", …) → the file's column header; and the units of the columns that carry none.
struct ColumnMapping {
    std::map<std::string, std::string> columns;
};

// The system of units of a file that does not say (MyFitnessPal's measurements, a mapped CSV).
enum class UnitSystem { metric, imperial };
inline constexpr core::NameTable<UnitSystem, 2> kUnitSystemNames{
    {{UnitSystem::metric, "metric"}, {UnitSystem::imperial, "imperial"}}};

struct ImportOptions {
    UtcOffsetAt utc_offset_at = [](std::int64_t) { return 0; };
    ImportProgress progress;  // may be empty
    ColumnMapping mapping;    // the `csv` format's
    std::optional<UnitSystem> units;
};

}  // namespace hipfit::io
