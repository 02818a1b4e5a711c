// The core layer's one error type. The interfaces turn it into an exit status or an HTTP status.
#pragma once

#include <stdexcept>
#include <string>

namespace hipfit::core {

// Input a person gave that hipfit cannot accept: a value out of range, a malformed number, an
// unknown word. `field` names the flag or key, so the message can point at it.
class InvalidInput : public std::runtime_error {
  public:
    InvalidInput(std::string field, const std::string& message)
        : std::runtime_error(message), field_(std::move(field)) {}
    [[nodiscard]] const std::string& field() const { return field_; }

  private:
    std::string field_;
};

// A valid request hipfit declines because following it could harm: a minor, a fat-loss goal when
// already underweight. The message explains why and what to do instead.
// `field` names the flag or key the refusal is about, when it is about one (e.g. a goal weight).
class SafetyRefusal : public std::runtime_error {
  public:
    explicit SafetyRefusal(const std::string& message, std::string field = {})
        : std::runtime_error(message), field_(std::move(field)) {}
    [[nodiscard]] const std::string& field() const { return field_; }

  private:
    std::string field_;
};

}  // namespace hipfit::core
