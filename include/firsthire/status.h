// Status and Result: how every fallible operation in firsthire reports failure.
//
// The core never throws for expected failures (bad input, missing files,
// unknown ids, storage conflicts). It returns a Status, or a Result<T> that
// holds either a value or a non-ok Status. Exceptions are reserved for bugs.
// The edges (CLI, HTTP) turn a Status into a message and an exit code or an
// HTTP status; see ExitCodeFor() and docs/errors.md.
#ifndef FIRSTHIRE_STATUS_H_
#define FIRSTHIRE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace firsthire {

// Where in an input a problem is. Every member is optional: an empty file
// means "not from a file", line/column 0 means "unknown". Lines and columns
// are 1-based. `field` is the dotted path of the offending value, e.g.
// "data.sources[1].access" (used as the HTTP error's "field").
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;

  // "file:line:column" with the parts that are known, e.g. "brief.yaml:3:7".
  std::string ToString() const;
};

enum class Code {
  kOk = 0,
  kInvalidInput,      // malformed or invalid input; CLI exit 2, HTTP 400/422
  kNotFound,          // unknown id or missing file; HTTP 404
  kAlreadyExists,     // conflict with stored state; HTTP 409
  kUnauthenticated,   // HTTP 401
  kPermissionDenied,  // HTTP 403
  kTooLarge,          // input over a size limit; CLI exit 2, HTTP 413
  kIoError,           // reading or writing failed; CLI exit 1
  kUnavailable,       // a dependency (database) is down; HTTP 503
  kInternal,          // a bug; CLI exit 1, HTTP 500
};

// Short lowercase name of a code, e.g. "invalid_input" (used in JSON errors).
const char* CodeName(Code code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok

  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string message, Location where = {}) {
    return Status(Code::kInvalidInput, std::move(message), std::move(where));
  }
  static Status NotFound(std::string message, Location where = {}) {
    return Status(Code::kNotFound, std::move(message), std::move(where));
  }
  static Status AlreadyExists(std::string message, Location where = {}) {
    return Status(Code::kAlreadyExists, std::move(message), std::move(where));
  }
  static Status Unauthenticated(std::string message) {
    return Status(Code::kUnauthenticated, std::move(message), {});
  }
  static Status PermissionDenied(std::string message) {
    return Status(Code::kPermissionDenied, std::move(message), {});
  }
  static Status TooLarge(std::string message, Location where = {}) {
    return Status(Code::kTooLarge, std::move(message), std::move(where));
  }
  static Status IoError(std::string message, Location where = {}) {
    return Status(Code::kIoError, std::move(message), std::move(where));
  }
  static Status Unavailable(std::string message) {
    return Status(Code::kUnavailable, std::move(message), {});
  }
  static Status Internal(std::string message) {
    return Status(Code::kInternal, std::move(message), {});
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& location() const { return location_; }

  // One line: "file:line:col: message" (location parts only when known), or
  // "ok".
  std::string ToString() const;

 private:
  Status(Code code, std::string message, Location where)
      : code_(code), message_(std::move(message)), location_(std::move(where)) {}

  Code code_ = Code::kOk;
  std::string message_;
  Location location_;
};

// A value or the Status explaining why there is none. Constructing a Result
// from an ok Status is a bug.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Status status) : data_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(data_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

// Process exit code for a status, as documented in the README and --help:
// 0 ok, 2 bad input (invalid, not found, too large), 1 anything else.
int ExitCodeFor(const Status& status);

}  // namespace firsthire

#define FH_STATUS_CONCAT_INNER_(a, b) a##b
#define FH_STATUS_CONCAT_(a, b) FH_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (a Status) is not ok.
#define FH_RETURN_IF_ERROR(expr)                  \
  do {                                            \
    ::firsthire::Status fh_status_ = (expr);      \
    if (!fh_status_.ok()) return fh_status_;      \
  } while (0)

// `lhs = value of expr` (a Result<T>), or returns its Status from the
// enclosing function.
#define FH_ASSIGN_OR_RETURN(lhs, expr) \
  FH_ASSIGN_OR_RETURN_IMPL_(FH_STATUS_CONCAT_(fh_result_, __LINE__), lhs, expr)
#define FH_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

#endif  // FIRSTHIRE_STATUS_H_
