#include "core/energy/energy.hpp"

namespace hipfit::core {

Kilocalories mifflin_st_jeor(Sex sex, Kilograms weight, Centimetres height, int age_years) {
    const double sex_constant = sex == Sex::male ? 5.0 : -161.0;
    return Kilocalories(10.0 * weight.value() + 6.25 * height.value() - 5.0 * age_years + sex_constant);
}

Kilocalories katch_mcardle(Kilograms lean_mass) {
    return Kilocalories(370.0 + 21.6 * lean_mass.value());
}

double activity_multiplier(Activity activity) {
    switch (activity) {
        case Activity::sedentary:
            return 1.2;
        case Activity::light:
            return 1.375;
        case Activity::moderate:
            return 1.55;
        case Activity::active:
            return 1.725;
        case Activity::very_active:
            return 1.9;
    }
    return 1.2;
}

double physical_activity_level(const Profile& profile) {
    return profile.pal_override.value_or(activity_multiplier(profile.activity));
}

Kilocalories total_expenditure(Kilocalories resting, double pal) {
    return resting * pal;
}

Kilocalories energy_per_kilogram_change(Kilograms fat_mass) {
    const double fat = fat_mass.value();
    return Kilocalories((kFatEnergyDensityKcalPerKg * fat + kForbesConstantKg * kLeanEnergyDensityKcalPerKg) /
                        (fat + kForbesConstantKg));
}

}  // namespace hipfit::core
