#include "io/own_exercise_json.hpp"

#include <array>

#include "io/json_fields.hpp"
#include "io/json_keys.hpp"

namespace hipfit::io {
namespace {

using nlohmann::json;

template <class Enum, std::size_t N>
json names(const core::NameTable<Enum, N>& table, const auto& values) {
    json list = json::array();
    for (Enum value : values) list.push_back(core::name_of(table, value));
    return list;
}

// In the order given (the first primary muscle is the main one); a word twice is an error.
std::vector<core::Muscle> muscles(const detail::JsonFields& fields, const char* key,
                                  const std::string& where) {
    std::vector<core::Muscle> read;
    for (const std::string& word : fields.strings(key)) {
        try {
            const core::Muscle muscle = core::parse_name(core::kMuscleNames, word, key);
            if (std::find(read.begin(), read.end(), muscle) != read.end())
                throw located_error(where, key, "'" + word + "' is listed twice");
            read.push_back(muscle);
        } catch (const core::InvalidInput& error) {
            if (error.field() != key)
                throw;
            throw located_error(error, where, key);
        }
    }
    return read;
}

std::set<core::Equipment> equipment(const detail::JsonFields& fields, const std::string& where) {
    std::set<core::Equipment> read;
    for (const std::string& word : fields.strings("equipment")) {
        core::Equipment item{};
        try {
            item = core::parse_name(core::kEquipmentNames, word, "equipment");
        } catch (const core::InvalidInput& error) {
            throw located_error(error, where, "equipment");
        }
        if (!read.insert(item).second)
            throw located_error(where, "equipment", "'" + word + "' is listed twice");
    }
    return read;
}

core::OwnExerciseInput input_of(const json& node, const std::string& where) {
    const detail::JsonFields fields(node, where);
    core::OwnExerciseInput input;
    input.name = fields.parsed("name", [](const std::string& text, const char*) { return text; });
    input.kind = fields.parsed("kind", [](const std::string& text, const char* key) {
        return core::parse_name(core::kExerciseKindNames, text, key);
    });
    input.primary_muscles = muscles(fields, "primary_muscles", where);
    if (fields.has("secondary_muscles"))
        input.secondary_muscles = muscles(fields, "secondary_muscles", where);
    if (fields.has("equipment"))
        input.equipment = equipment(fields, where);
    input.met = fields.optional_number("met");
    return input;
}

}  // namespace

json to_json(const core::OwnExercise& own) {
    return {{"id", own.id},
            {"name", own.name},
            {"kind", core::name_of(core::kExerciseKindNames, own.kind)},
            {"primary_muscles", names(core::kMuscleNames, own.primary_muscles)},
            {"secondary_muscles", names(core::kMuscleNames, own.secondary_muscles)},
            {"equipment", names(core::kEquipmentNames, own.equipment)},
            {"met", own.met ? json(*own.met) : json(nullptr)}};
}

core::OwnExercise own_exercise_from_json(const json& node, const std::string& where) {
    static constexpr std::array<std::string_view, 7> kKeys{
        "id", "name", "kind", "primary_muscles", "secondary_muscles", "equipment", "met"};
    refuse_unknown_keys(node, kKeys, where, "is not a field of an own exercise");
    const core::OwnExerciseInput input = input_of(node, where);
    const detail::JsonFields fields(node, where);
    core::OwnExercise own{fields.parsed("id", [](const std::string& text, const char*) { return text; }),
                          input.name,
                          input.kind,
                          input.primary_muscles,
                          input.secondary_muscles,
                          input.equipment,
                          input.met};
    return own;
}

core::OwnExerciseInput own_exercise_input_from_json(const json& node, const std::string& where) {
    static constexpr std::array<std::string_view, 6> kKeys{
        "name", "kind", "primary_muscles", "secondary_muscles", "equipment", "met"};
    refuse_unknown_keys(node, kKeys, where, "is not a field of an exercise");
    return input_of(node, where);
}

}  // namespace hipfit::io
