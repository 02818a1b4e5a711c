// The web app's files: served from the binary with their types and a policy that loads nothing from
// elsewhere; nothing outside the embedded files is reachable.
#include <gtest/gtest.h>

#include "server/web_assets.hpp"
#include "tests/server/api_client.hpp"

namespace hipfit::server {
namespace {

using namespace hipfit::server::testing;

TEST(Web, ThePageAndEveryEmbeddedFileAreServedWithTheirType) {
    TestServer server;
    const Answer page = server.get("/");
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
    EXPECT_NE(page.body.find("<!doctype html>"), std::string::npos);
    const std::optional<std::string> policy = page.header("Content-Security-Policy");
    ASSERT_TRUE(policy.has_value());
    EXPECT_NE(policy->find("default-src 'self'"), std::string::npos);
    for (const EmbeddedFile& file : embedded_web_files()) {
        if (!file.path.starts_with("app/"))
            continue;
        const Answer reply = server.get("/" + std::string(file.path));
        EXPECT_EQ(reply.status, 200) << file.path;
        EXPECT_EQ(reply.body.size(), file.size) << file.path;
        EXPECT_EQ(reply.content_type, content_type_of(file.path)) << file.path;
    }
}

// Offline, a module the service worker did not keep fails to load and the page stays blank: every script,
// style and data file of the app must be in its SHELL.
TEST(Web, TheServiceWorkerKeepsEveryFileOfTheApp) {
    std::string worker;
    for (const EmbeddedFile& file : embedded_web_files()) {
        if (file.path == "sw.js")
            worker.assign(reinterpret_cast<const char*>(file.bytes), file.size);
    }
    ASSERT_FALSE(worker.empty());
    for (const EmbeddedFile& file : embedded_web_files()) {
        if (file.path.starts_with("app/")) {
            EXPECT_NE(worker.find("\"/" + std::string(file.path) + "\""), std::string::npos)
                << file.path << " is not in sw.js's SHELL";
        }
    }
}

TEST(Web, OnlyEmbeddedFilesAreReachable) {
    TestServer server;
    for (const char* target : {"/app/..%2Findex.html", "/app/%2E%2E/index.html", "/app/missing.js",
                               "/index.html", "/app/", "/etc/passwd"}) {
        EXPECT_EQ(server.get(target).status, 404) << target;
    }
}

TEST(Web, TypesFollowTheExtension) {
    EXPECT_EQ(content_type_of("app/main.js"), "text/javascript; charset=utf-8");
    EXPECT_EQ(content_type_of("app/style.css"), "text/css; charset=utf-8");
    EXPECT_EQ(content_type_of("manifest.webmanifest"), "application/manifest+json");
    EXPECT_EQ(content_type_of("archive.tar"), "application/octet-stream");
}

}  // namespace
}  // namespace hipfit::server
