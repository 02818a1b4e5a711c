// The exercise catalog and the program (as JSON and as an iCalendar file).
#include <nlohmann/json.hpp>

#include "app/exercise_filter.hpp"
#include "app/plan_swaps.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/ics.hpp"
#include "io/plan_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

using namespace hipfit::core;

std::optional<std::string> query(const Call& call, std::string_view name) {
    const std::optional<std::string_view> value = call.request.query_value(name);
    return value ? std::optional<std::string>(*value) : std::nullopt;
}

// The program as it runs (from its start), or as ?weeks=&start=&seed= ask.
std::pair<Plan, Profile> plan_of(Call& call) {
    const auto journal = call.journal();
    const std::optional<Profile> profile = journal->load_profile();
    if (!profile)
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    PlanOptions options;
    options.weeks =
        parse_whole_number(query(call, "weeks").value_or(std::to_string(kDefaultPlanWeeks)), "weeks");
    options.seed = static_cast<std::uint32_t>(parse_whole_number(query(call, "seed").value_or("0"), "seed"));
    const std::optional<std::string> start = query(call, "start");
    options.start = start ? parse_date(*start, "start") : profile->program_start;
    return {app::person_plan(journal.get(), *profile, options), *profile};
}

}  // namespace

Response list_exercises(Call& call) {
    const app::ExerciseFilter filter =
        app::parse_exercise_filter(query(call, "muscle"), query(call, "equipment"), query(call, "kind"), "");
    nlohmann::json list = nlohmann::json::array();
    for (const Exercise& exercise : io::builtin_catalog().exercises()) {
        if (filter.keeps(exercise))
            list.push_back(io::to_json(exercise));
    }
    return json_response(200, list);
}

Response get_exercise(Call& call) {
    const Exercise* exercise = io::builtin_catalog().find(call.path_parameters.at(0));
    if (exercise == nullptr)
        throw not_found("there is no exercise '" + call.path_parameters.at(0) + "'");
    return json_response(200, io::to_json(*exercise));
}

Response get_plan(Call& call) {
    return json_response(200, io::to_json(plan_of(call).first));
}

Response get_plan_ics(Call& call) {
    const auto [plan, profile] = plan_of(call);
    Response response{200,
                      "text/calendar; charset=utf-8",
                      io::plan_to_ics(plan, profile, io::builtin_catalog(), call.today),
                      {}};
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"hipfit-plan.ics\"");
    return response;
}

}  // namespace hipfit::server::handlers
