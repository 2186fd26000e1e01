// StaticFiles: serves the web application's built files from one directory.
//
// - Only regular files under the root are served: ".." and "." segments,
//   backslashes, NUL bytes and malformed escapes are refused (400); hidden
//   names (leading '.') are not served (404); a symlink that resolves outside
//   the root is not served (404).
// - "/" and directories serve their index.html. A missing path whose last
//   segment has no extension is a client-side route and gets the root's
//   index.html; a missing path with an extension ("/x.js") is a 404.
// - Content-Type follows the extension. Files under /assets/ (hashed names
//   from the bundler) are cacheable for a year; everything else "no-cache".
// Files are read on each request (they are small; the OS caches them).
#ifndef FIRSTHIRE_HTTP_STATIC_FILES_H_
#define FIRSTHIRE_HTTP_STATIC_FILES_H_

#include <filesystem>
#include <string_view>

#include "firsthire/status.h"
#include "http/response.h"

namespace firsthire::http {

class StaticFiles {
 public:
  // Fails (kNotFound) when `root` is not a directory.
  static Result<StaticFiles> Open(const std::filesystem::path& root);

  // The answer for GET of the percent-encoded `path`.
  Response Serve(std::string_view path) const;

  // "text/html; charset=utf-8" etc.; "application/octet-stream" if unknown.
  static std::string_view ContentTypeFor(std::string_view extension);

 private:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  Response ServeFile(const std::filesystem::path& file, std::string_view cache_control) const;

  std::filesystem::path root_;  // canonical
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_STATIC_FILES_H_
