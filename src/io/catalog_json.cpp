#include "io/catalog_json.hpp"
#include "io/json_parse.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <type_traits>

#include "core/base/errors.hpp"

namespace hipfit::io {

extern const unsigned char kEmbeddedCatalog[];
extern const std::size_t kEmbeddedCatalog_size;

namespace {

using namespace hipfit::core;
using nlohmann::json;

// The catalog format this build reads; a different version is refused, never misread.
constexpr int kCatalogVersion = 1;

// Reads the fields of one entry, turning every shape error into a CatalogError naming the field.
class EntryReader {
  public:
    EntryReader(const json& entry, std::string id) : entry_(entry), id_(std::move(id)) {}

    [[nodiscard]] const json& at(const std::string& path) const {
        const json* node = &entry_;
        std::size_t start = 0;
        while (true) {
            const std::size_t dot = path.find('.', start);
            const std::string key =
                path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (!node->is_object() || !node->contains(key))
                fail(path, "missing");
            node = &(*node)[key];
            if (dot == std::string::npos)
                return *node;
            start = dot + 1;
        }
    }

    template <class T>
    T get(const std::string& path) const {
        if constexpr (std::is_same_v<T, int>) {
            return whole_number(at(path), path);
        } else {
            try {
                return at(path).get<T>();
            } catch (const json::exception&) {
                fail(path, "has the wrong type");
            }
        }
    }

    // A whole number that fits an int: 2.5 and 4294967297 are errors, never truncated or wrapped.
    int whole_number(const json& node, const std::string& path) const {
        if (!node.is_number_integer())
            fail(path, "has the wrong type (expected a whole number)");
        const auto value = node.get<std::int64_t>();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            fail(path, "is out of range");
        return static_cast<int>(value);
    }

    [[nodiscard]] std::optional<IntRange> int_range(const std::string& path) const {
        const json& node = at(path);
        if (node.is_null())
            return std::nullopt;
        if (!node.is_array() || node.size() != 2)
            fail(path, "expected [min, max] of whole numbers, or null");
        return IntRange{whole_number(node[0], path), whole_number(node[1], path)};
    }

    [[nodiscard]] std::optional<RatioRange> ratio_range(const std::string& path) const {
        const json& node = at(path);
        if (node.is_null())
            return std::nullopt;
        if (!node.is_array() || node.size() != 2 || !node[0].is_number() || !node[1].is_number()) {
            fail(path, "expected [min, max] of numbers, or null");
        }
        return RatioRange{node[0].get<double>(), node[1].get<double>()};
    }

    template <class Enum, std::size_t N>
    Enum word(const NameTable<Enum, N>& table, const std::string& path) const {
        return parse_word(table, get<std::string>(path), path);
    }

    template <class Enum, std::size_t N>
    std::vector<Enum> words(const NameTable<Enum, N>& table, const std::string& path) const {
        std::vector<Enum> values;
        for (const std::string& text : get<std::vector<std::string>>(path))
            values.push_back(parse_word(table, text, path));
        return values;
    }

    [[nodiscard]] std::optional<std::string> optional_id(const std::string& path) const {
        const json& node = at(path);
        if (node.is_null())
            return std::nullopt;
        return get<std::string>(path);
    }

    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw CatalogError(id_, path, message);
    }

  private:
    template <class Enum, std::size_t N>
    Enum parse_word(const NameTable<Enum, N>& table, const std::string& text, const std::string& path) const {
        try {
            return parse_name(table, text, path);
        } catch (const InvalidInput&) {
            fail(path, "'" + text + "' is not one of " + names_of(table));
        }
    }

    const json& entry_;
    std::string id_;
};

PrescriptionRange read_prescription(const EntryReader& r) {
    PrescriptionRange p;
    const auto sets = r.int_range("prescription.sets");
    if (!sets)
        r.fail("prescription.sets", "required");
    p.sets = *sets;
    p.reps = r.int_range("prescription.reps");
    p.hold_seconds = r.int_range("prescription.hold_seconds");
    p.minutes = r.int_range("prescription.minutes");
    p.work_seconds = r.int_range("prescription.work_seconds");
    p.rest_ratio = r.ratio_range("prescription.rest_ratio");
    p.per_side = r.get<bool>("prescription.per_side");
    if (!r.at("prescription.tempo").is_null()) {
        p.tempo =
            Tempo{r.get<int>("prescription.tempo.up_seconds"), r.get<int>("prescription.tempo.down_seconds")};
    }
    p.rest_seconds = r.get<int>("prescription.rest_seconds");
    return p;
}

Exercise read_exercise(const json& entry, std::size_t index) {
    const std::string id = entry.is_object() && entry.contains("id") && entry["id"].is_string()
                               ? entry["id"].get<std::string>()
                               : "#" + std::to_string(index + 1);
    const EntryReader r(entry, id);
    Exercise e;
    e.id = r.get<std::string>("id");
    e.name = r.get<std::string>("name");
    e.kind = r.word(kExerciseKindNames, "kind");
    e.block = r.word(kBlockNames, "block");
    e.primary_muscles = r.words(kMuscleNames, "primary_muscles");
    e.secondary_muscles = r.words(kMuscleNames, "secondary_muscles");
    for (Equipment item : r.words(kEquipmentNames, "equipment")) e.equipment.insert(item);
    e.impact = r.word(kImpactNames, "impact");
    e.difficulty = r.get<int>("difficulty");
    e.prescription = read_prescription(r);
    e.cues = r.get<std::vector<std::string>>("cues");
    e.mistakes = r.get<std::vector<std::string>>("mistakes");
    e.easier = r.optional_id("easier");
    e.harder = r.optional_id("harder");
    e.met = r.get<double>("met");
    e.compendium_code = r.get<std::string>("compendium_code");
    e.source = r.get<std::string>("source");
    return e;
}

}  // namespace

Catalog parse_catalog(std::string_view text) {
    json document;
    try {
        document = parse_json(text);
    } catch (const JsonSyntaxError& error) {
        throw CatalogError("(catalog)", "(file)", error.what());
    }
    if (!document.is_object() || !document.contains("version") || document["version"] != kCatalogVersion) {
        throw CatalogError("(catalog)", "version", "expected version " + std::to_string(kCatalogVersion));
    }
    if (!document.contains("exercises") || !document["exercises"].is_array()) {
        throw CatalogError("(catalog)", "exercises", "expected an array of exercises");
    }
    std::vector<Exercise> exercises;
    const json& entries = document["exercises"];
    for (std::size_t i = 0; i < entries.size(); ++i) exercises.push_back(read_exercise(entries[i], i));
    return Catalog(std::move(exercises));
}

const Catalog& builtin_catalog() {
    static const Catalog catalog = parse_catalog(
        std::string_view(reinterpret_cast<const char*>(kEmbeddedCatalog), kEmbeddedCatalog_size));
    return catalog;
}

}  // namespace hipfit::io
