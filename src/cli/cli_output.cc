#include "cli/cli_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace firsthire {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "md" || name == "markdown") return OutputFormat::kMarkdown;
  return std::nullopt;
}

bool StdoutWantsColor() {
  if (std::getenv("NO_COLOR") != nullptr) return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

int ReportFailure(const Status& status) {
  std::fprintf(stderr, "firsthire: error: %s\n", status.ToString().c_str());
  return ExitCodeFor(status);
}

void ReportWarnings(const Diagnostics& diagnostics) {
  for (const Diagnostic& w : diagnostics.warnings()) {
    std::fprintf(stderr, "firsthire: warning: %s\n", w.ToString().c_str());
  }
}

int WriteOutput(std::string_view text) {
  errno = 0;
  size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
  if (written != text.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "firsthire: error: cannot write output: %s\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace firsthire
