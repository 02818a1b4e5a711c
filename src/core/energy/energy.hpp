// Energy expenditure: resting (Mifflin–St Jeor, Katch–McArdle), the activity multiplier and the energy in a
// kilogram of weight change. The day's targets are in targets.hpp. Pure functions; each cites its source.
#pragma once

#include "core/base/units.hpp"
#include "core/body/profile.hpp"

namespace hipfit::core {

// Resting energy expenditure, Mifflin MD, St Jeor ST et al., Am J Clin Nutr 1990;51:241–247:
// 10·kg + 6.25·cm − 5·age + 5 (men) or − 161 (women).
Kilocalories mifflin_st_jeor(Sex sex, Kilograms weight, Centimetres height, int age_years);

// Katch–McArdle: 370 + 21.6 · lean mass in kg (docs/sources.md#katch-mcardle).
Kilocalories katch_mcardle(Kilograms lean_mass);

// The multiplier for an activity level: 1.2 / 1.375 / 1.55 / 1.725 / 1.9. These are the widely used
// Harris–Benedict multipliers; no primary source for them was found (docs/sources.md#activity-multipliers),
// so docs/assessment.md sets them beside the FAO/WHO/UNU 2004 PAL bands they sit within.
double activity_multiplier(Activity activity);

// The physical activity level used: the profile's own PAL when it has one, else its activity level's
// multiplier.
double physical_activity_level(const Profile& profile);

Kilocalories total_expenditure(Kilocalories resting, double pal);

// Energy content of a kilogram of body-weight change, from Forbes' fat–lean partition as used by
// Hall's model (docs/sources.md#energy-per-kg): ρ = (ρ_F·F + 10.4·ρ_L) / (F + 10.4), with ρ_F = 9440.727 and
// ρ_L = 1816.444 kcal/kg (bw). Leaner people lose relatively more lean mass, so each kilogram holds
// less energy than the 7,700 kcal of the 3,500-kcal rule (Wishnofsky 1958; docs/sources.md#wishnofsky-1958).
Kilocalories energy_per_kilogram_change(Kilograms fat_mass);

inline constexpr double kFatEnergyDensityKcalPerKg = 9440.727;
inline constexpr double kLeanEnergyDensityKcalPerKg = 1816.444;
inline constexpr double kForbesConstantKg = 10.4;

}  // namespace hipfit::core
