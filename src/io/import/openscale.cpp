// openScale's CSV export (docs/import.md): 2.x with every header quoted and "0.0" for what was not
// measured; 1.x with no header and dd.MM.yyyy dates; 3.x with DATE,TIME and its measurement keys. A row's
// weight becomes a weight entry; its waist, hip, thigh, neck and body fat one measure entry at the same
// moment. Bone, muscle, water, lean mass, visceral fat, calories, biceps, chest, calipers, the computed
// ratios and comments are left out.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

// What a row holds that hipfit keeps.
struct ScaleReading {
    std::optional<double> weight_kg;
    core::Measurements measurements;
};

// The columns hipfit reads, by version: weight, body fat %, then waist, hip, thigh, neck (cm).
struct KeptColumns {
    std::string_view weight;
    std::string_view fat;
    std::string_view waist;
    std::string_view hip;
    std::string_view thigh;
    std::string_view neck;
};
constexpr KeptColumns kColumns2{"weight", "fat", "waist", "hip", "thigh", "neck"};
constexpr KeptColumns kColumns3{"WEIGHT", "BODY_FAT", "WAIST", "HIPS", "THIGH", "NECK"};

// The columns left out, as the summary names them.
struct LeftOutColumn {
    std::string_view column;
    std::string_view what;
};
constexpr std::array<LeftOutColumn, 12> kLeftOut2{{{"bone", "bone mass readings"},
                                                   {"muscle", "muscle readings"},
                                                   {"water", "body water readings"},
                                                   {"lbm", "lean body mass readings"},
                                                   {"visceralFat", "visceral fat readings"},
                                                   {"calories", "calorie readings"},
                                                   {"biceps", "biceps measurements"},
                                                   {"chest", "chest measurements"},
                                                   {"caliper1", "caliper readings"},
                                                   {"caliper2", "caliper readings"},
                                                   {"caliper3", "caliper readings"},
                                                   {"comment", "comments"}}};

bool legacy_date(std::string_view text) {
    if (text.size() < 16 || text[2] != '.' || text[5] != '.' || text[10] != ' ' || text[13] != ':')
        return false;
    return parse_ordered_date(text.substr(0, 10), DateOrder::dmy).has_value() &&
           parse_clock(text.substr(11)).has_value();
}

bool version2(const std::vector<std::string>& header) {
    return has_columns(header, {"dateTime", "weight", "fat", "muscle", "water"});
}

bool version3(const std::vector<std::string>& header) {
    return header.size() > 2 && header[0] == "DATE" && header[1] == "TIME";
}

void add_reading(RecordEntries& out, const ScaleReading& reading, core::Date date, core::TimeOfDay time,
                 const std::string& origin) {
    const std::string key = moment_key(date, time);
    if (reading.weight_kg)
        out.add(core::EntryKind::weight, date, time, key, origin).value = *reading.weight_kg;
    if (!reading.measurements.empty())
        out.add(core::EntryKind::measure, date, time, key + "|measure", origin).measurements =
            reading.measurements;
}

ScaleReading read_kept(const CsvTable& table, const CsvRecord& row, const KeptColumns& names) {
    const std::string where = table.where(row);
    const auto value = [&](std::string_view name) -> std::optional<double> {
        const auto column = table.column(name);
        return column ? measured(row.at(*column), where, name) : std::nullopt;
    };
    const auto centimetres = [&](std::string_view name) -> std::optional<core::Centimetres> {
        const auto cm = value(name);
        return cm ? std::optional(core::Centimetres(*cm)) : std::nullopt;
    };
    ScaleReading reading;
    reading.weight_kg = value(names.weight);
    reading.measurements.body_fat_percent = value(names.fat);
    reading.measurements.waist = centimetres(names.waist);
    reading.measurements.hip = centimetres(names.hip);
    reading.measurements.thigh = centimetres(names.thigh);
    reading.measurements.neck = centimetres(names.neck);
    return reading;
}

void read_version2(const CsvTable& table, RecordEntries& out, const UtcOffsetAt& utc_offset_at) {
    const std::size_t date_column = table.require("dateTime");
    static_cast<void>(table.require("weight"));
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const auto moment = parse_iso_moment(row.at(date_column));
        if (!moment)
            refuse_record(where, fmt::format("dateTime: '{}' is not a date and time (yyyy-MM-dd HH:mm)",
                                             core::printable(row.at(date_column))));
        const LocalMoment at = on_local_day(*moment, utc_offset_at);
        add_reading(out, read_kept(table, row, kColumns2), at.date, at.time, where);
        for (const LeftOutColumn& left : kLeftOut2) {
            const auto column = table.column(left.column);
            if (!column)
                continue;
            const std::string_view text = row.at(*column);
            const bool note = left.column == "comment";
            if (note ? !trim_blanks(text).empty() : measured(text, where, left.column).has_value())
                out.leave_out(std::string(left.what));
        }
    }
}

std::string left_out_name3(std::string_view key) {
    if (key == "WHR")
        return "waist-hip ratios (computed)";
    if (key == "WHTR")
        return "waist-height ratios (computed)";
    if (key == "COMMENT" || key == "COMMENTS")
        return "comments";
    std::string name;
    for (const char c : key)
        name += c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name + " readings";
}

void read_version3(const CsvTable& table, RecordEntries& out) {
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const auto date = parse_ordered_date(row.at(0), DateOrder::ymd);
        const auto time = parse_clock(row.at(1));
        if (!date)
            refuse_record(where,
                          fmt::format("DATE: '{}' is not a date (yyyy-MM-dd)", core::printable(row.at(0))));
        if (!time)
            refuse_record(where, fmt::format("TIME: '{}' is not a time (HH:mm)", core::printable(row.at(1))));
        add_reading(out, read_kept(table, row, kColumns3), *date, *time, where);
        for (std::size_t c = 2; c < table.header.size(); ++c) {
            const std::string& key = table.header[c];
            const bool kept = key == kColumns3.weight || key == kColumns3.fat || key == kColumns3.waist ||
                              key == kColumns3.hip || key == kColumns3.thigh || key == kColumns3.neck;
            if (!kept && !trim_blanks(row.at(c)).empty() && trim_blanks(row.at(c)) != "0" &&
                trim_blanks(row.at(c)) != "0.0")
                out.leave_out(left_out_name3(key));
        }
    }
}

// 1.x: date, weight, fat, water, muscle, then waist, hip, comment (the first exports, 8 fields) or lean
// mass, bone, waist, hip, comment (10 fields). Another count reads date, weight and fat only.
void read_legacy(const CsvTable& table, RecordEntries& out) {
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const std::string_view when = trim_blanks(row.at(0));
        if (!legacy_date(when))
            refuse_record(
                where, fmt::format("'{}' is not a date and time (dd.MM.yyyy HH:mm)", core::printable(when)));
        const core::Date date = *parse_ordered_date(when.substr(0, 10), DateOrder::dmy);
        const core::TimeOfDay time = *parse_clock(when.substr(11));
        ScaleReading reading;
        reading.weight_kg = measured(row.at(1), where, "weight");
        reading.measurements.body_fat_percent = measured(row.at(2), where, "fat");
        std::optional<std::size_t> waist;
        if (row.fields.size() == 8)
            waist = 5;
        else if (row.fields.size() >= 10)
            waist = 7;
        if (waist) {
            if (const auto cm = measured(row.at(*waist), where, "waist"))
                reading.measurements.waist = core::Centimetres(*cm);
            if (const auto cm = measured(row.at(*waist + 1), where, "hip"))
                reading.measurements.hip = core::Centimetres(*cm);
        }
        add_reading(out, reading, date, time, where);
        if (measured(row.at(3), where, "water"))
            out.leave_out("body water readings");
        if (measured(row.at(4), where, "muscle"))
            out.leave_out("muscle readings");
        if (!waist && row.fields.size() > 3)
            out.leave_out("rows read for date, weight and fat only (an unknown layout)");
    }
}

}  // namespace

bool recognises_openscale(const FileSniff& sniff) {
    if (sniff.zip || sniff.header.empty())
        return false;
    if (version2(sniff.header) || version3(sniff.header))
        return true;
    return sniff.header.size() >= 8 && legacy_date(sniff.header[0]);
}

ImportedHistory read_openscale(const ImportInput& input, const ImportOptions& options) {
    const std::string text = input.whole();
    const std::vector<std::string> header = csv_header_of(text);
    ImportedHistory history;
    RecordEntries out(history, SourceApp::openscale);
    if (version2(header)) {
        history.format = "openScale 2";
        read_version2(read_csv_table(text, input.name(), true, ','), out, options.utc_offset_at);
    } else if (version3(header)) {
        history.format = "openScale 3";
        read_version3(read_csv_table(text, input.name(), true, ','), out);
    } else if (!header.empty() && legacy_date(header[0])) {
        history.format = "openScale 1 (no header)";
        read_legacy(read_csv_table(text, input.name(), false, ','), out);
    } else {
        refuse_record(
            input.name() + ":1",
            "this is not an openScale export: its first line is neither a header with dateTime and "
            "weight (openScale 2), DATE,TIME (openScale 3), nor a dd.MM.yyyy HH:mm date (openScale 1)");
    }
    return history;
}

}  // namespace hipfit::io
