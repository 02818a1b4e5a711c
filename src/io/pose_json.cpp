#include "io/pose_json.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "io/catalog_json.hpp"
#include "io/json_parse.hpp"

namespace hipfit::io {

extern const unsigned char kEmbeddedWarmUpPoses[];
extern const std::size_t kEmbeddedWarmUpPoses_size;
extern const unsigned char kEmbeddedTargetedPoses[];
extern const std::size_t kEmbeddedTargetedPoses_size;
extern const unsigned char kEmbeddedStrengthPoses[];
extern const std::size_t kEmbeddedStrengthPoses_size;
extern const unsigned char kEmbeddedCardioPoses[];
extern const std::size_t kEmbeddedCardioPoses_size;
extern const unsigned char kEmbeddedCoolDownPoses[];
extern const std::size_t kEmbeddedCoolDownPoses_size;

namespace {

using namespace hipfit::core;
using nlohmann::json;

// The poses format this build reads; a different version is refused, never misread.
constexpr int kPosesVersion = 1;

// Which catalog blocks each file holds (intervals are drawn with the cardio).
bool file_holds(std::string_view file, Block block) {
    switch (block) {
        case Block::warm_up:
            return file == "warm-up.json";
        case Block::targeted:
            return file == "targeted.json";
        case Block::strength:
            return file == "strength.json";
        case Block::cardio:
        case Block::intervals:
            return file == "cardio.json";
        case Block::cool_down:
            return file == "cool-down.json";
    }
    return false;
}

class PoseReader {
  public:
    explicit PoseReader(std::string id) : id_(std::move(id)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw CatalogError(id_, field, message);
    }

    void only_keys(const json& object, const std::string& where,
                   std::initializer_list<std::string_view> keys) const {
        for (const auto& [key, value] : object.items()) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                fail(where.empty() ? key : where + "." + key, "is not a known field");
        }
    }

    [[nodiscard]] double number(const json& node, const std::string& field) const {
        if (!node.is_number())
            fail(field, "expected a number");
        return node.get<double>();
    }

    template <class Enum, std::size_t N>
    Enum word(const NameTable<Enum, N>& table, const json& node, const std::string& field) const {
        if (!node.is_string())
            fail(field, "expected one of " + names_of(table));
        try {
            return parse_name(table, node.get<std::string>(), field);
        } catch (const InvalidInput&) {
            fail(field, "'" + printable(node.get<std::string>()) + "' is not one of " + names_of(table));
        }
    }

    PoseFrame frame(const json& node, std::size_t index) const {
        const std::string where = fmt::format("frames[{}]", index);
        if (!node.is_object())
            fail(where, "expected an object of joints");
        PoseFrame f;
        for (const auto& [key, value] : node.items()) {
            const std::string field = where + "." + key;
            if (key == "name") {
                if (!value.is_string())
                    fail(field, "expected a string");
                f.name = value.get<std::string>();
            } else if (key == "support") {
                f.support = word(kSupportNames, value, field);
            } else if (key == "lift_cm") {
                f.lift_cm = number(value, field);
            } else if (key == "anchor") {
                f.anchor = word(kAnchorNames, value, field);
            } else if (key == "pause") {
                f.pause_seconds = number(value, field);
            } else if (is_joint(key)) {
                if (!value.is_object())
                    fail(field, "expected an object of angles in degrees");
                for (const auto& [name, angle] : value.items()) {
                    const AngleRange* range = find_angle(key, name);
                    if (range == nullptr)
                        fail(field + "." + name, "is not an angle of " + key);
                    at(f.angles, range->angle) = number(angle, field + "." + name);
                }
            } else {
                fail(field, "is not a joint or a frame field");
            }
        }
        return f;
    }

    PoseSequence sequence(const json& entry) const {
        only_keys(entry, "",
                  {"exercise", "view", "motion", "moving_side", "anchor", "props", "seconds", "frames"});
        PoseSequence s;
        s.exercise = id_;
        for (const char* key : {"view", "motion", "moving_side", "frames"}) {
            if (!entry.contains(key))
                fail(key, "missing");
        }
        s.view = word(kViewNames, entry["view"], "view");
        s.motion = word(kMotionNames, entry["motion"], "motion");
        s.moving_side = word(kMovingSideNames, entry["moving_side"], "moving_side");
        if (entry.contains("anchor"))
            s.anchor = word(kAnchorNames, entry["anchor"], "anchor");
        if (entry.contains("props")) {
            if (!entry["props"].is_array())
                fail("props", "expected an array of props");
            for (std::size_t i = 0; i < entry["props"].size(); ++i)
                s.props.insert(word(kPropNames, entry["props"][i], fmt::format("props[{}]", i)));
        }
        if (entry.contains("seconds")) {
            if (!entry["seconds"].is_array())
                fail("seconds", "expected an array of seconds");
            for (std::size_t i = 0; i < entry["seconds"].size(); ++i)
                s.seconds.push_back(number(entry["seconds"][i], fmt::format("seconds[{}]", i)));
        }
        const json& frames = entry["frames"];
        if (!frames.is_array())
            fail("frames", "expected an array of frames");
        for (std::size_t i = 0; i < frames.size(); ++i) s.frames.push_back(frame(frames[i], i));
        return s;
    }

  private:
    std::string id_;
};

}  // namespace

std::map<std::string, PoseSequence, std::less<>> parse_poses(const std::vector<PoseFile>& files,
                                                             const Catalog& catalog) {
    std::map<std::string, PoseSequence, std::less<>> poses;
    std::vector<PoseSequence> all;
    for (const PoseFile& file : files) {
        const std::string where = fmt::format("(poses/{})", file.name);
        json document;
        try {
            document = parse_json(file.text);
        } catch (const JsonSyntaxError& error) {
            throw CatalogError(where, "(file)", error.what());
        }
        if (!document.is_object() || !document.contains("version") || document["version"] != kPosesVersion)
            throw CatalogError(where, "version", fmt::format("expected version {}", kPosesVersion));
        if (!document.contains("poses") || !document["poses"].is_array())
            throw CatalogError(where, "poses", "expected an array of exercises' poses");
        const json& entries = document["poses"];
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const json& entry = entries[i];
            if (!entry.is_object() || !entry.contains("exercise") || !entry["exercise"].is_string())
                throw CatalogError(fmt::format("{}[{}]", where, i), "exercise", "expected an exercise id");
            const std::string id = entry["exercise"].get<std::string>();
            const Exercise* exercise = catalog.find(id);
            if (exercise == nullptr)
                throw CatalogError(printable(id), "exercise", "no catalog exercise has this id");
            if (!file_holds(file.name, exercise->block)) {
                throw CatalogError(id, "exercise",
                                   fmt::format("a {} exercise belongs in another poses file than {}",
                                               name_of(kBlockNames, exercise->block), file.name));
            }
            if (poses.contains(id))
                throw CatalogError(id, "exercise", "has poses twice");
            PoseSequence sequence = PoseReader(id).sequence(entry);
            validate_pose_sequence(sequence, *exercise);
            all.push_back(sequence);
            poses.emplace(id, std::move(sequence));
        }
    }
    check_distinct_frames(all);
    return poses;
}

std::vector<std::string> exercises_without_poses(
    const std::map<std::string, PoseSequence, std::less<>>& poses, const Catalog& catalog) {
    std::vector<std::string> missing;
    for (const Exercise& exercise : catalog.exercises()) {
        if (!poses.contains(exercise.id))
            missing.push_back(exercise.id);
    }
    return missing;
}

std::vector<PoseFile> builtin_pose_files() {
    const auto text = [](const unsigned char* data, std::size_t size) {
        return std::string_view(reinterpret_cast<const char*>(data), size);
    };
    return {{"warm-up.json", text(kEmbeddedWarmUpPoses, kEmbeddedWarmUpPoses_size)},
            {"targeted.json", text(kEmbeddedTargetedPoses, kEmbeddedTargetedPoses_size)},
            {"strength.json", text(kEmbeddedStrengthPoses, kEmbeddedStrengthPoses_size)},
            {"cardio.json", text(kEmbeddedCardioPoses, kEmbeddedCardioPoses_size)},
            {"cool-down.json", text(kEmbeddedCoolDownPoses, kEmbeddedCoolDownPoses_size)}};
}

const std::map<std::string, PoseSequence, std::less<>>& builtin_poses() {
    static const auto poses = parse_poses(builtin_pose_files(), builtin_catalog());
    return poses;
}

}  // namespace hipfit::io
