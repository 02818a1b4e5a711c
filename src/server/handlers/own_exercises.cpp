// A person's own exercises (app/own_exercises.hpp): adding one and removing one. A coach may do both for
// a client (Access::self_or_coach), as they assign a program. Listing and reading them is the catalog's
// (GET /api/exercises with a session).
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/own_exercises.hpp"
#include "io/own_exercise_json.hpp"
#include "io/plan_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {

// {"name", "kind", "primary_muscles", "secondary_muscles"?, "equipment"?, "met"?} → 201 with the exercise
// as the catalog shows it ("own": true).
Response create_own_exercise(Call& call) {
    const core::OwnExerciseInput input = io::own_exercise_input_from_json(call.json_body(), "exercise");
    const auto journal = call.journal();
    const core::OwnExercise own = app::add_own_exercise(*journal, input);
    Response response = json_response(201, io::to_json(core::as_exercise(own)));
    response.headers.emplace_back("Location", fmt::format("/api/exercises/{}", own.id));
    return response;
}

Response delete_own_exercise(Call& call) {
    const std::string& id = call.path_parameters.at(0);
    const auto journal = call.journal();
    const std::vector<core::OwnExercise> own = journal->own_exercises();
    if (std::none_of(own.begin(), own.end(), [&](const core::OwnExercise& o) { return o.id == id; }))
        throw not_found(fmt::format("there is no exercise of your own '{}'", core::printable(id)));
    try {
        app::remove_own_exercise(*journal, id);
    } catch (const core::InvalidInput& error) {
        std::string_view message = error.what();
        if (message.starts_with(error.field() + ": "))
            message.remove_prefix(error.field().size() + 2);  // the route names the exercise already
        throw conflict(std::string(message));
    }
    return no_content();
}

}  // namespace hipfit::server::handlers
