#include "io/export_format.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/journal_values.hpp"
#include "io/entry_json.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

const std::string_view kCsvHeader =
    "id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,thigh_right_cm,"
    "neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises";

namespace {

// The CSV columns, in the order of kCsvHeader.
// clang-format off
enum Column : std::size_t {
    kId, kKind, kDate, kTime, kValue, kUnit, kProtein, kNote, kWaist, kHip, kThigh, kThighLeft, kThighRight,
    kNeck, kBodyFat, kEnergy, kWarmUp, kExercises, kColumnCount
};
constexpr std::array<std::string_view, kColumnCount> kColumnNames{
    "id", "kind", "date", "time", "value", "unit", "protein_g", "note", "waist_cm", "hip_cm", "thigh_cm",
    "thigh_left_cm", "thigh_right_cm", "neck_cm", "body_fat_percent", "energy_kcal", "warm_up_skipped",
    "exercises"};
// clang-format on

bool has_value(EntryKind kind) {
    return kind != EntryKind::measure && kind != EntryKind::workout;
}

std::vector<Entry> by_id(std::vector<Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.id < b.id; });
    return entries;
}

// ---- the profile as JSON

template <class Enum, std::size_t N>
json words(const NameTable<Enum, N>& table, const std::set<Enum>& values) {
    json out = json::array();
    for (const Enum value : values) out.push_back(name_of(table, value));
    return out;
}

class JsonFields {
  public:
    JsonFields(const json& node, const std::string& where) : node_(node), where_(where) {
        if (!node.is_object())
            throw located_error(where, "", "expected an object");
    }

    [[nodiscard]] bool has(const char* key) const { return node_.contains(key) && !node_[key].is_null(); }
    [[nodiscard]] double number(const char* key) const {
        return required(key, &json::is_number, "a number").get<double>();
    }
    [[nodiscard]] int whole(const char* key) const {
        const auto value = required(key, &json::is_number_integer, "a whole number").get<std::int64_t>();
        if (value != static_cast<int>(value))
            throw located_error(where_, key, "out of range");
        return static_cast<int>(value);
    }
    [[nodiscard]] bool flag(const char* key) const {
        return required(key, &json::is_boolean, "true or false").get<bool>();
    }
    // A string field, read by `parse` (which names the field in its errors).
    template <class Parse>
    auto parsed(const char* key, Parse parse) const {
        const auto text = required(key, &json::is_string, "a string").get<std::string>();
        try {
            return parse(text, key);
        } catch (const InvalidInput& error) {
            throw located_error(error, where_, key);
        }
    }
    template <class Enum, std::size_t N>
    std::set<Enum> word_set(const NameTable<Enum, N>& table, const char* key) const {
        std::string joined;
        for (const json& word : required(key, &json::is_array, "an array of words")) {
            if (!word.is_string())
                throw located_error(where_, key, "expected an array of words");
            joined += (joined.empty() ? "" : ",") + word.get<std::string>();
        }
        try {
            return parse_name_set(table, joined, key);
        } catch (const InvalidInput& error) {
            throw located_error(error, where_, key);
        }
    }

  private:
    const json& required(const char* key, bool (json::*is)() const noexcept, std::string_view what) const {
        if (!has(key))
            throw located_error(where_, key, "missing");
        if (!(node_[key].*is)())
            throw located_error(where_, key, fmt::format("expected {}", what));
        return node_[key];
    }

    const json& node_;
    const std::string& where_;
};

template <class Enum, std::size_t N>
auto word_of(const NameTable<Enum, N>& table) {
    return [&table](const std::string& text, const char* key) { return parse_name(table, text, key); };
}

// ---- CSV

std::string number(const std::optional<double>& value) {
    return value ? fmt::format("{}", *value) : std::string();
}

std::string length(const std::optional<Centimetres>& value) {
    return number(value ? std::optional<double>(value->value()) : std::nullopt);
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

std::array<std::string, kColumnCount> csv_row(const Entry& e) {
    const bool workout = e.kind == EntryKind::workout;
    const bool simple = has_value(e.kind);
    const Measurements& m = e.measurements;
    return {std::to_string(e.id),
            std::string(name_of(kEntryKindNames, e.kind)),
            format_date(e.date),
            format_time_of_day(e.time),
            simple ? number(e.value) : "",
            std::string(simple ? value_unit(e.kind) : ""),
            number(e.protein_g),
            e.note,
            length(m.waist),
            length(m.hip),
            length(m.thigh),
            length(m.thigh_left),
            length(m.thigh_right),
            length(m.neck),
            number(m.body_fat_percent),
            workout ? number(e.energy_kcal) : "",
            workout ? (e.warm_up_skipped ? "true" : "false") : "",
            workout ? format_workout_spec(e.sets) : ""};
}

struct CsvRecord {
    std::size_t line = 1;  // where the record starts
    std::vector<std::string> fields;
};

// Splits RFC 4180 text into records. Accepts CRLF or LF line ends; skips blank lines.
std::vector<CsvRecord> split_csv(std::string_view text, const std::string& file) {
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    std::size_t line = 1;
    bool quoted = false;      // between a field's quotes
    bool was_quoted = false;  // the field began with a quote
    const auto end_field = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        was_quoted = false;
    };
    const auto end_record = [&] {
        const bool blank = record.fields.empty() && field.empty() && !was_quoted;
        end_field();
        if (!blank)
            records.push_back(std::move(record));
        record = CsvRecord{line + 1, {}};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && text.substr(i + 1, 1) == "\"") {
                field += c;
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
                line += c == '\n';
            }
        } else if (c == ',') {
            end_field();
        } else if (c == '\n' || (c == '\r' && text.substr(i + 1, 1) == "\n")) {
            end_record();
            ++line;
            i += c == '\r';
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == '"' || was_quoted) {
            throw located_error(fmt::format("{}:{}", file, line), "",
                                "a quote inside a field (quote the whole field and double its quotes)");
        } else {
            field += c;
        }
    }
    if (quoted)
        throw located_error(fmt::format("{}:{}", file, record.line), "", "a quoted field is not closed");
    if (!field.empty() || was_quoted || !record.fields.empty())
        end_record();
    return records;
}

// One record's fields, read with errors naming the record's line and the column.
class CsvFields {
  public:
    CsvFields(const CsvRecord& record, const std::string& where) : record_(record), where_(where) {
        if (record.fields.size() != kColumnCount) {
            throw located_error(
                where, "",
                fmt::format("expected {} fields, found {}", std::size_t{kColumnCount}, record.fields.size()));
        }
    }

    [[nodiscard]] const std::string& text(Column c) const { return record_.fields[c]; }

    [[nodiscard]] std::optional<double> number(Column c) const {
        const std::string& t = text(c);
        double value = 0;
        const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (t.empty())
            return std::nullopt;
        if (error != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
            fail(c, fmt::format("'{}' is not a number", t));
        return value;
    }

    [[nodiscard]] std::int64_t id() const {
        const std::string& t = text(kId);
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (!t.empty() && (error != std::errc() || end != t.data() + t.size() || value < 1))
            fail(kId, fmt::format("'{}' is not an entry id (a whole number from 1)", t));
        return value;
    }

    template <class Parse>
    auto parsed(Column c, Parse parse) const {
        try {
            return parse(text(c), kColumnNames[c]);
        } catch (const InvalidInput& error) {
            throw located_error(error, where_, kColumnNames[c]);
        }
    }

    void require_empty(Column c, EntryKind kind) const {
        if (!text(c).empty())
            fail(c, fmt::format("does not apply to {} entries", name_of(kEntryKindNames, kind)));
    }

    [[noreturn]] void fail(Column c, const std::string& message) const {
        throw located_error(where_, kColumnNames[c], message);
    }

  private:
    const CsvRecord& record_;
    const std::string& where_;
};

std::optional<Centimetres> length(const CsvFields& f, Column c) {
    const auto value = f.number(c);
    return value ? std::optional<Centimetres>(Centimetres(*value)) : std::nullopt;
}

void read_main_value(const CsvFields& f, Entry& e) {
    if (!has_value(e.kind)) {
        f.require_empty(kValue, e.kind);
        f.require_empty(kUnit, e.kind);
        return;
    }
    const auto value = f.number(kValue);
    if (!value)
        f.fail(kValue, "missing");
    e.value = *value;
    if (f.text(kUnit) != value_unit(e.kind))
        f.fail(kUnit, fmt::format("expected '{}' for a {} entry", value_unit(e.kind), f.text(kKind)));
}

void read_workout(const CsvFields& f, Entry& e, const Catalog& catalog) {
    if (e.kind != EntryKind::workout) {
        for (const Column c : {kEnergy, kWarmUp, kExercises}) f.require_empty(c, e.kind);
        return;
    }
    e.energy_kcal = f.number(kEnergy);
    if (f.text(kWarmUp) != "true" && f.text(kWarmUp) != "false")
        f.fail(kWarmUp, fmt::format("'{}' is not true or false", f.text(kWarmUp)));
    e.warm_up_skipped = f.text(kWarmUp) == "true";
    e.sets = f.parsed(kExercises, [&catalog](const std::string& spec, std::string_view field) {
        return parse_workout_spec(spec, UnitSystem::metric, catalog, field);
    });
}

Entry entry_from_csv(const CsvFields& f, const Catalog& catalog) {
    Entry e;
    e.id = f.id();
    e.kind = f.parsed(kKind, [](const std::string& t, std::string_view field) {
        return parse_name(kEntryKindNames, t, field);
    });
    e.date = f.parsed(kDate, parse_date);
    e.time = f.parsed(kTime, parse_time_of_day);
    read_main_value(f, e);
    e.protein_g = f.number(kProtein);
    e.note = f.text(kNote);
    Measurements& m = e.measurements;
    m.waist = length(f, kWaist);
    m.hip = length(f, kHip);
    m.thigh = length(f, kThigh);
    m.thigh_left = length(f, kThighLeft);
    m.thigh_right = length(f, kThighRight);
    m.neck = length(f, kNeck);
    m.body_fat_percent = f.number(kBodyFat);
    read_workout(f, e, catalog);
    return e;
}

ExportData read_csv(std::string_view text, const std::string& file, const Catalog& catalog) {
    const std::vector<CsvRecord> records = split_csv(text, file);
    ExportData data;
    for (std::size_t i = 1; i < records.size(); ++i) {  // records[0] is the header
        data.origins.push_back(fmt::format("{}:{}", file, records[i].line));
        data.entries.push_back(entry_from_csv(CsvFields(records[i], data.origins.back()), catalog));
    }
    return data;
}

// ---- JSON

void check_header(const json& document, const std::string& file) {
    if (!document.is_object() || !document.contains("format") || document["format"] != kExportFormatName)
        throw located_error(file, "format",
                            fmt::format("not a hipfit export (expected \"{}\")", kExportFormatName));
    const json version = document.contains("version") ? document["version"] : json();
    if (version != kExportVersion) {
        throw located_error(file, "version",
                            fmt::format("version {} is not supported; this hipfit reads version {}",
                                        version.dump(), kExportVersion));
    }
}

ExportData read_json(std::string_view text, const std::string& file, const Catalog& catalog) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& error) {
        throw located_error(file, "", fmt::format("not valid JSON: {}", error.what()));
    }
    check_header(document, file);
    ExportData data;
    if (document.contains("profile") && !document["profile"].is_null()) {
        data.profile_origin = file + ": profile";
        data.profile = profile_from_json(document["profile"], data.profile_origin);
    }
    if (!document.contains("entries") || !document["entries"].is_array())
        throw located_error(file, "entries", "expected an array");
    const json& entries = document["entries"];
    for (std::size_t k = 0; k < entries.size(); ++k) {
        data.origins.push_back(fmt::format("{}: entry {}", file, k + 1));
        data.entries.push_back(entry_from_json(entries[k], data.origins.back()));
        for (std::size_t s = 0; s < data.entries.back().sets.size(); ++s) {
            const std::string& id = data.entries.back().sets[s].exercise_id;
            if (catalog.find(id) == nullptr) {
                throw located_error(fmt::format("{}, set {}", data.origins.back(), s + 1), "exercise",
                                    fmt::format("no exercise '{}'; 'hipfit exercises' lists them", id));
            }
        }
    }
    return data;
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

json profile_to_json(const Profile& p) {
    json out = {{"sex", name_of(kSexNames, p.sex)},
                {"age_years", p.age.years_given},
                {"age_given_on", format_date(p.age.given_on)},
                {"height_cm", p.height.value()},
                {"weight_kg", p.weight.value()},
                {"waist_cm", p.waist.value()},
                {"hip_cm", p.hip.value()},
                {"neck_cm", p.neck.value()},
                {"activity", name_of(kActivityNames, p.activity)},
                {"goal", name_of(kGoalNames, p.goal)},
                {"deficit_kcal", p.deficit.value()},
                {"surplus_kcal", p.surplus.value()},
                {"units", name_of(kUnitSystemNames, p.units)},
                {"equipment", words(kEquipmentNames, p.equipment)},
                {"days", words(kWeekdayNames, p.days)},
                {"minutes_per_session", p.minutes_per_session},
                {"preferred_time", format_time_of_day(p.preferred_time)},
                {"level", name_of(kLevelNames, p.level)},
                {"low_impact", p.low_impact},
                {"program_start", format_date(p.program_start)}};
    if (p.age.born)
        out["born"] = format_date(*p.age.born);
    if (p.thigh)
        out["thigh_cm"] = p.thigh->value();
    if (p.pal_override)
        out["pal"] = *p.pal_override;
    return out;
}

Profile profile_from_json(const json& node, const std::string& where) {
    const JsonFields f(node, where);
    Profile p;
    p.sex = f.parsed("sex", word_of(kSexNames));
    if (f.has("born"))
        p.age.born = f.parsed("born", parse_date);
    p.age.years_given = f.whole("age_years");
    p.age.given_on = f.parsed("age_given_on", parse_date);
    p.height = Centimetres(f.number("height_cm"));
    p.weight = Kilograms(f.number("weight_kg"));
    p.waist = Centimetres(f.number("waist_cm"));
    p.hip = Centimetres(f.number("hip_cm"));
    p.neck = Centimetres(f.number("neck_cm"));
    if (f.has("thigh_cm"))
        p.thigh = Centimetres(f.number("thigh_cm"));
    p.activity = f.parsed("activity", word_of(kActivityNames));
    if (f.has("pal"))
        p.pal_override = f.number("pal");
    p.goal = f.parsed("goal", word_of(kGoalNames));
    p.deficit = Kilocalories(f.number("deficit_kcal"));
    p.surplus = Kilocalories(f.number("surplus_kcal"));
    p.units = f.parsed("units", word_of(kUnitSystemNames));
    p.equipment = f.word_set(kEquipmentNames, "equipment");
    p.days = f.word_set(kWeekdayNames, "days");
    p.minutes_per_session = f.whole("minutes_per_session");
    p.preferred_time = f.parsed("preferred_time", parse_time_of_day);
    p.level = f.parsed("level", word_of(kLevelNames));
    p.low_impact = f.flag("low_impact");
    p.program_start = f.parsed("program_start", parse_date);
    return p;
}

std::string export_json(const ExportData& data) {
    using ordered = nlohmann::ordered_json;
    ordered entries = ordered::array();
    for (const Entry& e : by_id(data.entries)) entries.push_back(ordered(to_json(e)));
    ordered document;
    document["format"] = kExportFormatName;
    document["version"] = kExportVersion;
    document["profile"] = data.profile ? ordered(profile_to_json(*data.profile)) : ordered(nullptr);
    document["entries"] = std::move(entries);
    return document.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

std::string export_csv(const std::vector<Entry>& entries) {
    std::string out = std::string(kCsvHeader) + "\r\n";
    for (const Entry& e : by_id(entries)) {
        const auto row = csv_row(e);
        for (std::size_t c = 0; c < row.size(); ++c) out += (c == 0 ? "" : ",") + csv_field(row[c]);
        out += "\r\n";
    }
    return out;
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
    return read_csv(text, file, catalog);
}

}  // namespace hipfit::io
