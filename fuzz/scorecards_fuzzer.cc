// Fuzzes the scorecard loader and the evaluation behind `firsthire score`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthire/scorecard.h"
#include "report/evaluation_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  const Playbook& playbook = DefaultPlaybook();
  auto cards = LoadScorecards(text, "fuzz.yaml", playbook, &diagnostics);
  if (!cards.ok()) {
    if (cards.status().message().empty()) __builtin_trap();
    return 0;
  }
  (void)EvaluationToJson(Evaluate(playbook, *cards)).dump();
  return 0;
}
