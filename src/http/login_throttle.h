// LoginThrottle: limits password guessing, per account and per client
// address, with counters kept in the Store (shared by every process).
//
// Before a password is checked, Check() refuses when the account has
// `max_failures_per_account` failures in the current window, or the address
// `max_failures_per_address` (higher: many people may share one office
// address). A refused attempt is not verified at all (no hashing work) and
// is answered 429 with Retry-After = the window length (an upper bound).
// A successful sign-in clears the account's counter, never the address's.
#ifndef FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_
#define FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::http {

struct ThrottlePolicy {
  int max_failures_per_account = 5;
  int max_failures_per_address = 20;
  Millis window = 15LL * 60 * 1000;  // 15 minutes
};

class LoginThrottle {
 public:
  // `store` must outlive this object.
  explicit LoginThrottle(Store& store, ThrottlePolicy policy = {});

  // 0 when an attempt for `email` from `address` may proceed; otherwise the
  // seconds the client should wait (for Retry-After).
  Result<int> Check(std::string_view email, std::string_view address, Millis now);

  // Counts one failed attempt against both the account and the address.
  Status RecordFailure(std::string_view email, std::string_view address, Millis now);

  // Clears the account's counter after a successful sign-in.
  Status RecordSuccess(std::string_view email);

  // The counter keys: "email:<lower-cased email>", "addr:<address>".
  static std::string AccountKey(std::string_view email);
  static std::string AddressKey(std::string_view address);

 private:
  Store& store_;
  ThrottlePolicy policy_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_LOGIN_THROTTLE_H_
