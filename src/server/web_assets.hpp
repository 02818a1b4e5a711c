// The web app's files (src/web/), embedded in the binary at build time: no files to install,
// no CDN, and the app works offline once its service worker has kept them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace hipfit::server {

struct EmbeddedFile {
    std::string_view path;  // relative to src/server/web, e.g. "app/today.js"
    const unsigned char* bytes;
    std::size_t size;
};

std::span<const EmbeddedFile> embedded_web_files();

// The Content-Type for a file name, by its extension.
std::string_view content_type_of(std::string_view path);

}  // namespace hipfit::server
