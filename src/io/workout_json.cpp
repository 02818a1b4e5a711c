#include "io/workout_json.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

namespace {

constexpr const char* kProgressFormat = "hipfit-workout-progress";

inline constexpr NameTable<StepOutcome, 3> kOutcomeNames{
    {{StepOutcome::pending, "pending"}, {StepOutcome::done, "done"}, {StepOutcome::skipped, "skipped"}}};

template <class T>
void put(json& out, const char* key, const std::optional<T>& value) {
    if (value)
        out[key] = *value;
}

void put_kind_fields(json& out, const WorkoutStep& step) {
    switch (step.kind) {
        case StepKind::intervals:
            out["rounds"] = step.rounds.value_or(1);
            out["work_seconds"] = step.work_seconds.value_or(0);
            out["rest_seconds"] = step.rest_seconds.value_or(0);
            return;
        case StepKind::reps:
            out["reps"] = step.reps.value_or(1);
            if (step.tempo)
                out["tempo"] = {{"up_s", step.tempo->up_seconds}, {"down_s", step.tempo->down_seconds}};
            out["add_resistance"] = step.add_resistance;
            if (step.load)
                out["load_kg"] = step.load->value();
            return;
        case StepKind::hold:
            out["seconds"] = step.seconds.value_or(0);
            out["add_resistance"] = step.add_resistance;
            return;
        default:
            out["seconds"] = step.seconds.value_or(0);
    }
}

json step_json(const WorkoutStep& step) {
    json out = {{"index", step.index},
                {"block", name_of(kBlockNames, step.block)},
                {"kind", name_of(kStepKindNames, step.kind)}};
    if (!step.is_exercise()) {
        out["seconds"] = step.seconds.value_or(0);
        return out;
    }
    out["exercise"] = step.exercise;
    out["name"] = step.name;
    out["cue"] = step.cue;
    if (step.kind != StepKind::intervals) {
        out["set"] = step.set;
        out["sets"] = step.sets;
        out["side"] = step.side ? json(name_of(kSideNames, *step.side)) : json(nullptr);
    }
    put_kind_fields(out, step);
    if (!step.progression_note.empty())
        out["progression_note"] = step.progression_note;
    if (step.swapped_from)
        out["swapped_from"] = *step.swapped_from;
    return out;
}

// A step's values, those it has: a result's and a done event's.
void put_values(json& out, const StepResult& r) {
    put(out, "reps", r.reps);
    if (r.load)
        out["load_kg"] = r.load->value();
    put(out, "seconds", r.seconds);
    put(out, "rounds", r.rounds);
    put(out, "rpe", r.rpe);
}

json result_json(const StepResult& r) {
    json out = {{"outcome", name_of(kOutcomeNames, r.outcome)}};
    put_values(out, r);
    return out;
}

std::optional<int> optional_int(const json& node, const char* key) {
    if (!node.contains(key))
        return std::nullopt;
    return node.at(key).get<int>();
}

StepResult result_from_json(const json& node) {
    StepResult r;
    r.outcome = parse_name(kOutcomeNames, node.at("outcome").get<std::string>(), "outcome");
    r.reps = optional_int(node, "reps");
    if (node.contains("load_kg"))
        r.load = Kilograms(node.at("load_kg").get<double>());
    r.seconds = optional_int(node, "seconds");
    r.rounds = optional_int(node, "rounds");
    r.rpe = optional_int(node, "rpe");
    return r;
}

constexpr std::array<std::string_view, 7> kEventKeys{"step",    "action", "reps", "load_kg",
                                                     "seconds", "rounds", "rpe"};

class EventReader {
  public:
    EventReader(const json& node, std::string where, std::string_view field)
        : node_(node), where_(std::move(where)), field_(field) {
        if (!node.is_object())
            fail("expected an object");
        for (const auto& [key, value] : node.items()) {
            if (std::find(kEventKeys.begin(), kEventKeys.end(), key) == kEventKeys.end())
                fail(fmt::format("{}: is not a field of a step event", printable(key)));
        }
    }

    [[nodiscard]] std::optional<std::int64_t> whole(const char* key) const {
        if (!node_.contains(key) || node_[key].is_null())
            return std::nullopt;
        const json& v = node_[key];
        if (!v.is_number_integer())
            fail(fmt::format("{}: expected a whole number", key));
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT32_MAX))
            fail(fmt::format("{}: {} is too large", key, v.get<std::uint64_t>()));
        const auto n = v.get<std::int64_t>();
        if (n < INT32_MIN || n > INT32_MAX)
            fail(fmt::format("{}: {} is out of range", key, n));
        return n;
    }
    [[nodiscard]] std::optional<int> optional_int(const char* key) const {
        const std::optional<std::int64_t> n = whole(key);
        return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
    }
    [[nodiscard]] std::optional<double> number(const char* key) const {
        if (!node_.contains(key) || node_[key].is_null())
            return std::nullopt;
        if (!node_[key].is_number())
            fail(fmt::format("{}: expected a number", key));
        return node_[key].get<double>();
    }
    [[nodiscard]] const json& required(const char* key) const {
        if (!node_.contains(key) || node_[key].is_null())
            fail(fmt::format("{}: missing", key));
        return node_[key];
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw InvalidInput(std::string(field_), fmt::format("{}: {}", where_, message));
    }
    [[nodiscard]] const std::string& where() const { return where_; }

  private:
    const json& node_;
    std::string where_;
    std::string_view field_;
};

StepEvent event_from_json(const json& node, std::string where, std::string_view field) {
    const EventReader r(node, std::move(where), field);
    StepEvent event;
    if (!r.whole("step"))
        r.fail("step: missing");
    const std::int64_t step = *r.whole("step");
    if (step < 0)
        r.fail(fmt::format("step: {} is not a step (they count from 0)", step));
    event.step = static_cast<std::size_t>(step);
    const json& action = r.required("action");
    if (!action.is_string())
        r.fail("action: expected a string");
    try {
        event.action = parse_name(kStepActionNames, action.get<std::string>(), "action");
    } catch (const InvalidInput& error) {
        r.fail(error.what());
    }
    event.values.reps = r.optional_int("reps");
    if (const std::optional<double> kg = r.number("load_kg"))
        event.values.load = Kilograms(*kg);
    event.values.seconds = r.optional_int("seconds");
    event.values.rounds = r.optional_int("rounds");
    event.values.rpe = r.optional_int("rpe");
    return event;
}

}  // namespace

std::vector<StepEvent> step_events_from_json(const json& node, std::string_view field) {
    if (!node.is_array())
        throw InvalidInput(std::string(field), fmt::format("{}: expected an array of step events", field));
    if (node.size() > kMaxStepEvents) {
        throw InvalidInput(std::string(field),
                           fmt::format("{}: {} events are more than a workout has (at most {})", field,
                                       node.size(), kMaxStepEvents));
    }
    std::vector<StepEvent> events;
    events.reserve(node.size());
    for (std::size_t i = 0; i < node.size(); ++i)
        events.push_back(event_from_json(node[i], fmt::format("{}[{}]", field, i), field));
    return events;
}

json to_json(std::span<const StepEvent> events) {
    json out = json::array();
    for (const StepEvent& event : events) {
        json e = {{"step", event.step}, {"action", name_of(kStepActionNames, event.action)}};
        put_values(e, event.values);
        out.push_back(std::move(e));
    }
    return out;
}

json to_json(const WorkoutScript& script) {
    json steps = json::array();
    for (const WorkoutStep& step : script.steps) steps.push_back(step_json(step));
    // {"squat": [{"reps": 12, "load_kg": 10}, …], "wall-sit": [{"hold_seconds": 45, "load_kg": 0}]}: what a
    // set must beat to be a personal best (core/journal/personal_best.hpp), heaviest first.
    json records = json::object();
    for (const auto& [id, efforts] : script.records) {
        json list = json::array();
        for (const Effort& e : efforts)
            list.push_back({{e.hold ? "hold_seconds" : "reps", e.amount}, {"load_kg", e.load_kg}});
        records[id] = std::move(list);
    }
    return {{"date", format_date(script.date)},
            {"program_week", script.program_week},
            {"minutes", script.minutes},
            {"steps", steps},
            {"records", records}};
}

json to_json(const WorkoutProgress& progress) {
    json results = json::array();
    for (const StepResult& r : progress.result.steps) results.push_back(result_json(r));
    return {{"format", kProgressFormat},
            {"version", kWorkoutProgressVersion},
            {"date", format_date(progress.date)},
            {"steps", progress.steps},
            {"index", progress.index},
            {"results", results}};
}

std::optional<WorkoutProgress> workout_progress_from_json(const json& node) {
    try {
        if (node.at("format") != kProgressFormat || node.at("version") != kWorkoutProgressVersion)
            return std::nullopt;
        WorkoutProgress progress;
        progress.date = parse_date(node.at("date").get<std::string>(), "date");
        progress.steps = node.at("steps").get<std::size_t>();
        progress.index = node.at("index").get<std::size_t>();
        for (const json& r : node.at("results")) progress.result.steps.push_back(result_from_json(r));
        if (progress.index > progress.steps || progress.result.steps.size() != progress.steps)
            return std::nullopt;
        return progress;
    } catch (const json::exception&) {
        return std::nullopt;
    } catch (const InvalidInput&) {
        return std::nullopt;
    }
}

}  // namespace hipfit::io
