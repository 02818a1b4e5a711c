#include "cli/journal_access.hpp"

#include <charconv>
#include <filesystem>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/quantity_parse.hpp"

namespace hipfit::cli {

std::unique_ptr<store::Repository> open_journal_for_reading(const GlobalOptions& global,
                                                            const Environment& environment) {
    const std::string path = database_path(global.db, environment);
    if (!std::filesystem::exists(path))
        return nullptr;
    return store::open_sqlite(path, store::Access::read);
}

std::unique_ptr<store::Repository> open_journal_for_writing(const GlobalOptions& global,
                                                            const Environment& environment) {
    return store::open_sqlite(database_path(global.db, environment), store::Access::write);
}

core::Profile require_profile(store::Repository* journal) {
    std::optional<core::Profile> profile = journal ? journal->load_profile() : std::nullopt;
    if (!profile)
        throw core::InvalidInput("profile", "no profile yet: run 'hipfit init' first");
    return *profile;
}

core::Profile profile_as_of(store::Repository* journal, core::Date day) {
    core::Profile profile = require_profile(journal);
    if (auto weight = current_weight(journal, day))
        profile.weight = *weight;
    return profile;
}

core::UnitSystem journal_units(store::Repository* journal) {
    const std::optional<core::Profile> profile = journal ? journal->load_profile() : std::nullopt;
    return profile ? profile->units : core::UnitSystem::metric;
}

std::optional<core::Kilograms> current_weight(store::Repository* journal, core::Date day) {
    if (journal == nullptr)
        return std::nullopt;
    const auto weights = journal->entries({core::EntryKind::weight, std::nullopt, day});
    if (!weights.empty())
        return core::Kilograms(weights.back().value);
    if (auto profile = journal->load_profile())
        return profile->weight;
    return std::nullopt;
}

std::int64_t parse_entry_id(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || error != std::errc() || end != text.data() + text.size() || id <= 0)
        throw core::InvalidInput("ID", fmt::format("ID: '{}' is not an entry id", text));
    return id;
}

}  // namespace hipfit::cli
