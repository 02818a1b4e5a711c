// Withings' weight.csv (docs/import.md): Date, "Weight (kg)", "Fat mass (kg)", bone, muscle and hydration
// masses and comments, newest first, the headers in the account's language. A row's weight becomes a weight
// entry; its body fat percentage, derived as fat mass / weight × 100, a measure entry. The other masses and
// the comments are left out.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/record_entries.hpp"

namespace hipfit::io {

namespace {

// The header's words in the languages whose exports are known.
struct Language {
    std::string_view name;
    std::string_view date;
    std::string_view weight;    // followed by " (kg)" or " (lb)"
    std::string_view fat_mass;  // likewise
};
constexpr std::array<Language, 2> kLanguages{
    {{"English", "Date", "Weight", "Fat mass"}, {"German", "Datum", "Gewicht", "Fettmasse"}}};

// The column named "WORD (UNIT)" and its unit, kg or lb.
struct MassColumn {
    std::size_t index = 0;
    bool pounds = false;
};

std::optional<MassColumn> mass_column(const std::vector<std::string>& header, std::string_view word) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        for (const std::string_view unit : {"kg", "lb", "lbs"}) {
            if (record_detail::same_letters(header[i], fmt::format("{} ({})", word, unit)))
                return MassColumn{i, unit != "kg"};
        }
    }
    return std::nullopt;
}

const Language* language_of(const std::vector<std::string>& header) {
    for (const Language& language : kLanguages) {
        if (!header.empty() && record_detail::same_letters(header[0], language.date) &&
            mass_column(header, language.weight) && mass_column(header, language.fat_mass))
            return &language;
    }
    return nullptr;
}

// "Bone mass (kg)" → "bone mass readings"; "Comments" → "comments".
std::string left_out_name(std::string_view column) {
    const bool comments = record_detail::same_letters(column, "Comments");
    column = trim_blanks(column.substr(0, column.find(" (")));
    std::string name;
    for (const char c : column) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return comments ? name : name + " readings";
}

}  // namespace

bool recognises_withings(const FileSniff& sniff) {
    return !sniff.zip && language_of(sniff.header) != nullptr;
}

ImportedHistory read_withings(const ImportInput& input, const ImportOptions& options) {
    const CsvTable table = read_csv_table(input.whole(), input.name());
    const Language* language = language_of(table.header);
    if (language == nullptr)
        refuse_record(input.name() + ":1",
                      "this is not a Withings weight export: there are no columns 'Date', 'Weight (kg)' and "
                      "'Fat mass (kg)'");
    const MassColumn weight = *mass_column(table.header, language->weight);
    const MassColumn fat = *mass_column(table.header, language->fat_mass);
    ImportedHistory history;
    history.format = fmt::format("Withings ({}, {})", language->name, weight.pounds ? "lb" : "kg");
    RecordEntries out(history, SourceApp::withings);
    const auto kilograms = [](double mass, const MassColumn& column) {
        return column.pounds ? pounds_to_kilograms(mass) : mass;
    };
    for (const CsvRecord& row : table.rows) {
        const std::string where = table.where(row);
        const auto moment = parse_iso_moment(row.at(0));
        if (!moment)
            refuse_record(where, fmt::format("{}: '{}' is not a date and time (YYYY-MM-DD HH:MM:SS)",
                                             language->date, core::printable(row.at(0))));
        const LocalMoment at = on_local_day(*moment, options.utc_offset_at);
        const std::string key = moment_key(at.date, at.time);
        const auto weight_value = measured(row.at(weight.index), where, table.header[weight.index]);
        const auto fat_value = measured(row.at(fat.index), where, table.header[fat.index]);
        if (weight_value)
            out.add(core::EntryKind::weight, at.date, at.time, key, where).value =
                kilograms(*weight_value, weight);
        if (fat_value && weight_value) {
            const double percent = kilograms(*fat_value, fat) / kilograms(*weight_value, weight) * 100;
            out.add(core::EntryKind::measure, at.date, at.time, key + "|body fat", where)
                .measurements.body_fat_percent =
                std::round(percent * 10) / 10;  // to a tenth, as scales show it
        } else if (fat_value) {
            out.leave_out("fat masses without a weight");
        }
        for (std::size_t c = 1; c < table.header.size(); ++c) {
            if (c != weight.index && c != fat.index && !trim_blanks(row.at(c)).empty() &&
                trim_blanks(row.at(c)) != "0")
                out.leave_out(left_out_name(table.header[c]));
        }
    }
    return history;
}

}  // namespace hipfit::io
