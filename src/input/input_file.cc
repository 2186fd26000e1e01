#include "firsthire/input_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace firsthire {

std::string InputName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

Result<std::string> ReadInputFile(const std::string& path, size_t max_bytes) {
  Location where;
  where.file = InputName(path);
  std::FILE* raw = nullptr;
  if (path == "-") {
    raw = stdin;
  } else {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) return Status::NotFound("no such file; expected a readable YAML or JSON file", where);
      return Status::InvalidInput(std::string("cannot read: ") + std::strerror(errno), where);
    }
    if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory; expected a file", where);
    if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) {
      return Status::TooLarge("file is " + std::to_string(st.st_size) + " bytes; at most " +
                                  std::to_string(max_bytes) + " bytes are accepted",
                              where);
    }
    raw = std::fopen(path.c_str(), "rb");
    if (raw == nullptr) {
      return Status::InvalidInput(std::string("cannot read: ") + std::strerror(errno), where);
    }
  }
  auto closer = [&](std::FILE* f) { if (f != stdin) std::fclose(f); };
  std::unique_ptr<std::FILE, decltype(closer)> file(raw, closer);
  std::string text;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, file.get())) > 0) {
    if (text.size() + n > max_bytes) {
      return Status::TooLarge("input is larger than " + std::to_string(max_bytes) + " bytes", where);
    }
    text.append(buf, n);
  }
  if (std::ferror(file.get())) {
    return Status::InvalidInput(std::string("cannot read: ") + std::strerror(errno), where);
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidInput("file is empty; expected a YAML or JSON document", where);
  }
  return text;
}

}  // namespace firsthire
