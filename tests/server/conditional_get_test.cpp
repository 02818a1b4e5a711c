// Conditional GET: which If-None-Match values name a tag, and the 304 that follows.
#include "server/conditional_get.hpp"

#include <gtest/gtest.h>

namespace hipfit::server {
namespace {

TEST(ConditionalGet, IfNoneMatchNamesATagStrongWeakListedOrStar) {
    EXPECT_TRUE(names_tag("\"abc\"", "\"abc\""));
    EXPECT_TRUE(names_tag("W/\"abc\"", "\"abc\""));
    EXPECT_TRUE(names_tag("\"x\", \"abc\"", "\"abc\""));
    EXPECT_TRUE(names_tag(" \"x\" ,\tW/\"abc\" ", "\"abc\""));
    EXPECT_TRUE(names_tag("*", "\"abc\""));
    EXPECT_FALSE(names_tag("\"abcd\"", "\"abc\""));
    EXPECT_FALSE(names_tag("abc", "\"abc\""));
    EXPECT_FALSE(names_tag("", "\"abc\""));
    EXPECT_FALSE(names_tag(",,", "\"abc\""));
}

Response tagged() {
    return Response{200, "image/svg+xml", "<svg/>", {{"ETag", "\"t1\""}, {"Cache-Control", "max-age=3600"}}};
}

TEST(ConditionalGet, AMatchingTagIs304WithTheHeadersAndNoBody) {
    Request request;
    request.headers.emplace("if-none-match", "\"t1\"");
    const Response answer = answer_conditionally(request, tagged());
    EXPECT_EQ(answer.status, 304);
    EXPECT_EQ(answer.body, "");
    EXPECT_EQ(answer.headers, tagged().headers);
}

TEST(ConditionalGet, OtherwiseTheAnswerIsUnchanged) {
    Request other;
    other.headers.emplace("if-none-match", "\"t2\"");
    EXPECT_EQ(answer_conditionally(other, tagged()).status, 200);
    EXPECT_EQ(answer_conditionally(Request{}, tagged()).body, "<svg/>");
    Response untagged{200, "application/json", "{}", {}};
    Request any;
    any.headers.emplace("if-none-match", "*");
    EXPECT_EQ(answer_conditionally(any, untagged).status, 200);
    Response missing{404, "application/json", "{}", {{"ETag", "\"t1\""}}};
    Request same;
    same.headers.emplace("if-none-match", "\"t1\"");
    EXPECT_EQ(answer_conditionally(same, missing).status, 404);
}

}  // namespace
}  // namespace hipfit::server
