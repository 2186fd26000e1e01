// Fuzzes the brief loader: any bytes must give a Brief or a located error,
// never a crash, a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthire/brief.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto brief = LoadBrief(text, "fuzz.yaml", DefaultPlaybook(), &diagnostics);
  if (!brief.ok() && brief.status().message().empty()) __builtin_trap();  // errors must say what
  return 0;
}
