// The fixed words of a profile (sex, goal, activity, …) and their spelling on the command line,
// in JSON and in the database. One table per word list, so parsing and printing never disagree.
#pragma once

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {

template <class Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <class Enum, std::size_t N>
std::string_view name_of(const NameTable<Enum, N>& table, Enum value) {
    for (const auto& [entry, name] : table) {
        if (entry == value)
            return name;
    }
    return "?";
}

// All names of a table joined with '|', for help texts and error messages.
template <class Enum, std::size_t N>
std::string names_of(const NameTable<Enum, N>& table) {
    std::string joined;
    for (const auto& [entry, name] : table) {
        if (!joined.empty())
            joined += '|';
        joined += name;
    }
    return joined;
}

template <class Enum, std::size_t N>
Enum parse_name(const NameTable<Enum, N>& table, std::string_view text, std::string_view field) {
    for (const auto& [entry, name] : table) {
        if (name == text)
            return entry;
    }
    throw InvalidInput(std::string(field),
                       std::string(field) + ": '" + printable(text) + "' is not one of " + names_of(table));
}

// A comma-separated list of names, e.g. "mon,wed,fri". Empty items and repeats are errors.
template <class Enum, std::size_t N>
std::set<Enum> parse_name_set(const NameTable<Enum, N>& table, std::string_view text,
                              std::string_view field) {
    std::set<Enum> values;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string_view item =
            text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
        if (item.empty()) {
            throw InvalidInput(
                std::string(field),
                std::string(field) + ": expected a comma-separated list of " + names_of(table));
        }
        if (!values.insert(parse_name(table, item, field)).second) {
            throw InvalidInput(std::string(field),
                               std::string(field) + ": '" + printable(item) + "' is listed twice");
        }
        if (comma == std::string_view::npos)
            return values;
        start = comma + 1;
    }
}

template <class Enum, std::size_t N>
std::string join_names(const NameTable<Enum, N>& table, const std::set<Enum>& values) {
    std::string joined;
    for (Enum value : values) {
        if (!joined.empty())
            joined += ',';
        joined += name_of(table, value);
    }
    return joined;
}

}  // namespace hipfit::core
