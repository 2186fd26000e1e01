// Fuzzes the brief loader and every engine that reads a brief: any bytes
// must give a decision or a located error, never a crash, a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"
#include "report/assessment_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  const Playbook& playbook = DefaultPlaybook();
  auto brief = LoadBrief(text, "fuzz.yaml", playbook, &diagnostics);
  if (!brief.ok()) {
    if (brief.status().message().empty()) __builtin_trap();  // errors must say what
    return 0;
  }
  Assessment assessment = Assess(playbook, *brief);
  (void)AssessmentToJson(assessment).dump();
  (void)BuildKit(playbook, *brief);
  (void)BuildPlan(playbook, *brief);
  return 0;
}
