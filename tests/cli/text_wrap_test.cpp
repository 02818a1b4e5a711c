// Wrapping the terminal player's text (issue 13, point 7: it wrapped mid-word): lines broken at spaces
// within the width, in characters; a word longer than a line alone is broken.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "cli/text_wrap.hpp"

namespace hipfit::cli {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST(TextWrap, BreaksAtSpacesWithinTheWidth) {
    EXPECT_EQ(wrap_text("Lie on your side with hips stacked", 20), "Lie on your side\nwith hips stacked");
    EXPECT_EQ(wrap_text("short", 20), "short");
    EXPECT_EQ(wrap_text("", 20), "");
    EXPECT_EQ(wrap_text("exactly twenty chars", 20), "exactly twenty chars") << "a full line fits";
}

TEST(TextWrap, KeepsEachLinesIndentOrHangsTheFirstLines) {
    EXPECT_EQ(wrap_text("[3/40] Targeted — Clamshell: 12 reps\n      Keep your feet together and open", 24,
                        "      "),
              "[3/40] Targeted —\n      Clamshell: 12 reps\n      Keep your feet\n      together and open");
}

TEST(TextWrap, CountsCharactersNotBytes) {
    // "—" and "–" are three bytes each and one column.
    EXPECT_EQ(wrap_text("RPE 1–10 — how hard", 19), "RPE 1–10 — how hard");
    EXPECT_EQ(wrap_text("RPE 1–10 — how hard", 18), "RPE 1–10 — how\nhard");
}

TEST(TextWrap, AWordLongerThanALineAloneIsBroken) {
    const std::string text = "see " + std::string(30, 'x') + " end";
    const std::vector<std::string> lines = lines_of(wrap_text(text, 20));
    ASSERT_EQ(lines.size(), 3U);
    EXPECT_EQ(lines[0], "see");
    EXPECT_EQ(lines[1], std::string(20, 'x'));
    EXPECT_EQ(lines[2], std::string(10, 'x') + " end");
}

TEST(TextWrap, NoLineIsWiderThanTheWidthAndNoWordIsCut) {
    const std::string text =
        "Lie on your side with hips and knees bent and stacked, feet together; open the top knee like a "
        "clamshell without rolling the hips back, then close it slowly.";
    for (std::size_t columns = kMinColumns; columns <= 100; ++columns) {
        const std::string wrapped = wrap_text(text, columns);
        for (const std::string& line : lines_of(wrapped))
            EXPECT_LE(line.size(), columns) << columns << ": '" << line << "'";
        std::string joined = wrapped;
        std::replace(joined.begin(), joined.end(), '\n', ' ');
        EXPECT_EQ(joined, text) << "only spaces became line breaks, at " << columns;
    }
}

}  // namespace
}  // namespace hipfit::cli
