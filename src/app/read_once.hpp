// One view's reads of the journal, each made once. A view is built from figures that each read what they
// need — the report's stats, coach and trend all read the weigh-ins; every target starts from the profile
// and the latest weight — so the same read would otherwise reach the store several times in one answer.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/repository.hpp"

namespace hipfit::app {

// A Repository over another that keeps what it has read and answers the same read again from memory.
// Any write goes through and forgets everything read, so what it answers is what the store would. For one
// view on one thread, not shared: a change made through another connection meanwhile is not seen.
class ReadOnce final : public store::Repository {
  public:
    explicit ReadOnce(store::Repository& journal) : journal_(journal) {}

    std::optional<core::Profile> load_profile() override;
    void save_profile(const core::Profile& profile) override;

    std::int64_t add_entry(const core::Entry& entry) override;
    std::optional<core::Entry> find_entry(std::int64_t id) override;
    bool replace_entry(const core::Entry& entry) override;
    bool delete_entry(std::int64_t id) override;
    std::vector<core::Entry> entries(const store::EntryQuery& query) override;
    std::optional<core::Entry> latest_entry(const store::EntryQuery& query) override;
    std::vector<core::Date> entry_dates(const store::EntryQuery& query) override;
    std::vector<core::Date> entry_days(const store::EntryQuery& query) override;
    std::vector<core::WeighIn> weigh_ins(std::optional<core::Date> until) override;
    std::vector<store::ExerciseEffort> best_efforts(core::Date until) override;
    std::vector<store::DailySum> daily_sums(const store::EntryQuery& query) override;

    std::vector<core::OwnExercise> own_exercises() override;
    void add_own_exercise(const core::OwnExercise& own) override;
    store::OwnExerciseRemoval remove_own_exercise(const std::string& id) override;

    std::optional<std::string> undo() override;
    store::ImportResult import(const std::vector<core::Entry>& entries,
                               const std::optional<core::Profile>& profile,
                               const std::vector<core::CheckinRecord>& checkins,
                               const std::vector<core::OwnExercise>& own_exercises) override;

    void save_checkin(const core::CheckinRecord& checkin) override;
    std::vector<core::CheckinRecord> checkins() override;

    std::map<std::string, std::string> plan_swaps() override;
    void save_plan_swap(const std::string& exercise_id, const std::string& replacement_id) override;
    bool remove_plan_swap(const std::string& exercise_id) override;

    void backup_to(const std::string& path) override;

  private:
    using QueryKey =
        std::tuple<std::optional<core::EntryKind>, std::optional<core::Date>, std::optional<core::Date>>;
    static QueryKey key_of(const store::EntryQuery& query) { return {query.kind, query.since, query.until}; }
    void forget();

    store::Repository& journal_;
    std::optional<std::optional<core::Profile>> profile_;
    std::map<QueryKey, std::vector<core::Entry>> entries_;
    std::map<QueryKey, std::optional<core::Entry>> latest_;
    std::map<QueryKey, std::vector<core::Date>> dates_;
    std::map<QueryKey, std::vector<core::Date>> days_;
    std::map<std::optional<core::Date>, std::vector<core::WeighIn>> weigh_ins_;
    std::map<core::Date, std::vector<store::ExerciseEffort>> best_efforts_;
    std::map<QueryKey, std::vector<store::DailySum>> daily_sums_;
    std::optional<std::vector<core::OwnExercise>> own_exercises_;
    std::optional<std::vector<core::CheckinRecord>> checkins_;
    std::optional<std::map<std::string, std::string>> plan_swaps_;
};

}  // namespace hipfit::app
