// LoginThrottle: slows password guessing without letting a guesser lock the
// real person out. Counters live in the Store (shared by every process).
//
// Three counters, each over a window (an hour by default) that starts at its
// first failure:
//   * per (account, client address): `free_failures_per_pair` failures, then
//     backoff: the k-th further attempt may start only `delay(1) + ... +
//     delay(k)` after the window began, delay(j) = first_delay * 2^(j-1)
//     capped at max_delay (30 s, 1 min, 2 min, ... 15 min);
//   * per client address (all accounts): the same, after
//     `free_failures_per_address` (higher: an office shares one address);
//   * per account (all addresses): at most `max_failures_per_account`
//     failures per window, a hard cap; with 50 per hour-long window no
//     sliding hour sees more than 100 (ASVS 2.2.1).
// So the person who owns an account still signs in from their own address
// while someone elsewhere guesses: only the guesser's address waits.
//
// Begin() checks and counts in one atomic step (Store::TakeLoginAttempt):
// the attempt is counted as failed before the password is verified, so N
// concurrent guesses cannot all pass one check. Succeeded() takes the count
// back for a correct password. A refused attempt costs no hashing work and is
// answered 429 with Retry-After.
#ifndef FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_
#define FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::http {

struct ThrottlePolicy {
  Millis window = 60LL * 60 * 1000;  // one hour
  int free_failures_per_pair = 5;
  int free_failures_per_address = 20;
  Millis first_delay = 30 * 1000;
  Millis max_delay = 15LL * 60 * 1000;
  int max_failures_per_account = 50;
};

class LoginThrottle {
 public:
  // `store` must outlive this object.
  explicit LoginThrottle(Store& store, ThrottlePolicy policy = {});

  // 0 when an attempt for `email` from `address` may go ahead (it is then
  // counted as a failure until Succeeded()); otherwise the whole seconds the
  // client should wait (for Retry-After, at least 1).
  Result<int> Begin(std::string_view email, std::string_view address, Millis now);

  // The attempt Begin() let through had the right password: clears the
  // (account, address) counter and takes the one failure back from the
  // address and account counters (failures by others stay counted).
  Status Succeeded(std::string_view email, std::string_view address);

  // The milliseconds to wait before one more attempt, given `counter` and
  // `free` failures allowed without delay (0: go ahead).
  Millis BackoffWait(const store::LoginCounter& counter, int free, Millis now) const;

  // The counter keys: "pair:<email>|<address>", "addr:<address>",
  // "email:<email>" (emails lower-cased).
  static std::vector<std::string> Keys(std::string_view email, std::string_view address);

 private:
  Store& store_;
  ThrottlePolicy policy_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_
