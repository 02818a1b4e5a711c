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
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type and Content-Length
};

Response json_response(int status, const nlohmann::json& body);
Response no_content();

// "a=1&b=two%20words" → {a: 1, b: two words}. Malformed escapes are kept as typed.
std::map<std::string, std::string, std::less<>> parse_query(std::string_view query);
std::string percent_decode(std::string_view text, bool plus_is_space);

}  // namespace hipfit::server
