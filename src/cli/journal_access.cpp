#include "cli/journal_access.hpp"

#include <charconv>
#include <filesystem>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/base/text.hpp"
#include "store/open.hpp"

namespace hipfit::cli {

std::unique_ptr<store::Repository> open_journal_for_reading(const GlobalOptions& global,
                                                            const Environment& environment) {
    const std::string location = database_location(global.db, environment);
    if (!store::is_postgresql_location(location) && !std::filesystem::exists(location))
        return nullptr;
    return store::open_repository(location, store::OpenFor::read);
}

std::unique_ptr<store::Repository> open_journal_for_writing(const GlobalOptions& global,
                                                            const Environment& environment) {
    return store::open_repository(database_location(global.db, environment), store::OpenFor::write);
}

app::EntryWrite entry_write(std::unique_ptr<store::Repository>& reader, const GlobalOptions& global,
                            const Environment& environment) {
    return {reader.get(), environment.clock.today(), {}, [&reader, &global, &environment] {
                reader.reset();
                return open_journal_for_writing(global, environment);
            }};
}

std::int64_t parse_entry_id(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || error != std::errc() || end != text.data() + text.size() || id <= 0)
        throw core::InvalidInput("ID", fmt::format("ID: '{}' is not an entry id", core::printable(text)));
    return id;
}

}  // namespace hipfit::cli
