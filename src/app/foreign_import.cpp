#include "app/foreign_import.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/catalog_json.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/exercise_names.hpp"
#include "io/import/import_formats.hpp"
#include "io/import/import_values.hpp"

namespace hipfit::app {

namespace {

// The kind of an exercise hipfit has never seen, from how the file logs it: reps make it strength; a name
// that sounds like cardio ("Rowing (Machine)", "Treadmill") cardio, since apps log a bout's time as they
// log a hold's; else holds alone an isometric hold, time or distance alone cardio.
core::ExerciseKind kind_from_sets(std::string_view name, const std::vector<const core::WorkoutSet*>& sets) {
    const auto any = [&](auto has) { return std::ranges::any_of(sets, has); };
    if (any([](const core::WorkoutSet* s) { return s->reps.has_value(); }))
        return core::ExerciseKind::strength;
    if (io::sounds_like_cardio(name))
        return core::ExerciseKind::cardio;
    if (any([](const core::WorkoutSet* s) { return s->hold_seconds.has_value(); }))
        return core::ExerciseKind::isometric;
    if (any([](const core::WorkoutSet* s) { return s->minutes || s->distance_km; }))
        return core::ExerciseKind::cardio;
    return core::ExerciseKind::strength;
}

// An own exercise's name from an app's: trimmed, and cut (with an ellipsis) to the longest name hipfit
// keeps; the summary shows both.
std::string own_name_for(std::string_view app_name) {
    return io::cut_to_characters(std::string(io::trim_blanks(app_name)), core::kMaxOwnNameCharacters);
}

class ExerciseMapper {
  public:
    explicit ExerciseMapper(const std::vector<core::OwnExercise>& own) : own_(own) {}

    // The exercise id for the file's name; a new own exercise of `kind` when none matches.
    ExerciseMatch& match(const std::string& name, core::ExerciseKind kind) {
        const std::string key = io::exercise_name_key(name);
        if (auto found = matches_.find(key); found != matches_.end())
            return found->second;
        ExerciseMatch m{name, {}, {}, ExerciseMatchKind::catalog, 0};
        const core::Catalog& builtin = io::builtin_catalog();
        if (const std::optional<std::string> id = io::catalog_exercise_for(name)) {
            m.exercise_id = *id;
        } else if (const core::Exercise* same = named_in_catalog(builtin, key)) {
            m.exercise_id = same->id;
        } else if (const core::OwnExercise* mine = core::own_exercise_named(own_, own_name_for(name))) {
            m.exercise_id = mine->id;
            m.kind = ExerciseMatchKind::own;
        } else if (const core::OwnExercise* added = core::own_exercise_named(new_own_, own_name_for(name))) {
            m.exercise_id = added->id;  // two names of the file that cut to one
            m.kind = ExerciseMatchKind::new_own;
        } else {
            m.exercise_id = add_own(name, kind).id;
            m.kind = ExerciseMatchKind::new_own;
        }
        m.exercise_name = exercise_name(m.exercise_id);
        return matches_.emplace(key, std::move(m)).first->second;
    }

    [[nodiscard]] const std::vector<core::OwnExercise>& new_own() const { return new_own_; }
    [[nodiscard]] std::vector<ExerciseMatch> matches() const {
        std::vector<ExerciseMatch> all;
        for (const auto& [key, m] : matches_) all.push_back(m);
        return all;
    }

  private:
    static const core::Exercise* named_in_catalog(const core::Catalog& catalog, const std::string& key) {
        for (const core::Exercise& e : catalog.exercises()) {
            if (io::exercise_name_key(e.name) == key)
                return &e;
        }
        return nullptr;
    }

    const core::OwnExercise& add_own(const std::string& name, core::ExerciseKind kind) {
        core::OwnExerciseInput input;
        input.name = own_name_for(name);
        input.kind = kind;
        // hipfit cannot know the muscles of an exercise it has never seen: the core, as the least
        // misleading guess, which the person corrects by removing and adding it again.
        input.primary_muscles = {core::Muscle::core};
        input.equipment = io::equipment_named_in(name);
        std::vector<core::OwnExercise> all = own_;
        all.insert(all.end(), new_own_.begin(), new_own_.end());
        new_own_.push_back(core::make_own_exercise(input, all));
        return new_own_.back();
    }

    std::string exercise_name(const std::string& id) const {
        if (const core::Exercise* e = io::builtin_catalog().find(id))
            return e->name;
        for (const auto* list : {&own_, &new_own_}) {
            for (const core::OwnExercise& o : *list) {
                if (o.id == id)
                    return o.name;
            }
        }
        return id;
    }

    const std::vector<core::OwnExercise>& own_;
    std::vector<core::OwnExercise> new_own_;
    std::map<std::string, ExerciseMatch> matches_;
};

// The sets of each exercise name, over the whole file, so a new own exercise gets its kind from all.
std::map<std::string, std::vector<const core::WorkoutSet*>> sets_by_name(const io::ImportedHistory& history) {
    std::map<std::string, std::vector<const core::WorkoutSet*>> by_name;
    for (const io::ImportedEntry& imported : history.entries) {
        for (std::size_t i = 0; i < imported.entry.sets.size() && i < imported.exercise_names.size(); ++i)
            by_name[io::exercise_name_key(imported.exercise_names[i])].push_back(&imported.entry.sets[i]);
    }
    return by_name;
}

// A set timed in seconds alone, as the exercise's kind reads it: a bout of minutes for cardio, a hold for an
// isometric or strength exercise. Apps write both as seconds; hipfit keeps them apart.
void read_time_as_the_kind_does(core::WorkoutSet& set, core::ExerciseKind kind) {
    if (set.reps || set.distance_km || set.rounds)
        return;
    if (kind == core::ExerciseKind::cardio && set.hold_seconds && !set.minutes) {
        set.minutes = io::without_float_dust(*set.hold_seconds / 60.0);
        set.hold_seconds.reset();
    } else if ((kind == core::ExerciseKind::isometric || kind == core::ExerciseKind::strength) &&
               set.minutes && !set.hold_seconds) {
        set.hold_seconds = static_cast<int>(std::lround(*set.minutes * 60.0));
        set.minutes.reset();
    }
}

// The sets hipfit accepts, each checked alone so that one bad set leaves out only itself (named in
// `refused` with the set's place); then the workout as a whole. False when nothing of it is kept.
bool keep_what_is_accepted(io::ImportedEntry& imported, core::Date today, const core::Catalog& catalog,
                           std::vector<RefusedRecord>& refused) {
    core::Entry& entry = imported.entry;
    if (entry.kind == core::EntryKind::workout) {
        std::vector<core::WorkoutSet> kept;
        std::vector<std::string> kept_names;
        for (std::size_t i = 0; i < entry.sets.size(); ++i) {
            core::Entry probe = entry;
            probe.sets = {entry.sets[i]};
            probe.energy_kcal.reset();
            try {
                check_entry_at(probe, imported.origin, today, catalog);
                kept.push_back(entry.sets[i]);
                kept_names.push_back(imported.exercise_names[i]);
            } catch (const core::InvalidInput& refusal) {
                // The probe's one set is "set 1": named as the workout's set it is.
                std::string reason = refusal.what();
                const std::string probe_set = imported.origin + ", set 1";
                if (reason.starts_with(probe_set))
                    reason.replace(
                        0, probe_set.size(),
                        fmt::format("{}, set {} ({})", imported.origin, i + 1, imported.exercise_names[i]));
                refused.push_back({imported.origin, std::move(reason)});
            }
        }
        if (kept.empty())
            return false;
        entry.sets = std::move(kept);
        imported.exercise_names = std::move(kept_names);
    }
    try {
        check_entry_at(entry, imported.origin, today, catalog);
        return true;
    } catch (const core::InvalidInput& refusal) {
        refused.push_back({imported.origin, refusal.what()});
        return false;
    }
}

}  // namespace

ImportPlan plan_import(const io::ImportInput& input, io::SourceApp app, const io::ImportOptions& options,
                       core::Date today, const std::vector<core::OwnExercise>& own) {
    io::ImportedHistory history = io::read_history(input, app, options);
    ImportPlan plan;
    plan.app = history.app;
    plan.format = history.format;
    plan.left_out = history.left_out;
    const auto by_name = sets_by_name(history);
    ExerciseMapper mapper(own);
    for (io::ImportedEntry& imported : history.entries) {
        core::Entry& entry = imported.entry;
        for (std::size_t i = 0; i < entry.sets.size(); ++i) {
            const std::string& name = imported.exercise_names.at(i);
            const ExerciseMatch& m =
                mapper.match(name, kind_from_sets(name, by_name.at(io::exercise_name_key(name))));
            entry.sets[i].exercise_id = m.exercise_id;
        }
    }
    plan.new_own = mapper.new_own();
    std::vector<core::OwnExercise> all_own = own;
    all_own.insert(all_own.end(), plan.new_own.begin(), plan.new_own.end());
    const core::Catalog catalog = core::person_catalog(io::builtin_catalog(), all_own);
    // The sets kept, by the file's name: the summary counts only what is imported.
    std::map<std::string, std::size_t> kept_sets;
    for (io::ImportedEntry& imported : history.entries) {
        for (core::WorkoutSet& set : imported.entry.sets)
            read_time_as_the_kind_does(set, catalog.get(set.exercise_id).kind);
        if (!keep_what_is_accepted(imported, today, catalog, plan.refused))
            continue;
        for (const std::string& name : imported.exercise_names) ++kept_sets[io::exercise_name_key(name)];
        plan.entries.push_back(std::move(imported.entry));
    }
    for (ExerciseMatch m : mapper.matches()) {
        m.sets = kept_sets[io::exercise_name_key(m.name)];
        if (m.sets > 0)
            plan.exercises.push_back(std::move(m));
    }
    // An own exercise whose every set was refused is not added.
    std::set<std::string> used;
    for (const core::Entry& e : plan.entries) {
        for (const core::WorkoutSet& s : e.sets) used.insert(s.exercise_id);
    }
    std::erase_if(plan.new_own, [&](const core::OwnExercise& o) { return !used.contains(o.id); });
    return plan;
}

PlanOutcome apply_plan(store::Repository* journal, const ImportPlan& plan, bool dry_run) {
    if (journal == nullptr && !dry_run)
        throw std::logic_error("apply_plan: an import needs a journal to write to");
    std::set<std::string> stored;
    for (const core::Entry& e : journal != nullptr ? journal->entries({}) : std::vector<core::Entry>{}) {
        if (!e.source.empty())
            stored.insert(e.source);
    }
    PlanOutcome outcome;
    std::vector<core::Entry> fresh;
    std::set<std::string> needed;
    for (const core::Entry& e : plan.entries) {
        if (stored.contains(e.source)) {
            ++outcome.already_there;
            continue;
        }
        fresh.push_back(e);
        ++outcome.added_by_kind[std::string(core::name_of(core::kEntryKindNames, e.kind))];
        for (const core::WorkoutSet& s : e.sets) needed.insert(s.exercise_id);
    }
    std::vector<core::OwnExercise> new_own;
    for (const core::OwnExercise& o : plan.new_own) {
        if (needed.contains(o.id))
            new_own.push_back(o);
    }
    outcome.added = fresh.size();
    outcome.own_added = new_own.size();
    if (!dry_run && !fresh.empty())
        journal->import(fresh, std::nullopt, {}, new_own);
    return outcome;
}

namespace {

std::string_view match_kind_name(ExerciseMatchKind kind) {
    switch (kind) {
        case ExerciseMatchKind::catalog:
            return "catalog";
        case ExerciseMatchKind::own:
            return "own";
        case ExerciseMatchKind::new_own:
            return "new_own";
    }
    return "?";
}

}  // namespace

nlohmann::json to_json(const ImportPlan& plan, const PlanOutcome& outcome, bool dry_run) {
    nlohmann::json exercises = nlohmann::json::array();
    for (const ExerciseMatch& m : plan.exercises) {
        exercises.push_back({{"name", m.name},
                             {"exercise", m.exercise_id},
                             {"exercise_name", m.exercise_name},
                             {"match", match_kind_name(m.kind)},
                             {"sets", m.sets}});
    }
    nlohmann::json refused = nlohmann::json::array();
    for (const RefusedRecord& r : plan.refused)
        refused.push_back({{"origin", r.origin}, {"reason", r.reason}});
    return {{"from", core::name_of(io::kSourceAppNames, plan.app)},
            {"format", plan.format},
            {"dry_run", dry_run},
            {"imported", outcome.added},
            {"imported_by_kind", outcome.added_by_kind},
            {"already_there", outcome.already_there},
            {"own_exercises_imported", outcome.own_added},
            {"exercises", std::move(exercises)},
            {"left_out", plan.left_out},
            {"refused", std::move(refused)}};
}

}  // namespace hipfit::app
