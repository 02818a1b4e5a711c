#include "app/checkin_view.hpp"

#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "core/assessment/assessment.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using nlohmann::json;

namespace {

CheckinRecord record_of(const CheckinView& view) {
    return {view.today,
            view.result.new_target,
            view.result.previous_target,
            view.estimate.expenditure,
            view.estimate.expenditure_sd,
            view.result.reasons};
}

// Today's check-in, already kept, as the decision the view shows: not due again for a week.
CheckinResult kept_decision(const CheckinRecord& kept) {
    CheckinResult result;
    result.new_target = kept.target;
    result.previous_target = kept.previous_target;
    result.changed = kept.target != kept.previous_target;
    result.reasons = kept.reasons;
    return result;
}

json kcal_or_null(bool known, Kilocalories kcal) {
    return known ? json(kcal.value()) : json(nullptr);
}

}  // namespace

CheckinView run_checkin(store::Repository& journal, Date today, bool keep) {
    const Profile profile = view_profile(&journal, today);
    const Assessment assessment = assess(profile, today);
    CheckinView view;
    view.today = today;
    view.units = profile.units;
    // The target in force before today: today's own check-in (when run twice) is replaced, not built upon.
    const AdoptedTarget before = adopted_target(&journal, profile, assessment, add_days(today, -1));
    view.last = before.checkin;
    const std::optional<Date> last_date = view.last ? std::optional(view.last->date) : std::nullopt;
    view.next_due = checkin_due(last_date, today) ? today : add_days(*last_date, kCheckinIntervalDays);
    view.formula_expenditure = assessment.tdee;

    const Date first = add_days(today, -(kCheckinLookbackDays - 1));
    const std::vector<Entry> entries = journal.entries({std::nullopt, first, today});
    const std::vector<DailyLog> logs = daily_logs(entries, first, today);
    view.estimate = estimate_expenditure(logs, assessment.tdee, assessment.fat_mass);

    if (!keep) {
        const std::optional<CheckinRecord> now = adopted_target(&journal, profile, assessment, today).checkin;
        if (now && now->date == today) {
            view.result = kept_decision(*now);
            view.next_due = add_days(today, kCheckinIntervalDays);
            view.saved = true;
            return view;
        }
    }
    view.result = weekly_checkin({profile, today, last_date, view.estimate, before.kcal, assessment.tdee,
                                  assessment.bmr, profile.weight, assessment.fat_mass});
    if (keep && view.result.due && view.estimate.available) {
        journal.save_checkin(record_of(view));
        view.saved = true;
    }
    return view;
}

json to_json(const CheckinView& view) {
    const ExpenditureEstimate& e = view.estimate;
    const CheckinResult& r = view.result;
    return {{"date", format_date(view.today)},
            {"due", r.due},
            {"next_due", format_date(view.next_due)},
            {"saved", view.saved},
            {"last_checkin", view.last ? json(format_date(view.last->date)) : json(nullptr)},
            {"estimate",
             {{"available", e.available},
              {"why_not", e.available ? json(nullptr) : json(e.why_not)},
              {"expenditure_kcal", kcal_or_null(e.available, e.expenditure)},
              {"expenditure_sd_kcal", kcal_or_null(e.available, e.expenditure_sd)},
              {"formula_expenditure_kcal", view.formula_expenditure.value()},
              {"trend_weight_kg", e.weigh_ins > 0 ? json(e.trend_weight.value()) : json(nullptr)},
              {"days_used", e.days_used},
              {"weigh_ins", e.weigh_ins},
              {"intake_days", e.intake_days}}},
            {"previous_target_kcal", r.previous_target.value()},
            {"target_kcal", r.new_target.value()},
            {"changed", r.changed},
            {"reasons", r.reasons}};
}

}  // namespace hipfit::app
