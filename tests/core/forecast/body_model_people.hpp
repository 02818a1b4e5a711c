// Random adults for the body-weight model's property tests: a seeded generator, so a failure repeats.
#pragma once

#include <algorithm>
#include <random>
#include <vector>

#include "core/forecast/body_model.hpp"

namespace hipfit::core::testing {

struct PersonRanges {
    double min_age = 18.0, max_age = 80.0;
    double min_bmi = 18.5, max_bmi = 45.0;
    double min_pal = 1.4, max_pal = 2.2;
    double measured_fat_share = 0.3;  // how many come with a measured body-fat percentage
};

inline double uniform(std::mt19937_64& rng, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng);
}

inline BodyModelPerson random_person(std::mt19937_64& rng, const PersonRanges& ranges = {}) {
    BodyModelPerson person;
    person.sex = uniform(rng, 0.0, 1.0) < 0.5 ? Sex::female : Sex::male;
    person.age_years = uniform(rng, ranges.min_age, ranges.max_age);
    person.height = Centimetres(uniform(rng, 150.0, 195.0));
    const double metres = to_metres(person.height);
    person.weight = Kilograms(uniform(rng, ranges.min_bmi, ranges.max_bmi) * metres * metres);
    person.pal = uniform(rng, ranges.min_pal, ranges.max_pal);
    if (uniform(rng, 0.0, 1.0) < ranges.measured_fat_share)
        person.body_fat_percent = uniform(rng, person.sex == Sex::female ? 18.0 : 8.0, 50.0);
    return person;
}

// A change held from day 0, then another from a random day: deficits and surpluses, never an intake
// below zero.
inline std::vector<double> random_step_changes(std::mt19937_64& rng, const BodyBaseline& baseline, int days,
                                               double largest) {
    const double first = uniform(rng, -largest, largest);
    const double second = uniform(rng, -largest, largest);
    const int switch_day = static_cast<int>(uniform(rng, 0.0, days));
    std::vector<double> changes;
    for (int day = 0; day < days; ++day) {
        const double change = day < switch_day ? first : second;
        changes.push_back(std::max(change, -baseline.intake.value()));
    }
    return changes;
}

}  // namespace hipfit::core::testing
