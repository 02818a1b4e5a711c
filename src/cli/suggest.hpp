// "Did you mean …?" for a mistyped command.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace hipfit::cli {

// The name closest to `word` by edit distance, if it is close enough to be a typo (at most a
// third of the word's letters differ).
std::optional<std::string_view> closest_name(std::string_view word, std::span<const std::string_view> names);

}  // namespace hipfit::cli
