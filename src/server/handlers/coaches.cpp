// Coaches: a person invites another account as their coach; once it accepts, it may read the person's
// data and assign a program (?account=ID, checked in dispatch()). Either side ends the link at once.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"
#include "server/handlers/json_fields.hpp"

namespace hipfit::server::handlers {
namespace {

nlohmann::json links_json(const std::vector<store::CoachLink>& links) {
    nlohmann::json list = nlohmann::json::array();
    for (const store::CoachLink& link : links) {
        list.push_back({{"id", link.other},
                        {"email", link.email},
                        {"status", link.status == store::CoachStatus::active ? "active" : "invited"}});
    }
    return list;
}

nlohmann::json link_json(store::AccountId other, const std::string& email, store::CoachStatus status) {
    return links_json({{other, email, status}});
}

}  // namespace

Response list_coaches(Call& call) {
    return json_response(200, links_json(call.database.accounts().coaches_of(call.account().id)));
}

Response invite_coach(Call& call) {
    const nlohmann::json body = call.json_body();
    const std::string email = required_string(body, "email");
    store::Accounts& accounts = call.database.accounts();
    const std::optional<store::Account> coach = accounts.find_account_by_email(email);
    if (!coach)
        throw ApiError(404, "not_found",
                       "email: there is no account with this e-mail; ask your coach to sign up", "email");
    if (coach->id == call.account().id)
        throw invalid("email", "email: you cannot coach yourself");
    if (!accounts.invite_coach(call.account().id, coach->id))
        throw conflict("email: this account is already your coach or invited", "email");
    return json_response(201, link_json(coach->id, coach->email, store::CoachStatus::invited)[0]);
}

Response revoke_coach(Call& call) {
    const std::int64_t coach = id_parameter(call.path_parameters.at(0), "coach");
    if (!call.database.accounts().remove_link(call.account().id, coach))
        throw not_found(fmt::format("account {} is not your coach", coach));
    return no_content();
}

Response list_clients(Call& call) {
    return json_response(200, links_json(call.database.accounts().clients_of(call.account().id)));
}

Response accept_client(Call& call) {
    const std::int64_t client = id_parameter(call.path_parameters.at(0), "client");
    store::Accounts& accounts = call.database.accounts();
    if (!accounts.accept_invitation(client, call.account().id))
        throw not_found(fmt::format("account {} has not invited you", client));
    const std::optional<store::Account> account = accounts.find_account(client);
    return json_response(200,
                         link_json(client, account ? account->email : "", store::CoachStatus::active)[0]);
}

Response leave_client(Call& call) {
    const std::int64_t client = id_parameter(call.path_parameters.at(0), "client");
    if (!call.database.accounts().remove_link(client, call.account().id))
        throw not_found(fmt::format("you do not coach account {}", client));
    return no_content();
}

}  // namespace hipfit::server::handlers
