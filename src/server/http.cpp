#include "server/http.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "server/header_text.hpp"

namespace hipfit::server {

std::optional<std::string_view> Request::header(std::string_view lower_case_name) const {
    const auto found = headers.find(lower_case_name);
    return found == headers.end() ? std::nullopt : std::optional<std::string_view>(found->second);
}

std::optional<std::string_view> Request::query_value(std::string_view name) const {
    const auto found = query.find(name);
    return found == query.end() ? std::nullopt : std::optional<std::string_view>(found->second);
}

std::optional<std::string> Request::cookie(std::string_view name) const {
    const std::optional<std::string_view> cookies = header("cookie");
    if (!cookies)
        return std::nullopt;
    std::string_view rest = *cookies;
    while (!rest.empty()) {
        const std::size_t end = rest.find(';');
        std::string_view pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
        const std::size_t equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name)
            return std::string(pair.substr(equals + 1));
    }
    return std::nullopt;
}

bool Request::has_media_type(std::string_view media_type) const {
    const std::string_view value = header("content-type").value_or("");
    const std::size_t semicolon = value.find(';');
    if (!same_ignoring_case(trimmed(value.substr(0, semicolon)), media_type))
        return false;
    // media-type = type "/" subtype parameters; parameters = *( OWS ";" OWS [ parameter ] )
    std::string_view parameters = semicolon == std::string_view::npos ? "" : value.substr(semicolon + 1);
    while (!parameters.empty()) {
        const std::size_t end = parameters.find(';');
        const std::string_view parameter = trimmed(parameters.substr(0, end));
        parameters = end == std::string_view::npos ? "" : parameters.substr(end + 1);
        const std::size_t equals = parameter.find('=');
        if (equals == std::string_view::npos || !same_ignoring_case(parameter.substr(0, equals), "charset"))
            continue;
        std::string_view charset = parameter.substr(equals + 1);
        if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"')
            charset = charset.substr(1, charset.size() - 2);
        if (!same_ignoring_case(charset, "utf-8"))
            return false;
    }
    return true;
}

Response json_response(int status, const nlohmann::json& body) {
    // A request may carry bytes that are not UTF-8 (e.g. %FF in a path) that a message repeats: they are
    // replaced, never thrown about.
    return {
        status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
}

Response no_content() {
    return {204, "", "", {}};
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += plus_is_space && c == '+' ? ' ' : c;
        }
    }
    return out;
}

std::map<std::string, std::string, std::less<>> parse_query(std::string_view query) {
    std::map<std::string, std::string, std::less<>> values;
    while (!query.empty()) {
        const std::size_t end = query.find('&');
        const std::string_view pair = query.substr(0, end);
        query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        const std::string_view name = pair.substr(0, equals);
        const std::string_view value = equals == std::string_view::npos ? "" : pair.substr(equals + 1);
        values.emplace(percent_decode(name, true), percent_decode(value, true));
    }
    return values;
}

}  // namespace hipfit::server
