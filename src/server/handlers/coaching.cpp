// The weekly check-in (GET: what it would decide today; POST: decide and keep it) and the coach's
// advice — the JSON of 'hipfit checkin --json' (app/checkin_view.hpp) and of the advice in 'hipfit
// report --json' (app/coaching.hpp).
#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/checkin_view.hpp"
#include "app/coaching.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {
namespace {

using nlohmann::json;

json kcal_or_null(const std::optional<core::Kilocalories>& kcal) {
    return kcal ? json(kcal->value()) : json(nullptr);
}

// The check-in whose target is in force today — today's own once it is kept — or null while the
// formula's is. The check-in's own `last_checkin` is the one before today, so this is how a page tells
// that today's is done.
json in_force(store::Repository& journal, core::Date today) {
    const std::optional<core::CheckinRecord> checkin = app::checkin_in_force(&journal, today);
    if (!checkin)
        return nullptr;
    return {{"date", core::format_date(checkin->date)},
            {"target_kcal", checkin->target.value()},
            {"previous_target_kcal", checkin->previous_target.value()},
            {"expenditure_kcal", kcal_or_null(checkin->expenditure)},
            {"expenditure_sd_kcal", kcal_or_null(checkin->expenditure_sd)},
            {"reasons", checkin->reasons}};
}

// The check-in as 'hipfit checkin --json' prints it, and the one in force.
Response checkin_response(store::Repository& journal, core::Date today, bool keep) {
    json body = app::to_json(app::run_checkin(journal, today, keep));
    body["in_force"] = in_force(journal, today);
    return json_response(200, body);
}

}  // namespace

Response get_checkin(Call& call) {
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    return checkin_response(*journal, call.today, false);
}

// A write: dispatch() runs it in the group commit. Not due, or nothing to go on yet: 200 with "saved":
// false and nothing written, as 'hipfit checkin' exits 0. The check-in decides from the journal alone,
// so a body (a target, say) is refused rather than ignored.
Response post_checkin(Call& call) {
    call.require_no_body();
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    return checkin_response(*journal, call.today, true);
}

Response get_coach_advice(Call& call) {
    const auto journal = call.journal();
    profile_or_not_found(*journal);
    return json_response(200, app::to_json(app::coach_advice(*journal, call.today)));
}

}  // namespace hipfit::server::handlers
