#include "firsthire/clock.h"

#include <chrono>

namespace firsthire {

Millis SystemMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace firsthire
