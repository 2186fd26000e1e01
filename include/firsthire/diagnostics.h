// Diagnostics: the problems found while reading one input document.
//
// Loaders never stop at the first problem: they record every error and
// warning with its location, so `playbook validate` can list them all while
// the other verbs print just the first error. Errors make a load fail;
// warnings (unknown keys, deprecated fields) are reported and the load goes on.
#ifndef FIRSTHIRE_DIAGNOSTICS_H_
#define FIRSTHIRE_DIAGNOSTICS_H_

#include <string>
#include <vector>

#include "firsthire/status.h"

namespace firsthire {

struct Diagnostic {
  Location where;
  std::string message;

  // "file:line:col: message", or "field: message" when no line is known.
  std::string ToString() const;
};

class Diagnostics {
 public:
  // Beyond this many errors further ones are counted but not kept.
  static constexpr size_t kMaxKept = 200;

  void AddError(Location where, std::string message);
  void AddWarning(Location where, std::string message);

  bool has_errors() const { return error_count_ > 0; }
  size_t error_count() const { return error_count_; }
  const std::vector<Diagnostic>& errors() const { return errors_; }
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

  // The first error as an InvalidInput status, or ok when there is none.
  Status FirstError() const;

 private:
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
  size_t error_count_ = 0;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_DIAGNOSTICS_H_
