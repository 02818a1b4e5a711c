// Parsing HTTP/1.1 responses for the end-to-end tests' client (http_client.hpp).
#include <cctype>
#include <sstream>

#include "tests/server/e2e/http_client.hpp"

namespace hipfit::testing::http {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::size_t parse_size(std::string_view text) {
    std::size_t value = 0;
    if (text.empty())
        throw HttpError("an empty number in a header");
    for (const char c : text) {
        if (c < '0' || c > '9')
            throw HttpError("not a number in a header: " + std::string(text));
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    return value;
}

}  // namespace

std::optional<std::string> Response::header(std::string_view name) const {
    const std::string wanted = lower(name);
    for (const auto& [key, value] : headers) {
        if (lower(key) == wanted)
            return value;
    }
    return std::nullopt;
}

nlohmann::json Response::json() const {
    nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        throw HttpError("the body is not JSON: " + body.substr(0, 200));
    return parsed;
}

bool Response::closes() const {
    const std::optional<std::string> connection = header("connection");
    return connection && lower(*connection) == "close";
}

std::optional<std::pair<Response, std::size_t>> parse_response(std::string_view bytes, bool eof) {
    const std::size_t end_of_head = bytes.find("\r\n\r\n");
    if (end_of_head == std::string_view::npos)
        return std::nullopt;
    std::istringstream head(std::string(bytes.substr(0, end_of_head)));
    std::string line;
    std::getline(head, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    Response response;
    if (!line.starts_with("HTTP/1.") || line.size() < 12 || line[8] != ' ')
        throw HttpError("not an HTTP/1.x status line: " + line.substr(0, 100));
    response.status = static_cast<int>(parse_size(line.substr(9, 3)));
    response.reason = line.size() > 13 ? line.substr(13) : "";
    while (std::getline(head, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos)
            throw HttpError("a header line without a colon: " + line);
        response.headers.emplace_back(std::string(trim(std::string_view(line).substr(0, colon))),
                                      std::string(trim(std::string_view(line).substr(colon + 1))));
    }
    const std::size_t body_start = end_of_head + 4;
    if (response.header("transfer-encoding"))
        throw HttpError("chunked responses are not supported by this client");
    const bool no_body = response.status / 100 == 1 || response.status == 204 || response.status == 304;
    const std::optional<std::string> length_text = response.header("content-length");
    if (no_body)
        return std::pair{std::move(response), body_start};
    if (!length_text) {
        if (!eof)
            return std::nullopt;
        response.body = std::string(bytes.substr(body_start));
        return std::pair{std::move(response), bytes.size()};
    }
    const std::size_t length = parse_size(*length_text);
    if (bytes.size() - body_start < length)
        return std::nullopt;
    response.body = std::string(bytes.substr(body_start, length));
    return std::pair{std::move(response), body_start + length};
}

}  // namespace hipfit::testing::http
