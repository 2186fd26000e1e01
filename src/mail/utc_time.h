// Times as the mail formats write them, always in UTC.
#ifndef FIRSTHIRE_MAIL_UTC_TIME_H_
#define FIRSTHIRE_MAIL_UTC_TIME_H_

#include <string>

#include "firsthire/clock.h"

namespace firsthire::mail {

// `at` in UTC through strftime's `format` in the C locale (English day and
// month names), e.g. "%Y%m%dT%H%M%SZ" -> "20261130T071118Z".
std::string FormatUtc(Millis at, const char* format);

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_UTC_TIME_H_
