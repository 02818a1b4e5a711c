// Text as people give it: repeating it safely in a message, and checking free text (a note) before it
// is kept.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hipfit::core {

// How much of a value a message repeats by default: enough to recognise it, never a whole file.
inline constexpr std::size_t kShownBytes = 80;
inline constexpr std::size_t kShowAll = std::string_view::npos;

// A value as typed or read, fit to repeat in a message: each byte outside printable ASCII is written
// \xNN, so a NUL cannot end the message (an exception's what() is a C string) and no control character
// or stray byte of a binary file reaches a terminal (OWASP ASVS 4.0.3 V7.1.4: no log or message
// injection). At most `limit` bytes are shown, then "…".
std::string printable(std::string_view text, std::size_t limit = kShownBytes);

// Valid UTF-8 (RFC 3629; Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view text);

// Characters, not bytes: a UTF-8 continuation byte (10xxxxxx) does not start one.
std::size_t utf8_length(std::string_view text);

// The byte offset of the first control character in UTF-8 text: C0 (U+0000–U+001F) but a tab and a
// line end (LF, or CR LF), DEL (U+007F), or C1 (U+0080–U+009F). None when there is none.
std::optional<std::size_t> first_control_character(std::string_view text);

// Free text a person writes (a note): valid UTF-8, at most `max_characters`, and no control character
// but tabs and line breaks, which a note may hold. Throws InvalidInput naming `field`.
void check_free_text(std::string_view text, std::string_view field, std::size_t max_characters);

}  // namespace hipfit::core
