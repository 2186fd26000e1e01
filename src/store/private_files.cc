#include "store/private_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace firsthire {

namespace fs = std::filesystem;

Status CreatePrivateDirectories(const std::string& dir) {
  if (dir.empty()) return Status::Ok();
  std::vector<fs::path> missing;
  std::error_code error;
  for (fs::path at = fs::path(dir); !at.empty() && !fs::exists(at, error); at = at.parent_path()) {
    missing.push_back(at);
    if (at == at.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) {
      return Status::Unavailable("cannot create directory " + it->string() + ": " +
                                 std::strerror(errno));
    }
    ::chmod(it->c_str(), 0700);  // the umask may have taken owner bits
  }
  return Status::Ok();
}

Status CreatePrivateFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Ok();
    return Status::Unavailable("cannot create " + path + ": " + std::strerror(errno));
  }
  ::fchmod(fd, 0600);
  ::close(fd);
  return Status::Ok();
}

std::vector<std::string> LooseModeWarnings(const std::vector<std::string>& paths) {
  std::vector<std::string> warnings;
  for (const std::string& path : paths) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || (info.st_mode & 077) == 0) continue;
    bool dir = S_ISDIR(info.st_mode);
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
    warnings.push_back(path + " can be read or written by other users (mode " + mode + "); chmod " +
                       (dir ? "700 " : "600 ") + path);
  }
  return warnings;
}

}  // namespace firsthire
