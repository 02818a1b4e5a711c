// HTTP requests and responses as plain values: what the route table and the handlers see. Only the
// listener (listener.cpp) knows about sockets and Boost.Beast.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace hipfit::server {

struct Request {
    std::string method;  // "GET", "POST", …
    std::string path;    // without the query, percent-decoded
    std::map<std::string, std::string, std::less<>> query;
    // Header names in lower case.
    std::map<std::string, std::string, std::less<>> headers;
    std::string body;
    std::string remote_address;

    [[nodiscard]] std::optional<std::string_view> header(std::string_view lower_case_name) const;
    [[nodiscard]] std::optional<std::string_view> query_value(std::string_view name) const;
    // The value of one cookie from the Cookie header.
    [[nodiscard]] std::optional<std::string> cookie(std::string_view name) const;
    // Whether the Content-Type header names `media_type` (e.g. "application/json"). Media types are
    // compared without regard to case and may carry parameters (RFC 9110 §8.3.1); a charset, when
    // given, must be UTF-8, the only encoding JSON and hipfit's CSV are read in (RFC 8259 §8.1).
    [[nodiscard]] bool has_media_type(std::string_view media_type) const;
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type and Content-Length
};

// What a request's header decides before its body is read: how large the body may be, or the answer
// to give at once instead of reading it.
struct Admission {
    std::size_t body_limit = 0;
    std::optional<Response> refusal;
};

Response json_response(int status, const nlohmann::json& body);
Response no_content();

// "a=1&b=two%20words" → {a: 1, b: two words}. Malformed escapes are kept as typed.
std::map<std::string, std::string, std::less<>> parse_query(std::string_view query);
std::string percent_decode(std::string_view text, bool plus_is_space);

}  // namespace hipfit::server
