// Every exercise picture is well-formed SVG that names its exercise, animates, respects reduced motion,
// and shows the exercise's equipment; the timing follows the tempo.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "io/pose_json.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::io {
namespace {

// What the pictures write for a name: the five characters XML escapes, apostrophes as &#39;.
std::string xml_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string svg_of(std::string_view id) {
    const auto svg = exercise_illustration_svg(builtin_catalog().get(id));
    return svg ? *svg : "";
}

TEST(ExerciseIllustration, EveryPictureIsWellFormedAnimatedSvgNamingItsExercise) {
    for (const auto& [id, poses] : builtin_poses()) {
        const core::Exercise& e = builtin_catalog().get(id);
        const std::string svg = svg_of(id);
        ASSERT_FALSE(svg.empty()) << id;
        EXPECT_EQ(test::xml_error(svg), "") << id;
        EXPECT_EQ(test::xml_root_name(svg), "svg") << id;
        EXPECT_NE(svg.find("<title>" + xml_escaped(e.name) + "</title>"), std::string::npos) << id;
        EXPECT_NE(svg.find("<desc>"), std::string::npos) << id;
        EXPECT_NE(svg.find("<animate "), std::string::npos) << id;
        EXPECT_NE(svg.find("repeatCount=\"indefinite\""), std::string::npos) << id;
        EXPECT_NE(svg.find("prefers-reduced-motion"), std::string::npos) << id;
        EXPECT_NE(svg.find("prefers-color-scheme: dark"), std::string::npos) << id;
        EXPECT_EQ(svg.find(" id="), std::string::npos) << id << ": ids collide when a page inlines pictures";
        EXPECT_EQ(svg.find("href"), std::string::npos) << id << ": the picture must be self-contained";
    }
}

TEST(ExerciseIllustration, AnExerciseWithoutPosesHasNoPicture) {
    core::Exercise own;
    own.id = "my-own-move";
    own.name = "My own move";
    EXPECT_FALSE(exercise_illustration_svg(own).has_value());
}

TEST(ExerciseIllustration, TempoFourFourAnimatesOverEightSeconds) {
    // side-lying-leg-raise: 4 s up, 4 s down.
    const std::string svg = svg_of("side-lying-leg-raise");
    EXPECT_NE(svg.find("dur=\"8.0s\""), std::string::npos);
    EXPECT_EQ(svg.find("dur=\"3.0s\""), std::string::npos);
}

TEST(ExerciseIllustration, DescribesTheViewAndTheMovingSide) {
    const std::string svg = svg_of("side-lying-leg-raise");
    EXPECT_NE(svg.find("<desc>Front view: a figure doing Side-lying leg raise"), std::string::npos)
        << svg.substr(0, 600);
    EXPECT_NE(svg.find("left side"), std::string::npos);
}

TEST(ExerciseIllustration, ReducedMotionShowsFirstAndLastFramesStill) {
    const std::string svg = svg_of("glute-bridge");
    EXPECT_NE(
        svg.find(
            "@media (prefers-reduced-motion: reduce){.hf-moving{display:none}.hf-still{display:inline}}"),
        std::string::npos);
    const std::size_t still = svg.find("class=\"hf-fig hf-still\"");
    ASSERT_NE(still, std::string::npos);
    const std::string stills = svg.substr(still);
    EXPECT_EQ(stills.find("<animate"), std::string::npos) << "the still pair does not move";
    const std::regex head("<circle class=\"hf-head\"");
    EXPECT_EQ(std::distance(std::sregex_iterator(stills.begin(), stills.end(), head), std::sregex_iterator()),
              2);
}

TEST(ExerciseIllustration, EquipmentIsDrawn) {
    EXPECT_NE(svg_of("banded-clamshell").find("class=\"hf-band"), std::string::npos);
    EXPECT_EQ(svg_of("clamshell").find("class=\"hf-band"), std::string::npos);
    EXPECT_NE(svg_of("standing-leg-lift-ankle-weights").find("class=\"hf-weight"), std::string::npos);
    EXPECT_NE(svg_of("banded-lateral-walk").find("class=\"hf-band"), std::string::npos);
    for (const core::Exercise& e : builtin_catalog().exercises()) {
        if (e.equipment.contains(core::Equipment::dumbbells) && builtin_poses().contains(e.id)) {
            EXPECT_NE(svg_of(e.id).find("class=\"hf-weight"), std::string::npos) << e.id;
        }
    }
}

}  // namespace
}  // namespace hipfit::io
