#include "io/import/exercise_names.hpp"

#include <map>

#include <nlohmann/json.hpp>

namespace hipfit::io {

extern const unsigned char kEmbeddedExerciseNames[];
extern const std::size_t kEmbeddedExerciseNames_size;

namespace {

std::map<std::string, std::string> load_table() {
    const auto data = nlohmann::json::parse(
        std::string_view(reinterpret_cast<const char*>(kEmbeddedExerciseNames), kEmbeddedExerciseNames_size));
    std::map<std::string, std::string> table;
    for (const auto& [name, id] : data.at("names").items())
        table[exercise_name_key(name)] = id.get<std::string>();
    return table;
}

}  // namespace

std::string exercise_name_key(std::string_view name) {
    std::string key;
    bool space = false;
    for (const char c : name) {
        if (c == ' ' || c == '\t') {
            space = !key.empty();
            continue;
        }
        if (space)
            key += ' ';
        space = false;
        key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

std::optional<std::string> catalog_exercise_for(std::string_view app_name) {
    static const std::map<std::string, std::string> table = load_table();
    const auto found = table.find(exercise_name_key(app_name));
    if (found == table.end())
        return std::nullopt;
    return found->second;
}

}  // namespace hipfit::io
