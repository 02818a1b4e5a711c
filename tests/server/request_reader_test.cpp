// Raw bytes into a Request (src/server/request_reader.cpp), as the listener reads them: the header and
// body limits, transfer codings (RFC 9112 §6.1), chunk extensions and trailers counted against the
// header's limit, and malformed chunked bodies answered 400 — whole, and fed a byte at a time.
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "server/request_reader.hpp"
#include "server/routes.hpp"
#include "server/server.hpp"

namespace hipfit::server {
namespace {

using nlohmann::json;

const Request* as_request(const std::variant<Request, Response>& read) {
    return std::get_if<Request>(&read);
}

// The answer given instead of a request (status 0 when a request was read).
Response refusal(const std::variant<Request, Response>& read) {
    const Response* response = std::get_if<Response>(&read);
    return response == nullptr ? Response{0, {}, {}, {}} : *response;
}

std::string message_of(const Response& response) {
    const json body = json::parse(response.body, nullptr, false);
    return body.is_object() ? body["error"].value("message", "") : "";
}

std::string chunked_post(const std::string& path, const std::string& chunks,
                         const std::string& extra_headers = {}) {
    return "POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n" + extra_headers +
           "Transfer-Encoding: chunked\r\n\r\n" + chunks;
}

// The same bytes offered one at a time, as a client that sends them slowly: the reader must end where
// it does when it has them all.
std::variant<Request, Response> read_byte_by_byte(std::string_view bytes) {
    RequestReader reader;
    std::string waiting;
    bool limited = false;
    for (const char c : bytes) {
        waiting += c;
        waiting.erase(0, reader.feed(waiting));
        if (reader.stage() == RequestReader::Stage::body && !limited) {
            reader.limit_body(body_limit_for(reader.head().method, reader.head().path));
            limited = true;
        }
        if (reader.stage() == RequestReader::Stage::complete)
            return reader.take();
        if (reader.stage() == RequestReader::Stage::failed)
            return reader.failure();
    }
    return Response{0, "", "incomplete", {}};
}

TEST(RequestReader, ReadsMethodPathQueryHeadersAndBody) {
    const std::string bytes =
        "POST /api/entries%2Fx?kind=weight&note=two%20words HTTP/1.1\r\nHost: h\r\nX-Mixed-Case: Value\r\n"
        "Content-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}";
    for (const auto& read : {read_request(bytes), read_byte_by_byte(bytes)}) {
        const Request* request = as_request(read);
        ASSERT_NE(request, nullptr) << refusal(read).body;
        EXPECT_EQ(request->method, "POST");
        EXPECT_EQ(request->path, "/api/entries/x");
        EXPECT_EQ(request->query_value("note"), "two words");
        EXPECT_EQ(request->header("x-mixed-case"), "Value");
        EXPECT_EQ(request->body, "{\"a\":1}");
    }
}

TEST(RequestReader, LeavesTheNextRequestOfAPipeline) {
    const std::string first = "GET /api/health HTTP/1.1\r\nHost: h\r\n\r\n";
    RequestReader reader("192.0.2.7");
    EXPECT_EQ(reader.feed(first + "GET /api/today HTTP/1.1\r\n"), first.size());
    ASSERT_EQ(reader.stage(), RequestReader::Stage::complete);
    EXPECT_TRUE(reader.keep_alive());
    EXPECT_EQ(reader.version(), 11u);
    const Request request = reader.take();
    EXPECT_EQ(request.path, "/api/health");
    EXPECT_EQ(request.remote_address, "192.0.2.7");
}

TEST(RequestReader, ReadsAChunkedBodyWithExtensionsAndDropsItsTrailers) {
    const std::string bytes =
        chunked_post("/api/entries", "3;name=value\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nCookie: x\r\n\r\n");
    for (const auto& read : {read_request(bytes), read_byte_by_byte(bytes)}) {
        const Request* request = as_request(read);
        ASSERT_NE(request, nullptr) << refusal(read).body;
        EXPECT_EQ(request->body, "{\"a\":1}");
        EXPECT_FALSE(request->header("cookie")) << "a trailer is not merged into the header";
    }
}

// Before, "gzip, chunked" was read as chunked and its bytes as plain JSON; "gzip" alone as a request
// without a body, whose body became the next request.
TEST(RequestReader, RefusesTransferCodingsOtherThanChunked) {
    const std::pair<std::string, int> cases[] = {
        {"Transfer-Encoding: gzip, chunked\r\n", 501},
        {"Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", 501},
        {"Transfer-Encoding: deflate , Chunked\r\n", 501},
        {"Transfer-Encoding: gzip\r\n", 400},
        {"Transfer-Encoding: chunked, gzip\r\n", 400},
        {"Transfer-Encoding: chunked, chunked\r\n", 400},
        {"Transfer-Encoding: ,\r\n", 400},
    };
    for (const auto& [field, status] : cases) {
        const std::string bytes =
            "POST /api/entries HTTP/1.1\r\nHost: h\r\n" + field + "\r\n2\r\n{}\r\n0\r\n\r\n";
        for (const auto& read : {read_request(bytes), read_byte_by_byte(bytes)}) {
            EXPECT_EQ(refusal(read).status, status) << field << refusal(read).body;
            if (status == 501) {
                EXPECT_EQ(message_of(refusal(read)),
                          "only the chunked transfer coding is supported: send the body as it is");
            }
        }
    }
    const std::string http10 =
        "POST /api/entries HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    EXPECT_EQ(message_of(refusal(read_request(http10))), "Transfer-Encoding is not allowed in HTTP/1.0");
    EXPECT_NE(as_request(read_request(chunked_post("/api/entries", "2\r\n{}\r\n0\r\n\r\n"))), nullptr)
        << "chunked alone is read";
}

// Before, 20 KB of chunk extensions or trailers were taken, past the header's 8 KiB.
TEST(RequestReader, CountsChunkExtensionsAndTrailersAgainstTheHeaderLimit) {
    const std::string expected =
        "the request's header, chunk extensions and trailers are over the limit of 8192 bytes";
    const std::string extension(20'000, 'e');
    const std::string trailer = "X-Trailer: " + std::string(20'000, 't') + "\r\n";
    const std::string many_extensions = [] {
        std::string chunks;
        for (int i = 0; i < 400; ++i) chunks += "1;ext=abcdefghijklmnopqrstuvwxyz\r\n \r\n";  // 30 bytes each
        return chunks + "0\r\n\r\n";
    }();
    for (const std::string& bytes : {chunked_post("/api/entries", "2;" + extension + "\r\n{}\r\n0\r\n\r\n"),
                                     chunked_post("/api/entries", "2\r\n{}\r\n0;" + extension + "\r\n\r\n"),
                                     chunked_post("/api/entries", "2\r\n{}\r\n0\r\n" + trailer + "\r\n"),
                                     chunked_post("/api/entries", many_extensions)}) {
        for (const auto& read : {read_request(bytes), read_byte_by_byte(bytes)}) {
            EXPECT_EQ(refusal(read).status, 400) << bytes.substr(0, 200) << refusal(read).body;
            EXPECT_EQ(message_of(refusal(read)), expected);
        }
    }
    // A header near the limit leaves less room for them.
    const std::string near_limit = "X-Padding: " + std::string(8000, 'p') + "\r\n";
    const std::string bytes =
        chunked_post("/api/entries", "2;" + std::string(300, 'e') + "\r\n{}\r\n0\r\n\r\n", near_limit);
    EXPECT_EQ(message_of(refusal(read_request(bytes))), expected);
}

// A chunk's size line that never ends is not kept growing: refused once it passes the limit.
TEST(RequestReader, AnEndlessChunkLineIsRefusedBeforeItIsAllHeld) {
    RequestReader reader;
    const std::string header = chunked_post("/api/entries", "");
    EXPECT_EQ(reader.feed(header), header.size());
    ASSERT_EQ(reader.stage(), RequestReader::Stage::body);
    reader.limit_body(Route::kDefaultBodyLimit);
    std::string waiting = "1;";
    for (int i = 0; i < 20'000 && reader.stage() == RequestReader::Stage::body; ++i) {
        waiting += 'e';
        waiting.erase(0, reader.feed(waiting));
    }
    ASSERT_EQ(reader.stage(), RequestReader::Stage::failed);
    EXPECT_EQ(reader.failure().status, 400);
    EXPECT_LT(waiting.size(), kHeaderLimit + 100) << "held more than the limit before refusing";
}

// Before, a malformed chunked body closed the connection without an answer.
TEST(RequestReader, AnswersMalformedChunkedBodies400) {
    for (const std::string chunks : {"zz\r\nhello\r\n0\r\n\r\n", "5\r\nhelloXX0\r\n\r\n",
                                     "2;=bad\r\n{}\r\n0\r\n\r\n", "ffffffffffffffffff\r\n"}) {
        const std::string bytes = chunked_post("/api/accounts", chunks);
        for (const auto& read : {read_request(bytes), read_byte_by_byte(bytes)}) {
            EXPECT_EQ(refusal(read).status, 400) << chunks << refusal(read).body;
            EXPECT_EQ(message_of(refusal(read)), "the chunked body is malformed") << chunks;
        }
    }
}

TEST(RequestReader, RefusesHeadersAndBodiesOverTheirLimits) {
    const std::string big_header =
        "GET /api/health HTTP/1.1\r\nX-Padding: " + std::string(9000, 'a') + "\r\n\r\n";
    EXPECT_EQ(message_of(refusal(read_request(big_header))),
              "the request's header is over the limit of 8192 bytes");
    // A long request line and fields each under the limit, together over it.
    const std::string long_line = "GET /api/health?" + std::string(5000, 'q') +
                                  " HTTP/1.1\r\nX-Padding: " + std::string(5000, 'a') + "\r\n\r\n";
    EXPECT_EQ(refusal(read_request(long_line)).status, 400);

    const std::string announced = "POST /api/entries HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n";
    EXPECT_EQ(refusal(read_request(announced)).status, 413);
    EXPECT_EQ(message_of(refusal(read_request(announced))), "the body is over the limit of 1048576 bytes");
    std::string chunks;
    for (int i = 0; i < 17; ++i) chunks += "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
    EXPECT_EQ(refusal(read_request(chunked_post("/api/entries", chunks + "0\r\n\r\n"))).status, 413);
    // Anyone's routes take a small body only.
    const std::string sign_up = "POST /api/accounts HTTP/1.1\r\nContent-Length: 65537\r\n\r\n";
    EXPECT_EQ(message_of(refusal(read_request(sign_up))), "the body is over the limit of 65536 bytes");
}

TEST(RequestReader, AnIncompleteRequestIs400) {
    for (const std::string bytes :
         {"GET /api/health HTTP/1.1\r\nHost", "POST /api/entries HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}",
          "", "POST /api/entries HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"}) {
        EXPECT_EQ(refusal(read_request(bytes)).status, 400) << bytes;
    }
}

TEST(RequestReader, AnAdmissionRefusalComesBeforeTheBody) {
    const std::string header_only = "POST /api/import HTTP/1.1\r\nContent-Length: 10485760\r\n\r\n";
    const auto refuse = [](const Request& head) {
        EXPECT_EQ(head.path, "/api/import");
        EXPECT_TRUE(head.body.empty());
        return Admission{0, error_response(401, "unauthenticated", "sign in first")};
    };
    EXPECT_EQ(refusal(read_request(header_only, refuse)).status, 401);
}

}  // namespace
}  // namespace hipfit::server
