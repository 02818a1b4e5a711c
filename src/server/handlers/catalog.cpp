// The exercise catalog (with each exercise's pictures as SVG) and the program (as JSON and as an
// iCalendar file).
#include <nlohmann/json.hpp>

#include "app/exercise_filter.hpp"
#include "app/plan_swaps.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "io/ics.hpp"
#include "io/muscle_map_svg.hpp"
#include "io/plan_json.hpp"
#include "server/api_error.hpp"
#include "server/credentials.hpp"
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

// The exercise a route's {id} names: the one place the API looks an exercise up, or 404. A signed-in
// caller's own exercises are found too.
Exercise exercise_of(const Call& call) {
    const std::string& id = call.path_parameters.at(0);
    const auto catalog = call.catalog();
    const Exercise* exercise = catalog->find(id);
    if (exercise == nullptr)
        throw not_found("there is no exercise '" + id + "'");
    return *exercise;
}

// A picture the same for everyone until the server is upgraded: a browser keeps it for an hour, then asks
// again with its tag and gets 304 when it has not changed (dispatch: conditional_get.hpp). The policy lets
// the SVG, opened on its own, load and run nothing (it needs only its inline styles).
Response svg_response(std::string svg) {
    const std::string etag = "\"" + token_hash(svg).substr(0, 32) + "\"";
    Response response{200, "image/svg+xml", std::move(svg), {}};
    response.headers.emplace_back("Cache-Control", "max-age=3600");
    response.headers.emplace_back("ETag", etag);
    response.headers.emplace_back("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    return response;
}

}  // namespace

Response list_exercises(Call& call) {
    const app::ExerciseFilter filter =
        app::parse_exercise_filter(query(call, "muscle"), query(call, "equipment"), query(call, "kind"), "");
    nlohmann::json list = nlohmann::json::array();
    const auto catalog = call.catalog();  // with a session, the caller's own exercises too
    for (const Exercise& exercise : catalog->exercises()) {
        if (filter.keeps(exercise))
            list.push_back(io::to_json(exercise));
    }
    return json_response(200, list);
}

Response get_exercise(Call& call) {
    return json_response(200, io::to_json(exercise_of(call)));
}

Response get_exercise_illustration(Call& call) {
    const Exercise exercise = exercise_of(call);
    std::optional<std::string> svg = io::exercise_illustration_svg(exercise);
    if (!svg)
        throw not_found("there is no animated picture of '" + exercise.id + "'");
    return svg_response(std::move(*svg));
}

Response get_exercise_muscles(Call& call) {
    const Exercise exercise = exercise_of(call);
    return svg_response(io::muscle_map_svg(exercise.primary_muscles, exercise.secondary_muscles));
}

Response get_plan(Call& call) {
    return json_response(200, io::to_json(plan_of(call).first));
}

Response get_plan_ics(Call& call) {
    const auto [plan, profile] = plan_of(call);
    Response response{
        200, "text/calendar; charset=utf-8", io::plan_to_ics(plan, profile, *call.catalog(), call.today), {}};
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"hipfit-plan.ics\"");
    return response;
}

}  // namespace hipfit::server::handlers
