#include "io/plan_json.hpp"

#include <nlohmann/json.hpp>

#include "core/program/weekly_activity.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

namespace {

template <class T>
json or_null(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

json range_or_null(const std::optional<IntRange>& range) {
    return range ? json::array({range->min, range->max}) : json(nullptr);
}

// load_kg and progression_note only when the journal set them (today and the workout; never the plan);
// swapped_from only for an exercise that replaces a planned one.
json exercise_json(const PlannedExercise& p) {
    json out = {{"id", p.id},
                {"sets", or_null(p.sets)},
                {"reps", or_null(p.reps)},
                {"hold_seconds", or_null(p.hold_seconds)},
                {"per_side", p.per_side},
                {"rest_seconds", or_null(p.rest_seconds)},
                {"work_seconds", or_null(p.work_seconds)},
                {"minutes", or_null(p.minutes)},
                {"add_resistance", p.add_resistance}};
    if (p.load)
        out["load_kg"] = p.load->value();
    if (!p.progression_note.empty())
        out["progression_note"] = p.progression_note;
    if (p.swapped_from)
        out["swapped_from"] = *p.swapped_from;
    return out;
}

json session_json(const Session& session) {
    json blocks = json::array();
    for (const PlannedBlock& block : session.blocks) {
        json exercises = json::array();
        for (const PlannedExercise& p : block.exercises) exercises.push_back(exercise_json(p));
        blocks.push_back({{"kind", name_of(kBlockNames, block.kind)}, {"exercises", exercises}});
    }
    return {{"date", format_date(session.date)}, {"minutes", session.minutes}, {"blocks", blocks}};
}

template <class Enum, std::size_t N>
json names(const NameTable<Enum, N>& table, const auto& values) {
    json list = json::array();
    for (Enum value : values) list.push_back(name_of(table, value));
    return list;
}

}  // namespace

json to_json(const Session& session) {
    return session_json(session);
}

json to_json(const Plan& plan) {
    json weeks = json::array();
    for (const PlanWeek& week : plan.weeks) {
        json sessions = json::array();
        for (const Session& session : week.sessions) sessions.push_back(session_json(session));
        json active = json::array();
        for (Date day : week.active_days) active.push_back(format_date(day));
        weeks.push_back(
            {{"number", week.number},
             {"deload", week.deload},
             {"sessions", sessions},
             {"active_days", active},
             {"rest_day", week.rest_day ? json(format_date(*week.rest_day)) : json(nullptr)},
             {"walk", week.walk_id.empty()
                          ? json(nullptr)
                          : json{{"exercise", week.walk_id}, {"minutes", week.walk_minutes}}},
             {"activity_minutes", week.activity_minutes},
             {"activity_note", week.activity_note.empty() ? json(nullptr) : json(week.activity_note)}});
    }
    // WHO 2020's weekly minutes, so that a reader of activity_minutes need not know them.
    return {{"weeks", weeks},
            {"activity_advised_minutes",
             {{"min", kWhoWeeklyModerateMinutes}, {"max", kWhoWeeklyModerateMinutesUpper}}}};
}

json to_json(const Exercise& e) {
    const PrescriptionRange& p = e.prescription;
    json tempo = p.tempo ? json{{"up_seconds", p.tempo->up_seconds}, {"down_seconds", p.tempo->down_seconds}}
                         : json(nullptr);
    json rest_ratio = p.rest_ratio ? json::array({p.rest_ratio->min, p.rest_ratio->max}) : json(nullptr);
    return {{"id", e.id},
            {"name", e.name},
            {"kind", name_of(kExerciseKindNames, e.kind)},
            {"block", name_of(kBlockNames, e.block)},
            {"primary_muscles", names(kMuscleNames, e.primary_muscles)},
            {"secondary_muscles", names(kMuscleNames, e.secondary_muscles)},
            {"equipment", names(kEquipmentNames, e.equipment)},
            {"impact", name_of(kImpactNames, e.impact)},
            {"difficulty", e.difficulty},
            {"prescription",
             {{"sets", json::array({p.sets.min, p.sets.max})},
              {"reps", range_or_null(p.reps)},
              {"hold_seconds", range_or_null(p.hold_seconds)},
              {"minutes", range_or_null(p.minutes)},
              {"work_seconds", range_or_null(p.work_seconds)},
              {"rest_ratio", rest_ratio},
              {"per_side", p.per_side},
              {"tempo", tempo},
              {"rest_seconds", p.rest_seconds}}},
            {"cues", e.cues},
            {"mistakes", e.mistakes},
            {"easier", or_null(e.easier)},
            {"harder", or_null(e.harder)},
            {"met", e.met},
            {"compendium_code", e.compendium_code},
            {"source", e.source},
            {"own", e.own}};
}

}  // namespace hipfit::io
