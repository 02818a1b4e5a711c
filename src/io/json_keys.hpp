// The one rule for the keys of a JSON object that comes from outside (an import, a workout file, an API
// request): a key hipfit does not know is refused, never silently ignored, so a misspelt field
// ("protien_g") cannot drop a value unnoticed.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace hipfit::io {

// Throws core::InvalidInput "WHERE, field KEY: REFUSAL" (e.g. "is not a field of an entry") for the first
// key of `object` (in the order nlohmann keeps them, by name) that is not in `known`. The key is shown
// printable. Does nothing when `object` is not an object (the caller's own check names that).
void refuse_unknown_keys(const nlohmann::json& object, std::span<const std::string_view> known,
                         const std::string& where, std::string_view refusal);

}  // namespace hipfit::io
