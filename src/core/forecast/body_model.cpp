#include "core/forecast/body_model.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "core/base/errors.hpp"
#include "core/body/profile_limits.hpp"
#include "core/forecast/body_model_batch.hpp"

namespace hipfit::core {
namespace {

// A measured body fat outside this range is a typo rather than a body (hipfit's judgement: essential
// fat is 2–5 % in men, 10–13 % in women; the NIH Body Weight Planner caps its estimate at 60 %).
constexpr Range kBodyFatPercentRange{2.0, 70.0};

void check_range(double value, Range range, std::string_view field, std::string_view what) {
    if (!range.contains(value))
        throw InvalidInput(
            std::string(field),
            fmt::format("{}: {} must be between {:g} and {:g} for the body-weight model, not {:g}", field,
                        what, range.min, range.max, value));
}

void check_person(const BodyModelPerson& person) {
    check_range(person.weight.value(), kWeightRangeKg, "weight_kg", "weight (kg)");
    check_range(person.height.value(), kHeightRangeCm, "height_cm", "height (cm)");
    check_range(person.age_years, {kAdultAgeYears, kAgeRangeYears.max}, "age_years",
                "age (years; the model is for adults)");
    check_range(person.pal, kPalRange, "pal", "the physical activity level");
    if (person.body_fat_percent)
        check_range(*person.body_fat_percent, kBodyFatPercentRange, "body_fat_percent", "body fat (%)");
}

// Mifflin–St Jeor with the unrounded coefficients bw and the NIH planner use (docs/sources.md#mifflin-1990):
// 9.99·kg + 625·m − 4.92·years + 5 (men) or − 161 (women).
double resting_kcal(const BodyModelPerson& person) {
    const double sex_constant = person.sex == Sex::male ? 5.0 : -161.0;
    return 9.99 * person.weight.value() + 625.0 * to_metres(person.height) - 4.92 * person.age_years +
           sex_constant;
}

constexpr double kMaxEstimatedBodyFatPercent = 60.0;

// Jackson AS et al., Int J Obes 2002;26:789–796, as used by bw (docs/sources.md#jackson-2002): %BF from BMI
// and age.
double estimated_body_fat_percent(const BodyModelPerson& person) {
    const double metres = to_metres(person.height);
    const double log_bmi = std::log(person.weight.value() / (metres * metres));
    const double percent = person.sex == Sex::male ? 0.14 * person.age_years + 37.31 * log_bmi - 103.94
                                                   : 0.14 * person.age_years + 39.96 * log_bmi - 102.01;
    // The NIH Body Weight Planner caps the estimate at 60 % (docs/sources.md#nih-bwp): the formula's data
    // end there.
    return std::min(percent, kMaxEstimatedBodyFatPercent);
}

// Extracellular fluid at the start (Silva et al., as coded in bw; docs/sources.md#silva-ecf), height in
// metres.
double baseline_ecf_kg(const BodyModelPerson& person) {
    const double metres = to_metres(person.height);
    const double kg = person.weight.value();
    return person.sex == Sex::male ? 0.025 * person.age_years + 9.57 * metres + 0.191 * kg - 12.4
                                   : -4.0 + 5.98 * metres + 0.167 * kg;
}

}  // namespace

BodyBaseline body_baseline(const BodyModelPerson& person) {
    check_person(person);
    const double weight = person.weight.value();
    const double resting = resting_kcal(person);
    const double intake = resting * person.pal;
    const double fat = weight * person.body_fat_percent.value_or(estimated_body_fat_percent(person)) / 100.0;
    const double ecf = baseline_ecf_kg(person);
    const double lean = weight - (ecf + fat + kGlycogenWeightFactor * kBaselineGlycogenKg);
    if (fat <= 0.0 || lean <= 0.0)
        throw InvalidInput(
            person.body_fat_percent ? "body_fat_percent" : "weight_kg",
            fmt::format("the body-weight model cannot start from {:.1f} kg of fat and {:.1f} kg of "
                        "lean tissue: both must be positive",
                        fat, lean));

    BodyBaseline baseline;
    baseline.resting = Kilocalories(resting);
    baseline.intake = Kilocalories(intake);
    baseline.state = {fat, lean, kBaselineGlycogenKg, ecf, 0.0};
    baseline.activity_kcal_per_kg_day = ((1.0 - kThermicEffectOfFood) * person.pal - 1.0) * resting / weight;
    baseline.other_expenditure =
        Kilocalories(intake - kLeanRestingKcalPerKgDay * lean - kFatRestingKcalPerKgDay * fat -
                     baseline.activity_kcal_per_kg_day * weight);
    baseline.baseline_carbohydrate = Kilocalories(kCarbohydrateFraction * intake);
    baseline.glycogen_clearance =
        baseline.baseline_carbohydrate.value() / (kBaselineGlycogenKg * kBaselineGlycogenKg);
    return baseline;
}

std::vector<BodyState> simulate_body(const BodyBaseline& baseline,
                                     std::span<const double> intake_change_per_day, int steps_per_day) {
    BodyBatch one(std::span(&baseline, 1));
    std::vector<BodyState> states;
    states.reserve(intake_change_per_day.size() + 1);
    states.push_back(one.state(0));
    for (const double& change : intake_change_per_day) {
        one.advance_day(std::span(&change, 1), steps_per_day);
        states.push_back(one.state(0));
    }
    return states;
}

Kilocalories maintenance_intake(const BodyBaseline& baseline, const BodyState& state) {
    constexpr double beta = kThermicEffectOfFood + kAdaptiveThermogenesis;
    const double held = baseline.other_expenditure.value() + kFatRestingKcalPerKgDay * state.fat_kg +
                        kLeanRestingKcalPerKgDay * state.lean_kg +
                        baseline.activity_kcal_per_kg_day * state.weight_kg();
    return Kilocalories((held - beta * baseline.intake.value()) / (1.0 - beta));
}

}  // namespace hipfit::core
