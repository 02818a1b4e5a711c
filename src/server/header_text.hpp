// Reading header values (RFC 9110 §5.5–5.6): names and tokens compare without regard to case, and a
// value or a list item is read without the optional whitespace (spaces and tabs) around it.
#pragma once

#include <algorithm>
#include <cctype>
#include <string_view>

namespace hipfit::server {

inline bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// Without the optional whitespace around it (RFC 9110 §5.6.3).
inline std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace hipfit::server
