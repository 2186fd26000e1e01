// Clock: where firsthire reads the time from.
//
// Everything that stamps or compares times (the store's created_at and audit
// entries, sessions, one-time links, due interviews) takes a Clock instead of
// reading the system time itself, so tests can set the time. Time is
// milliseconds since the Unix epoch, UTC.
#ifndef FIRSTHIRE_CLOCK_H_
#define FIRSTHIRE_CLOCK_H_

#include <cstdint>
#include <functional>

namespace firsthire {

using Millis = std::int64_t;  // milliseconds since 1970-01-01T00:00:00Z

// Answers "now". Must be callable from any thread.
using Clock = std::function<Millis()>;

// The system's wall clock: the Clock used outside tests.
Millis SystemMillis();

}  // namespace firsthire

#endif  // FIRSTHIRE_CLOCK_H_
