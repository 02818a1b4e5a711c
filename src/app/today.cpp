#include "app/today.hpp"
#include "app/own_exercises.hpp"

#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "app/plan_swaps.hpp"
#include "app/read_once.hpp"
#include "core/assessment/assessment.hpp"
#include "core/journal/journal_progression.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;

Logged add_up(const std::vector<store::DailySum>& sums, const std::optional<Entry>& last_weight) {
    Logged sum;
    for (const store::DailySum& kind : sums) {
        switch (kind.kind) {
            case EntryKind::food:
                sum.energy_kcal = kind.value;
                sum.protein_g = kind.protein_g;
                break;
            case EntryKind::water:
                sum.water_ml = kind.value;
                break;
            case EntryKind::sleep:
                sum.sleep_hours = kind.value;
                break;
            case EntryKind::steps:
                sum.steps = kind.value;
                break;
            case EntryKind::standup:
                sum.standing_breaks = kind.value;
                break;
            case EntryKind::workout:
                sum.workouts = static_cast<int>(kind.entries);
                sum.workout_kcal = kind.energy_kcal;
                break;
            default:
                break;
        }
    }
    if (last_weight)
        sum.weight_kg = last_weight->value;
    return sum;
}

std::optional<Session> session_of_day(store::Repository* journal, const Profile& profile, Date day) {
    std::optional<Session> session = person_session(journal, profile, day);
    if (!session || journal == nullptr)
        return session;
    const auto before = std::chrono::sys_days(day);
    const store::EntryQuery workouts{EntryKind::workout,
                                     Date{before - std::chrono::days(kJournalLookbackDays)},
                                     Date{before - std::chrono::days(1)}};
    return follow_journal(*session, profile, *person_catalog(journal), journal->entries(workouts));
}

TodayView today_view(store::Repository* source, Date day, const std::optional<KeptSessions>& kept) {
    std::optional<ReadOnce> reads;  // the profile and the latest weight, read for each target, once
    if (source != nullptr)
        reads.emplace(*source);
    store::Repository* journal = reads ? &*reads : nullptr;
    const Profile profile = view_profile(journal, day);
    const Assessment assessment = assess(profile, day);
    TodayView view;
    view.day = day;
    view.program_week = program_week(profile, day);
    view.session = kept ? kept->sessions.session(kept->stamp, day, profile,
                                                 [&] { return session_of_day(journal, profile, day); })
                        : session_of_day(journal, profile, day);
    view.targets = day_targets(target_in_force(journal, day).kcal, assessment.protein, assessment.water);
    if (journal != nullptr) {
        view.logged = add_up(journal->daily_sums({std::nullopt, day, day}),
                             journal->latest_entry({EntryKind::weight, day, day}));
    }
    return view;
}

nlohmann::json to_json(const TodayView& view) {
    const Date day = view.day;
    const std::optional<Session>& session = view.session;
    const DayTargets& t = view.targets;
    const Logged& l = view.logged;
    auto optional = [](const std::optional<double>& v) {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    return {{"date", format_date(day)},
            {"session", session ? io::to_json(*session) : nlohmann::json(nullptr)},
            {"targets",
             {{"energy_kcal", t.energy.value()},
              {"protein_g", t.protein.value()},
              {"water_ml", t.water.value()},
              {"sleep_h", {t.sleep_min_hours, t.sleep_max_hours}},
              {"steps", t.steps},
              {"standing_breaks", t.standing_breaks}}},
            {"logged",
             {{"energy_kcal", l.energy_kcal},
              {"protein_g", l.protein_g},
              {"water_ml", l.water_ml},
              {"sleep_h", optional(l.sleep_hours)},
              {"steps", l.steps},
              {"standing_breaks", l.standing_breaks},
              {"workouts", l.workouts},
              {"workout_kcal", l.workout_kcal},
              {"weight_kg", optional(l.weight_kg)}}}};
}

}  // namespace hipfit::app
