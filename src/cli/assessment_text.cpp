#include "cli/assessment_text.hpp"

#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/profile_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

const Explanation* find(const Assessment& a, std::string_view key) {
    for (const Explanation& e : a.explanations) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

// One figure: its label and value, then the formula and what it means, indented.
void figure(std::ostream& out, const Assessment& a, std::string_view key, std::string_view label,
            const std::string& value) {
    fmt::print(out, "{:<24}{}\n", label, value);
    if (const Explanation* e = find(a, key)) {
        fmt::print(out, "{:<24}{}\n{:<24}{}\n", "", e->formula, "", e->meaning);
    }
}

std::string weekly_change_text(const Profile& p, const Assessment& a) {
    const Kilograms change = a.expected_weekly_change;
    if (std::abs(change.value()) < 0.005)
        return "steady weight";
    return fmt::format("{} {} a week at first", change.value() < 0 ? "losing" : "gaining",
                       format_mass(Kilograms(std::abs(change.value())), p.units));
}

}  // namespace

void print_assessment(std::ostream& out, const Profile& p, const Assessment& a,
                      const std::optional<app::TargetInForce>& in_force) {
    fmt::print(out, "Your assessment ({}, {}, goal: {})\n\n", name_of(kSexNames, p.sex), a.age_years,
               name_of(kGoalNames, p.goal));
    figure(out, a, "bmi", "BMI",
           fmt::format("{:.1f} ({})", a.bmi, name_of(kBmiCategoryNames, a.bmi_category)));
    figure(out, a, "waist_to_hip_ratio", "Waist-to-hip ratio", fmt::format("{:.2f}", a.waist_to_hip_ratio));
    figure(out, a, "waist_to_height_ratio", "Waist-to-height ratio",
           fmt::format("{:.2f}", a.waist_to_height_ratio));
    figure(out, a, "body_fat_percent", "Body fat",
           fmt::format("{:.1f}% (fat {}, lean {})", a.body_fat_percent, format_mass(a.fat_mass, p.units),
                       format_mass(a.lean_mass, p.units)));
    figure(out, a, "body_shape", "Body shape", std::string(name_of(kBodyShapeNames, a.body_shape)));
    figure(out, a, "bmr_kcal", "Resting expenditure", fmt::format("{:.0f} kcal/day", a.bmr.value()));
    figure(out, a, "tdee_kcal", "Total expenditure",
           fmt::format("{:.0f} kcal/day (PAL {:.3g})", a.tdee.value(), a.pal));
    figure(out, a, "target_kcal", "Daily target",
           fmt::format("{:.0f} kcal/day — {}", a.target.value(), weekly_change_text(p, a)));
    if (in_force)
        fmt::print(out, "{:<24}{}\n", "", in_force->explanation);
    figure(out, a, "protein_g", "Protein", fmt::format("{:.0f} g/day", a.protein.value()));
    figure(out, a, "water_ml", "Water", fmt::format("{:.0f} ml/day from drinks", a.water.value()));
    for (const std::string& warning : a.warnings) fmt::print(out, "\nWarning: {}\n", warning);
    fmt::print(out, "\n{}\n\n{}\n", a.spot_reduction, a.medical_note);
}

}  // namespace hipfit::cli
