#include "cli/entry_text.hpp"

#include <fmt/format.h>

#include <optional>

#include "cli/profile_text.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

constexpr std::string_view kRelaxationWord = "relaxation";

std::string measurements_text(const Measurements& m, UnitSystem units) {
    std::string text;
    auto add = [&](const char* name, const std::optional<Centimetres>& value) {
        if (value)
            text += fmt::format("{}{} {}", text.empty() ? "" : ", ", name, format_length(*value, units));
    };
    add("waist", m.waist);
    add("hip", m.hip);
    add("thigh", m.thigh);
    add("left thigh", m.thigh_left);
    add("right thigh", m.thigh_right);
    add("neck", m.neck);
    if (m.body_fat_percent)
        text += fmt::format("{}body fat {:g}%", text.empty() ? "" : ", ", *m.body_fat_percent);
    return text;
}

std::string workout_text(const Entry& e, const Catalog& catalog) {
    std::string text;
    const WorkoutSet* current = nullptr;
    int count = 0;
    auto name = [&](const std::string& id) {
        const Exercise* exercise = catalog.find(id);
        return exercise ? exercise->name : id;
    };
    auto flush = [&] {
        if (current == nullptr)
            return;
        // A set swapped mid-workout says what it replaced.
        const std::string instead =
            current->swapped_from ? fmt::format(" (instead of {})", name(*current->swapped_from)) : "";
        text +=
            fmt::format("{}{} ×{}{}", text.empty() ? "" : ", ", name(current->exercise_id), count, instead);
    };
    for (const WorkoutSet& s : e.sets) {
        if (current == nullptr || current->exercise_id != s.exercise_id ||
            current->swapped_from != s.swapped_from) {
            flush();
            current = &s;
            count = 0;
        }
        ++count;
    }
    flush();
    if (e.energy_kcal)
        text += fmt::format(" — about {:.0f} kcal", *e.energy_kcal);
    if (e.warm_up_skipped)
        text += " (warm-up skipped)";
    return text;
}

}  // namespace

std::string_view entry_kind_word(EntryKind kind) {
    return kind == EntryKind::stress ? kRelaxationWord : name_of(kEntryKindNames, kind);
}

std::string entry_kind_words() {
    std::string words;
    for (const auto& [kind, name] : kEntryKindNames) {
        words += words.empty() ? "" : "|";
        words += entry_kind_word(kind);
    }
    return words;
}

EntryKind parse_entry_kind(std::string_view text, std::string_view field) {
    for (const auto& [kind, name] : kEntryKindNames) {
        if (text == entry_kind_word(kind) || text == name)
            return kind;
    }
    throw InvalidInput(std::string(field),
                       fmt::format("{}: '{}' is not one of {}", field, printable(text), entry_kind_words()));
}

namespace {

// Kinds that are counted read as the count alone ("1 standard drink", "0 cigarettes"): the kind's word
// before them would say it twice.
std::optional<std::string> counted_text(const Entry& e) {
    auto count = [&](std::string_view one, std::string_view many) {
        return fmt::format("{:g} {}", e.value, e.value == 1 ? one : many);
    };
    switch (e.kind) {
        case EntryKind::steps:
            return count("step", "steps");
        case EntryKind::alcohol:
            return count("standard drink", "standard drinks");
        case EntryKind::cigarettes:
            return count("cigarette", "cigarettes");
        case EntryKind::standup:
            return count("standing break", "standing breaks");
        default:
            return std::nullopt;
    }
}

}  // namespace

std::string entry_summary(const Entry& e, UnitSystem units, const Catalog& catalog) {
    if (auto counted = counted_text(e))
        return e.note.empty() ? *counted : *counted + " — " + e.note;
    std::string text = std::string(entry_kind_word(e.kind)) + " ";
    switch (e.kind) {
        case EntryKind::weight:
            text += format_mass(Kilograms(e.value), units);
            break;
        case EntryKind::measure:
            text += measurements_text(e.measurements, units);
            break;
        case EntryKind::workout:
            text += workout_text(e, catalog);
            break;
        case EntryKind::food:
            text += fmt::format("{:g} kcal", e.value);
            if (e.protein_g)
                text += fmt::format(", {:g} g protein", *e.protein_g);
            break;
        default:
            text += fmt::format("{:g} {}", e.value, value_unit(e.kind));
    }
    if (!e.note.empty())
        text += " — " + e.note;
    return text;
}

}  // namespace hipfit::cli
