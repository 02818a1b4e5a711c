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

// Core's errors as the API answers them (400 and 422), naming the JSON fields.
inline ApiError api_error(const core::InvalidInput& error) {
    return invalid(std::string(api_field(error.field())), core::renamed(error, api_field));
}
inline ApiError api_error(const core::SafetyRefusal& refusal) {
    return {422, "refused_for_safety", core::renamed(refusal, api_field),
            std::string(api_field(refusal.field()))};
}

}  // namespace hipfit::server
