// Reading the fields of a request's JSON body and its path parameters: a missing field or a wrong type is a
// 400 naming it. (io/json_fields.hpp is the codecs' strict reader of stored and imported objects.)
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "server/api_error.hpp"

namespace hipfit::server::handlers {

inline std::string required_string(const nlohmann::json& body, const char* field) {
    if (!body.contains(field))
        throw invalid(field, std::string(field) + ": missing");
    if (!body[field].is_string())
        throw invalid(field, std::string(field) + ": expected a string");
    return body[field].get<std::string>();
}

// A path parameter that must be an id: a whole number from 1.
std::int64_t id_parameter(const std::string& text, const char* what);

}  // namespace hipfit::server::handlers
