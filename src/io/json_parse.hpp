// The one way JSON from outside comes in: a file, a request body, a workout file. Strict and bounded, so
// a hostile document can neither crash hipfit nor be read differently than its writer meant.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace hipfit::io {

// Deeper than any document hipfit writes or reads (an export is four levels deep), shallow enough that
// code walking a tree recursively (copy, dump, compare) stays far from the stack's end. OWASP's Input
// Validation Cheat Sheet asks for a depth limit on every structured-data parser.
inline constexpr int kMaxJsonDepth = 64;
// The most values (numbers, strings, objects, arrays …) one document may hold, so that a small file of
// empty arrays cannot take hundreds of megabytes as a tree. An export holds about one value per ten bytes:
// the largest import the server takes (16 MiB) has some 1.7 million.
inline constexpr std::size_t kMaxJsonValues = 2'000'000;

// Why a text is not JSON hipfit accepts, in words for a person: never the library's own message.
class JsonSyntaxError : public std::runtime_error {
  public:
    JsonSyntaxError(const std::string& message, std::size_t byte)
        : std::runtime_error(message), byte_(byte) {}
    // Where the problem was found, counted from 1; 0 when unknown.
    [[nodiscard]] std::size_t byte() const { return byte_; }

  private:
    std::size_t byte_;
};

// Parses `text` as one JSON value. Refuses, with a JsonSyntaxError: malformed JSON, nesting deeper than
// kMaxJsonDepth, more than kMaxJsonValues values, an object with the same key twice (RFC 8259 §4 leaves
// its meaning open), and a number too large for a double (1e400).
nlohmann::json parse_json(std::string_view text);

}  // namespace hipfit::io
