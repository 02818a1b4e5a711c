#include "app/read_once.hpp"

namespace hipfit::app {

namespace {

// The answer kept under `key`, read through `read` the first time.
template <class Map, class Key, class Read>
auto kept(Map& map, const Key& key, Read read) {
    auto found = map.find(key);
    if (found == map.end())
        found = map.emplace(key, read()).first;
    return found->second;
}

}  // namespace

void ReadOnce::forget() {
    profile_.reset();
    entries_.clear();
    latest_.clear();
    dates_.clear();
    days_.clear();
    weigh_ins_.clear();
    best_efforts_.clear();
    daily_sums_.clear();
    own_exercises_.reset();
    checkins_.reset();
    plan_swaps_.reset();
}

std::optional<core::Profile> ReadOnce::load_profile() {
    if (!profile_)
        profile_ = journal_.load_profile();
    return *profile_;
}

void ReadOnce::save_profile(const core::Profile& profile) {
    forget();
    journal_.save_profile(profile);
}

std::int64_t ReadOnce::add_entry(const core::Entry& entry) {
    forget();
    return journal_.add_entry(entry);
}

std::optional<core::Entry> ReadOnce::find_entry(std::int64_t id) {
    return journal_.find_entry(id);
}

bool ReadOnce::replace_entry(const core::Entry& entry) {
    forget();
    return journal_.replace_entry(entry);
}

bool ReadOnce::delete_entry(std::int64_t id) {
    forget();
    return journal_.delete_entry(id);
}

std::vector<core::Entry> ReadOnce::entries(const store::EntryQuery& query) {
    return kept(entries_, key_of(query), [&] { return journal_.entries(query); });
}

std::optional<core::Entry> ReadOnce::latest_entry(const store::EntryQuery& query) {
    return kept(latest_, key_of(query), [&] { return journal_.latest_entry(query); });
}

std::vector<core::Date> ReadOnce::entry_dates(const store::EntryQuery& query) {
    return kept(dates_, key_of(query), [&] { return journal_.entry_dates(query); });
}

std::vector<core::Date> ReadOnce::entry_days(const store::EntryQuery& query) {
    return kept(days_, key_of(query), [&] { return journal_.entry_days(query); });
}

std::vector<core::WeighIn> ReadOnce::weigh_ins(std::optional<core::Date> until) {
    return kept(weigh_ins_, until, [&] { return journal_.weigh_ins(until); });
}

std::vector<store::ExerciseEffort> ReadOnce::best_efforts(core::Date until) {
    return kept(best_efforts_, until, [&] { return journal_.best_efforts(until); });
}

std::vector<store::DailySum> ReadOnce::daily_sums(const store::EntryQuery& query) {
    return kept(daily_sums_, key_of(query), [&] { return journal_.daily_sums(query); });
}

std::vector<core::OwnExercise> ReadOnce::own_exercises() {
    if (!own_exercises_)
        own_exercises_ = journal_.own_exercises();
    return *own_exercises_;
}

void ReadOnce::add_own_exercise(const core::OwnExercise& own) {
    forget();
    journal_.add_own_exercise(own);
}

store::OwnExerciseRemoval ReadOnce::remove_own_exercise(const std::string& id) {
    forget();
    return journal_.remove_own_exercise(id);
}

std::optional<std::string> ReadOnce::undo() {
    forget();
    return journal_.undo();
}

store::ImportResult ReadOnce::import(const std::vector<core::Entry>& entries,
                                     const std::optional<core::Profile>& profile,
                                     const std::vector<core::CheckinRecord>& checkins,
                                     const std::vector<core::OwnExercise>& own_exercises) {
    forget();
    return journal_.import(entries, profile, checkins, own_exercises);
}

void ReadOnce::save_checkin(const core::CheckinRecord& checkin) {
    forget();
    journal_.save_checkin(checkin);
}

std::vector<core::CheckinRecord> ReadOnce::checkins() {
    if (!checkins_)
        checkins_ = journal_.checkins();
    return *checkins_;
}

std::map<std::string, std::string> ReadOnce::plan_swaps() {
    if (!plan_swaps_)
        plan_swaps_ = journal_.plan_swaps();
    return *plan_swaps_;
}

void ReadOnce::save_plan_swap(const std::string& exercise_id, const std::string& replacement_id) {
    forget();
    journal_.save_plan_swap(exercise_id, replacement_id);
}

bool ReadOnce::remove_plan_swap(const std::string& exercise_id) {
    forget();
    return journal_.remove_plan_swap(exercise_id);
}

void ReadOnce::backup_to(const std::string& path) {
    journal_.backup_to(path);
}

}  // namespace hipfit::app
