#include "core/journal/journal_progression_text.hpp"

#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace hipfit::core {
namespace {

std::string sets_of(const std::vector<int>& values, std::string_view unit) {
    const bool alike = std::all_of(values.begin(), values.end(), [&](int v) { return v == values.front(); });
    if (!alike)
        return fmt::format("{}{}", fmt::join(values, ", "), unit);
    if (values.size() == 1)
        return fmt::format("{}{}", values.front(), unit.empty() ? " reps" : unit);
    return fmt::format("{} × {}{}", values.size(), values.front(), unit);
}

double increment(UnitSystem units) {
    return units == UnitSystem::imperial ? kLoadIncrementLb : kLoadIncrementKg;
}

double in_units(Kilograms load, UnitSystem units) {
    return units == UnitSystem::imperial ? to_pounds(load).value() : load.value();
}

Kilograms from_units(double value, UnitSystem units) {
    return units == UnitSystem::imperial ? to_kilograms(Pounds(value)) : Kilograms(value);
}

// Tolerance for landing on the increments' grid despite rounding in kg ↔ lb.
constexpr double kGridTolerance = 1e-6;

}  // namespace

Kilograms heavier(Kilograms load, UnitSystem units) {
    const double step = increment(units);
    const double target = in_units(load, units) * (1 + kLoadStepFraction);
    return from_units(std::ceil(target / step - kGridTolerance) * step, units);
}

bool within_load_step(Kilograms load, Kilograms more) {
    return (more - load).value() <= kMaxLoadStepFraction * load.value() + kGridTolerance;
}

std::optional<Kilograms> lighter(Kilograms load, UnitSystem units) {
    const double step = increment(units);
    const double target = in_units(load, units) * (1 - kStepBackLoadFraction);
    const double next = std::floor(target / step + kGridTolerance) * step;
    return next > 0 ? std::optional<Kilograms>(from_units(next, units)) : std::nullopt;
}

std::string mass_text(Kilograms mass, UnitSystem units) {
    const double value = std::round(in_units(mass, units) * 10) / 10;
    return fmt::format("{:g} {}", value, units == UnitSystem::imperial ? "lb" : "kg");
}

std::string describe(const Performance& done, Measure m, UnitSystem units) {
    std::string text;
    if (m == Measure::rounds) {
        text = fmt::format("{} rounds", done.values.front());
        if (done.work_seconds)
            text += fmt::format(" of {} s", *done.work_seconds);
    } else {
        text = sets_of(done.values, m == Measure::hold ? " s hold" : "");
    }
    if (done.load)
        text += " at " + mass_text(*done.load, units);
    if (done.rpe)
        text += fmt::format(", RPE {}", *done.rpe);
    return text;
}

std::string target_text(const PlannedExercise& p, Measure m) {
    const int sets = p.sets.value_or(1);
    switch (m) {
        case Measure::rounds:
            return fmt::format("{} rounds", sets);
        case Measure::hold:
            return sets > 1 ? fmt::format("{} × {} s", sets, p.hold_seconds.value_or(0))
                            : fmt::format("{} s", p.hold_seconds.value_or(0));
        default:
            return sets > 1 ? fmt::format("{} × {}", sets, p.reps.value_or(0))
                            : fmt::format("{} reps", p.reps.value_or(0));
    }
}

}  // namespace hipfit::core
