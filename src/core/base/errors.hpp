// The core layer's errors about what a person asked: InvalidInput (what they gave cannot be accepted) and
// SafetyRefusal (it could harm). The exercise catalog's own error is CatalogError (catalog.hpp). The
// interfaces turn each into an exit status or an HTTP status.
//
// Core names a field by its domain key: the profile's and the journal's as the export has them ("waist_cm"),
// the forecast's ("goal_weight_kg", "intake_change"), or an entry kind for an entry's value ("water").
// A function that parses a value names it as its caller says (the command line may pass a flag). A message
// about a field starts "FIELD: "; the other fields it names are its `mentions`. No core message holds
// command-line syntax: each interface shows the keys in its own words through renamed(), the command line
// as its flags (cli/field_names.hpp), the API as its JSON fields (server/api_error.hpp).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hipfit::core {

// What both errors carry beside their message: the key they are about (empty for none) and the other
// keys their message names.
class AboutFields {
  public:
    AboutFields(std::string field, std::vector<std::string> mentions)
        : field_(std::move(field)), mentions_(std::move(mentions)) {}
    [[nodiscard]] const std::string& field() const { return field_; }
    [[nodiscard]] const std::vector<std::string>& mentions() const { return mentions_; }

  private:
    std::string field_;
    std::vector<std::string> mentions_;
};

// Input a person gave that hipfit cannot accept: a value out of range, a malformed number, an
// unknown word. `field` names the key, so the message can point at it.
class InvalidInput : public std::runtime_error, public AboutFields {
  public:
    InvalidInput(std::string field, const std::string& message, std::vector<std::string> mentions = {})
        : std::runtime_error(message), AboutFields(std::move(field), std::move(mentions)) {}
};

// A valid request hipfit declines because following it could harm: a minor, a fat-loss goal when
// already underweight. The message explains why and what to do instead.
// `field` names the key the refusal is about, when it is about one (e.g. a goal weight).
class SafetyRefusal : public std::runtime_error, public AboutFields {
  public:
    explicit SafetyRefusal(const std::string& message, std::string field = {},
                           std::vector<std::string> mentions = {})
        : std::runtime_error(message), AboutFields(std::move(field), std::move(mentions)) {}
};

namespace detail {

inline bool is_key_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// `message` with a leading "FIELD:" and each mention (a whole word, searched in order after the one
// before) replaced by `name(key)`. Only what core put there is renamed: a value the person typed, echoed
// in the message, is never touched, because only the lead and the listed mentions are.
template <class Name>
std::string renamed(std::string_view message, const std::string& field,
                    const std::vector<std::string>& mentions, Name&& name) {
    std::string text;
    std::size_t at = 0;
    if (!field.empty() && message.starts_with(field) && message.substr(field.size()).starts_with(':')) {
        text += name(field);
        at = field.size();
    }
    for (const std::string& key : mentions) {
        for (std::size_t found = message.find(key, at); found != std::string_view::npos;
             found = message.find(key, found + 1)) {
            const std::size_t end = found + key.size();
            const bool starts = found == 0 || !is_key_character(message[found - 1]);
            const bool ends = end == message.size() || !is_key_character(message[end]);
            if (starts && ends) {
                text.append(message.substr(at, found - at));
                text += name(key);
                at = end;
                break;
            }
        }
    }
    text.append(message.substr(at));
    return text;
}

}  // namespace detail

// The message with every field core names in it shown as `name(key)` gives it (a string or string_view).
template <class Error, class Name>
std::string renamed(const Error& error, Name&& name) {
    return detail::renamed(error.what(), error.field(), error.mentions(), std::forward<Name>(name));
}

}  // namespace hipfit::core
