// Runs a program as a child process and captures what it printed, for
// end-to-end tests of the CLI.
#ifndef FIRSTHIRE_TESTS_PROCESS_RUNNER_H_
#define FIRSTHIRE_TESTS_PROCESS_RUNNER_H_

#include <string>
#include <vector>

namespace firsthire::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when the process was killed by a signal
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is a path) with `stdin_text` on standard input and
// the environment of this process plus `env` entries ("NAME=value"; a bare
// "NAME" removes it). Waits for it to finish.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& stdin_text = "",
                         const std::vector<std::string>& env = {});

}  // namespace firsthire::testing

#endif  // FIRSTHIRE_TESTS_PROCESS_RUNNER_H_
