#include "http/file_send.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace firsthire::http {
namespace {

Status Unavailable(std::string_view what) {
  return Status::Unavailable(std::string(what) + ": " + std::strerror(errno));
}

}  // namespace

Result<std::shared_ptr<const SealedFile>> SealedFile::Make(std::string_view name,
                                                           std::string_view bytes) {
  int fd = ::memfd_create(std::string(name).c_str(), MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0) return Unavailable("memfd_create");
  // Owned from here on, so every early return closes it.
  std::shared_ptr<const SealedFile> file(new SealedFile(fd, bytes.size()));
  std::string_view left = bytes;
  while (!left.empty()) {
    ssize_t written = ::write(fd, left.data(), left.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return Unavailable("writing the in-memory file");
    left.remove_prefix(static_cast<std::size_t>(written));
  }
  if (::fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) != 0) {
    return Unavailable("sealing the in-memory file");
  }
  return file;
}

SealedFile::~SealedFile() { ::close(fd_); }

FileSend::FileSend(std::string head, std::shared_ptr<const SealedFile> file,
                   SendFileFunction send_file)
    : head_(std::move(head)),
      file_(std::move(file)),
      send_file_(send_file != nullptr ? send_file : &::sendfile) {}

FileSend::Outcome FileSend::Continue(int socket_fd, int* error) {
  // The header goes with MSG_MORE: the kernel holds it for the body's first
  // bytes instead of sending a small segment of its own.
  while (head_sent_ < head_.size()) {
    ssize_t sent = ::send(socket_fd, head_.data() + head_sent_, head_.size() - head_sent_,
                          MSG_DONTWAIT | MSG_NOSIGNAL | MSG_MORE);
    if (sent < 0 && errno == EINTR) continue;
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return Outcome::kWouldBlock;
    if (sent <= 0) {
      *error = sent < 0 ? errno : EPIPE;
      return Outcome::kFailed;
    }
    head_sent_ += static_cast<std::size_t>(sent);
  }
  const off_t size = static_cast<off_t>(file_->size());
  while (offset_ < size) {
    ssize_t sent =
        send_file_(socket_fd, file_->fd(), &offset_, static_cast<std::size_t>(size - offset_));
    if (sent < 0 && errno == EINTR) continue;
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return Outcome::kWouldBlock;
    if (sent < 0 && (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
      return Outcome::kRefused;
    }
    if (sent <= 0) {  // 0: the file ended early, which its seals rule out
      *error = sent < 0 ? errno : EIO;
      return Outcome::kFailed;
    }
  }
  return Outcome::kDone;
}

}  // namespace firsthire::http
