// A profile as JSON, as the export's "profile" member holds it: the codec both ways.
#pragma once

#include <span>
#include <string_view>

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/body/profile.hpp"

namespace hipfit::io {

// Every field of a profile, in canonical units; absent optional fields are left out.
nlohmann::json profile_to_json(const core::Profile& profile);
// Strict: missing fields, wrong types and unknown words are core::InvalidInput naming `where` and the
// field. Values are not range-checked here.
core::Profile profile_from_json(const nlohmann::json& json, const std::string& where);

// The fields of 'hipfit init' as JSON, with the same keys and units as the profile; any may be missing.
// Keys not in `allowed` are InvalidInput naming `where` and the key. Values are range-checked by
// core::apply_changes.
core::ProfileChanges profile_changes_from_json(const nlohmann::json& json, const std::string& where,
                                               std::span<const std::string_view> allowed);

}  // namespace hipfit::io
