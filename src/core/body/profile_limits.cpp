#include "core/body/profile_limits.hpp"

#include <fmt/format.h>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

void check_length(const std::optional<Centimetres>& value, Range range, std::string_view field) {
    if (!value || range.contains(value->value()))
        return;
    throw InvalidInput(
        std::string(field),
        fmt::format("{}: {:.1f} cm ({:.1f} in) is outside the accepted range {:g}–{:g} cm "
                    "({:.1f}–{:.1f} in)",
                    field, value->value(), to_inches(*value).value(), range.min, range.max,
                    to_inches(Centimetres(range.min)).value(), to_inches(Centimetres(range.max)).value()));
}

void check_mass(const std::optional<Kilograms>& value, Range range, std::string_view field) {
    if (!value || range.contains(value->value()))
        return;
    throw InvalidInput(
        std::string(field),
        fmt::format("{}: {:.1f} kg ({:.1f} lb) is outside the accepted range {:g}–{:g} kg "
                    "({:.0f}–{:.0f} lb)",
                    field, value->value(), to_pounds(*value).value(), range.min, range.max,
                    to_pounds(Kilograms(range.min)).value(), to_pounds(Kilograms(range.max)).value()));
}

template <class Number>
void check_number(const std::optional<Number>& value, Range range, std::string_view field,
                  std::string_view unit) {
    if (!value || range.contains(static_cast<double>(*value)))
        return;
    throw InvalidInput(std::string(field),
                       fmt::format("{}: {:g}{} is outside the accepted range {:g}–{:g}{}", field,
                                   static_cast<double>(*value), unit, range.min, range.max, unit));
}

void check_energy(const std::optional<Kilocalories>& value, std::string_view field) {
    if (value)
        check_number(std::optional<double>(value->value()), kEnergyOffsetRangeKcal, field, " kcal/day");
}

}  // namespace

void check_age(int years, std::string_view field) {
    check_number(std::optional<int>(years), kAgeRangeYears, field, " years");
    if (years < kAdultAgeYears) {
        throw SafetyRefusal(
            fmt::format(
                "hipfit is for adults (18 and over) and cannot give advice at {}. Calorie targets and "
                "deficits for a growing body need a doctor, a registered dietitian or a school health "
                "professional; active play and sport are good for everyone.",
                years),
            std::string(field));
    }
}

void check_field_ranges(const ProfileChanges& changes) {
    if (changes.age_years)
        check_age(*changes.age_years);
    check_length(changes.height, kHeightRangeCm, "height_cm");
    check_mass(changes.weight, kWeightRangeKg, "weight_kg");
    check_length(changes.waist, kWaistRangeCm, "waist_cm");
    check_length(changes.hip, kHipRangeCm, "hip_cm");
    check_length(changes.neck, kNeckRangeCm, "neck_cm");
    check_length(changes.thigh, kThighRangeCm, "thigh_cm");
    check_number(changes.pal, kPalRange, "pal", "");
    check_energy(changes.deficit, "deficit_kcal");
    check_energy(changes.surplus, "surplus_kcal");
    check_number(changes.minutes_per_session, kSessionMinutesRange, "minutes_per_session", " minutes");
    if (changes.days && (changes.days->empty() || changes.days->size() > kMaxTrainingDaysPerWeek)) {
        throw InvalidInput("days", fmt::format("days: {} training days given; choose 1 to {} so at least one "
                                               "full rest day a week remains",
                                               changes.days->size(), kMaxTrainingDaysPerWeek));
    }
}

}  // namespace hipfit::core
