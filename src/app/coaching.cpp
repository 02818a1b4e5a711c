#include "app/coaching.hpp"
#include "app/own_exercises.hpp"

#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "app/read_once.hpp"
#include "core/body/body_metrics.hpp"
#include "core/coach/coach_underweight.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;

CoachHistory coach_history(store::Repository& journal, Date today, const Catalog& catalog) {
    CoachHistory history;
    history.trend = weight_trend(journal.weigh_ins(today));
    for (const Entry& e : journal.entries({EntryKind::measure, std::nullopt, today})) {
        if (e.measurements.hip)
            history.hips.push_back({e.date, e.measurements.hip->value()});
    }
    for (store::ExerciseEffort& best : journal.best_efforts(before_celebrate_week(today))) {
        if (has_efforts(best.exercise_id, catalog))
            history.efforts_before_week[std::move(best.exercise_id)].push_back(best.effort);
    }
    return history;
}

std::vector<Advice> coach_advice(store::Repository& source, Date today) {
    ReadOnce journal(source);  // the profile and the latest weight, read for each target, once
    const Profile stored = profile_as_of(&journal, today);
    const Profile profile = with_goal_in_force(stored);
    // The rules read the last weeks entry by entry, and what reaches back to the first entry (the trend,
    // the hips, the efforts to beat) through narrow reads.
    const Period window = coach_window(today);
    const std::vector<Entry> entries = journal.entries({std::nullopt, window.start, today});
    // The plan is the built-in catalog's; the journal may hold the person's own exercises too.
    const std::vector<Date> planned = planned_session_dates(profile, io::builtin_catalog(), today);
    const std::shared_ptr<const Catalog> person = person_catalog(&journal);
    const Catalog& catalog = *person;
    const CoachHistory history = coach_history(journal, today, catalog);
    const CoachContext context{today,
                               entries,
                               history,
                               catalog,
                               targets_in_force(&journal, today),
                               profile.units,
                               profile.program_start,
                               planned};
    std::vector<Advice> advice = coach(context);
    // Said first, above every other safety advice: the goal the person chose is no longer planned.
    if (auto underweight =
            underweight_on_fat_loss(body_mass_index(stored.weight, stored.height), stored.goal))
        advice.insert(advice.begin(), std::move(*underweight));
    return advice;
}

nlohmann::json to_json(const std::vector<Advice>& advice) {
    nlohmann::json list = nlohmann::json::array();
    for (const Advice& a : advice) {
        list.push_back({{"rule", a.rule},
                        {"severity", std::string(name_of(kSeverityNames, a.severity))},
                        {"message", a.message}});
    }
    return list;
}

}  // namespace hipfit::app
