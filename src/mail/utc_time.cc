#include "mail/utc_time.h"

#include <ctime>

namespace firsthire::mail {

std::string FormatUtc(Millis at, const char* format) {
  std::time_t seconds = static_cast<std::time_t>(at / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[128];
  std::size_t size = std::strftime(text, sizeof text, format, &utc);
  return std::string(text, size);
}

}  // namespace firsthire::mail
