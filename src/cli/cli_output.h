// What every verb shares at the edge: the output format, colour, and turning
// a Status into a message on stderr and an exit code.
#ifndef FIRSTHIRE_CLI_CLI_OUTPUT_H_
#define FIRSTHIRE_CLI_CLI_OUTPUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "firsthire/diagnostics.h"
#include "firsthire/status.h"

namespace firsthire {

enum class OutputFormat { kText, kJson, kMarkdown };

// "text" | "json" | "md" (also "markdown"); nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// Colour only when stdout is a terminal, NO_COLOR is unset (any value, even
// empty, disables it, as no-color.org asks) and TERM is not "dumb".
bool StdoutWantsColor();

// Prints "firsthire: error: <status>" on stderr and returns its exit code.
int ReportFailure(const Status& status);

// Prints each warning as "firsthire: warning: <where>: <message>" on stderr.
void ReportWarnings(const Diagnostics& diagnostics);

// Writes `text` to stdout; exit code 0, or 1 when writing failed (closed pipe,
// full disk) with a message on stderr.
int WriteOutput(std::string_view text);

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_CLI_OUTPUT_H_
