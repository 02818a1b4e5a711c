// A profile's fields as text, in the profile's own units, for prompts and summaries.
#pragma once

#include <string>
#include <string_view>

#include "core/body/profile.hpp"

namespace hipfit::cli {

std::string format_length(core::Centimetres length, core::UnitSystem units);
std::string format_mass(core::Kilograms mass, core::UnitSystem units);

// The current value of a profile field named by its domain key ("height_cm" → "165.0 cm").
std::string field_value(std::string_view key, const core::Profile& profile, core::Date today);

}  // namespace hipfit::cli
