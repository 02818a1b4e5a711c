#include "app/portability.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/entry_json.hpp"

namespace hipfit::app {

io::ExportData export_data(store::Repository& journal) {
    io::ExportData data;
    data.profile = journal.load_profile();
    data.entries = journal.entries({});
    data.checkins = journal.checkins();
    data.own_exercises = journal.own_exercises();
    return data;
}

namespace {

// An entry's kind, date, time and values, without its id: two entries with the same key are the same
// record (the export's JSON writes every number so that it reads back exactly).
std::string record_key(const core::Entry& entry) {
    nlohmann::json record = io::to_json(entry);
    record.erase("id");
    return record.dump();
}

}  // namespace

ImportOutcome import_data(store::Repository& journal, const io::ExportData& data, bool dry_run) {
    ImportOutcome outcome;
    // Counted, not merely present: two glasses of water logged in the same minute are two entries, and a
    // file holding both adds the second when the journal has only one.
    std::map<std::string, std::size_t> stored;
    std::set<std::string> sources;  // of entries imported from other apps: one of each per journal
    for (const core::Entry& entry : journal.entries({})) {
        ++stored[record_key(entry)];
        if (!entry.source.empty())
            sources.insert(entry.source);
    }
    std::vector<core::Entry> fresh;
    for (const core::Entry& entry : data.entries) {
        const auto match = stored.find(record_key(entry));
        if (match != stored.end() && match->second > 0) {
            --match->second;
            ++outcome.entries_already_there;
        } else if (!entry.source.empty() && !sources.insert(entry.source).second) {
            ++outcome.entries_already_there;  // the same record of another app, edited since
        } else {
            fresh.push_back(entry);
        }
    }
    outcome.profile_added = data.profile && !journal.load_profile();
    // Those already there (read_checked_export let only equal ones through) are not added again.
    const std::vector<core::OwnExercise> stored_own = journal.own_exercises();
    std::vector<core::OwnExercise> new_own;
    for (const core::OwnExercise& own : data.own_exercises) {
        const auto same = [&](const core::OwnExercise& o) { return o.id == own.id; };
        if (std::none_of(stored_own.begin(), stored_own.end(), same) &&
            std::none_of(new_own.begin(), new_own.end(), same))
            new_own.push_back(own);
    }
    if (!dry_run) {
        outcome.added = journal.import(fresh, outcome.profile_added ? data.profile : std::nullopt,
                                       data.checkins, new_own);
        return outcome;
    }
    // What import would add, counted as it counts: a check-in only on a day without one.
    outcome.added.entries = fresh.size();
    outcome.added.own_exercises = new_own.size();
    std::set<core::Date> checkin_days;
    for (const core::CheckinRecord& checkin : journal.checkins()) checkin_days.insert(checkin.date);
    for (const core::CheckinRecord& checkin : data.checkins) {
        if (checkin_days.insert(checkin.date).second) {
            ++outcome.added.checkins;
        } else {
            outcome.added.checkins_kept.push_back(checkin.date);
        }
    }
    return outcome;
}

nlohmann::json to_json(const ImportOutcome& outcome, bool dry_run) {
    nlohmann::json kept = nlohmann::json::array();
    for (const core::Date day : outcome.added.checkins_kept) kept.push_back(core::format_date(day));
    return {{"imported", outcome.added.entries},
            {"already_there", outcome.entries_already_there},
            {"profile_imported", outcome.profile_added},
            {"checkins_imported", outcome.added.checkins},
            {"checkins_kept", std::move(kept)},
            {"own_exercises_imported", outcome.added.own_exercises},
            {"from", "hipfit"},
            {"format", "hipfit export"},
            {"dry_run", dry_run}};
}

std::string records_text(std::size_t entries, std::size_t checkins, bool profile) {
    std::string text = fmt::format("{} {}", entries, entries == 1 ? "entry" : "entries");
    if (checkins > 0)
        text += fmt::format("{}{} {}", profile ? ", " : " and ", checkins,
                            checkins == 1 ? "check-in" : "check-ins");
    return profile ? text + " and the profile" : text;
}

}  // namespace hipfit::app
