// What 'hipfit export' and 'hipfit import' share with GET /api/export and POST /api/import, so that both
// carry the same records (docs/export-format.md).
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "io/export_format.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// Everything the export holds: the profile, every entry and every check-in.
io::ExportData export_data(store::Repository& journal);

struct ImportOutcome {
    store::ImportResult added;
    std::size_t entries_already_there = 0;  // equal to a stored entry, so not added again
    bool profile_added = false;             // false when the file had none or one was stored already
};

// Writes what read_checked_export read, in one transaction (one undo step): the profile only when none
// is stored, a check-in only on a day without one, and only the entries not stored already — an entry
// equal to a stored one (the same kind, date, time and values; its id aside) is skipped, each stored
// entry matching one entry of the file, so importing the same export twice adds nothing the second time.
// An entry imported from another app whose source is stored already is not added either. `dry_run`
// writes nothing and says what would be added.
ImportOutcome import_data(store::Repository& journal, const io::ExportData& data, bool dry_run = false);

// What an import did, as 'hipfit import --json' and POST /api/import give it (docs/api.md).
nlohmann::json to_json(const ImportOutcome& outcome, bool dry_run = false);

// "12 entries, 2 check-ins and the profile", for messages: no check-ins and no profile are left out.
std::string records_text(std::size_t entries, std::size_t checkins, bool profile);

}  // namespace hipfit::app
