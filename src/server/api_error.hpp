// The server's one error type: an HTTP status, a stable code, a message for people, and the field at
// fault when there is one. dispatch.cpp turns every error into the one JSON shape (docs/api.md).
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/errors.hpp"

namespace hipfit::server {

class ApiError : public std::runtime_error {
  public:
    ApiError(int status, std::string code, const std::string& message, std::string field = {})
        : std::runtime_error(message), status_(status), code_(std::move(code)), field_(std::move(field)) {}

    [[nodiscard]] int status() const { return status_; }
    [[nodiscard]] const std::string& code() const { return code_; }
    [[nodiscard]] const std::string& field() const { return field_; }

  private:
    int status_;
    std::string code_;
    std::string field_;
};

inline ApiError not_found(const std::string& message) {
    return {404, "not_found", message};
}
inline ApiError forbidden(const std::string& message) {
    return {403, "forbidden", message};
}
inline ApiError conflict(const std::string& message, std::string field = {}) {
    return {409, "conflict", message, std::move(field)};
}
inline ApiError invalid(const std::string& field, const std::string& message) {
    return {400, "invalid_input", message, field};
}

// The API's one table of the fields core names by their domain key (core/base/errors.hpp) that the API
// spells otherwise: the forecast takes its goal as a mass with its unit ("68kg"), and an import's file is
// the request's body. Every other key is the JSON field itself.
inline std::string_view api_field(std::string_view key) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kJsonFieldOfKey{{
        {"goal_weight_kg", "goal_weight"},
        {"FILE", "body"},
    }};
    for (const auto& [known, field] : kJsonFieldOfKey) {
        if (known == key)
            return field;
    }
    return key;
}

// The words a person knows a field by: "waist_cm" is "waist", "goal_weight_kg" "goal weight". The API's
// messages use them; the error's "field" keeps the JSON key, for a page to mark its input.
std::string field_words(std::string_view key);

// A message of core's or io's, which names its place and field by their keys, as a sentence for people:
// the place in words, the field in words, a capital and a full stop. "entry, field value: 7.24 kg is
// outside the accepted range 20–300 kg" about a weight reads "Weight: 7.24 kg is outside the accepted range
// 20–300 kg."; "import: entry 3, set 2, field exercise: …" reads "Entry 3, set 2, exercise: …". The place's
// first part is the request itself ("entry", "import", "profile") and is left out. An entry's "value" is
// named `value_words` (its kind) when the route knows it. A message of another shape is left as it is.
std::string message_for_people(const core::AboutFields& about, std::string_view message,
                               std::string_view value_words = {});

// Core's errors as the API answers them (400 and 422): the JSON field, and the message for people.
inline ApiError api_error(const core::InvalidInput& error, std::string_view value_words = {}) {
    return invalid(std::string(api_field(error.field())),
                   message_for_people(error, error.what(), value_words));
}
inline ApiError api_error(const core::SafetyRefusal& refusal) {
    return {422, "refused_for_safety", message_for_people(refusal, refusal.what()),
            std::string(api_field(refusal.field()))};
}

}  // namespace hipfit::server
