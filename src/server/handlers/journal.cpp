// The journal: list, create, read, replace, delete and undo. Entries are the export's entry JSON
// (docs/export-format.md), checked as 'hipfit import' checks them.
#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/entries.hpp"
#include "core/journal/journal_values.hpp"
#include "io/entry_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"
#include "server/handlers/request_fields.hpp"
#include "server/server_state.hpp"

namespace hipfit::server::handlers {
namespace {

using namespace hipfit::core;

// The keys of an entry (docs/export-format.md); any other is a mistake worth saying.
constexpr std::array<std::string_view, 17> kEntryKeys{"id",
                                                      "kind",
                                                      "date",
                                                      "time",
                                                      "value",
                                                      "protein_g",
                                                      "note",
                                                      "sets",
                                                      "waist_cm",
                                                      "hip_cm",
                                                      "thigh_cm",
                                                      "thigh_left_cm",
                                                      "neck_cm",
                                                      "energy_kcal",
                                                      "warm_up_skipped",
                                                      "body_fat_percent",
                                                      "thigh_right_cm"};

// The entry in the body, not yet checked (app::add_entry does); a missing date or time is the server's now.
Entry entry_from_body(Call& call) {
    nlohmann::json body = call.json_body();
    for (const auto& [key, value] : body.items()) {
        if (std::find(kEntryKeys.begin(), kEntryKeys.end(), key) == kEntryKeys.end())
            throw invalid(key, fmt::format("{}: is not a field of an entry", key));
    }
    if (!body.contains("date"))
        body["date"] = format_date(call.today);
    if (!body.contains("time"))
        body["time"] = format_time_of_day(call.state.time_of_day());
    body.erase("id");
    return io::entry_from_json(body, "entry");
}

app::EntryWrite entry_write(Call& call, store::Repository& journal) {
    return {&journal, call.today, "entry", {}};
}

// `write` run on `entry`; an error about its value names the value by its kind, as people know it
// ("Weight: 7.24 kg is outside …", not "value: …").
template <class Write>
auto checked(const Entry& entry, Write&& write) {
    try {
        return write();
    } catch (const InvalidInput& error) {
        throw api_error(error, name_of(kEntryKindNames, entry.kind));
    }
}

Response entry_response(int status, const Entry& entry) {
    return json_response(status, io::to_json(entry));
}

}  // namespace

std::int64_t id_parameter(const std::string& text, const char* what) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        throw not_found(fmt::format("there is no {} '{}'", what, text));
    return id;
}

Response list_entries(Call& call) {
    store::EntryQuery query;
    if (auto kind = call.request.query_value("kind"))
        query.kind = parse_name(kEntryKindNames, *kind, "kind");
    if (auto since = call.request.query_value("since"))
        query.since = parse_date(*since, "since");
    if (auto until = call.request.query_value("until"))
        query.until = parse_date(*until, "until");
    nlohmann::json list = nlohmann::json::array();
    for (const Entry& entry : call.journal()->entries(query)) list.push_back(io::to_json(entry));
    return json_response(200, list);
}

Response create_entry(Call& call) {
    Entry body = entry_from_body(call);
    const auto journal = call.journal();
    const Entry entry = checked(body, [&] { return app::add_entry(body, entry_write(call, *journal)); });
    Response response = entry_response(201, entry);
    response.headers.emplace_back("Location", fmt::format("/api/entries/{}", entry.id));
    return response;
}

Response get_entry(Call& call) {
    const std::int64_t id = id_parameter(call.path_parameters.at(0), "entry");
    const std::optional<Entry> entry = call.journal()->find_entry(id);
    if (!entry)
        throw not_found(fmt::format("there is no entry {}", id));
    return entry_response(200, *entry);
}

Response replace_entry(Call& call) {
    const std::int64_t id = id_parameter(call.path_parameters.at(0), "entry");
    Entry entry = entry_from_body(call);
    entry.id = id;
    const auto journal = call.journal();
    const std::optional<Entry> replaced =
        checked(entry, [&] { return app::replace_entry(entry, entry_write(call, *journal)); });
    if (!replaced)
        throw not_found(fmt::format("there is no entry {}", id));
    return entry_response(200, *replaced);
}

Response delete_entry(Call& call) {
    const std::int64_t id = id_parameter(call.path_parameters.at(0), "entry");
    if (!call.journal()->delete_entry(id))
        throw not_found(fmt::format("there is no entry {}", id));
    return no_content();
}

Response undo(Call& call) {
    const std::optional<std::string> undone = call.journal()->undo();
    if (!undone)
        throw conflict("there is nothing to undo");
    return json_response(200, {{"undone", *undone}});
}

}  // namespace hipfit::server::handlers
