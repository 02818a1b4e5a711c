// Text for a terminal: lines broken at spaces to its width, never inside a word (a word longer than a
// whole line alone is broken).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "cli/environment.hpp"

namespace hipfit::cli {

// The width lines are wrapped to when none is known: the classic terminal's.
inline constexpr std::size_t kDefaultColumns = 80;
// Narrower than this, wrapping would leave too little of a line to read: wrapped at this instead.
inline constexpr std::size_t kMinColumns = 20;

// The terminal's width: the terminal's own when the console is one, else $COLUMNS when it is a whole
// number, else kDefaultColumns; at least kMinColumns.
std::size_t terminal_columns(const Environment& environment);

// `text` with each of its lines wrapped to `columns` (counted in characters, not bytes). A line's
// continuation lines begin with its own leading spaces, or with `hanging` when it has none.
std::string wrap_text(std::string_view text, std::size_t columns, std::string_view hanging = "");

}  // namespace hipfit::cli
