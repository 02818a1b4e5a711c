// The export document as a whole: JSON writing and reading (profile, entries, check-ins), telling JSON
// from CSV, and located errors.
#include "io/export_format.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/text.hpp"

#include "io/checkin_json.hpp"
#include "io/entry_json.hpp"
#include "io/export_detail.hpp"
#include "io/json_keys.hpp"
#include "io/json_parse.hpp"
#include "io/own_exercise_json.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

namespace {

void check_header(const json& document, const std::string& file) {
    if (!document.is_object() || !document.contains("format") || document["format"] != kExportFormatName)
        throw located_error(file, "format",
                            fmt::format("not a hipfit export (expected \"{}\")", kExportFormatName));
    const json version = document.contains("version") ? document["version"] : json();
    bool known = false;
    for (int readable = kOldestExportVersion; readable <= kExportVersion; ++readable)
        known = known || version == readable;
    if (!known) {
        // Never the whole value: it is untrusted and could be large. A short scalar as written, else its
        // kind.
        std::string shown = version.is_primitive()
                                ? version.dump(-1, ' ', false, json::error_handler_t::replace)
                                : std::string(version.type_name());
        if (shown.size() > 40)
            shown = version.type_name();
        throw located_error(file, "version",
                            fmt::format("version {} is not supported; this hipfit reads versions {}–{}",
                                        shown, kOldestExportVersion, kExportVersion));
    }
}

void read_entries(const json& document, const std::string& file, const Catalog& catalog, ExportData& data) {
    if (!document.contains("entries") || !document["entries"].is_array())
        throw located_error(file, "entries", "expected an array");
    const json& entries = document["entries"];
    for (std::size_t k = 0; k < entries.size(); ++k) {
        data.origins.push_back(fmt::format("{}: entry {}", file, k + 1));
        data.entries.push_back(entry_from_json(entries[k], data.origins.back()));
        for (std::size_t s = 0; s < data.entries.back().sets.size(); ++s) {
            const std::string& id = data.entries.back().sets[s].exercise_id;
            const bool own = std::any_of(data.own_exercises.begin(), data.own_exercises.end(),
                                         [&](const OwnExercise& o) { return o.id == id; });
            if (!own && catalog.find(id) == nullptr) {
                throw located_error(
                    fmt::format("{}, set {}", data.origins.back(), s + 1), "exercise",
                    fmt::format("no exercise '{}'; 'hipfit exercises' lists them", printable(id)));
            }
        }
    }
}

// An optional array of the document (`key`), each item read by `parse` with its origin ("FILE: what K")
// kept beside it: the check-ins (absent in version 1 files, and in any written by hand without them) and
// the own exercises (absent before version 3; read before the entries, whose sets may name them).
template <class Item, class Parse>
void read_list(const json& document, const std::string& file, const char* key, const char* what,
               std::vector<std::string>& origins, std::vector<Item>& items, Parse parse) {
    if (!document.contains(key))
        return;
    const json& list = document[key];
    if (!list.is_array())
        throw located_error(file, key, "expected an array");
    for (std::size_t k = 0; k < list.size(); ++k) {
        origins.push_back(fmt::format("{}: {} {}", file, what, k + 1));
        items.push_back(parse(list[k], origins.back()));
    }
}

ExportData read_json(std::string_view text, const std::string& file, const Catalog& catalog) {
    json document;
    try {
        document = parse_json(text);
    } catch (const JsonSyntaxError& error) {
        throw located_error(file, "", error.what());
    }
    check_header(document, file);
    constexpr std::string_view kDocumentKeys[] = {"format",  "version",  "profile",
                                                  "entries", "checkins", "own_exercises"};
    refuse_unknown_keys(document, kDocumentKeys, file, "is not a field of a hipfit export");
    ExportData data;
    if (document.contains("profile") && !document["profile"].is_null()) {
        data.profile_origin = file + ": profile";
        data.profile = profile_from_json(document["profile"], data.profile_origin);
    }
    read_list(document, file, "own_exercises", "own exercise", data.own_exercise_origins, data.own_exercises,
              own_exercise_from_json);
    read_entries(document, file, catalog, data);
    read_list(document, file, "checkins", "checkin", data.checkin_origins, data.checkins, checkin_from_json);
    return data;
}

std::vector<CheckinRecord> by_date(std::vector<CheckinRecord> checkins) {
    std::stable_sort(checkins.begin(), checkins.end(),
                     [](const CheckinRecord& a, const CheckinRecord& b) { return a.date < b.date; });
    return checkins;
}

}  // namespace

InvalidInput located_error(const std::string& where, std::string_view field, std::string_view message) {
    if (field.empty())
        return InvalidInput("FILE", fmt::format("{}: {}", where, message));
    return InvalidInput(std::string(field), fmt::format("{}, field {}: {}", where, field, message));
}

InvalidInput located_error(const InvalidInput& error, const std::string& where, std::string_view field) {
    std::string_view message = error.what();
    const std::string prefix = error.field() + ": ";
    if (!error.field().empty() && message.starts_with(prefix))
        message.remove_prefix(prefix.size());
    return located_error(where, field, message);
}

std::string export_json(const ExportData& data) {
    using ordered = nlohmann::ordered_json;
    ordered entries = ordered::array();
    for (const Entry& e : detail::by_id(data.entries)) entries.push_back(ordered(to_json(e)));
    ordered checkins = ordered::array();
    for (const CheckinRecord& c : by_date(data.checkins)) checkins.push_back(ordered(checkin_to_json(c)));
    ordered document;
    document["format"] = kExportFormatName;
    document["version"] = kExportVersion;
    document["profile"] = data.profile ? ordered(profile_to_json(*data.profile)) : ordered(nullptr);
    document["entries"] = std::move(entries);
    document["checkins"] = std::move(checkins);
    ordered own = ordered::array();
    for (const OwnExercise& o : data.own_exercises) own.push_back(ordered(to_json(o)));
    document["own_exercises"] = std::move(own);
    return document.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

ExportData read_export(std::string_view text, const std::string& file, const Catalog& catalog) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);  // a byte order mark, as spreadsheets write
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{')
        return read_json(text, file, catalog);
    std::string_view header = text.substr(0, text.find('\n'));
    if (header.ends_with('\r'))
        header.remove_suffix(1);
    if (header != kCsvHeader) {
        throw located_error(
            fmt::format("{}:1", file), "",
            fmt::format("not a hipfit export: neither JSON nor CSV with the header '{}'", kCsvHeader));
    }
    return detail::read_csv(text, file, catalog);
}

}  // namespace hipfit::io
