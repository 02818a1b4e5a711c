// The API's own description (data/openapi.json, embedded at build time), the accepted ranges of what
// people type (GET /api/limits), and a health check.
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/date.hpp"
#include "core/body/profile_limits.hpp"
#include "core/checkin/checkin_limits.hpp"
#include "core/forecast/forecast.hpp"
#include "core/forecast/intake_change.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/program/own_exercise.hpp"
#include "core/program/plan.hpp"
#include "io/import/column_mapping.hpp"
#include "io/import/import_model.hpp"
#include "server/api_error.hpp"
#include "server/credentials.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::io {
extern const unsigned char embedded_openapi[];
extern const std::size_t embedded_openapi_size;
}  // namespace hipfit::io

namespace hipfit::server::handlers {
namespace {

using nlohmann::json;

json range(core::Range r) {
    return {{"min", r.min}, {"max", r.max}};
}

json profile_limits() {
    using namespace core;
    return {
        // Under 18 is refused for safety rather than as out of range: the form's least is the adult age.
        {"age_years", {{"min", kAdultAgeYears}, {"max", kAgeRangeYears.max}}},
        {"height_cm", range(kHeightRangeCm)},
        {"weight_kg", range(kWeightRangeKg)},
        {"waist_cm", range(kWaistRangeCm)},
        {"hip_cm", range(kHipRangeCm)},
        {"neck_cm", range(kNeckRangeCm)},
        {"thigh_cm", range(kThighRangeCm)},
        {"pal", range(kPalRange)},
        {"deficit_kcal", range(kEnergyOffsetRangeKcal)},
        {"surplus_kcal", range(kEnergyOffsetRangeKcal)},
        {"minutes_per_session", range(kSessionMinutesRange)},
        {"days", {{"min", 1}, {"max", kMaxTrainingDaysPerWeek}}},
    };
}

json entry_limits() {
    using namespace core;
    json values = json::object();
    for (const auto& [kind, name] : kEntryKindNames) {
        if (kind == EntryKind::measure || kind == EntryKind::workout)
            continue;
        json limit = range(value_range(kind));
        limit["unit"] = value_unit(kind);
        values[std::string(name)] = limit;
    }
    json limits = {
        {"date", {{"min", format_date(kEarliestEntryDate)}}},
        {"value", values},
        {"protein_g", range(kProteinRangeGrams)},
        {"note", {{"max_length", kMaxNoteLength}}},
        {"sets",
         {{"max", kMaxSetsPerWorkout},
          {"max_per_exercise", kMaxSetsPerExercise},
          {"max_minutes", kMaxWorkoutMinutes}}},
        {"set",
         {{"reps", range(kRepsRange)},
          {"load_kg", range(kLoadRangeKg)},
          {"hold_seconds", range(kHoldRangeSeconds)},
          {"rpe", range(kRpeRange)},
          {"minutes", range(kBoutMinutesRange)},
          {"distance_km", range(kDistanceRangeKm)},
          {"rounds", range(kRoundsRange)},
          {"work_seconds", range(kIntervalSecondsRange)},
          {"rest_seconds", range(kIntervalSecondsRange)}}},
        {"energy_kcal", range(kWorkoutEnergyRangeKcal)},
    };
    for (const MeasurementLimit& limit : kMeasurementLimits)
        limits[std::string(limit.key)] = range(limit.range);
    return limits;
}

template <class Enum, std::size_t N>
json words_of(const core::NameTable<Enum, N>& table) {
    json words = json::array();
    for (const auto& [value, name] : table) words.push_back(name);
    return words;
}

// What POST /api/exercises takes: the form offers these words and bounds, and nothing else.
// What the import page offers: the apps (with their names as people know them), the unit systems, and
// the largest upload.
json import_limits() {
    json apps = json::array();
    for (const auto& [app, name] : io::kSourceAppNames)
        apps.push_back({{"id", name}, {"name", core::name_of(io::kSourceAppTitles, app)}});
    json fields = json::array();
    for (const std::string_view field : io::kMappedFields) fields.push_back(field);
    return {{"from", std::move(apps)},
            {"units", words_of(io::kUnitSystemNames)},
            {"fields", std::move(fields)},
            {"max_upload_bytes", kImportUploadLimit}};
}

json own_exercise_limits() {
    using namespace core;
    json equipment = json::array();
    for (const auto& [item, name] : kEquipmentNames) {
        if (item != Equipment::none)  // refused for an own exercise: body weight is no equipment listed
            equipment.push_back(name);
    }
    return {
        {"name", {{"max_length", kMaxOwnNameCharacters}}},
        {"met", {{"min", 0}, {"max", kMaxMet}}},
        {"max_count", kMaxOwnExercises},
        {"kinds", words_of(kExerciseKindNames)},
        {"muscles", words_of(kMuscleNames)},
        {"equipment", equipment},
    };
}

// Keyed as the JSON and the query parameters have them (api_field), like the API's errors.
json limits_document() {
    using namespace core;
    json forecast = {
        {"days", {{"min", 1}, {"max", kMaxForecastDays}}},
        {"intake_change", {{"min", -kMaxIntakeChangeKcal}, {"max", kMaxIntakeChangeKcal}}},
        {"step", {{"min", kMinForecastStep}, {"max", kMaxForecastStep}}},
    };
    json goal = range(kWeightRangeKg);
    goal["unit"] = "kg";
    forecast[std::string(api_field("goal_weight_kg"))] = goal;
    return {
        {"profile", profile_limits()},
        {"entry", entry_limits()},
        {"checkin",
         {{"target_kcal", range(kCheckinTargetRangeKcal)},
          {"expenditure_kcal", range(kCheckinExpenditureRangeKcal)},
          {"expenditure_sd_kcal", range(kCheckinExpenditureSdRangeKcal)},
          {"reasons", {{"max_length", kMaxNoteLength}}}}},
        {"plan",
         {{"weeks", {{"min", 1}, {"max", kMaxPlanWeeks}}},
          {"start", {{"min", format_date(kEarliestPlanStart)}, {"max", format_date(kLatestPlanStart)}}}}},
        {"forecast", forecast},
        {"account", {{"password", {{"min_length", kMinPasswordLength}, {"max_length", kMaxPasswordLength}}}}},
        {"own_exercise", own_exercise_limits()},
        {"import", import_limits()},
    };
}

}  // namespace

std::string_view openapi_document() {
    return {reinterpret_cast<const char*>(io::embedded_openapi), io::embedded_openapi_size};
}

Response openapi(Call&) {
    return {200, "application/json", std::string(openapi_document()), {}};
}

Response get_limits(Call&) {
    static const std::string body = limits_document().dump();
    // The same for everyone until the server is upgraded: a browser may keep it for an hour.
    return {200, "application/json", body, {{"Cache-Control", "public, max-age=3600"}}};
}

Response health(Call&) {
    return json_response(200, {{"status", "ok"}});
}

}  // namespace hipfit::server::handlers
