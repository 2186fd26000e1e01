// Fuzzes the candidate-pool loaders (CSV, JSON, YAML) and the team loader.
// The first byte picks the loader; the rest is the document.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "firsthire/candidate_pool.h"
#include "firsthire/team.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const Playbook& playbook = DefaultPlaybook();
  Diagnostics diagnostics;
  PoolLoadOptions options;
  options.skip_bad_rows = (data[0] & 0x10) != 0;
  if (data[0] % 4 == 3) {
    auto team = LoadTeam(text, "fuzz.yaml", playbook, &diagnostics);
    if (!team.ok() && team.status().message().empty()) __builtin_trap();
    return 0;
  }
  auto pool = data[0] % 4 == 0   ? LoadPoolCsv(text, "fuzz.csv", playbook, options, &diagnostics)
              : data[0] % 4 == 1 ? LoadPoolJson(text, "fuzz.json", playbook, options, &diagnostics)
                                 : LoadPoolYaml(text, "fuzz.yaml", playbook, options, &diagnostics);
  if (!pool.ok()) {
    if (pool.status().message().empty()) __builtin_trap();
    return 0;
  }
  // Whatever a loader accepts must be printable as JSON (valid UTF-8): the
  // strict dump throws, and the fuzzer reports it, otherwise.
  nlohmann::json names = nlohmann::json::array();
  for (size_t i = 0; i < pool->size(); ++i) names.push_back({pool->id(i), pool->name(i), pool->role(i)});
  (void)names.dump();
  return 0;
}
