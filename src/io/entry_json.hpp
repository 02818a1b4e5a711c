// A journal entry as JSON: the one codec for export, import and the store's undo snapshots.
// Canonical units only (kg, cm, kcal, ml, h, km); fields that do not apply are absent.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/journal/journal.hpp"

namespace hipfit::io {

nlohmann::json to_json(const core::Entry& entry);

// Strict: unknown keys (of the entry and of its sets), unknown kinds, wrong types and malformed dates
// are core::InvalidInput naming `where` (e.g. "FILE: entry 12") and the field. Values are not range-checked
// here (core::check_entry does that).
core::Entry entry_from_json(const nlohmann::json& json, const std::string& where);

}  // namespace hipfit::io
