// The HTML report's exercises: each shown once, with its muscle map (and its animated picture when it has
// one) inline, the page still one well-formed document.
#include <gmock/gmock.h>

#include "io/catalog_json.hpp"
#include "io/exercise_illustration.hpp"
#include "io/muscle_map_svg.hpp"
#include "io/report_html.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::io {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

ReportPage page_with(std::vector<ReportExercise> exercises) {
    ReportPage page{
        "hipfit report",     {{"Advice", {"Keep going."}, false}}, {}, "A footer.", "Exercises you did",
        std::move(exercises)};
    return page;
}

TEST(ReportHtml, ShowsEachExerciseWithItsPicturesInlineInOneWellFormedPage) {
    const core::Exercise& clamshell = builtin_catalog().get("clamshell");
    const core::Exercise& squat = builtin_catalog().get("squat");
    const std::string html = report_html(page_with({{clamshell, "in 3 workouts"}, {squat, "in 1 workout"}}));
    EXPECT_EQ(test::xml_error(html), "");
    EXPECT_EQ(test::xml_root_name(html), "html");
    EXPECT_THAT(html, HasSubstr("<h2>Exercises you did</h2>"));
    EXPECT_THAT(html, HasSubstr("<p><strong>Clamshell</strong> — in 3 workouts</p>"));
    EXPECT_EQ(count_of(html, "<div class=\"exercise\">"), 2U);
    EXPECT_EQ(count_of(html, "class=\"muscle-map\""), 2U);
    EXPECT_THAT(html, HasSubstr(muscle_map_svg(clamshell.primary_muscles, clamshell.secondary_muscles)));
    EXPECT_THAT(html, HasSubstr(muscle_map_svg(squat.primary_muscles, squat.secondary_muscles)));
    for (const core::Exercise* exercise : {&clamshell, &squat}) {
        if (const std::optional<std::string> picture = exercise_illustration_svg(*exercise)) {
            EXPECT_EQ(test::xml_error(*picture), "") << exercise->id;
            EXPECT_THAT(html, HasSubstr(*picture)) << exercise->id;
        }
    }
    EXPECT_THAT(html, HasSubstr(".exercise svg { width: 96px;"));
}

TEST(ReportHtml, EscapesTheExercisesWordsAndLeavesTheSectionOutWithoutExercises) {
    core::Exercise own = builtin_catalog().get("clamshell");
    own.name = "Side <clam> & co";
    const std::string html = report_html(page_with({{own, "in \"2\" workouts"}}));
    EXPECT_EQ(test::xml_error(html), "");
    EXPECT_THAT(html, HasSubstr("Side &lt;clam&gt; &amp; co</strong> — in &quot;2&quot; workouts"));
    EXPECT_THAT(report_html(page_with({})), Not(HasSubstr("Exercises you did")));
}

}  // namespace
}  // namespace hipfit::io
