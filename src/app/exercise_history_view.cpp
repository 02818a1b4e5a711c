#include "app/exercise_history_view.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/person.hpp"
#include "core/body/profile.hpp"
#include "io/entry_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using nlohmann::json;

ExerciseHistoryView exercise_history_view(store::Repository* journal, const Exercise& exercise) {
    ExerciseHistoryView view;
    view.exercise = &exercise;
    view.units = journal_units(journal);
    const std::vector<Entry> workouts =
        journal ? journal->entries({EntryKind::workout, std::nullopt, std::nullopt}) : std::vector<Entry>{};
    view.history = exercise_history(workouts, exercise.id);
    return view;
}

std::string nothing_logged_text(const ExerciseHistoryView& view) {
    return fmt::format("{} has not been logged yet.", view.exercise->name);
}

namespace {

// Sets in the journal's own codec (io/entry_json), so the keys and units are the export's.
json sets_json(const std::vector<WorkoutSet>& sets) {
    Entry entry;
    entry.kind = EntryKind::workout;
    entry.sets = sets;
    return io::to_json(entry).at("sets");
}

template <class T>
json or_null(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

json best_json(const std::optional<BestSet>& best) {
    if (!best)
        return nullptr;
    return {{"date", format_date(best->date)},
            {"time", format_time_of_day(best->time)},
            {"set", sets_json({best->set}).at(0)}};
}

}  // namespace

json to_json(const ExerciseHistoryView& view) {
    const ExerciseHistory& h = view.history;
    json sessions = json::array();
    for (const HistorySession& s : h.sessions) {
        sessions.push_back({{"entry_id", s.entry_id},
                            {"date", format_date(s.date)},
                            {"time", format_time_of_day(s.time)},
                            {"sets", sets_json(s.sets)},
                            {"estimated_one_rep_max_kg", or_null(s.estimated_one_rep_max_kg)},
                            {"most_reps", or_null(s.most_reps)},
                            {"longest_hold_seconds", or_null(s.longest_hold_seconds)},
                            {"longest_minutes", or_null(s.longest_minutes)}});
    }
    json one_rep_max = best_json(h.bests.estimated_one_rep_max);
    if (!one_rep_max.is_null())
        one_rep_max["estimated_one_rep_max_kg"] = *h.bests.estimated_one_rep_max_kg;
    return {{"exercise", view.exercise->id},
            {"name", view.exercise->name},
            {"kind", name_of(kExerciseKindNames, view.exercise->kind)},
            {"units", name_of(kUnitSystemNames, view.units)},
            {"nothing_logged", h.sessions.empty()},
            {"message", h.sessions.empty() ? json(nothing_logged_text(view)) : json(nullptr)},
            {"sessions", sessions},
            {"bests",
             {{"estimated_one_rep_max", one_rep_max},
              {"most_reps", best_json(h.bests.most_reps)},
              {"most_reps_body_weight", best_json(h.bests.most_reps_body_weight)},
              {"longest_hold", best_json(h.bests.longest_hold)},
              {"longest_bout", best_json(h.bests.longest_bout)}}}};
}

}  // namespace hipfit::app
