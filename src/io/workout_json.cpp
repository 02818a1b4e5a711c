#include "io/workout_json.hpp"

#include <nlohmann/json.hpp>

#include "core/errors.hpp"

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
    return out;
}

json result_json(const StepResult& r) {
    json out = {{"outcome", name_of(kOutcomeNames, r.outcome)}};
    put(out, "reps", r.reps);
    if (r.load)
        out["load_kg"] = r.load->value();
    put(out, "seconds", r.seconds);
    put(out, "rounds", r.rounds);
    put(out, "rpe", r.rpe);
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

}  // namespace

json to_json(const WorkoutScript& script) {
    json steps = json::array();
    for (const WorkoutStep& step : script.steps) steps.push_back(step_json(step));
    return {{"date", format_date(script.date)},
            {"program_week", script.program_week},
            {"minutes", script.minutes},
            {"steps", steps}};
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
