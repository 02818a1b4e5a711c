#include "tests/server/e2e/api_client.hpp"

namespace hipfit::testing {

http::Response ApiClient::send(std::string_view method, std::string_view target, std::string_view body,
                               std::string_view content_type, const http::Headers& extra) {
    if (!connection_ || reconnect_) {
        connection_.emplace(port_, timeout_);
        ++connections_opened_;
        reconnect_ = false;
    }
    http::Headers headers = extra;
    if (!content_type.empty())
        headers.emplace_back("Content-Type", std::string(content_type));
    if (!cookie_.empty()) {
        headers.emplace_back("Cookie", cookie_);
        if (method != "GET" && method != "HEAD")
            headers.emplace_back("X-CSRF-Token", csrf_);
    }
    // Whatever happens, a failed request leaves the connection unusable: the next one starts anew.
    reconnect_ = true;
    http::Response response = connection_->request(method, target, headers, body);
    reconnect_ = response.closes();
    return response;
}

nlohmann::json ApiClient::sign_up(const std::string& email, const std::string& password) {
    return start_session("/api/accounts", 201, email, password);
}

nlohmann::json ApiClient::sign_in(const std::string& email, const std::string& password) {
    return start_session("/api/session", 200, email, password);
}

nlohmann::json ApiClient::start_session(std::string_view target, int status, const std::string& email,
                                        const std::string& password) {
    const http::Response response = post(target, {{"email", email}, {"password", password}});
    if (response.status != status)
        throw http::HttpError(std::string(target) + " for " + email + " answered " +
                              std::to_string(response.status) + ": " + response.body);
    const std::string set_cookie = response.header("set-cookie").value_or("");
    cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    const nlohmann::json body = response.json();
    csrf_ = body.at("csrf_token").get<std::string>();
    return body.at("account");
}

nlohmann::json reference_profile() {
    return {{"sex", "female"},
            {"age_years", 34},
            {"height_cm", 165},
            {"weight_kg", 72},
            {"waist_cm", 80},
            {"hip_cm", 104},
            {"neck_cm", 33},
            {"activity", "light"},
            {"goal", "lose-fat"},
            {"equipment", {"band", "dumbbells"}},
            {"days", {"mon", "wed", "fri"}},
            {"minutes_per_session", 30}};
}

}  // namespace hipfit::testing
