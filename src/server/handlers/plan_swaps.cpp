// The plan's swaps (app/plan_swaps.hpp): an exercise's alternatives for the person, and swapping one in or
// back out. A coach may do both for a client (Access::self_or_coach), as they assign a program.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/plan_swaps.hpp"
#include "io/catalog_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

core::Profile profile_of(store::Repository& journal) {
    std::optional<core::Profile> profile = journal.load_profile();
    if (!profile)
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    return std::move(*profile);
}

const std::string& exercise_id(const Call& call) {
    const std::string& id = call.path_parameters.at(0);
    if (call.catalog()->find(id) == nullptr)  // an own exercise swapped in too
        throw not_found(fmt::format("there is no exercise '{}'", core::printable(id)));
    return id;
}

std::string text_field(const nlohmann::json& body, const char* key) {
    if (!body.contains(key) || !body[key].is_string())
        throw invalid(key, fmt::format("{}: expected an exercise's id", key));
    return body[key].get<std::string>();
}

}  // namespace

Response get_exercise_alternatives(Call& call) {
    const std::string& id = exercise_id(call);
    const auto journal = call.journal();
    const core::Profile profile = profile_of(*journal);
    return json_response(200, app::to_json(app::plan_alternatives(journal.get(), profile, id)));
}

Response get_plan_swaps(Call& call) {
    const auto journal = call.journal();
    nlohmann::json swaps = nlohmann::json::array();
    for (const auto& [planned, replacement] : journal->plan_swaps())
        swaps.push_back({{"exercise", planned}, {"replacement", replacement}});
    return json_response(200, {{"swaps", swaps}});
}

// {"exercise", "replacement"}: the planned exercise (or what replaces it now) and one of its alternatives.
Response put_plan_swap(Call& call) {
    const nlohmann::json body = call.json_body();
    for (const auto& [key, value] : body.items()) {
        if (key != "exercise" && key != "replacement")
            throw invalid(key, fmt::format("{}: is not a field of a swap", core::printable(key)));
    }
    const std::string planned = text_field(body, "exercise");
    const std::string replacement = text_field(body, "replacement");
    if (call.catalog()->find(planned) == nullptr)
        throw invalid("exercise", fmt::format("There is no exercise '{}'.", core::printable(planned)));
    const auto journal = call.journal();
    const core::Profile profile = profile_of(*journal);
    return json_response(200, app::to_json(app::swap_in_plan(*journal, profile, planned, replacement)));
}

Response delete_plan_swap(Call& call) {
    const std::string& id = exercise_id(call);
    const auto journal = call.journal();
    try {
        app::unswap_in_plan(*journal, id);
    } catch (const core::InvalidInput& error) {
        throw not_found(error.what());
    }
    return no_content();
}

}  // namespace hipfit::server::handlers
