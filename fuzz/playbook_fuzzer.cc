// Fuzzes the playbook loader (a playbook is user-editable data).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthire/playbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto playbook = LoadPlaybook(text, "fuzz.yaml", &diagnostics);
  if (!playbook.ok() && diagnostics.errors().empty()) __builtin_trap();
  return 0;
}
