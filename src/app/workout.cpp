#include "app/workout.hpp"

#include <algorithm>

#include "app/own_exercises.hpp"
#include "app/person.hpp"
#include "app/today.hpp"
#include "core/journal/personal_best.hpp"
#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

std::optional<core::WorkoutScript> workout_script(store::Repository* journal, core::Date day) {
    const core::Profile profile = profile_as_of(journal, day);
    const auto person = person_catalog(journal);  // an own exercise swapped into the session too
    const core::Catalog& catalog = *person;
    const std::optional<core::Session> session = session_of_day(journal, profile, day);
    if (!session)
        return std::nullopt;
    core::WorkoutScript script = core::make_workout_script(*session, catalog);
    script.program_week = core::program_week(profile, day);
    if (journal != nullptr) {
        const std::vector<core::Entry> workouts = journal->entries({core::EntryKind::workout, {}, {}});
        for (auto& [id, efforts] : core::efforts_by_exercise(workouts, catalog))
            script.records[id] = core::records(efforts);
    }
    return script;
}

std::optional<core::Entry> record_workout(const core::WorkoutScript& script,
                                          const core::WorkoutResult& result, core::TimeOfDay time,
                                          const EntryWrite& write) {
    core::Entry entry = core::workout_entry(script, result, time);
    if (entry.sets.empty())
        return std::nullopt;
    entry.date = std::min(entry.date, write.today);
    return add_entry(std::move(entry), write);
}

std::vector<core::PersonalBest> new_personal_bests(store::Repository& journal, const core::Entry& entry) {
    std::vector<core::Entry> earlier = journal.entries({core::EntryKind::workout, {}, entry.date});
    std::erase_if(earlier, [&](const core::Entry& e) { return e.id == entry.id; });
    return core::personal_bests(earlier, {&entry, 1}, *person_catalog(&journal));
}

}  // namespace hipfit::app
