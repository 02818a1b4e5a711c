#include "app/portability.hpp"

#include <fmt/format.h>

namespace hipfit::app {

io::ExportData export_data(store::Repository& journal) {
    io::ExportData data;
    data.profile = journal.load_profile();
    data.entries = journal.entries({});
    data.checkins = journal.checkins();
    return data;
}

ImportOutcome import_data(store::Repository& journal, const io::ExportData& data) {
    ImportOutcome outcome;
    outcome.profile_added = data.profile && !journal.load_profile();
    outcome.added =
        journal.import(data.entries, outcome.profile_added ? data.profile : std::nullopt, data.checkins);
    return outcome;
}

std::string records_text(std::size_t entries, std::size_t checkins, bool profile) {
    std::string text = fmt::format("{} {}", entries, entries == 1 ? "entry" : "entries");
    if (checkins > 0)
        text += fmt::format("{}{} {}", profile ? ", " : " and ", checkins,
                            checkins == 1 ? "check-in" : "check-ins");
    return profile ? text + " and the profile" : text;
}

}  // namespace hipfit::app
