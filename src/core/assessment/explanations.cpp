#include "core/assessment/explanations.hpp"

#include <fmt/format.h>

#include "core/energy/energy.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {
namespace {

std::string bmi_meaning(const Assessment& a) {
    switch (a.bmi_category) {
        case BmiCategory::underweight:
            return "Below the healthy range: focus on strength and eating enough, not on losing weight.";
        case BmiCategory::normal:
            return "In the healthy range for adults. BMI cannot tell muscle from fat.";
        case BmiCategory::overweight:
            return "Above the healthy range. Losing 3–5% of body weight already brings health benefits.";
        default:
            return "In the obese range, where health risks rise. A steady, modest deficit with strength "
                   "training "
                   "is the safest way down; your doctor can help.";
    }
}

std::string waist_to_hip_meaning(const Profile& p, const Assessment& a) {
    const double cutoff = waist_to_hip_risk_cutoff(p.sex);
    if (a.waist_to_hip_substantial_risk) {
        return fmt::format(
            "At or above the WHO cut-off of {:.2f} for {}: fat around the waist carries a "
            "substantially higher risk of heart disease and diabetes.",
            cutoff, p.sex == Sex::female ? "women" : "men");
    }
    return fmt::format("Below the WHO cut-off of {:.2f}: no added risk from where your fat sits.", cutoff);
}

std::string waist_to_height_meaning(const Assessment& a) {
    if (a.waist_to_height_flag) {
        return "At or above 0.5: your waist is more than half your height, a sign of central fat worth "
               "reducing.";
    }
    return "Below 0.5: your waist is less than half your height, as recommended.";
}

std::string shape_meaning(const Assessment& a) {
    switch (a.body_shape) {
        case BodyShape::apple:
            return "Apple: more fat around the belly. Some of it is visceral fat around the organs, which "
                   "raises "
                   "the risk of heart disease and diabetes; overall fat loss reduces it first.";
        case BodyShape::pear:
            return "Pear: more fat on the hips and thighs. It is mostly subcutaneous fat under the skin, the "
                   "lower-risk pattern; it often leaves last, so patience matters.";
        case BodyShape::balanced:
            return "Balanced: fat spread between waist and hips, below the WHO risk cut-off.";
    }
    return {};
}

std::string target_meaning(const Profile& p, const Assessment& a) {
    switch (p.goal) {
        case Goal::lose_fat:
            if (a.target >= a.tdee) {
                return "Your expenditure is below the least hipfit advises eating, so the target is that "
                       "floor and "
                       "food alone makes no deficit: more daily movement — steps, cardio, strength — is the "
                       "way to "
                       "create one.";
            }
            return fmt::format(
                "{:.0f} kcal below your expenditure, so your body draws on its fat stores — from "
                "everywhere, hips included.",
                (a.tdee - a.target).value());
        case Goal::gain_lean:
            return fmt::format("{:.0f} kcal above your expenditure, with strength training, to build muscle.",
                               (a.target - a.tdee).value());
        case Goal::tone:
        case Goal::maintain:
            return "Equal to your expenditure: weight stays steady while training shapes the muscles.";
    }
    return {};
}

}  // namespace

std::vector<Explanation> explain(const Profile& p, const Assessment& a) {
    return {
        {"bmi", "Body mass index: weight ÷ height² (WHO)", bmi_meaning(a)},
        {"waist_to_hip_ratio", "Waist ÷ hip (WHO expert consultation, 2008)", waist_to_hip_meaning(p, a)},
        {"waist_to_height_ratio", "Waist ÷ height (Ashwell et al., 2012)", waist_to_height_meaning(a)},
        {"body_fat_percent", "US Navy circumference method (Hodgdon & Beckett, 1984)",
         "An estimate from waist, hip, neck and height, usually within 3–4 points of a lab measurement. "
         "Fat mass is weight × body fat; lean mass is the rest."},
        {"body_shape", "Waist-to-hip ratio against the WHO cut-off", shape_meaning(a)},
        {"bmr_kcal", "Mifflin–St Jeor (1990); Katch–McArdle beside it",
         fmt::format(
             "The energy your body uses at rest. Katch–McArdle, from your lean mass, gives {:.0f} kcal.",
             a.katch_mcardle.value())},
        {"tdee_kcal", "Resting expenditure × physical activity level (PAL)",
         fmt::format("Everything you burn in a day at a PAL of {:.3g}.", a.pal)},
        {"target_kcal", "Expenditure adjusted for your goal, within safe floors", target_meaning(p, a)},
        {"protein_g",
         p.goal == Goal::lose_fat ? "2.3 g per kg of lean mass (Helms et al., 2014)"
                                  : "1.6 g per kg of body weight (Morton et al., 2018)",
         "Enough protein, with strength training, keeps and builds the muscle that shapes hips and thighs."},
        {"water_ml", "EFSA adequate intake (2010), the part from drinks",
         "Spread over the day; more on hot days and when you train."},
    };
}

std::string spot_reduction_sentence() {
    return "Fat cannot be lost from the hips alone: hips and thighs slim down as your overall body fat "
           "falls, through "
           "a modest calorie deficit, cardio and strength training — the hip exercises shape the muscles "
           "underneath.";
}

std::string medical_note() {
    return "Not medical advice: if you are pregnant, breastfeeding or have a health condition, ask a doctor "
           "before "
           "changing how you eat or train.";
}

}  // namespace hipfit::core
