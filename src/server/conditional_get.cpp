#include "server/conditional_get.hpp"

#include <algorithm>

namespace hipfit::server {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

bool names_tag(std::string_view if_none_match, std::string_view etag) {
    while (!if_none_match.empty()) {
        const std::size_t comma = if_none_match.find(',');
        std::string_view tag = trimmed(if_none_match.substr(0, comma));
        if_none_match =
            comma == std::string_view::npos ? std::string_view{} : if_none_match.substr(comma + 1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);  // If-None-Match compares weakly
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

Response answer_conditionally(const Request& request, Response response) {
    if (response.status != 200)
        return response;
    const auto etag = std::find_if(response.headers.begin(), response.headers.end(),
                                   [](const auto& header) { return header.first == "ETag"; });
    const std::optional<std::string_view> asked = request.header("if-none-match");
    if (etag == response.headers.end() || !asked || !names_tag(*asked, etag->second))
        return response;
    response.status = 304;
    response.body.clear();
    return response;
}

}  // namespace hipfit::server
