#include "server/api_error.hpp"

#include <algorithm>
#include <cctype>

namespace hipfit::server {
namespace {

// Keys whose words are not the key without its unit (see field_words).
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kWordsOfKey{{
    {"thigh_left_cm", "left thigh"},
    {"thigh_right_cm", "right thigh"},
    {"body_fat_percent", "body fat"},
    {"age_years", "age"},
    {"born", "date of birth"},
    {"age_given_on", "day the age was given"},
    {"pal", "activity level (PAL)"},
    {"minutes_per_session", "minutes a session"},
    {"rpe", "effort (RPE)"},
    {"hold_seconds", "hold"},
    {"work_seconds", "work time"},
    {"rest_seconds", "rest time"},
    {"expenditure_sd_kcal", "uncertainty of the expenditure"},
    {"checkin", "check-in"},
    {"FILE", "file"},
}};

// The units the export's keys end in: "waist_cm" is the waist, in cm.
constexpr std::array<std::string_view, 10> kUnitSuffixes{"_cm", "_kg", "_kcal",    "_g",       "_ml",
                                                         "_h",  "_km", "_percent", "_seconds", "_years"};

// "entry 3, set 2" from "import: entry 3, set 2"; "" from "entry" or "profile": the request itself is
// not worth naming, but a CSV line is ("import:14" is "line 14"). Each part in words ("checkin 2" is
// "check-in 2").
std::string place_in_words(std::string_view where) {
    std::size_t end = where.find(": ");
    if (end == std::string_view::npos)
        end = where.find(", ");
    const std::string_view root = where.substr(0, end);
    std::string text;
    if (const std::size_t colon = root.rfind(':');
        colon != std::string_view::npos && colon + 1 < root.size() &&
        std::all_of(root.begin() + static_cast<long>(colon) + 1, root.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        text = "line " + std::string(root.substr(colon + 1));
    }
    if (end != std::string_view::npos)
        text += (text.empty() ? "" : ", ") + std::string(where.substr(end + 2));
    for (std::size_t at = text.find("checkin"); at != std::string::npos; at = text.find("checkin", at + 8))
        text.replace(at, 7, "check-in");
    return text;
}

}  // namespace

std::string field_words(std::string_view key) {
    for (const auto& [known, words] : kWordsOfKey) {
        if (known == key)
            return std::string(words);
    }
    std::string_view stem = key;
    for (const std::string_view unit : kUnitSuffixes) {
        if (stem.size() > unit.size() && stem.ends_with(unit)) {
            stem.remove_suffix(unit.size());
            break;
        }
    }
    std::string words(stem);
    for (char& c : words) c = c == '_' ? ' ' : c;
    return words;
}

std::string message_for_people(const core::AboutFields& about, std::string_view message,
                               std::string_view value_words) {
    const std::string& key = about.field();
    if (key.empty())
        return std::string(message);
    std::string place;
    std::string_view rest;
    const std::string marker = ", field " + key + ": ";
    if (const std::size_t at = message.find(marker); at != std::string_view::npos) {
        place = place_in_words(message.substr(0, at));
        rest = message.substr(at + marker.size());
    } else if (message.starts_with(key + ": ")) {
        rest = message.substr(key.size() + 2);
    } else {
        return std::string(message);
    }
    const std::string words =
        key == "value" && !value_words.empty() ? std::string(value_words) : field_words(key);
    std::string text = (place.empty() ? "" : place + ", ") + words + ": " +
                       core::detail::renamed(rest, {}, about.mentions(), field_words);
    text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    if (!text.ends_with('.'))
        text += '.';
    return text;
}

}  // namespace hipfit::server
