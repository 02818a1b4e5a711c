// The guided workout's session script (docs/workout.md): the same JSON as 'hipfit workout --json'.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/workout.hpp"
#include "io/workout_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {

Response get_workout(Call& call) {
    const std::optional<std::string_view> date = call.request.query_value("date");
    const core::Date day = date ? core::parse_date(*date, "date") : call.today;
    const auto journal = call.journal();
    if (!journal->load_profile())
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    const std::optional<core::WorkoutScript> script = app::workout_script(journal.get(), day);
    if (!script)
        throw not_found(fmt::format("no session is planned on {}", core::format_date(day)));
    return json_response(200, io::to_json(*script));
}

}  // namespace hipfit::server::handlers
