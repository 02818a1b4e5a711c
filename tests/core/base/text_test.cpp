// Text as people give it: repeated safely in messages (printable) and checked before it is kept.
#include "core/base/text.hpp"

#include <string>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

using namespace std::string_literals;

std::string refusal(std::string_view text, std::size_t max_characters = 1000) {
    try {
        check_free_text(text, "note", max_characters);
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.field(), "note");
        return error.what();
    }
    return "accepted";
}

TEST(Printable, WritesEveryByteOutsidePrintableAsciiAsHex) {
    EXPECT_EQ(printable("72kg"), "72kg");
    EXPECT_EQ(printable("a\0b"s), "a\\x00b");
    EXPECT_EQ(printable("\x1b[31mred"), "\\x1b[31mred");
    EXPECT_EQ(printable("tab\there\nnew\x7f"), "tab\\x09here\\x0anew\\x7f");
    EXPECT_EQ(printable("caf\xC3\xA9"), "caf\\xc3\\xa9");
    EXPECT_EQ(printable("\xff\xfe"), "\\xff\\xfe");
    EXPECT_EQ(printable(""), "");
}

TEST(Printable, ShowsAtMostTheLimitThenAnEllipsis) {
    EXPECT_EQ(printable(std::string(kShownBytes, 'x')), std::string(kShownBytes, 'x'));
    // Built in steps: GCC 12 warns (-Warray-bounds, wrongly) on a temporary string + "…" here.
    std::string cut(kShownBytes, 'x');
    cut += "…";
    EXPECT_EQ(printable(std::string(kShownBytes + 1, 'x')), cut);
    EXPECT_EQ(printable("abcdef", 3), "abc…");
    EXPECT_EQ(printable("\x01\x02\x03\x04", 2), "\\x01\\x02…");
    const std::string path(5000, 'p');
    EXPECT_EQ(printable(path, kShowAll), path);
}

TEST(FirstControlCharacter, AllowsTabsAndLineEndsOnly) {
    EXPECT_EQ(first_control_character("two\nlines\r\nand\ta tab"), std::nullopt);
    EXPECT_EQ(first_control_character("café, 寿司 🍣"), std::nullopt);
    EXPECT_EQ(first_control_character("a\0b"s), 1u);
    EXPECT_EQ(first_control_character("bell\a"), 4u);
    EXPECT_EQ(first_control_character("\x1b[2J"), 0u);
    EXPECT_EQ(first_control_character("del\x7f"), 3u);
    EXPECT_EQ(first_control_character("lone\rreturn"), 4u);  // moves the cursor back over the line
    EXPECT_EQ(first_control_character("end\r"), 3u);
    EXPECT_EQ(first_control_character("c1 \xC2\x9B"
                                      "31m"),
              3u);                                                       // U+009B, a terminal's CSI
    EXPECT_EQ(first_control_character("nbsp\xC2\xA0ok"), std::nullopt);  // U+00A0 is not a control
}

TEST(CheckFreeText, NamesTheFieldTheCharacterAndWhere) {
    EXPECT_EQ(refusal("Lentil soup, \"spicy\"\r\nwith bread\tand salt"), "accepted");
    EXPECT_EQ(refusal("soup\0and bread"s),
              "note: a control character (\\x00) at character 5; the text may hold tabs and line breaks, "
              "not other control characters");
    EXPECT_EQ(refusal("é\x1b[31m"),
              "note: a control character (\\x1b) at character 2; the text may hold tabs and line breaks, "
              "not other control characters");
    EXPECT_EQ(refusal("ab\xC2\x85"),
              "note: a control character (\\xc2\\x85) at character 3; the text may hold tabs and line "
              "breaks, not other control characters");
    EXPECT_EQ(refusal("caf\xC3"), "note: the text is not valid UTF-8");
    EXPECT_EQ(refusal("ééé", 2), "note: 3 characters; at most 2");
}

}  // namespace
}  // namespace hipfit::core
