// The muscle map: one well-formed SVG whose regions carry the class of how much the exercise works them,
// with a legend, words for a screen reader, and a region (or a line of the legend) for every muscle.
#include <gmock/gmock.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <vector>

#include "io/catalog_json.hpp"
#include "io/muscle_map_svg.hpp"
#include "tests/support/xml_check.hpp"

namespace hipfit::io {
namespace {

using core::Muscle;
using ::testing::HasSubstr;
using ::testing::Not;

// The class attribute of every region, by the muscle it draws (a muscle drawn in both views has two).
std::multimap<std::string, std::string> region_classes(const std::string& svg) {
    static const std::regex kRegion(R"re(<g class="([^"]*)" data-muscle="([^"]*)")re");
    std::multimap<std::string, std::string> classes;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kRegion); it != std::sregex_iterator(); ++it)
        classes.emplace((*it)[2], (*it)[1]);
    return classes;
}

std::set<std::string> words_of(const std::string& classes) {
    std::set<std::string> words;
    static const std::regex kWord(R"(\S+)");
    for (auto it = std::sregex_iterator(classes.begin(), classes.end(), kWord); it != std::sregex_iterator();
         ++it)
        words.insert(it->str());
    return words;
}

std::string name(Muscle muscle) {
    return std::string(core::name_of(core::kMuscleNames, muscle));
}

TEST(MuscleMap, IsOneWellFormedSvgWithAFrontABackAndALegend) {
    const std::vector<Muscle> primary{Muscle::gluteus_medius};
    const std::vector<Muscle> secondary{Muscle::core};
    const std::string svg = muscle_map_svg(primary, secondary);
    EXPECT_EQ(test::xml_error(svg), "");
    EXPECT_EQ(test::xml_root_name(svg), "svg");
    EXPECT_THAT(svg, HasSubstr(">Front</text>"));
    EXPECT_THAT(svg, HasSubstr(">Back</text>"));
    EXPECT_THAT(svg, HasSubstr(">Works most</text>"));
    EXPECT_THAT(svg, HasSubstr(">Also works</text>"));
    EXPECT_THAT(svg, HasSubstr("prefers-color-scheme: dark"));
    // Pages inline several maps: an id would repeat.
    EXPECT_THAT(svg, Not(HasSubstr(" id=")));
}

TEST(MuscleMap, NamesTheMusclesInWordsForAScreenReaderAndOnHover) {
    const std::vector<Muscle> primary{Muscle::gluteus_medius, Muscle::hip_abductors};
    const std::vector<Muscle> secondary{Muscle::lower_back};
    const std::string svg = muscle_map_svg(primary, secondary);
    EXPECT_THAT(svg, HasSubstr("<title>Muscles worked</title>"));
    EXPECT_THAT(svg,
                HasSubstr("Works most: gluteus medius and hip abductors. Also works: lower back.</desc>"));
    EXPECT_THAT(svg, HasSubstr("<title>gluteus medius: works most</title>"));
    EXPECT_THAT(svg, HasSubstr("<title>lower back (erector spinae): also works</title>"));
    EXPECT_THAT(svg, HasSubstr("<title>calves</title>"));
}

TEST(MuscleMap, EveryCatalogExerciseColoursItsPrimaryAndSecondaryMusclesAndNoneBoth) {
    for (const core::Exercise& exercise : builtin_catalog().exercises()) {
        SCOPED_TRACE(exercise.id);
        const std::string svg = muscle_map_svg(exercise.primary_muscles, exercise.secondary_muscles);
        ASSERT_EQ(test::xml_error(svg), "");
        const std::multimap<std::string, std::string> classes = region_classes(svg);
        for (const auto& [region, text] : classes) {
            const std::string muscle = region;  // a lambda may not capture a structured binding (clang 14)
            const std::set<std::string> words = words_of(text);
            EXPECT_FALSE(words.contains("mm-primary") && words.contains("mm-secondary")) << muscle;
            const bool primary =
                std::ranges::any_of(exercise.primary_muscles, [&](Muscle m) { return name(m) == muscle; });
            const bool secondary = !primary && std::ranges::any_of(exercise.secondary_muscles, [&](Muscle m) {
                return name(m) == muscle;
            });
            EXPECT_EQ(words.contains("mm-primary"), primary) << muscle;
            EXPECT_EQ(words.contains("mm-secondary"), secondary) << muscle;
        }
        for (const Muscle muscle : exercise.primary_muscles) EXPECT_TRUE(classes.contains(name(muscle)));
        for (const Muscle muscle : exercise.secondary_muscles) EXPECT_TRUE(classes.contains(name(muscle)));
    }
}

TEST(MuscleMap, AMuscleGivenAsBothIsPrimaryOnly) {
    const std::vector<Muscle> both{Muscle::quadriceps};
    const std::string svg = muscle_map_svg(both, both);
    const auto classes = region_classes(svg);
    const auto [first, last] = classes.equal_range("quadriceps");
    ASSERT_NE(first, last);
    for (auto it = first; it != last; ++it) {
        EXPECT_TRUE(words_of(it->second).contains("mm-primary"));
        EXPECT_FALSE(words_of(it->second).contains("mm-secondary"));
    }
    EXPECT_THAT(svg, Not(HasSubstr("Also works: quadriceps")));
}

TEST(MuscleMap, EveryMuscleHasARegionOrALineInTheLegend) {
    const std::string svg = muscle_map_svg({}, {});
    const auto classes = region_classes(svg);
    for (const auto& [muscle, text] : core::kMuscleNames) {
        std::string words(text);
        std::ranges::replace(words, '-', ' ');
        EXPECT_TRUE(classes.contains(std::string(text)) ||
                    svg.find(">" + words + "</text>") != std::string::npos)
            << text;
    }
    for (const auto& [muscle, text] : classes) EXPECT_EQ(words_of(text), std::set<std::string>{"mm-muscle"});
    EXPECT_THAT(svg, HasSubstr("no muscle is named"));
}

TEST(MuscleMap, TheGlutesAreWhereTheyBelong) {
    // Drawn from the back, the medius sits above the maximus on the outer hip: its highest point is higher
    // (a smaller y) and it reaches further out than the maximus's middle.
    const std::string svg = muscle_map_svg({}, {});
    const auto top_of = [&](const std::string& muscle) {
        const std::regex path("data-muscle=\"" + muscle + "\"><title>[^<]*</title><path d=\"([^\"]*)\"");
        std::smatch match;
        EXPECT_TRUE(std::regex_search(svg, match, path)) << muscle;
        static const std::regex kNumber(R"(-?[0-9.]+ (-?[0-9.]+))");
        const std::string d = match[1];
        double top = 1e9;
        for (auto it = std::sregex_iterator(d.begin(), d.end(), kNumber); it != std::sregex_iterator(); ++it)
            top = std::min(top, std::stod((*it)[1]));
        return top;
    };
    EXPECT_LT(top_of("gluteus-medius"), top_of("gluteus-maximus"));
    EXPECT_LT(top_of("gluteus-maximus"), top_of("hamstrings"));
    EXPECT_LT(top_of("hamstrings"), top_of("calves"));
}

}  // namespace
}  // namespace hipfit::io
