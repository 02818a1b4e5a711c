// data/openapi.json describes exactly the route table: the same operations, the same security and the
// `account` parameter where the access rule reads it.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "server/handlers/handlers.hpp"
#include "server/routes.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using nlohmann::json;

const std::set<std::string> kHttpMethods{"get", "put", "post", "delete", "patch", "head", "options", "trace"};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string operation_name(std::string_view method, std::string_view path) {
    return std::string(method) + " " + std::string(path);
}

const json& document() {
    static const json parsed = json::parse(handlers::openapi_document());
    return parsed;
}

// A parameter object, its $ref followed into components/parameters.
json resolved(const json& parameter) {
    if (!parameter.contains("$ref"))
        return parameter;
    const std::string ref = parameter["$ref"].get<std::string>();
    const std::string prefix = "#/components/parameters/";
    EXPECT_TRUE(ref.starts_with(prefix)) << ref;
    const std::string name = ref.substr(prefix.size());
    EXPECT_TRUE(document()["components"]["parameters"].contains(name)) << "dangling " << ref;
    return document()["components"]["parameters"].value(name, json::object());
}

// The operation's parameters and its path's, resolved.
std::vector<json> parameters_of(const Route& route) {
    std::vector<json> found;
    const json& item = document()["paths"][std::string(route.path)];
    for (const json* list : {&item, &item[lower(route.method)]}) {
        if (list->contains("parameters")) {
            for (const json& parameter : (*list)["parameters"]) found.push_back(resolved(parameter));
        }
    }
    return found;
}

bool declares(const Route& route, std::string_view name, std::string_view in) {
    const std::vector<json> parameters = parameters_of(route);
    return std::any_of(parameters.begin(), parameters.end(), [&](const json& parameter) {
        return parameter.value("name", "") == name && parameter.value("in", "") == in;
    });
}

TEST(OpenApi, TheDocumentIsOpenApi3AndTheSameAsDataOpenapiJson) {
    EXPECT_TRUE(document().value("openapi", "").starts_with("3.0")) << document().value("openapi", "");
    std::ifstream file(std::string(HIPFIT_SOURCE_DIR) + "/data/openapi.json", std::ios::binary);
    ASSERT_TRUE(file) << "data/openapi.json is missing";
    const std::string source{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    EXPECT_EQ(source, handlers::openapi_document()) << "the embedded copy is out of date";
}

TEST(OpenApi, GetOpenapiJsonServesTheEmbeddedDocument) {
    testing::TestServer server;
    const testing::Answer reply = server.get("/api/openapi.json");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.content_type, "application/json");
    EXPECT_EQ(reply.body, handlers::openapi_document());
}

TEST(OpenApi, EveryRouteIsAnOperationOfTheDocument) {
    ASSERT_GE(routes().size(), 31U);
    const json& paths = document()["paths"];
    for (const Route& route : routes()) {
        const std::string path(route.path);
        ASSERT_TRUE(paths.contains(path)) << operation_name(route.method, route.path) << " is not described";
        EXPECT_TRUE(paths[path].contains(lower(route.method)))
            << operation_name(route.method, route.path) << " is not described";
    }
}

TEST(OpenApi, EveryOperationOfTheDocumentIsARoute) {
    std::set<std::string> table;
    for (const Route& route : routes()) table.insert(operation_name(route.method, route.path));
    std::size_t operations = 0;
    for (const auto& [path, item] : document()["paths"].items()) {
        for (const auto& [key, operation] : item.items()) {
            if (!kHttpMethods.contains(key))
                continue;
            ++operations;
            std::string method = key;
            std::transform(method.begin(), method.end(), method.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            EXPECT_TRUE(table.contains(operation_name(method, path)))
                << method << " " << path << " is described but the server has no such route";
        }
    }
    EXPECT_EQ(operations, routes().size());
}

TEST(OpenApi, TheSecuritySchemesAreTheSessionCookieAndTheCsrfHeader) {
    const json& schemes = document()["components"]["securitySchemes"];
    EXPECT_EQ(schemes["session"].value("type", ""), "apiKey");
    EXPECT_EQ(schemes["session"].value("in", ""), "cookie");
    EXPECT_EQ(schemes["session"].value("name", ""), "hipfit_session");
    EXPECT_EQ(schemes["csrf"].value("type", ""), "apiKey");
    EXPECT_EQ(schemes["csrf"].value("in", ""), "header");
    EXPECT_EQ(schemes["csrf"].value("name", ""), "X-CSRF-Token");
    // No global default that an operation without `security` would silently inherit.
    EXPECT_FALSE(document().contains("security"));
}

TEST(OpenApi, EachOperationsSecurityAgreesWithTheRoutesAccess) {
    for (const Route& route : routes()) {
        const std::string name = operation_name(route.method, route.path);
        const json& operation = document()["paths"][std::string(route.path)][lower(route.method)];
        ASSERT_TRUE(operation.contains("security")) << name << " does not say who may call it";
        const json& security = operation["security"];
        if (route.access == Access::anyone) {
            EXPECT_EQ(security, json::array()) << name << " is open to anyone: security must be []";
        } else if (route.access == Access::anyone_or_self_or_coach) {
            EXPECT_EQ(security, json::parse(R"([{}, {"session": []}])")) << name << ": a session is optional";
        } else if (testing::changes_state(route.method)) {
            EXPECT_EQ(security, json::parse(R"([{"session": [], "csrf": []}])")) << name;
        } else {
            EXPECT_EQ(security, json::parse(R"([{"session": []}])")) << name;
        }
    }
}

TEST(OpenApi, RoutesThatReadTheAccountParameterDeclareIt) {
    for (const Route& route : routes()) {
        const bool reads_account = route.access == Access::self || route.access == Access::self_or_coach ||
                                   route.access == Access::anyone_or_self_or_coach;
        EXPECT_EQ(declares(route, "account", "query"), reads_account)
            << operation_name(route.method, route.path)
            << (reads_account ? " must declare ?account=" : " ignores ?account= and must not declare it");
    }
}

TEST(OpenApi, EveryPathParameterIsDeclaredAsRequired) {
    for (const Route& route : routes()) {
        std::string_view rest = route.path;
        while (rest.find('{') != std::string_view::npos) {
            const std::size_t open = rest.find('{');
            const std::size_t close = rest.find('}', open);
            const std::string name(rest.substr(open + 1, close - open - 1));
            EXPECT_TRUE(declares(route, name, "path"))
                << operation_name(route.method, route.path) << " does not declare {" << name << "}";
            for (const json& parameter : parameters_of(route)) {
                if (parameter.value("name", "") == name && parameter.value("in", "") == "path") {
                    EXPECT_TRUE(parameter.value("required", false)) << route.path << " {" << name << "}";
                }
            }
            rest.remove_prefix(close + 1);
        }
    }
}

TEST(OpenApi, EveryOperationDescribesItsAnswers) {
    for (const Route& route : routes()) {
        const json& operation = document()["paths"][std::string(route.path)][lower(route.method)];
        ASSERT_TRUE(operation.contains("responses")) << operation_name(route.method, route.path);
        bool success = false;
        for (const auto& [status, answer] : operation["responses"].items())
            success = success || status.starts_with('2');
        EXPECT_TRUE(success) << operation_name(route.method, route.path) << " lists no 2xx answer";
        if (route.access != Access::anyone && route.access != Access::anyone_or_self_or_coach) {
            EXPECT_TRUE(operation["responses"].contains("401"))
                << operation_name(route.method, route.path) << " needs a session but lists no 401";
        }
    }
}

}  // namespace
}  // namespace hipfit::server
