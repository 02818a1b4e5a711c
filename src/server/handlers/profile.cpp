// The profile, the program a coach may assign, and the assessment.
#include <array>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "app/person.hpp"
#include "core/assessment.hpp"
#include "core/errors.hpp"
#include "core/plan.hpp"
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

Profile stored_profile(store::Repository& journal) {
    std::optional<Profile> profile = journal.load_profile();
    if (!profile)
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    return *profile;
}

// Applies the changes as 'hipfit init' does; core names fields by their flags, the API by the JSON keys.
Profile changed(const std::optional<Profile>& base, const ProfileChanges& changes, Date today) {
    try {
        Profile profile = apply_changes(base, changes, today);
        if (!base)
            profile.program_start = today;
        return profile;
    } catch (const InvalidInput& error) {
        std::string field(app::export_field(error.field()));
        if (field.starts_with("--"))
            field.erase(0, 2);
        std::string message = error.what();
        if (message.starts_with(error.field()))
            message = field + message.substr(error.field().size());
        throw invalid(field, message);
    }
}

Response profile_response(const Profile& profile) {
    return json_response(200, io::profile_to_json(profile));
}

}  // namespace

Response get_profile(Call& call) {
    return profile_response(stored_profile(*call.journal()));
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
    const Profile base = stored_profile(*journal);
    Profile profile = changed(base, changes, call.today);
    if (start)
        profile.program_start = *start;
    journal->save_profile(profile);
    return profile_response(profile);
}

Response get_assessment(Call& call) {
    const auto journal = call.journal();
    stored_profile(*journal);
    const Profile profile = app::profile_as_of(journal.get(), call.today);
    return json_response(200, io::to_json(profile, assess(profile, call.today)));
}

}  // namespace hipfit::server::handlers
