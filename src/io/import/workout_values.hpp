// What the readers of workout logs (Strong, Hevy, Fitbod, FitNotes) share: a set's values as hipfit keeps
// them — a whole RPE, timed sets as holds or bouts — and an entry's note made from the app's text.
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/text.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/journal_limits.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/import_values.hpp"

namespace hipfit::io {

// The first of a column's names (its spellings across an app's versions and languages) the table has.
inline std::optional<std::size_t> column_named(const CsvTable& table,
                                               std::initializer_list<std::string_view> names) {
    for (const std::string_view name : names) {
        if (const auto found = table.column(name))
            return found;
    }
    return std::nullopt;
}

// The field of an optional column: "" without the column.
inline std::string_view field_of(const CsvRecord& record, std::optional<std::size_t> column) {
    return column ? record.at(*column) : std::string_view();
}

// Far beyond any set's value, yet finite after any conversion: a larger one (a slipped digit, a broken
// file) is kept at this, for the app layer to refuse as out of range.
inline constexpr double kLargestValue = 1e15;

// A value the apps write as 0 when nothing was measured: absent then.
inline std::optional<double> measured(std::optional<double> value) {
    if (!value || !(*value > 0))
        return std::nullopt;
    return std::min(*value, kLargestValue);
}

// hipfit keeps whole RPE; the apps log half steps, rounded half up (7.5 → 8). 0 is "not rated".
inline std::optional<int> whole_rpe(std::optional<double> rpe) {
    if (!rpe || *rpe <= 0)
        return std::nullopt;
    return static_cast<int>(std::floor(std::min(*rpe, 100.0) + 0.5));
}

// The seconds a set took: with a distance, or longer than any hold hipfit keeps, or of a cardio
// exercise, a bout (minutes); without reps otherwise, a hold. A timed set with reps keeps its reps only.
inline void put_seconds(core::WorkoutSet& set, std::optional<double> seconds, bool cardio = false) {
    if (!seconds || *seconds <= 0)
        return;
    if (cardio || set.distance_km || *seconds > core::kHoldRangeSeconds.max) {
        set.minutes = without_float_dust(*seconds / 60.0);
    } else if (!set.reps) {
        set.hold_seconds = static_cast<int>(std::lround(std::min(*seconds, 1e6)));
    }
}

// Whether a set holds anything to keep: one without is left out (and counted).
inline bool holds_something(const core::WorkoutSet& set) {
    return set.reps || (set.load && set.load->value() > 0) || set.hold_seconds || set.minutes ||
           set.distance_km;
}

// An app's free text as a note may hold it: line ends as LF, other control characters as spaces, cut to
// core::kMaxNoteLength characters (on a character's boundary, ending "…").
inline std::string note_text(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                clean += '\n';
        } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            clean += ' ';
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            clean += ' ';  // a C1 control character
            ++i;
        } else {
            clean += static_cast<char>(c);
        }
    }
    return cut_to_characters(std::move(clean), core::kMaxNoteLength);
}

// A workout's note: its name, and " — " and the app's notes on it when there are any.
inline std::string workout_note(std::string_view name, std::string_view notes) {
    if (notes.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return note_text(name);
    if (name.empty())
        return note_text(notes);
    return note_text(std::string(name) + " — " + std::string(notes));
}

}  // namespace hipfit::io
