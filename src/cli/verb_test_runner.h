// For the verbs' unit tests: run verbs in-process as main.cc wires them and
// capture what they print; write an input document to a temporary file.
// Test-only (header, included by *_test.cc files).
#ifndef FIRSTHIRE_CLI_VERB_TEST_RUNNER_H_
#define FIRSTHIRE_CLI_VERB_TEST_RUNNER_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>

#include "cli/verbs.h"

namespace firsthire {

struct VerbRun {
  int exit_code = 0;
  std::string out;
  std::string err;
};

using AddVerbFn = void (*)(CLI::App&, GlobalOptions&);

// Parses `args` (without the program name) with `verbs` registered and the
// global --format option, and captures stdout, stderr and the exit code
// (2 for a usage error, as main.cc answers).
inline VerbRun RunVerbs(const std::string& args, std::initializer_list<AddVerbFn> verbs) {
  CLI::App app;
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions options;
  app.add_option("--format", options.format)->check(CLI::IsMember({"text", "json", "md"}));
  for (AddVerbFn add : verbs) add(app, options);
  VerbRun run;
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  try {
    app.parse(args, false);
    run.exit_code = options.exit_code;
  } catch (const CLI::ParseError&) {
    run.exit_code = 2;
  }
  run.out = testing::internal::GetCapturedStdout();
  run.err = testing::internal::GetCapturedStderr();
  return run;
}

// Writes `text` to a new file in the temporary directory, named after
// `prefix`, and returns its path.
inline std::string WriteTempInput(const std::string& prefix, const std::string& text) {
  static std::atomic<int> counter{0};
  auto path = std::filesystem::temp_directory_path() /
              (prefix + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + ".yaml");
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_VERB_TEST_RUNNER_H_
