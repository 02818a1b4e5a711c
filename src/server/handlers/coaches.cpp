// Coaches: a person invites another account as their coach; once it accepts, it may read the person's
// data and assign a program (?account=ID, checked in dispatch()). Either side ends the link at once.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_error.hpp"
#include "server/credentials.hpp"
#include "server/handlers/handlers.hpp"
#include "server/handlers/request_fields.hpp"
#include "server/server_state.hpp"

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

// The same answer whether or not an account has the e-mail, and for an invitation made before: a person
// cannot learn from it who has an account here (OWASP ASVS 4.0.3 V2.2.1's anti-automation, and the OWASP
// Authentication Cheat Sheet's "Authentication and Error Messages"). The list of coaches shows an
// invitation once made, so the number of e-mails a person can try is throttled.
Response invite_coach(Call& call) {
    const nlohmann::json body = call.json_body();
    const std::string email = required_string(body, "email");
    if (!acceptable_email(email))
        throw invalid("email",
                      "email: give an e-mail address such as name@example.com (no spaces or control "
                      "characters)");
    store::Accounts& accounts = call.database.accounts();
    const std::optional<store::Account> coach = accounts.find_account_by_email(email);
    if (coach && coach->id == call.account().id)
        throw invalid("email", "email: you cannot coach yourself");
    if (const std::optional<std::int64_t> wait = call.state.invitations.reserve(
            call.database, fmt::format("account:{}", call.account().id), call.state.seconds_now())) {
        const std::int64_t minutes = (*wait + 59) / 60;
        Response response = error_response(
            429, "too_many_requests",
            fmt::format("too many invitations: try again in {} minute{}", minutes, minutes == 1 ? "" : "s"));
        response.headers.emplace_back("Retry-After", std::to_string(*wait));
        return response;
    }
    if (coach)
        accounts.invite_coach(call.account().id, coach->id);  // false when invited before: the same answer
    return json_response(202,
                         {{"email", email}, {"message", "if an account has this e-mail, it is invited"}});
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
