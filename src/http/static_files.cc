#include "http/static_files.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "http/url.h"

namespace firsthire::http {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

bool IsInside(const fs::path& root, const fs::path& candidate) {
  auto [root_end, unused] =
      std::mismatch(root.begin(), root.end(), candidate.begin(), candidate.end());
  (void)unused;
  return root_end == root.end();
}

}  // namespace

Result<StaticFiles> StaticFiles::Open(const fs::path& root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical, ec)) {
    return Status::NotFound("static file directory not found: " + root.string());
  }
  return StaticFiles(std::move(canonical));
}

std::string_view StaticFiles::ContentTypeFor(std::string_view extension) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".wasm", "application/wasm"},
      {".webmanifest", "application/manifest+json"},
  };
  for (const auto& [ext, type] : kTypes) {
    if (ext == extension) return type;
  }
  return "application/octet-stream";
}

Response StaticFiles::Serve(std::string_view path) const {
  std::vector<std::string> segments;
  for (std::string_view encoded : SplitPath(path)) {
    auto decoded = PercentDecode(encoded);
    if (!decoded.ok()) return ErrorResponse(400, "invalid_input", decoded.status().message());
    const std::string& segment = *decoded;
    if (segment == ".." || segment == "." || segment.find_first_of("/\\") != std::string::npos) {
      return ErrorResponse(400, "invalid_input", "path not allowed");
    }
    segments.push_back(segment);
  }
  if (!segments.empty() && segments.back().empty()) segments.pop_back();  // "/dir/"
  for (const std::string& segment : segments) {
    if (segment.empty() || segment.front() == '.') {
      return ErrorResponse(404, "not_found", "no such file");
    }
  }

  fs::path file = root_;
  for (const std::string& segment : segments) file /= segment;
  std::error_code ec;
  fs::file_status status = fs::status(file, ec);
  if (!ec && fs::is_directory(status)) {
    file /= "index.html";
    status = fs::status(file, ec);
  }
  if (ec || !fs::exists(status)) {
    bool client_route = segments.empty() || segments.back().find('.') == std::string::npos;
    if (!client_route) return ErrorResponse(404, "not_found", "no such file");
    return ServeFile(root_ / "index.html", "no-cache");
  }
  bool hashed_asset = segments.size() > 1 && segments.front() == "assets";
  return ServeFile(file, hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
}

Response StaticFiles::ServeFile(const fs::path& file, std::string_view cache_control) const {
  std::error_code ec;
  fs::path canonical = fs::canonical(file, ec);
  if (ec || !IsInside(root_, canonical) || !fs::is_regular_file(canonical, ec)) {
    return ErrorResponse(404, "not_found", "no such file");
  }
  std::uintmax_t size = fs::file_size(canonical, ec);
  if (ec || size > kMaxFileBytes) return ErrorResponse(404, "not_found", "no such file");
  std::ifstream in(canonical, std::ios::binary);
  if (!in) return ErrorResponse(404, "not_found", "no such file");
  Response response;
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  response.content_type = std::string(ContentTypeFor(canonical.extension().string()));
  response.SetHeader("Cache-Control", std::string(cache_control));
  return response;
}

}  // namespace firsthire::http
