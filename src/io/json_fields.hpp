// Reading the fields of one JSON object strictly, every error a core::InvalidInput naming where the
// object came from and the field (located_error). Internal to io's codecs (profile, check-in).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/errors.hpp"
#include "core/base/vocabulary.hpp"
#include "io/export_format.hpp"

namespace hipfit::io::detail {

class JsonFields {
  public:
    using json = nlohmann::json;

    JsonFields(const json& node, const std::string& where) : node_(node), where_(where) {
        if (!node.is_object())
            throw located_error(where, "", "expected an object");
    }

    // Present and not null.
    [[nodiscard]] bool has(const char* key) const { return node_.contains(key) && !node_[key].is_null(); }
    [[nodiscard]] double number(const char* key) const {
        return required(key, &json::is_number, "a number").get<double>();
    }
    // None when absent or null.
    [[nodiscard]] std::optional<double> optional_number(const char* key) const {
        return has(key) ? std::optional<double>(number(key)) : std::nullopt;
    }
    [[nodiscard]] int whole(const char* key) const {
        const auto value = required(key, &json::is_number_integer, "a whole number").get<std::int64_t>();
        if (value != static_cast<int>(value))
            throw located_error(where_, key, "out of range");
        return static_cast<int>(value);
    }
    [[nodiscard]] bool flag(const char* key) const {
        return required(key, &json::is_boolean, "true or false").get<bool>();
    }
    // A string field, read by `parse` (which names the field in its errors).
    template <class Parse>
    auto parsed(const char* key, Parse parse) const {
        const auto text = required(key, &json::is_string, "a string").get<std::string>();
        try {
            return parse(text, key);
        } catch (const core::InvalidInput& error) {
            throw located_error(error, where_, key);
        }
    }
    [[nodiscard]] std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> texts;
        for (const json& text : required(key, &json::is_array, "an array of strings")) {
            if (!text.is_string())
                throw located_error(where_, key, "expected an array of strings");
            texts.push_back(text.get<std::string>());
        }
        return texts;
    }
    template <class Enum, std::size_t N>
    std::set<Enum> word_set(const core::NameTable<Enum, N>& table, const char* key) const {
        std::string joined;
        for (const json& word : required(key, &json::is_array, "an array of words")) {
            if (!word.is_string())
                throw located_error(where_, key, "expected an array of words");
            joined += (joined.empty() ? "" : ",") + word.get<std::string>();
        }
        try {
            return core::parse_name_set(table, joined, key);
        } catch (const core::InvalidInput& error) {
            throw located_error(error, where_, key);
        }
    }

  private:
    const json& required(const char* key, bool (json::*is)() const noexcept, std::string_view what) const {
        if (!has(key))
            throw located_error(where_, key, "missing");
        if (!(node_[key].*is)())
            throw located_error(where_, key, fmt::format("expected {}", what));
        return node_[key];
    }

    const json& node_;
    const std::string& where_;
};

}  // namespace hipfit::io::detail
