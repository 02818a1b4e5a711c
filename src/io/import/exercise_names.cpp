#include "io/import/exercise_names.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace hipfit::io {

extern const unsigned char kEmbeddedExerciseNames[];
extern const std::size_t kEmbeddedExerciseNames_size;

namespace {

nlohmann::json embedded_table() {
    return nlohmann::json::parse(
        std::string_view(reinterpret_cast<const char*>(kEmbeddedExerciseNames), kEmbeddedExerciseNames_size));
}

std::map<std::string, std::string> load_table() {
    const nlohmann::json data = embedded_table();
    std::map<std::string, std::string> table;
    for (const auto& [name, id] : data.at("names").items())
        table[exercise_name_key(name)] = id.get<std::string>();
    return table;
}

std::vector<std::string> load_cardio_words() {
    std::vector<std::string> words;
    const nlohmann::json table = embedded_table();  // alive through the loop
    for (const auto& word : table.at("cardio_words"))
        words.push_back(exercise_name_key(word.get<std::string>()));
    return words;
}

std::vector<std::pair<std::string, core::Equipment>> load_equipment_words() {
    std::vector<std::pair<std::string, core::Equipment>> words;
    const nlohmann::json table = embedded_table();  // alive through the loop
    for (const auto& [word, equipment] : table.at("equipment_words").items()) {
        words.emplace_back(
            exercise_name_key(word),
            core::parse_name(core::kEquipmentNames, equipment.get<std::string>(), "equipment_words"));
    }
    return words;
}

}  // namespace

std::set<core::Equipment> equipment_named_in(std::string_view app_name) {
    static const std::vector<std::pair<std::string, core::Equipment>> words = load_equipment_words();
    const std::string key = exercise_name_key(app_name);
    std::set<core::Equipment> needed;
    for (const auto& [word, equipment] : words) {
        if (key.find(word) != std::string::npos)
            needed.insert(equipment);
    }
    return needed;
}

bool sounds_like_cardio(std::string_view app_name) {
    static const std::vector<std::string> words = load_cardio_words();
    const std::string key = exercise_name_key(app_name);
    return std::ranges::any_of(words,
                               [&](const std::string& word) { return key.find(word) != std::string::npos; });
}

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
