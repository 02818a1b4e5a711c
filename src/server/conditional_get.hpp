// Conditional GET (RFC 9110, section 13.1.2): an answer that carries an ETag becomes 304 Not Modified,
// without its body, when the request's If-None-Match names that tag — whether the answer was just made
// or kept by the response cache.
#pragma once

#include <string_view>

#include "server/http.hpp"

namespace hipfit::server {

// Whether an If-None-Match value ("*", or a list of tags, weak or strong) names `etag`.
bool names_tag(std::string_view if_none_match, std::string_view etag);

// `response`, or 304 with its headers and no body when `request` already holds its copy.
Response answer_conditionally(const Request& request, Response response);

}  // namespace hipfit::server
