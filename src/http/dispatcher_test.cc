// Routing answers, static files and path traversal over real sockets.
#include "http/dispatcher.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/server.h"
#include "http/test_client.h"
#include "store/secret_hash.h"

namespace firsthire::http {
namespace {

namespace fs = std::filesystem;
using testing::Connection;
using testing::Fetch;
using testing::FormatRequest;

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class DispatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("fh_dispatch_test_" + RandomHex(8));
    root_ = base_ / "web";
    WriteFile(root_ / "index.html", "<html>app</html>");
    WriteFile(root_ / "assets" / "app-1234.js", "console.log(1)");
    WriteFile(root_ / ".env", "SECRET=1");
    WriteFile(base_ / "secret.txt", "outside the root");
    fs::create_symlink(base_ / "secret.txt", root_ / "link.txt");

    Router router;
    ASSERT_TRUE(router
                    .Add("GET", "/healthz", Access::Public(),
                         [](const Request&) {
                           return JsonResponse(200, {{"status", "ok"}});
                         })
                    .ok());
    ASSERT_TRUE(router
                    .Add("GET", "/api/v1/items/{id}", Access::Public(),
                         [](const Request& request) {
                           return JsonResponse(200, {{"id", request.Param("id")}});
                         })
                    .ok());
    ASSERT_TRUE(router
                    .Add("GET", "/api/v1/private", Access::SignedIn(),
                         [](const Request&) { return JsonResponse(200, {}); })
                    .ok());
    auto files = StaticFiles::Open(root_);
    ASSERT_TRUE(files.ok());
    dispatcher_ =
        std::make_unique<Dispatcher>(std::move(router), nullptr, std::move(files).value());
    ServerOptions options;
    options.port = 0;
    options.log_requests = false;
    server_ = std::make_unique<Server>(
        options, [this](Request& request) { return dispatcher_->Handle(request); });
    ASSERT_TRUE(server_->Start().ok());
  }
  void TearDown() override {
    server_.reset();
    std::error_code ignored;
    fs::remove_all(base_, ignored);
  }

  // Sends the path exactly as given (no client-side normalisation).
  testing::Reply Get(const std::string& path) {
    auto reply = Fetch(server_->port(), "GET", path);
    EXPECT_TRUE(reply.has_value()) << path;
    return reply.value_or(testing::Reply());
  }

  fs::path base_;
  fs::path root_;
  std::unique_ptr<Dispatcher> dispatcher_;
  std::unique_ptr<Server> server_;
};

TEST_F(DispatcherTest, RoutesWithParametersAndHealth) {
  EXPECT_EQ(Get("/healthz").status, 200);
  auto item = Get("/api/v1/items/abc%2Fdef");
  EXPECT_EQ(item.status, 200);
  EXPECT_EQ(nlohmann::json::parse(item.body)["id"], "abc/def");
}

TEST_F(DispatcherTest, UnknownApiPathIs404AndWrongMethod405) {
  auto missing = Get("/api/v1/nothing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(nlohmann::json::parse(missing.body)["error"]["code"], "not_found");
  auto wrong = Fetch(server_->port(), "DELETE", "/healthz");
  ASSERT_TRUE(wrong.has_value());
  EXPECT_EQ(wrong->status, 405);
  EXPECT_EQ(wrong->Header("allow"), "GET, HEAD");
  EXPECT_EQ(nlohmann::json::parse(wrong->body)["error"]["code"], "method_not_allowed");
}

TEST_F(DispatcherTest, WithoutAnAuthenticatorProtectedRoutesAre401) {
  EXPECT_EQ(Get("/api/v1/private").status, 401);
}

TEST_F(DispatcherTest, ServesFilesWithTypesAndCaching) {
  auto index = Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<html>app</html>");
  EXPECT_EQ(index.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.Header("cache-control"), "no-cache");
  auto script = Get("/assets/app-1234.js");
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.Header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_THAT(script.Header("cache-control"), ::testing::HasSubstr("immutable"));
  EXPECT_EQ(script.Header("x-content-type-options"), "nosniff");
}

TEST_F(DispatcherTest, ClientRoutesFallBackToIndexButMissingFilesAre404) {
  auto route = Get("/candidates/42");
  EXPECT_EQ(route.status, 200);
  EXPECT_EQ(route.body, "<html>app</html>");
  EXPECT_EQ(Get("/assets/missing.js").status, 404);
}

TEST_F(DispatcherTest, PathTraversalIsRefused) {
  for (const char* path :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
        "/assets/%2E%2E%2F%2E%2E%2Fsecret.txt", "/..%5csecret.txt", "/%00index.html"}) {
    auto reply = Get(path);
    EXPECT_NE(reply.status, 200) << path;
    EXPECT_EQ(reply.body.find("outside the root"), std::string::npos) << path;
  }
  // A symlink out of the root and hidden files are not served either.
  EXPECT_EQ(Get("/link.txt").status, 404);
  EXPECT_EQ(Get("/.env").status, 404);
}

TEST_F(DispatcherTest, HeadOfAStaticFileHasNoBody) {
  Connection connection(server_->port());
  ASSERT_TRUE(connection.Send(FormatRequest("HEAD", "/")));
  connection.ExpectNoBody();
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->Header("content-length"), "16");
  EXPECT_TRUE(reply->body.empty());
}

}  // namespace
}  // namespace firsthire::http
