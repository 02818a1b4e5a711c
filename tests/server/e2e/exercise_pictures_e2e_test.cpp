// An exercise's pictures over HTTP (issue 14, point 3): GET /api/exercises/{id}/muscles.svg and
// …/illustration.svg answer well-formed SVG as image/svg+xml, cacheable (max-age and an ETag that
// If-None-Match turns into 304), and 404 with a sentence for an unknown exercise or one without a picture.
#include <gmock/gmock.h>

#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "io/muscle_map_svg.hpp"
#include "tests/server/e2e/serve_fixture.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::testing {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class ExercisePictures : public ServeTest {
  protected:
    void SetUp() override { start_server(); }

    http::Response get(const std::string& target, const http::Headers& headers = {}) {
        http::Connection connection(port(), milliseconds(5000));
        return connection.request("GET", target, headers);
    }
};

// A catalog exercise with an animated picture (every one has its poses; an own exercise has none:
// tests/server/own_exercises_test.cpp).
const core::Exercise* exercise_with_picture(bool with) {
    for (const core::Exercise& exercise : io::builtin_catalog().exercises()) {
        if (io::exercise_illustration_svg(exercise).has_value() == with)
            return &exercise;
    }
    return nullptr;
}

TEST_F(ExercisePictures, TheMuscleMapIsAnSvgWithATagThatAnswers304) {
    const http::Response first = get("/api/exercises/clamshell/muscles.svg");
    ASSERT_EQ(first.status, 200) << describe(first);
    EXPECT_EQ(first.header("content-type").value_or(""), "image/svg+xml");
    EXPECT_EQ(test::xml_error(first.body), "");
    EXPECT_EQ(test::xml_root_name(first.body), "svg");
    const core::Exercise& clamshell = io::builtin_catalog().get("clamshell");
    EXPECT_EQ(first.body, io::muscle_map_svg(clamshell.primary_muscles, clamshell.secondary_muscles));
    EXPECT_THAT(first.header("cache-control").value_or(""), HasSubstr("max-age="));
    const std::string etag = first.header("etag").value_or("");
    ASSERT_THAT(etag, StartsWith("\""));

    const http::Response again = get("/api/exercises/clamshell/muscles.svg", {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304) << describe(again);
    EXPECT_EQ(again.body, "");
    EXPECT_EQ(again.header("etag").value_or(""), etag);

    // Another exercise's map is another picture with another tag.
    const http::Response other = get("/api/exercises/squat/muscles.svg", {{"If-None-Match", etag}});
    EXPECT_EQ(other.status, 200) << describe(other);
    EXPECT_NE(other.header("etag").value_or(""), etag);
    // A list of tags, weak or strong, names the copy too.
    const http::Response listed =
        get("/api/exercises/clamshell/muscles.svg", {{"If-None-Match", "\"other\", W/" + etag}});
    EXPECT_EQ(listed.status, 304) << describe(listed);
}

TEST_F(ExercisePictures, TheAnimatedPictureIsAnSvgWithATag) {
    const core::Exercise* exercise = exercise_with_picture(true);
    if (exercise == nullptr)
        GTEST_SKIP() << "no catalog exercise has its poses yet";
    const std::string target = "/api/exercises/" + exercise->id + "/illustration.svg";
    const http::Response first = get(target);
    ASSERT_EQ(first.status, 200) << describe(first);
    EXPECT_EQ(first.header("content-type").value_or(""), "image/svg+xml");
    EXPECT_EQ(test::xml_error(first.body), "");
    EXPECT_EQ(first.body, *io::exercise_illustration_svg(*exercise));
    const http::Response again = get(target, {{"If-None-Match", first.header("etag").value_or("")}});
    EXPECT_EQ(again.status, 304) << describe(again);
}

TEST_F(ExercisePictures, AnUnknownExerciseIs404WithASentence) {
    for (const std::string picture : {"muscles.svg", "illustration.svg"}) {
        const http::Response response = get("/api/exercises/moon-walk/" + picture);
        EXPECT_EQ(response.status, 404) << describe(response);
        EXPECT_EQ(response.json()["error"]["code"], "not_found");
        EXPECT_THAT(response.json()["error"]["message"].get<std::string>(),
                    HasSubstr("there is no exercise 'moon-walk'"));
    }
}

}  // namespace
}  // namespace hipfit::testing
