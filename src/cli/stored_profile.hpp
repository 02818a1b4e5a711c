// Reading the stored profile without creating a database that does not exist yet.
#pragma once

#include <optional>
#include <string>

#include "core/body/profile.hpp"

namespace hipfit::cli {

// The profile stored at `path`, or none when there is no database there yet.
std::optional<core::Profile> load_stored_profile(const std::string& path);

}  // namespace hipfit::cli
