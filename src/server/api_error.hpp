// The server's one error type: an HTTP status, a stable code, a message for people, and the field at
// fault when there is one. route.cpp turns every error into the one JSON shape (docs/api.md).
#pragma once

#include <stdexcept>
#include <string>

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

}  // namespace hipfit::server
