// A verb's settings read from a file (e.g. /etc/firsthire/firsthire.conf for
// `firsthire serve --config FILE`), so a service manager can start the binary
// with one argument. The format is one `name = value` per line, where `name`
// is a long option of the verb without its dashes (`listen`, `db`,
// `secure-cookies`; `_` may stand for `-`); `#` starts a comment line; a value
// may be wrapped in double quotes. A name may appear again for options that
// take several values.
//
// Options given on the command line win: a setting whose option was already
// given there is skipped. Flags take true/false (also yes/no, on/off, 1/0).
#ifndef FIRSTHIRE_CLI_CONFIG_FILE_H_
#define FIRSTHIRE_CLI_CONFIG_FILE_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "firsthire/status.h"

namespace firsthire {

struct ConfigSetting {
  std::string name;   // as written, without dashes
  std::string value;  // quotes removed
  int line = 0;
};

// Parses the file's text. A line that is not blank, a comment or
// `name = value` is refused with its file, line and column.
Result<std::vector<ConfigSetting>> ParseConfigText(const std::string& text,
                                                   const std::string& file);

// Reads `path` and applies its settings to `verb`'s options that the command
// line left unset, running their checks. An unreadable or malformed file,
// an unknown name (with a "did you mean"), a value an option refuses, or a
// name that `skip` lists (e.g. the `config` option itself) is InvalidInput
// naming the file and line (the verb must then not run: settings before
// the refused one may have been applied).
Status ApplyConfigFile(CLI::App& verb, const std::string& path,
                       const std::vector<std::string>& skip = {"config"});

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_CONFIG_FILE_H_
