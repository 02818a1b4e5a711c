// The web app: its page and the files it loads, embedded in the binary (web_assets.hpp).
#include <fmt/format.h>

#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"
#include "server/web_assets.hpp"

namespace hipfit::server {

std::string_view content_type_of(std::string_view path) {
    const std::pair<std::string_view, std::string_view> types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".json", "application/json"},
        {".webmanifest", "application/manifest+json"},
        {".png", "image/png"},
        {".wav", "audio/wav"},
    };
    for (const auto& [extension, type] : types) {
        if (path.ends_with(extension))
            return type;
    }
    return "application/octet-stream";
}

namespace handlers {
namespace {

// The app's own files only, with a policy that lets the page load nothing from elsewhere.
Response file_response(std::string_view path) {
    for (const EmbeddedFile& file : embedded_web_files()) {
        if (file.path != path)
            continue;
        Response response{200,
                          std::string(content_type_of(path)),
                          std::string(reinterpret_cast<const char*>(file.bytes), file.size),
                          {}};
        response.headers.emplace_back("Content-Security-Policy",
                                      "default-src 'self'; img-src 'self' data:; media-src 'self' data:; "
                                      "style-src 'self'; script-src 'self'; connect-src 'self'; "
                                      "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        // Always asked again (a new build may change them); the service worker keeps them for offline.
        response.headers.emplace_back("Cache-Control", "no-cache");
        response.headers.emplace_back("Referrer-Policy", "no-referrer");
        return response;
    }
    throw not_found(fmt::format("there is no /{}", path));
}

}  // namespace

Response web_page(Call&) {
    return file_response("index.html");
}

Response web_root_file(Call& call) {
    return file_response(call.request.path.substr(1));
}

Response no_favicon(Call&) {
    Response response = no_content();
    response.headers.emplace_back("Cache-Control", "max-age=86400");
    return response;
}

Response web_app_file(Call& call) {
    return file_response("app/" + call.path_parameters.at(0));
}

}  // namespace handlers
}  // namespace hipfit::server
