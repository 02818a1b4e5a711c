#include "core/journal/journal_values.hpp"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/body/profile_limits.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/program/session_time.hpp"

namespace hipfit::core {
namespace {

// US customary fluid ounce: 29.5735295625 ml exactly (128 to the US gallon of 231 in³).
constexpr double kMillilitresPerFluidOunce = 29.5735295625;
constexpr double kKilometresPerMile = 1.609344;

std::string_view strip_suffix(std::string_view text, std::string_view suffix) {
    if (text.size() > suffix.size() && text.ends_with(suffix))
        return text.substr(0, text.size() - suffix.size());
    return text;
}

// A number written to read back exactly, never in exponent form (which parse_decimal refuses).
std::string exact_decimal(double value) {
    std::string text = fmt::format("{}", value);
    if (text.find('e') == std::string::npos)
        return text;
    text = fmt::format("{:.20f}", value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

[[noreturn]] void malformed(std::string_view text, std::string_view field, std::string_view expected) {
    throw InvalidInput(std::string(field),
                       fmt::format("{}: '{}' is not {}", field, printable(text), expected));
}

// Splits "a@b" at the last '@': the item and its RPE.
std::pair<std::string_view, std::optional<int>> split_rpe(std::string_view item, std::string_view field) {
    const std::size_t at = item.rfind('@');
    if (at == std::string_view::npos)
        return {item, std::nullopt};
    return {item.substr(0, at), parse_whole_number(item.substr(at + 1), field)};
}

WorkoutSet parse_item(std::string_view id, std::string_view text, UnitSystem units, std::string_view field) {
    constexpr std::string_view expected =
        "a set such as 12, 12x8kg, 12@8, 30s, 30min, 30min/2.5km or 10x30s/60s";
    WorkoutSet set;
    set.exercise_id = std::string(id);
    const auto [item, rpe] = split_rpe(text, field);
    set.rpe = rpe;
    if (item.empty())
        malformed(text, field, expected);
    if (const std::size_t slash = item.find('/'); slash != std::string_view::npos) {
        const std::string_view left = item.substr(0, slash);
        const std::string_view right = item.substr(slash + 1);
        if (const std::size_t x = left.find('x'); x != std::string_view::npos && right.ends_with('s')) {
            set.rounds = parse_whole_number(left.substr(0, x), field);
            set.work_seconds = parse_whole_number(strip_suffix(left.substr(x + 1), "s"), field);
            set.rest_seconds = parse_whole_number(strip_suffix(right, "s"), field);
            return set;
        }
        if (!left.ends_with("min"))
            malformed(text, field, expected);
        set.minutes = parse_decimal(strip_suffix(left, "min"), field);
        if (right.ends_with("km")) {
            set.distance_km = parse_decimal(strip_suffix(right, "km"), field);
        } else if (right.ends_with("mi")) {
            set.distance_km = parse_decimal(strip_suffix(right, "mi"), field) * kKilometresPerMile;
        } else {
            malformed(text, field, expected);
        }
        return set;
    }
    // Reps with a load first: "12x17.5lbs" ends in 's' but is not a hold.
    if (const std::size_t x = item.find('x'); x != std::string_view::npos) {
        set.reps = parse_whole_number(item.substr(0, x), field);
        set.load = parse_mass(item.substr(x + 1), units, field);
    } else if (item.ends_with("min")) {
        set.minutes = parse_decimal(strip_suffix(item, "min"), field);
    } else if (item.ends_with('s')) {
        set.hold_seconds = parse_whole_number(strip_suffix(item, "s"), field);
    } else {
        set.reps = parse_whole_number(item, field);
    }
    return set;
}

template <class T>
void check_range(const std::optional<T>& value, Range range, std::string_view field, std::string_view unit) {
    if (!value)
        return;
    const double number = static_cast<double>(*value);
    if (!range.contains(number)) {
        throw InvalidInput(std::string(field),
                           fmt::format("{}: {:g}{} is outside the accepted range {:g}–{:g}{}", field, number,
                                       unit, range.min, range.max, unit));
    }
}

// A set is one of four shapes: reps (with a load or not), a hold, a cardio bout (with a distance or
// not), or interval rounds with their work and rest. Anything else cannot be read back or timed.
void check_shape(const WorkoutSet& s, std::string_view field) {
    const bool reps = s.reps && !s.hold_seconds && !s.minutes && !s.distance_km && !s.rounds;
    const bool hold = s.hold_seconds && !s.reps && !s.load && !s.minutes && !s.distance_km && !s.rounds;
    const bool bout = s.minutes && !s.reps && !s.load && !s.hold_seconds && !s.rounds;
    const bool intervals = s.rounds && s.work_seconds && s.rest_seconds && !s.reps && !s.load &&
                           !s.hold_seconds && !s.minutes && !s.distance_km;
    const bool interval_fields_alone = !s.rounds && (s.work_seconds || s.rest_seconds);
    if (static_cast<int>(reps) + static_cast<int>(hold) + static_cast<int>(bout) +
                static_cast<int>(intervals) !=
            1 ||
        interval_fields_alone) {
        throw InvalidInput(
            std::string(field),
            fmt::format("{}: a set of {} must be reps (and a load), a hold, minutes (and a distance) "
                        "or interval rounds with work and rest",
                        field, s.exercise_id));
    }
}

void check_one_set(const WorkoutSet& s, std::string_view field) {
    check_shape(s, field);
    check_range(s.reps, kRepsRange, field, " reps");
    check_range(s.load ? std::optional<double>(s.load->value()) : std::nullopt, kLoadRangeKg, field, " kg");
    check_range(s.hold_seconds, kHoldRangeSeconds, field, " s");
    check_range(s.rpe, kRpeRange, field, " RPE");
    check_range(s.minutes, kBoutMinutesRange, field, " min");
    check_range(s.distance_km, kDistanceRangeKm, field, " km");
    check_range(s.rounds, kRoundsRange, field, " rounds");
    check_range(s.work_seconds, kIntervalSecondsRange, field, " s");
    check_range(s.rest_seconds, kIntervalSecondsRange, field, " s");
}

// The seconds one logged set takes, as the session's time estimate counts them (session_time.hpp).
double set_seconds(const WorkoutSet& s, const Exercise& exercise) {
    if (s.minutes)
        return *s.minutes * 60.0;
    PlannedExercise done;
    done.id = s.exercise_id;
    done.sets = s.rounds.value_or(1);
    done.reps = s.reps;
    done.hold_seconds = s.hold_seconds;
    done.per_side = exercise.prescription.per_side;
    done.work_seconds = s.work_seconds;
    done.rest_seconds = s.rest_seconds;
    const double seconds = estimated_seconds(done, exercise);
    return s.rounds ? seconds : seconds - kTransitionSeconds;  // a set, not a whole exercise
}

Millilitres volume_of(std::string_view text, UnitSystem units, std::string_view field) {
    if (text.ends_with("ml"))
        return Millilitres(parse_decimal(strip_suffix(text, "ml"), field));
    if (text.ends_with("l"))
        return Millilitres(parse_decimal(strip_suffix(text, "l"), field) * 1000.0);
    if (text.ends_with("oz"))
        return Millilitres(parse_decimal(strip_suffix(text, "oz"), field) * kMillilitresPerFluidOunce);
    const double number = parse_decimal(text, field);
    return Millilitres(units == UnitSystem::metric ? number : number * kMillilitresPerFluidOunce);
}

}  // namespace

Millilitres parse_volume(std::string_view text, UnitSystem units, std::string_view field) {
    return Millilitres(finite_quantity(volume_of(text, units, field).value(), text, field));
}

double parse_hours(std::string_view text, std::string_view field) {
    if (const std::size_t h = text.find('h'); h != std::string_view::npos && h + 1 < text.size()) {
        const std::string_view minutes_text = strip_suffix(strip_suffix(text.substr(h + 1), "min"), "m");
        const int minutes = parse_whole_number(minutes_text, field);
        if (minutes > 59)
            malformed(text, field, "a duration such as 7h30m (minutes 0–59)");
        return parse_decimal(text.substr(0, h), field) + minutes / 60.0;
    }
    if (text.ends_with("min"))
        return parse_decimal(strip_suffix(text, "min"), field) / 60.0;
    return parse_decimal(strip_suffix(text, "h"), field);
}

double parse_entry_value(EntryKind kind, std::string_view text, UnitSystem units, std::string_view field) {
    switch (kind) {
        case EntryKind::weight:
            return parse_mass(text, units, field).value();
        case EntryKind::food:
            return parse_decimal(strip_suffix(text, "kcal"), field);
        case EntryKind::water:
            return parse_volume(text, units, field).value();
        case EntryKind::sleep:
            return parse_hours(text, field);
        case EntryKind::alcohol:
            return parse_decimal(text, field);
        case EntryKind::stress:
            return parse_decimal(strip_suffix(text, "min"), field);
        case EntryKind::steps:
        case EntryKind::cigarettes:
        case EntryKind::standup:
            return parse_whole_number(text, field);
        case EntryKind::measure:
        case EntryKind::workout:
            break;
    }
    throw InvalidInput(std::string(field), fmt::format("{}: a {} entry has no single value", field,
                                                       name_of(kEntryKindNames, kind)));
}

std::vector<WorkoutSet> parse_workout_spec(std::string_view text, UnitSystem units, const Catalog& catalog,
                                           std::string_view field) {
    std::vector<WorkoutSet> sets;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        const std::string_view part = text.substr(start, end - start);
        const std::size_t colon = part.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == part.size()) {
            malformed(part, field, "an exercise with its sets, e.g. glute-bridge:12,12,10@8");
        }
        const std::string_view id = part.substr(0, colon);
        if (catalog.find(id) == nullptr) {
            throw InvalidInput(
                std::string(field),
                fmt::format("{}: no exercise '{}'; 'hipfit exercises' lists them", field, printable(id)));
        }
        std::size_t item_start = colon + 1;
        while (item_start <= part.size()) {
            const std::size_t comma = std::min(part.find(',', item_start), part.size());
            sets.push_back(parse_item(id, part.substr(item_start, comma - item_start), units, field));
            item_start = comma + 1;
        }
        start = end + 1;
    }
    return sets;
}

std::string format_workout_spec(const std::vector<WorkoutSet>& sets) {
    std::string out;
    const std::string* current = nullptr;
    for (const WorkoutSet& s : sets) {
        if (current == nullptr || *current != s.exercise_id) {
            if (current != nullptr)
                out += ';';
            out += s.exercise_id + ':';
            current = &s.exercise_id;
        } else {
            out += ',';
        }
        if (s.rounds) {
            out +=
                fmt::format("{}x{}s/{}s", *s.rounds, s.work_seconds.value_or(0), s.rest_seconds.value_or(0));
        } else if (s.minutes) {
            out += exact_decimal(*s.minutes) + "min";
            if (s.distance_km)
                out += "/" + exact_decimal(*s.distance_km) + "km";
        } else if (s.hold_seconds) {
            out += fmt::format("{}s", *s.hold_seconds);
        } else if (s.reps) {
            out += std::to_string(*s.reps);
            if (s.load)
                out += "x" + exact_decimal(s.load->value()) + "kg";
        }
        if (s.rpe)
            out += fmt::format("@{}", *s.rpe);
    }
    return out;
}

void check_entry(const Entry& e, Date today) {
    if (e.date > today) {
        throw InvalidInput("date", fmt::format("date: {} is in the future", format_date(e.date)));
    }
    if (e.date < kEarliestEntryDate) {
        throw InvalidInput("date", fmt::format("date: {} is before {}", format_date(e.date),
                                               format_date(kEarliestEntryDate)));
    }
    const std::string_view kind = name_of(kEntryKindNames, e.kind);
    switch (e.kind) {
        case EntryKind::measure: {
            const Measurements& m = e.measurements;
            if (m.empty()) {
                std::vector<std::string> keys;
                for (const MeasurementLimit& limit : kMeasurementLimits) keys.emplace_back(limit.key);
                throw InvalidInput(
                    "measurements",
                    fmt::format("measurements: give at least one of {}", fmt::join(keys, ", ")), keys);
            }
            auto cm = [](const std::optional<Centimetres>& v) {
                return v ? std::optional<double>(v->value()) : std::nullopt;
            };
            // In the order of kMeasurementLimits.
            const std::array<std::optional<double>, kMeasurementLimits.size()> values{
                cm(m.waist),       cm(m.hip),  cm(m.thigh),       cm(m.thigh_left),
                cm(m.thigh_right), cm(m.neck), m.body_fat_percent};
            for (std::size_t i = 0; i < values.size(); ++i)
                check_range(values[i], kMeasurementLimits[i].range, kMeasurementLimits[i].key,
                            kMeasurementLimits[i].unit);
            break;
        }
        case EntryKind::workout:
            if (e.sets.empty())
                throw InvalidInput("sets", "sets: a workout entry needs at least one set");
            check_workout_set_counts(e.sets, "sets");
            check_workout_sets(e.sets, "sets");
            break;
        default:
            check_range(std::optional<double>(e.value), value_range(e.kind), kind,
                        std::string(" ") + std::string(value_unit(e.kind)));
    }
    if (e.protein_g)
        check_range(e.protein_g, kProteinRangeGrams, "protein_g", " g");
    check_free_text(e.note, "note", kMaxNoteLength);
}

void check_workout_set_counts(const std::vector<WorkoutSet>& sets, std::string_view field) {
    if (sets.size() > kMaxSetsPerWorkout) {
        throw InvalidInput(std::string(field), fmt::format("{}: {} sets; a workout entry holds at most {}",
                                                           field, sets.size(), kMaxSetsPerWorkout));
    }
    std::map<std::string_view, std::size_t> per_exercise;
    for (const WorkoutSet& s : sets) {
        if (++per_exercise[s.exercise_id] > kMaxSetsPerExercise) {
            throw InvalidInput(
                std::string(field),
                fmt::format("{}: more than {} sets of {}; a workout entry holds at most {} of "
                            "one exercise",
                            field, kMaxSetsPerExercise, printable(s.exercise_id), kMaxSetsPerExercise));
        }
    }
}

void check_workout_sets(const std::vector<WorkoutSet>& sets, std::string_view field) {
    for (const WorkoutSet& s : sets) check_one_set(s, field);
}

Kilocalories workout_energy(const std::vector<WorkoutSet>& sets, const Catalog& catalog,
                            Kilograms body_weight) {
    double kcal = 0;
    for (const WorkoutSet& s : sets) {
        const Exercise& exercise = catalog.get(s.exercise_id);
        kcal += exercise.met * body_weight.value() * set_seconds(s, exercise) / 3600.0;
    }
    return Kilocalories(kcal);
}

double workout_minutes(const std::vector<WorkoutSet>& sets, const Catalog& catalog) {
    double seconds = 0;
    for (const WorkoutSet& s : sets) seconds += set_seconds(s, catalog.get(s.exercise_id));
    return seconds / 60.0;
}

void check_workout_time(const std::vector<WorkoutSet>& sets, const Catalog& catalog, std::string_view field) {
    if (const double minutes = workout_minutes(sets, catalog); minutes > kMaxWorkoutMinutes) {
        const auto whole = static_cast<long>(std::ceil(minutes));  // never shown as the limit itself
        throw InvalidInput(
            std::string(field),
            fmt::format("{}: the sets take {} h {} min; a workout entry is at most {:g} h (log a "
                        "longer event as one entry a day)",
                        field, whole / 60, whole % 60, kMaxWorkoutMinutes / 60.0));
    }
}

}  // namespace hipfit::core
