// The profile, the program a coach may assign, and the assessment.
#include <array>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/assessment_view.hpp"
#include "app/person.hpp"
#include "core/assessment/assessment.hpp"
#include "core/program/plan.hpp"
#include "io/assessment_json.hpp"
#include "io/profile_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

using namespace hipfit::core;

// clang-format off
constexpr std::array<std::string_view, 21> kProfileFields{
    "sex", "age_years", "born", "height_cm", "weight_kg", "waist_cm", "hip_cm", "neck_cm", "thigh_cm", "activity",
    "pal", "goal", "deficit_kcal", "surplus_kcal", "units", "equipment", "days", "minutes_per_session",
    "preferred_time", "level", "low_impact"};
constexpr std::array<std::string_view, 6> kProgramFields{
    "start", "level", "days", "minutes_per_session", "equipment", "low_impact"};
// clang-format on

// Applies the changes as 'hipfit init' does; core's errors name the JSON keys.
Profile changed(const std::optional<Profile>& base, const ProfileChanges& changes, Date today) {
    Profile profile = apply_changes(base, changes, today);
    if (!base)
        profile.program_start = today;
    return profile;
}

Response profile_response(const Profile& profile) {
    return json_response(200, io::profile_to_json(profile));
}

}  // namespace

Response get_profile(Call& call) {
    return profile_response(profile_or_not_found(*call.journal()));
}

Response put_profile(Call& call) {
    const nlohmann::json body = call.json_body();
    const ProfileChanges changes = io::profile_changes_from_json(body, "profile", kProfileFields);
    const auto journal = call.journal();
    const std::optional<Profile> base = journal->load_profile();
    const Profile profile = changed(base, changes, call.today);
    assess(profile, call.today);  // refuses what could harm (SafetyRefusal), as 'hipfit init' does
    journal->save_profile(profile);
    return profile_response(profile);
}

Response put_program(Call& call) {
    nlohmann::json body = call.json_body();
    std::optional<Date> start;
    if (body.contains("start")) {
        if (!body["start"].is_string())
            throw invalid("start", "start: expected a date as YYYY-MM-DD");
        start = parse_date(body["start"].get<std::string>(), "start");
        if (*start < kEarliestPlanStart || *start > kLatestPlanStart)
            throw invalid("start",
                          fmt::format("start: {} is outside the years a program can start in ({}–{})",
                                      format_date(*start), format_date(kEarliestPlanStart),
                                      format_date(kLatestPlanStart)));
        body.erase("start");
    }
    const ProfileChanges changes = io::profile_changes_from_json(body, "program", kProgramFields);
    const auto journal = call.journal();
    const Profile base = profile_or_not_found(*journal);
    Profile profile = changed(base, changes, call.today);
    if (start)
        profile.program_start = *start;
    journal->save_profile(profile);
    return profile_response(profile);
}

Response get_assessment(Call& call) {
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    const Profile profile = app::profile_as_of(journal.get(), call.today);
    const core::Assessment assessment = assess(profile, call.today);
    return json_response(
        200, app::assessment_json(profile, assessment,
                                  app::target_in_force_beside(journal.get(), assessment, call.today)));
}

}  // namespace hipfit::server::handlers
