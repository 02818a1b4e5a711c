// Hall's adult dynamic body-weight model (Hall et al., Lancet 2011;378:826–837, web appendix Eqs 1–9;
// the model of the NIH Body Weight Planner), with the constants of its open implementation, the R
// package bw (INSP-RH/bw, MIT); docs/sources.md#hall-2011 and docs/sources.md#bw. How it is solved and
// why: docs/forecast.md.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/base/units.hpp"
#include "core/body/profile.hpp"
#include "core/energy/energy.hpp"

namespace hipfit::core {

// Constants of bw's Adult::getParameters (docs/sources.md#bw): the appendix values in kJ converted to
// kcal.
// The energy densities of fat and lean tissue and Forbes' 10.4 kg are those of energy.hpp.
inline constexpr double kGlycogenEnergyDensityKcalPerKg = 4206.501;  // ρ_G, 17.6 MJ/kg
inline constexpr double kFatRestingKcalPerKgDay = 3.107075;          // γ_F, 13 kJ/kg/d
inline constexpr double kLeanRestingKcalPerKgDay = 21.98853;         // γ_L, 92 kJ/kg/d
inline constexpr double kFatSynthesisKcalPerKg = 179.2543;           // η_F, 750 kJ/kg
inline constexpr double kLeanSynthesisKcalPerKg = 229.4455;          // η_L, 960 kJ/kg
inline constexpr double kThermicEffectOfFood = 0.1;                  // β_TEF
inline constexpr double kAdaptiveThermogenesis = 0.14;               // β_AT
inline constexpr double kAdaptiveThermogenesisDays = 14.0;           // τ_AT
inline constexpr double kSodiumMgPerLitre = 3220.0;                  // [Na]
inline constexpr double kSodiumExcretionMgPerLitreDay = 3000.0;      // ξ_Na
inline constexpr double kCarbSodiumMgPerDay = 4000.0;                // ξ_CI
inline constexpr double kBaselineGlycogenKg = 0.5;                   // G0
inline constexpr double kCarbohydrateFraction = 0.5;                 // bw's default pcarb_base
// Each kilogram of glycogen is stored with about 2.7 kg of water, so it weighs 3.7 kg (appendix).
inline constexpr double kGlycogenWeightFactor = 3.7;

// RK4 steps per day. Measured (docs/forecast.md): with 4 the weight stays within 0.00014 kg of the
// converged solution over two years for generated adults and changes of up to ±1,500 kcal/day, and within
// 0.0006 kg up to ±5,500; with 2, 0.004 and 0.014 kg; with 1 the fast glycogen and fluid states become
// unstable under large surpluses (their rate nears 3 a day; RK4's limit is 2.78 a step).
inline constexpr int kDefaultStepsPerDay = 4;

struct BodyModelPerson {
    Sex sex = Sex::female;
    double age_years = 0.0;
    Kilograms weight;
    Centimetres height;
    double pal = 1.5;                        // physical activity level, expenditure ÷ resting
    std::optional<double> body_fat_percent;  // measured; else estimated from BMI (Jackson et al. 2002)
};

// The model's five states.
struct BodyState {
    double fat_kg = 0.0;
    double lean_kg = 0.0;
    double glycogen_kg = 0.0;
    double ecf_kg = 0.0;  // extracellular fluid
    double adaptive_thermogenesis_kcal = 0.0;

    // BW = F + L + ECF + 3.7·G (Hall et al. 2011; docs/sources.md#hall-2011).
    [[nodiscard]] double weight_kg() const;
};

// Everything fixed at the start: the person in energy balance, and the constants that keep them there.
struct BodyBaseline {
    Kilocalories resting;                   // RMR0, Mifflin–St Jeor with Hall's unrounded coefficients
    Kilocalories intake;                    // EI = RMR0 · PAL, the intake that holds the starting weight
    BodyState state;                        // day 0; AT0 = 0 and ECF0 from Silva's equations
    double activity_kcal_per_kg_day = 0.0;  // δ = [(1 − β_TEF)·PAL − 1]·RMR0 / BW0 (Eq. 8)
    Kilocalories other_expenditure;         // K = RMR0·PAL − γ_L·L0 − γ_F·F0 − δ·BW0
    double glycogen_clearance = 0.0;        // k_G = CI_b / G0², kcal/d per kg²
    Kilocalories baseline_carbohydrate;     // CI_b = 0.5 · EI
};

// Throws InvalidInput for a person outside the model's range (adults, plausible sizes, PAL 1.2–2.5)
// or whose estimated fat or lean mass would not be positive.
BodyBaseline body_baseline(const BodyModelPerson& person);

// One intake change per day (kcal/day against the baseline intake) for days 0..n−1; returns the
// states on days 0..n. Day d's change applies for t in [d, d+1). Throws InvalidInput when an
// intake would be negative or steps_per_day < 1.
std::vector<BodyState> simulate_body(const BodyBaseline& baseline,
                                     std::span<const double> intake_change_per_day,
                                     int steps_per_day = kDefaultStepsPerDay);

// The intake (kcal/day) that holds `state` where it is: the NIH Body Weight Planner's cals4balance
// (docs/sources.md#nih-bwp) in bw's constants, EI = (K + γ_F·F + γ_L·L + δ·BW − β·EI_b) / (1 − β), with
// β = β_TEF + β_AT, since at a steady state TEF and AT are β·(EI − EI_b).
Kilocalories maintenance_intake(const BodyBaseline& baseline, const BodyState& state);

}  // namespace hipfit::core
