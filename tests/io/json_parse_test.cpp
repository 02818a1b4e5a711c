// The one JSON reader for what comes from outside: bounded depth, no duplicate keys, no infinite
// numbers, and messages in hipfit's words with a line and column.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "io/json_parse.hpp"

namespace hipfit::io {
namespace {

std::string nested(int depth, char open, char close) {
    return std::string(static_cast<std::size_t>(depth), open) +
           std::string(static_cast<std::size_t>(depth), close);
}

std::string refusal(std::string_view text) {
    try {
        parse_json(text);
    } catch (const JsonSyntaxError& error) {
        return error.what();
    }
    return "(accepted)";
}

TEST(ParseJson, ReadsOrdinaryDocuments) {
    const nlohmann::json value = parse_json(R"({"a": [1, 2.5, "x", null, true], "b": {"c": {}}})");
    EXPECT_EQ(value["a"][1], 2.5);
    EXPECT_EQ(value["b"]["c"], nlohmann::json::object());
    EXPECT_EQ(parse_json("  42 \n"), 42);
}

TEST(ParseJson, AcceptsNestingUpToTheLimitAndRefusesDeeper) {
    EXPECT_NO_THROW(parse_json(nested(kMaxJsonDepth, '[', ']')));
    EXPECT_EQ(refusal(nested(kMaxJsonDepth + 1, '[', ']')), "not accepted: nested deeper than 64 levels");
    std::string objects;
    for (int i = 0; i <= kMaxJsonDepth; ++i) objects += "{\"k\":";
    objects += "1" + std::string(kMaxJsonDepth + 1, '}');
    EXPECT_EQ(refusal(objects), "not accepted: nested deeper than 64 levels");
}

// The probe's crash: 100,000 nested arrays (about 200 KB) as an export's version.
TEST(ParseJson, RefusesAHundredThousandNestedArraysWithoutCrashing) {
    const std::string hostile = R"({"format":"hipfit-export","version":)" + nested(100'000, '[', ']') + "}";
    EXPECT_EQ(refusal(hostile), "not accepted: nested deeper than 64 levels");
    EXPECT_EQ(refusal(nested(100'000, '[', ']')), "not accepted: nested deeper than 64 levels");
    EXPECT_EQ(refusal(std::string(100'000, '[')), "not accepted: nested deeper than 64 levels");
}

// A few megabytes of tiny values would otherwise become hundreds of megabytes of tree.
TEST(ParseJson, RefusesMoreValuesThanTheLimit) {
    std::string values = "[";
    for (std::size_t i = 2; i < kMaxJsonValues; ++i) values += "0,";
    EXPECT_EQ(parse_json(values + "0]").size(), kMaxJsonValues - 1);  // the array is a value too
    EXPECT_EQ(refusal(values + "0,0]"), "not accepted: more than 2000000 values");
    EXPECT_EQ(refusal("[" + std::string(values.begin() + 1, values.end()) + "[],[]]"),
              "not accepted: more than 2000000 values");
}

TEST(ParseJson, RefusesAKeyGivenTwiceInOneObject) {
    EXPECT_EQ(refusal(R"({"value": 70, "value": 500})"),
              "not accepted: the key \"value\" appears twice in one object");
    EXPECT_EQ(refusal(R"({"a": {"x": 1, "x": 2}})"),
              "not accepted: the key \"x\" appears twice in one object");
    // The same key in two objects, or in an object and the one inside it, is fine.
    EXPECT_NO_THROW(parse_json(R"([{"x": 1}, {"x": 2}])"));
    EXPECT_NO_THROW(parse_json(R"({"x": {"x": {"x": 1}}, "y": [{"x": 2}]})"));
}

TEST(ParseJson, ShowsARepeatedKeyPrintably) {
    EXPECT_EQ(refusal("{\"a\\u0000b\": 1, \"a\\u0000b\": 2}"),
              "not accepted: the key \"a\\x00b\" appears twice in one object");
}

TEST(ParseJson, RefusesANumberTooLargeForADouble) {
    EXPECT_EQ(refusal(R"({"value": 1e400})"), "not accepted: a number is too large");
    EXPECT_EQ(refusal("-1e400"), "not accepted: a number is too large");
    EXPECT_DOUBLE_EQ(parse_json("1e300").get<double>(), 1e300);
}

TEST(ParseJson, SaysWhereMalformedJsonGoesWrongInItsOwnWords) {
    EXPECT_EQ(refusal("{\"a\": 1,\n  \"b\" 2}"), "not valid JSON (line 2, column 7)");
    EXPECT_EQ(refusal("[1, 2"), "not valid JSON (line 1, column 6): it ends too soon");
    EXPECT_EQ(refusal(""), "not valid JSON (line 1, column 1): it ends too soon");
    EXPECT_EQ(refusal("\"\xff\""), "not valid JSON (line 1, column 2)");
    for (const std::string_view text : {"{", "[1,]", "nul", "{\"a\":}", "1 2", "\"\\uD800\""}) {
        const std::string message = refusal(text);
        EXPECT_TRUE(message.starts_with("not valid JSON (line 1, column ")) << text << ": " << message;
        EXPECT_EQ(message.find("json.exception"), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace hipfit::io
