#include "io/entry_json.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "io/json_keys.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

namespace {

// The keys of an entry and of a set, as to_json writes them (docs/export-format.md).
constexpr std::string_view kEntryKeys[] = {"id",
                                           "kind",
                                           "date",
                                           "time",
                                           "value",
                                           "protein_g",
                                           "note",
                                           "sets",
                                           "waist_cm",
                                           "hip_cm",
                                           "thigh_cm",
                                           "thigh_left_cm",
                                           "thigh_right_cm",
                                           "neck_cm",
                                           "body_fat_percent",
                                           "energy_kcal",
                                           "warm_up_skipped",
                                           "source"};
constexpr std::string_view kSetKeys[] = {"exercise",     "reps",         "load_kg",      "hold_seconds",
                                         "rpe",          "minutes",      "distance_km",  "rounds",
                                         "work_seconds", "rest_seconds", "swapped_from", "warm_up"};

template <class T>
void put(json& out, const char* key, const std::optional<T>& value) {
    if (value)
        out[key] = *value;
}

void put_length(json& out, const char* key, const std::optional<Centimetres>& value) {
    if (value)
        out[key] = value->value();
}

class Reader {
  public:
    Reader(const json& node, const std::string& where) : node_(node), where_(where) {
        if (!node.is_object())
            fail("", "expected an object");
    }

    template <class T>
    std::optional<T> optional(const char* key) const {
        if (!node_.contains(key) || node_[key].is_null())
            return std::nullopt;
        return value<T>(key);
    }

    template <class T>
    T required(const char* key) const {
        if (!node_.contains(key))
            fail(key, "missing");
        return value<T>(key);
    }

    // A string field read by `parse`, whose own error ("date: '…' is not …") is located here once. Only
    // `parse` is guarded: the Reader's own errors are located already.
    template <class Parse>
    auto parsed(const char* key, Parse parse) const {
        const std::string text = required<std::string>(key);
        try {
            return parse(text, key);
        } catch (const InvalidInput& error) {
            // "kind: 'yoga' is not …" becomes "entry 1, field kind: 'yoga' is not …", naming the field once.
            std::string message = error.what();
            if (const std::string prefix = error.field() + ": "; message.starts_with(prefix))
                message.erase(0, prefix.size());
            fail(key, message);
        }
    }

    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        // An error about the whole object (not an object at all) names no key: it is named by its file, as
        // the export's other such errors are (the API reads that as the request's body).
        throw InvalidInput(
            field.empty() ? "FILE" : field,
            fmt::format("{}{}{}: {}", where_, field.empty() ? "" : ", field ", field, message));
    }

  private:
    template <class T>
    T value(const char* key) const {
        const json& v = node_[key];
        if constexpr (std::is_same_v<T, int>) {
            if (!v.is_number_integer() || v.get<std::int64_t>() != static_cast<int>(v.get<std::int64_t>())) {
                fail(key, "expected a whole number");
            }
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
            if (!v.is_number_integer())
                fail(key, "expected a whole number");
        } else if constexpr (std::is_same_v<T, double>) {
            if (!v.is_number())
                fail(key, "expected a number");
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!v.is_string())
                fail(key, "expected a string");
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!v.is_boolean())
                fail(key, "expected true or false");
        }
        return v.get<T>();
    }

    const json& node_;
    const std::string& where_;
};

json set_json(const WorkoutSet& s) {
    json out = {{"exercise", s.exercise_id}};
    put(out, "reps", s.reps);
    if (s.load)
        out["load_kg"] = s.load->value();
    put(out, "hold_seconds", s.hold_seconds);
    put(out, "rpe", s.rpe);
    put(out, "minutes", s.minutes);
    put(out, "distance_km", s.distance_km);
    put(out, "rounds", s.rounds);
    put(out, "work_seconds", s.work_seconds);
    put(out, "rest_seconds", s.rest_seconds);
    put(out, "swapped_from", s.swapped_from);
    if (s.warm_up)
        out["warm_up"] = true;
    return out;
}

WorkoutSet set_from_json(const json& node, const std::string& where) {
    const Reader r(node, where);
    refuse_unknown_keys(node, kSetKeys, where, "is not a field of a set");
    WorkoutSet s;
    s.exercise_id = r.required<std::string>("exercise");
    s.reps = r.optional<int>("reps");
    if (auto load = r.optional<double>("load_kg"))
        s.load = Kilograms(*load);
    s.hold_seconds = r.optional<int>("hold_seconds");
    s.rpe = r.optional<int>("rpe");
    s.minutes = r.optional<double>("minutes");
    s.distance_km = r.optional<double>("distance_km");
    s.rounds = r.optional<int>("rounds");
    s.work_seconds = r.optional<int>("work_seconds");
    s.rest_seconds = r.optional<int>("rest_seconds");
    s.swapped_from = r.optional<std::string>("swapped_from");
    s.warm_up = r.optional<bool>("warm_up").value_or(false);
    return s;
}

std::optional<Centimetres> length(const Reader& r, const char* key) {
    if (auto value = r.optional<double>(key))
        return Centimetres(*value);
    return std::nullopt;
}

}  // namespace

json to_json(const Entry& e) {
    json out = {{"id", e.id},
                {"kind", name_of(kEntryKindNames, e.kind)},
                {"date", format_date(e.date)},
                {"time", format_time_of_day(e.time)}};
    if (e.kind != EntryKind::measure && e.kind != EntryKind::workout)
        out["value"] = e.value;
    put(out, "protein_g", e.protein_g);
    if (!e.note.empty())
        out["note"] = e.note;
    const Measurements& m = e.measurements;
    put_length(out, "waist_cm", m.waist);
    put_length(out, "hip_cm", m.hip);
    put_length(out, "thigh_cm", m.thigh);
    put_length(out, "thigh_left_cm", m.thigh_left);
    put_length(out, "thigh_right_cm", m.thigh_right);
    put_length(out, "neck_cm", m.neck);
    put(out, "body_fat_percent", m.body_fat_percent);
    if (e.kind == EntryKind::workout) {
        json sets = json::array();
        for (const WorkoutSet& s : e.sets) sets.push_back(set_json(s));
        out["sets"] = sets;
        put(out, "energy_kcal", e.energy_kcal);
        out["warm_up_skipped"] = e.warm_up_skipped;
    }
    if (!e.source.empty())
        out["source"] = e.source;
    return out;
}

Entry entry_from_json(const json& node, const std::string& where) {
    const Reader r(node, where);
    refuse_unknown_keys(node, kEntryKeys, where, "is not a field of an entry");
    Entry e;
    e.id = r.optional<std::int64_t>("id").value_or(0);
    e.kind = r.parsed("kind", [](const std::string& text, const char* key) {
        return parse_name(kEntryKindNames, text, key);
    });
    e.date = r.parsed("date", parse_date);
    e.time = r.parsed("time", parse_time_of_day);
    if (e.kind != EntryKind::measure && e.kind != EntryKind::workout)
        e.value = r.required<double>("value");
    e.protein_g = r.optional<double>("protein_g");
    e.note = r.optional<std::string>("note").value_or("");
    e.measurements.waist = length(r, "waist_cm");
    e.measurements.hip = length(r, "hip_cm");
    e.measurements.thigh = length(r, "thigh_cm");
    e.measurements.thigh_left = length(r, "thigh_left_cm");
    e.measurements.thigh_right = length(r, "thigh_right_cm");
    e.measurements.neck = length(r, "neck_cm");
    e.measurements.body_fat_percent = r.optional<double>("body_fat_percent");
    if (e.kind == EntryKind::workout) {
        if (!node.contains("sets") || !node["sets"].is_array())
            r.fail("sets", "expected an array");
        for (std::size_t i = 0; i < node["sets"].size(); ++i) {
            if (!node["sets"][i].is_object())
                throw InvalidInput("sets", fmt::format("{}, set {}: expected an object", where, i + 1));
            e.sets.push_back(set_from_json(node["sets"][i], fmt::format("{}, set {}", where, i + 1)));
        }
        e.energy_kcal = r.optional<double>("energy_kcal");
        e.warm_up_skipped = r.optional<bool>("warm_up_skipped").value_or(false);
    }
    e.source = r.optional<std::string>("source").value_or("");
    return e;
}

}  // namespace hipfit::io
