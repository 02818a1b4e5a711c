// End to end through the built binary: init stores a profile, assess reports it.
#include <cmath>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

// Hodgdon & Beckett (1984), women, inch form — written out here, independently of src/core.
double navy_female_percent(double waist_cm, double hip_cm, double neck_cm, double height_cm) {
    const double in = 2.54;
    return 163.205 * std::log10((waist_cm + hip_cm - neck_cm) / in) - 97.684 * std::log10(height_cm / in) -
           78.387;
}

TEST_F(HipfitBinary, InitThenAssessReportsEveryFigure) {
    const ProcessResult init = hipfit(metric_profile());
    ASSERT_EQ(init.exit_code, 0) << init.err;
    EXPECT_NE(init.out.find("Profile saved"), std::string::npos);

    const nlohmann::json a = assess_json();
    EXPECT_NEAR(a["bmi"].get<double>(), 72.0 / (1.65 * 1.65), 1e-9);  // 26.446
    EXPECT_EQ(a["bmi_category"], "overweight");
    EXPECT_NEAR(a["waist_to_hip_ratio"].get<double>(), 80.0 / 104.0, 1e-12);
    EXPECT_NEAR(a["waist_to_height_ratio"].get<double>(), 80.0 / 165.0, 1e-12);
    const double fat_percent = navy_female_percent(80, 104, 33, 165);
    EXPECT_NEAR(a["body_fat_percent"].get<double>(), fat_percent, 1e-9);
    EXPECT_NEAR(a["fat_mass_kg"].get<double>(), 72.0 * fat_percent / 100.0, 1e-9);
    EXPECT_NEAR(a["lean_mass_kg"].get<double>(), 72.0 * (1 - fat_percent / 100.0), 1e-9);
    EXPECT_EQ(a["body_shape"], "pear");                       // 0.769 < 0.85 − 0.05
    EXPECT_NEAR(a["bmr_kcal"].get<double>(), 1420.25, 1e-9);  // 10·72 + 6.25·165 − 5·34 − 161
    EXPECT_NEAR(a["pal"].get<double>(), 1.375, 1e-12);
    EXPECT_NEAR(a["tdee_kcal"].get<double>(), 1420.25 * 1.375, 1e-9);          // 1952.84
    EXPECT_NEAR(a["target_kcal"].get<double>(), 1420.25 * 1.375 - 250, 1e-9);  // 1702.84
    EXPECT_NEAR(a["protein_g"].get<double>(), 2.3 * a["lean_mass_kg"].get<double>(), 1e-9);
    EXPECT_NEAR(a["water_ml"].get<double>(), 1600.0, 1e-9);
    EXPECT_TRUE(a["warnings"].is_array());
    EXPECT_TRUE(a["warnings"].empty());
    EXPECT_NE(a["spot_reduction"].get<std::string>().find("hips"), std::string::npos);
    EXPECT_NE(a["medical_note"].get<std::string>().find("Not medical advice"), std::string::npos);
    EXPECT_LT(a["expected_weekly_change_kg"].get<double>(), 0.0);
}

TEST_F(HipfitBinary, TextAssessmentNamesFormulasAndTheSpotReductionTruth) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const ProcessResult result = hipfit({"assess"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const char* expected :
         {"BMI", "26.4", "Mifflin", "US Navy", "Waist-to-hip ratio", "0.77", "pear", "1703 kcal/day",
          "cannot be lost from the hips alone", "Not medical advice"}) {
        EXPECT_NE(result.out.find(expected), std::string::npos) << "missing: " << expected << "\n"
                                                                << result.out;
    }
}

TEST_F(HipfitBinary, ImperialInputGivesTheSameAssessmentAsMetric) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const nlohmann::json metric = assess_json();

    // The same body in inches and pounds, without suffixes (the profile's units apply) and with them.
    const double in = 2.54;
    const double lb = 0.45359237;
    auto number = fmt_number;
    ASSERT_EQ(
        hipfit({"init", "--units", "imperial", "--height", number(165 / in), "--weight", number(72 / lb),
                "--waist", number(80 / in) + "in", "--hip", number(104 / in), "--neck", number(33 / in)})
            .exit_code,
        0);
    const nlohmann::json imperial = assess_json();
    for (const char* key :
         {"bmi", "waist_to_hip_ratio", "waist_to_height_ratio", "body_fat_percent", "fat_mass_kg",
          "lean_mass_kg", "bmr_kcal", "tdee_kcal", "target_kcal", "protein_g", "water_ml"}) {
        EXPECT_NEAR(imperial[key].get<double>(), metric[key].get<double>(), 1e-6) << key;
    }
    EXPECT_EQ(imperial["body_shape"], metric["body_shape"]);
}

TEST_F(HipfitBinary, AssessFlagsOverrideForOneRunAndStoreNothing) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = read_file_or_missing(database());
    const nlohmann::json lighter = assess_json({"--weight", "65kg", "--goal", "maintain"});
    EXPECT_NEAR(lighter["bmi"].get<double>(), 65.0 / (1.65 * 1.65), 1e-9);
    EXPECT_NEAR(lighter["target_kcal"].get<double>(), lighter["tdee_kcal"].get<double>(), 1e-9);
    EXPECT_EQ(read_file_or_missing(database()), before);
    EXPECT_NEAR(assess_json()["bmi"].get<double>(), 72.0 / (1.65 * 1.65), 1e-9);
}

TEST_F(HipfitBinary, AssessWorksFromFlagsAloneWithoutCreatingADatabase) {
    const std::vector<std::string> profile = metric_profile();
    const std::vector<std::string> flags(profile.begin() + 1, profile.end());
    const nlohmann::json a = assess_json(flags);
    EXPECT_NEAR(a["bmr_kcal"].get<double>(), 1420.25, 1e-9);
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

// Before 'init' a bare 'assess' points to 'hipfit init'; with some flags, it says which are missing.
TEST_F(HipfitBinary, AssessWithoutAProfileSaysWhatIsMissing) {
    const ProcessResult bare = hipfit({"assess"});
    EXPECT_EQ(bare.exit_code, 2);
    EXPECT_EQ(
        bare.err,
        "hipfit: error: no profile yet: run 'hipfit init' first (or give --sex, --age, --height, --weight, "
        "--waist, --hip and --neck to assess without saving)\n");
    EXPECT_EQ(bare.out, "");
    const ProcessResult some = hipfit({"assess", "--sex", "female"});
    EXPECT_EQ(some.exit_code, 2);
    EXPECT_NE(some.err.find("missing: --age"), std::string::npos) << some.err;
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(HipfitBinary, DeficitOutsideTheRecommendedBandWarnsAndExplains) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const nlohmann::json a = assess_json({"--deficit", "500"});
    EXPECT_NEAR(a["target_kcal"].get<double>(), 1420.25 * 1.375 - 500, 1e-9);
    ASSERT_EQ(a["warnings"].size(), 1u);
    EXPECT_NE(a["warnings"][0].get<std::string>().find("200–300"), std::string::npos);
}

TEST_F(HipfitBinary, TargetIsRaisedToTheFloorWithAWarning) {
    // A small, sedentary woman: TDEE 1.2 · (10·45 + 6.25·150 − 5·60 − 161) = 1.2 · 926.5 = 1111.8.
    const nlohmann::json a =
        assess_json({"--sex", "female", "--age", "60", "--height", "150cm", "--weight", "45kg", "--waist",
                     "70cm", "--hip", "90cm", "--neck", "30cm", "--activity", "sedentary", "--goal", "tone"});
    EXPECT_NEAR(a["tdee_kcal"].get<double>(), 1111.8, 1e-9);
    EXPECT_NEAR(a["target_kcal"].get<double>(), 1200.0, 1e-9);
    ASSERT_FALSE(a["warnings"].empty());
    EXPECT_NE(a["warnings"][0].get<std::string>().find("raised"), std::string::npos);
}

// A 1,000 kcal deficit for a lean, very active 70 kg man would lose more than 1 % of his weight a week:
// the target is raised to the largest safe deficit, and the warning says so.
TEST_F(HipfitBinary, ADeficitFasterThanOnePercentAWeekIsCutToTheSafeRate) {
    const nlohmann::json a = assess_json({"--sex", "male", "--age", "30", "--height", "180cm", "--weight",
                                          "70kg", "--waist", "80cm", "--hip", "95cm", "--neck", "38cm",
                                          "--activity", "very-active", "--deficit", "1000"});
    EXPECT_NEAR(a["expected_weekly_change_kg"].get<double>(), -0.70, 1e-9);
    EXPECT_GT(a["target_kcal"].get<double>(), a["tdee_kcal"].get<double>() - 1000);
    bool raised = false;
    for (const auto& warning : a["warnings"])
        raised |= warning.get<std::string>().find("1% of your body weight (0.70 kg)") != std::string::npos;
    EXPECT_TRUE(raised) << a["warnings"].dump();
}

}  // namespace
}  // namespace hipfit::testing
