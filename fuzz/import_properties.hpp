// The properties of the export importers (io::read_export, JSON and CSV), shared by export_json_fuzz and
// export_csv_fuzz: what is read, written with export_json and read again is the same, and writing that
// again gives the same bytes; what passes the import's checks also survives the CSV form.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "app/import_checks.hpp"
#include "core/base/errors.hpp"
#include "fuzz/fuzz_support.hpp"
#include "io/catalog_json.hpp"
#include "io/export_format.hpp"

namespace hipfit::fuzz {

// After every date in the seed corpora, so their checked imports pass: the checks refuse future dates.
inline constexpr core::Date kImportToday{std::chrono::year(2030), std::chrono::month(12),
                                         std::chrono::day(31)};

inline std::vector<core::Entry> in_id_order(std::vector<core::Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const core::Entry& a, const core::Entry& b) { return a.id < b.id; });
    return entries;
}

inline std::vector<core::CheckinRecord> in_date_order(std::vector<core::CheckinRecord> checkins) {
    std::stable_sort(
        checkins.begin(), checkins.end(),
        [](const core::CheckinRecord& a, const core::CheckinRecord& b) { return a.date < b.date; });
    return checkins;
}

// JSON keeps only valid UTF-8: other text is written with U+FFFD (docs/export-format.md), and the import's
// checks refuse it, so only such text must survive the JSON form unchanged.
inline bool all_text_utf8(const io::ExportData& data) {
    return std::all_of(data.entries.begin(), data.entries.end(),
                       [](const core::Entry& e) { return valid_utf8(e.note); });
}

inline io::ExportData read_again(const std::string& text, std::string_view what) {
    io::ExportData data;
    if (refused([&] { data = io::read_export(text, "again", io::builtin_catalog()); })) {
        std::fprintf(stderr, "%s:\n%s\n", std::string(what).c_str(), text.c_str());
        finding(std::string(what) + " wrote a file that read_export refuses");
    }
    return data;
}

// The import's own checks (app::read_checked_export): true when the file would be imported.
inline bool passes_import_checks(std::string_view text) {
    try {
        app::read_checked_export(text, "fuzz", kImportToday, {});
        return true;
    } catch (const core::InvalidInput& error) {
        check_refusal(error);
    } catch (const core::SafetyRefusal& refusal) {
        check_message(refusal.what());
    }
    return false;
}

inline void check_json_round_trip(const io::ExportData& first) {
    const std::string written = io::export_json(first);
    const io::ExportData second = read_again(written, "export_json");
    require(first.profile.has_value() == second.profile.has_value(), "the profile appears or vanishes");
    if (first.profile)
        require(same_profile(*first.profile, *second.profile), "the profile reads back differently");
    require(same_entries(in_id_order(first.entries), second.entries), "the entries read back differently");
    require(in_date_order(first.checkins) == second.checkins, "the check-ins read back differently");
    require(io::export_json(second) == written, "export_json of what it wrote gives other bytes");
}

inline void check_csv_round_trip(const io::ExportData& first) {
    const std::string written = io::export_csv(first.entries);
    const io::ExportData second = read_again(written, "export_csv");
    require(same_entries(in_id_order(first.entries), second.entries),
            "the entries read back differently from CSV");
    require(io::export_csv(second.entries) == written, "export_csv of what it wrote gives other bytes");
}

inline void check_import(std::string_view text) {
    io::ExportData first;
    if (refused([&] { first = io::read_export(text, "fuzz", io::builtin_catalog()); }))
        return;
    require(first.origins.size() == first.entries.size(), "an entry without its origin");
    require(first.checkin_origins.size() == first.checkins.size(), "a check-in without its origin");
    if (all_text_utf8(first))
        check_json_round_trip(first);
    // The CSV form holds the entries a store can hold: checked, with their ids (0 means none yet).
    const bool stored_ids = std::all_of(first.entries.begin(), first.entries.end(),
                                        [](const core::Entry& e) { return e.id >= 1; });
    if (passes_import_checks(text) && stored_ids)
        check_csv_round_trip(first);
}

}  // namespace hipfit::fuzz
