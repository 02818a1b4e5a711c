// Export and import: the files of 'hipfit export' and 'hipfit import' (docs/export-format.md).
#include <algorithm>
#include <array>
#include <charconv>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/foreign_import.hpp"
#include "app/import_checks.hpp"
#include "app/portability.hpp"
#include "core/base/text.hpp"
#include "io/export_csv.hpp"
#include "io/export_format.hpp"
#include "io/import/column_mapping.hpp"
#include "io/import/import_formats.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {

Response export_journal(Call& call) {
    const std::string_view format = call.request.query_value("format").value_or("json");
    if (format != "json" && format != "csv")
        throw invalid("format", "format: expected json or csv");
    const io::ExportData data = app::export_data(*call.journal());
    const bool json = format == "json";
    Response response{200,
                      json ? "application/json" : "text/csv; charset=utf-8",
                      json ? io::export_json(data) : io::export_csv(data.entries),
                      {}};
    response.headers.emplace_back("Content-Disposition", json ? "attachment; filename=\"hipfit.json\""
                                                              : "attachment; filename=\"hipfit.csv\"");
    return response;
}

namespace {

// What read_import prepared: hipfit's own export or another app's file, read and checked.
struct PreparedImport {
    std::variant<io::ExportData, app::ImportPlan> read;
    bool dry_run = false;
};

// The offset from UTC of the person's clock, as the web app sends it (minutes east of UTC); UTC without.
int utc_offset_minutes(const Call& call) {
    const std::optional<std::string_view> text = call.request.query_value("utc_offset");
    if (!text)
        return 0;
    int minutes = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), minutes);
    if (error != std::errc() || end != text->data() + text->size() || minutes < -14 * 60 || minutes > 14 * 60)
        throw invalid("utc_offset", "utc_offset: expected minutes east of UTC, from -840 to 840");
    return minutes;
}

// The person's time zone as the web app sends it (utc_offsets): when each offset began, seconds since
// 1970 UTC and minutes east of UTC, in order ("946684800:60,954032400:120,…"), so that a summer's records
// are placed by the summer's offset. The server keeps no time zone database of its own.
struct OffsetChange {
    std::int64_t from = 0;
    int minutes = 0;
};

// How many changes a zone has in a few decades (two a year with summer time), with room.
constexpr std::size_t kMaxOffsetChanges = 400;

std::vector<OffsetChange> utc_offset_changes(const Call& call) {
    const std::string_view text = *call.request.query_value("utc_offsets");
    const auto refuse = [] {
        return invalid("utc_offsets",
                       fmt::format("utc_offsets: expected up to {} SECONDS:MINUTES pairs in order, "
                                   "separated by commas, minutes from -840 to 840",
                                   kMaxOffsetChanges));
    };
    std::vector<OffsetChange> changes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string_view pair = text.substr(start, end - start);
        const std::size_t colon = pair.find(':');
        OffsetChange change;
        if (colon == std::string_view::npos)
            throw refuse();
        const auto [seconds_end, seconds_error] =
            std::from_chars(pair.data(), pair.data() + colon, change.from);
        const auto [minutes_end, minutes_error] =
            std::from_chars(pair.data() + colon + 1, pair.data() + pair.size(), change.minutes);
        if (seconds_error != std::errc() || seconds_end != pair.data() + colon ||
            minutes_error != std::errc() || minutes_end != pair.data() + pair.size() ||
            change.minutes < -14 * 60 || change.minutes > 14 * 60 ||
            (!changes.empty() && change.from <= changes.back().from) || changes.size() == kMaxOffsetChanges)
            throw refuse();
        changes.push_back(change);
        start = end + 1;
    }
    return changes;
}

bool query_flag(const Call& call, std::string_view name) {
    const std::optional<std::string_view> value = call.request.query_value(name);
    if (!value)
        return false;
    if (*value == "true" || *value == "1")
        return true;
    if (*value == "false" || *value == "0")
        return false;
    throw invalid(std::string(name), fmt::format("{}: expected true or false", name));
}

io::ImportOptions import_options(const Call& call, io::SourceApp from) {
    io::ImportOptions options;
    if (call.request.query_value("utc_offsets")) {
        options.utc_offset_at = [changes = utc_offset_changes(call)](std::int64_t utc) {
            // The last change at or before the moment; before the first, the first's offset.
            const auto after = std::ranges::upper_bound(changes, utc, {}, &OffsetChange::from);
            return after == changes.begin() ? changes.front().minutes : std::prev(after)->minutes;
        };
    } else {
        const int offset = utc_offset_minutes(call);
        options.utc_offset_at = [offset](std::int64_t) { return offset; };
    }
    if (const auto units = call.request.query_value("units"))
        options.units = core::parse_name(io::kUnitSystemNames, *units, "units");
    const std::optional<std::string_view> map = call.request.query_value("map");
    if (from == io::SourceApp::csv && !map)
        throw invalid("map",
                      "map: a CSV of another kind needs its columns named, e.g. map=date=Date,weight=Weight");
    if (from != io::SourceApp::csv && map)
        throw invalid("map", "map: applies to from=csv only");
    if (map)
        options.mapping = io::parse_column_mapping(*map, "map");
    return options;
}

}  // namespace

// Any export hipfit reads (docs/import.md), in the body as uploaded; `from` names the app when the
// content does not. Read and checked here, on the request's thread: a large file never holds the writer.
std::any read_import(const Call& call) {
    // Not one of the types a cross-site form may send without asking (CORS-safelisted): only a script of
    // the page itself sends these.
    constexpr std::array<std::string_view, 6> kImportTypes{"application/json", "text/csv",
                                                           "application/xml",  "text/xml",
                                                           "application/zip",  "application/octet-stream"};
    if (std::ranges::none_of(kImportTypes,
                             [&](std::string_view type) { return call.request.has_media_type(type); }))
        throw ApiError(415, "unsupported_media_type",
                       "send the file as application/json, text/csv, application/xml, application/zip or "
                       "application/octet-stream");
    // The name messages give the file: the one the person chose, when the client says it.
    const std::string name =
        core::printable(call.request.query_value("filename").value_or("import"), core::kShownBytes);
    const io::ImportInput input(std::string_view(call.request.body), name);
    const std::optional<std::string_view> from_name = call.request.query_value("from");
    // A mapping names a CSV's columns: it is a CSV of another kind, whatever it looks like.
    const io::SourceApp from = from_name ? core::parse_name(io::kSourceAppNames, *from_name, "from")
                               : call.request.query_value("map") ? io::SourceApp::csv
                                                                 : io::detect_source(input);
    PreparedImport prepared;
    prepared.dry_run = query_flag(call, "dry_run");
    if (from == io::SourceApp::hipfit) {
        prepared.read =
            app::read_checked_export(call.request.body, name, call.today, call.journal()->own_exercises());
    } else {
        prepared.read = app::plan_import(input, from, import_options(call, from), call.today,
                                         call.journal()->own_exercises());
    }
    return prepared;
}

// Everything was read and checked (read_import) before anything is written.
Response import_journal(Call& call) {
    const auto& prepared = std::any_cast<const PreparedImport&>(*call.prepared);
    if (const auto* data = std::get_if<io::ExportData>(&prepared.read))
        return json_response(
            200, app::to_json(app::import_data(*call.journal(), *data, prepared.dry_run), prepared.dry_run));
    const auto& plan = std::get<app::ImportPlan>(prepared.read);
    return json_response(
        200,
        app::to_json(plan, app::apply_plan(call.journal().get(), plan, prepared.dry_run), prepared.dry_run));
}

}  // namespace hipfit::server::handlers
