// Sending a fixed body without copying it: the bytes are written once into a
// sealed in-memory file (memfd_create, then sealed against any change), and
// each answer hands that file's pages to the socket with sendfile(2), as
// nginx does with `sendfile on`, instead of copying the bytes from this
// process's memory into the socket for every request.
//
// SealedFile: made once at start; its content and size can never change
// (F_SEAL_WRITE, F_SEAL_GROW, F_SEAL_SHRINK, then F_SEAL_SEAL), so any number
// of answers may send from it at once. Make() fails with kUnavailable where
// memfd_create or sealing is missing; callers then send copied bytes.
//
// FileSend: one answer in progress, the header bytes and then the file.
// Continue() sends what the socket takes right now and never blocks (the
// header with MSG_DONTWAIT, the file with sendfile on the socket, which must
// be non-blocking); the caller waits for the socket to be writable after
// kWouldBlock and calls it again. kRefused means sendfile is not supported
// for this pair (EINVAL, ENOSYS, EOPNOTSUPP) before any of the file was sent
// past `offset()`: the whole header is out, and the caller sends the body's
// bytes from `offset()` on by copying them, as before this path existed.
// The socket must not raise SIGPIPE for the process (sendfile has no
// MSG_NOSIGNAL): the server ignores SIGPIPE.
#ifndef FIRSTHIRE_HTTP_FILE_SEND_H_
#define FIRSTHIRE_HTTP_FILE_SEND_H_

#include <sys/types.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::http {

// sendfile(2)'s signature; the server takes another for its tests (one that
// refuses, or sends a few bytes at a time).
using SendFileFunction = ssize_t (*)(int out_fd, int in_fd, off_t* offset, size_t count);

class SealedFile {
 public:
  // A sealed in-memory file named `name` (shown in /proc, for debugging)
  // holding `bytes`.
  static Result<std::shared_ptr<const SealedFile>> Make(std::string_view name,
                                                        std::string_view bytes);
  ~SealedFile();
  SealedFile(const SealedFile&) = delete;
  SealedFile& operator=(const SealedFile&) = delete;

  int fd() const { return fd_; }
  std::size_t size() const { return size_; }

 private:
  SealedFile(int fd, std::size_t size) : fd_(fd), size_(size) {}
  int fd_;
  std::size_t size_;
};

class FileSend {
 public:
  enum class Outcome { kDone, kWouldBlock, kRefused, kFailed };

  // `send_file` null: sendfile(2).
  FileSend(std::string head, std::shared_ptr<const SealedFile> file,
           SendFileFunction send_file = nullptr);

  // Sends on `socket_fd` until everything is out (kDone), the socket is full
  // (kWouldBlock), sendfile is refused (kRefused) or the socket fails
  // (kFailed, errno in *error).
  Outcome Continue(int socket_fd, int* error);

  // Bytes of the file sent so far.
  std::size_t offset() const { return static_cast<std::size_t>(offset_); }

 private:
  std::string head_;
  std::size_t head_sent_ = 0;
  std::shared_ptr<const SealedFile> file_;
  off_t offset_ = 0;
  SendFileFunction send_file_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_FILE_SEND_H_
