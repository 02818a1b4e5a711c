// 'hipfit exercise ID --svg FILE --muscles-svg FILE' (issue 14, point 3): the animated picture and the
// muscle map written whole as well-formed SVG; a run that cannot draw what it was asked for writes nothing.
#include <gmock/gmock.h>

#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "tests/cli/hipfit_fixture.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::testing {
namespace {

using ::testing::HasSubstr;

class ExercisePictures : public HipfitBinary {};

// A catalog exercise with an animated picture, and one without (none once every exercise has its poses).
const core::Exercise* exercise_with_picture(bool with) {
    for (const core::Exercise& exercise : io::builtin_catalog().exercises()) {
        if (io::exercise_illustration_svg(exercise).has_value() == with)
            return &exercise;
    }
    return nullptr;
}

TEST_F(ExercisePictures, WritesTheMuscleMapAsAWellFormedSvg) {
    const std::string file = dir_.file("clamshell-muscles.svg");
    const ProcessResult result = hipfit({"exercise", "clamshell", "--muscles-svg", file});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Wrote the muscle map of Clamshell to " + file));
    const std::string svg = read_file_or_missing(file);
    EXPECT_EQ(test::xml_error(svg), "");
    EXPECT_EQ(test::xml_root_name(svg), "svg");
    EXPECT_THAT(svg, HasSubstr("Works most: gluteus medius"));
    EXPECT_THAT(svg, HasSubstr(R"(class="mm-muscle mm-primary" data-muscle="gluteus-medius")"));
}

TEST_F(ExercisePictures, WritesTheAnimatedPictureAsAWellFormedSvg) {
    const core::Exercise* exercise = exercise_with_picture(true);
    if (exercise == nullptr)
        GTEST_SKIP() << "no catalog exercise has its poses yet";
    const std::string picture = dir_.file("picture.svg");
    const std::string muscles = dir_.file("muscles.svg");
    const ProcessResult result =
        hipfit({"exercise", exercise->id, "--svg", picture, "--muscles-svg", muscles});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Wrote the picture of " + exercise->name + " to " + picture));
    const std::string svg = read_file_or_missing(picture);
    EXPECT_EQ(test::xml_error(svg), "");
    EXPECT_EQ(test::xml_root_name(svg), "svg");
    EXPECT_EQ(svg, *io::exercise_illustration_svg(*exercise));
    EXPECT_EQ(test::xml_root_name(read_file_or_missing(muscles)), "svg");
}

// Every catalog exercise has its picture; a person's own exercise has only its muscle map.
TEST_F(ExercisePictures, EveryCatalogExerciseHasItsPicture) {
    EXPECT_EQ(exercise_with_picture(false), nullptr) << exercise_with_picture(false)->id;
}

TEST_F(ExercisePictures, AnOwnExerciseHasItsMuscleMapAndNoPictureAndARunAskingForBothWritesNothing) {
    ASSERT_EQ(hipfit({"exercises", "add", "Hip thrust", "--kind", "strength", "--muscles", "gluteus-maximus"})
                  .exit_code,
              0);
    const std::string picture = dir_.file("picture.svg");
    const std::string muscles = dir_.file("muscles.svg");
    const ProcessResult both =
        hipfit({"exercise", "own-hip-thrust", "--svg", picture, "--muscles-svg", muscles});
    EXPECT_EQ(both.exit_code, 1);
    EXPECT_THAT(both.err, HasSubstr("Hip thrust (own-hip-thrust) has no animated picture"));
    EXPECT_EQ(read_file_or_missing(picture), "<missing>");
    EXPECT_EQ(read_file_or_missing(muscles), "<missing>");

    const ProcessResult map = hipfit({"exercise", "own-hip-thrust", "--muscles-svg", muscles});
    ASSERT_EQ(map.exit_code, 0) << map.err;
    const std::string svg = read_file_or_missing(muscles);
    EXPECT_EQ(test::xml_error(svg), "");
    EXPECT_THAT(svg, HasSubstr(R"(class="mm-muscle mm-primary" data-muscle="gluteus-maximus")"));

    const ProcessResult shown = hipfit({"exercise", "own-hip-thrust"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("Hip thrust"));
}

TEST_F(ExercisePictures, AnUnknownIdIsAUsageErrorNamingItAndWritesNothing) {
    const std::string picture = dir_.file("picture.svg");
    const std::string muscles = dir_.file("muscles.svg");
    const ProcessResult result =
        hipfit({"exercise", "moon-walk", "--svg", picture, "--muscles-svg", muscles});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("moon-walk"));
    EXPECT_EQ(read_file_or_missing(picture), "<missing>");
    EXPECT_EQ(read_file_or_missing(muscles), "<missing>");
    EXPECT_EQ(read_file_or_missing(database()), "<missing>");
}

TEST_F(ExercisePictures, PicturesAndJsonAreOneOrTheOther) {
    const std::string muscles = dir_.file("muscles.svg");
    const ProcessResult result = hipfit({"exercise", "clamshell", "--json", "--muscles-svg", muscles});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("not both"));
    EXPECT_EQ(read_file_or_missing(muscles), "<missing>");
}

TEST_F(ExercisePictures, NeverWritesOverTheDatabase) {
    ASSERT_EQ(hipfit(metric_profile()).exit_code, 0);
    const std::string before = stored_bytes();
    const ProcessResult result = hipfit({"exercise", "clamshell", "--muscles-svg", database()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("is the hipfit database"));
    EXPECT_EQ(stored_bytes(), before);
}

}  // namespace
}  // namespace hipfit::testing
