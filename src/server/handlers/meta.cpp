// The API's own description (data/openapi.json, embedded at build time) and a health check.
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/handlers/handlers.hpp"

namespace hipfit::io {
extern const unsigned char embedded_openapi[];
extern const std::size_t embedded_openapi_size;
}  // namespace hipfit::io

namespace hipfit::server::handlers {

std::string_view openapi_document() {
    return {reinterpret_cast<const char*>(io::embedded_openapi), io::embedded_openapi_size};
}

Response openapi(Call&) {
    return {200, "application/json", std::string(openapi_document()), {}};
}

Response health(Call&) {
    return json_response(200, {{"status", "ok"}});
}

}  // namespace hipfit::server::handlers
