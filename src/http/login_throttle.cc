#include "http/login_throttle.h"

#include <algorithm>

namespace firsthire::http {
namespace {

std::string Lower(std::string_view text) {
  std::string out;
  for (char c : text) {
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

enum KeyIndex : std::size_t { kPair = 0, kAddress = 1, kAccount = 2 };

}  // namespace

LoginThrottle::LoginThrottle(Store& store, ThrottlePolicy policy)
    : store_(store), policy_(policy) {}

std::vector<std::string> LoginThrottle::Keys(std::string_view email, std::string_view address) {
  std::string account = Lower(email);
  return {"pair:" + account + "|" + std::string(address), "addr:" + std::string(address),
          "email:" + account};
}

Millis LoginThrottle::BackoffWait(const store::LoginCounter& counter, int free, Millis now) const {
  if (counter.failures < free) return 0;
  Millis allowed_at = counter.window_start;
  Millis delay = policy_.first_delay;
  for (int k = free; k <= counter.failures; ++k) {
    allowed_at += std::min(delay, policy_.max_delay);
    if (delay < policy_.max_delay) delay *= 2;
    if (allowed_at - counter.window_start >= policy_.window) break;  // window ends first
  }
  return std::max<Millis>(0, allowed_at - now);
}

Result<int> LoginThrottle::Begin(std::string_view email, std::string_view address, Millis now) {
  auto wait = [&](const std::vector<store::LoginCounter>& counters) -> Millis {
    Millis longest =
        std::max(BackoffWait(counters[kPair], policy_.free_failures_per_pair, now),
                 BackoffWait(counters[kAddress], policy_.free_failures_per_address, now));
    const store::LoginCounter& account = counters[kAccount];
    if (account.failures >= policy_.max_failures_per_account) {
      longest = std::max(longest, account.window_start + policy_.window - now);
    }
    return longest;
  };
  FH_ASSIGN_OR_RETURN(Millis millis,
                      store_.TakeLoginAttempt(Keys(email, address), now, policy_.window, wait));
  if (millis <= 0) return 0;
  return static_cast<int>(std::max<Millis>(1, (millis + 999) / 1000));
}

Status LoginThrottle::Succeeded(std::string_view email, std::string_view address) {
  std::vector<std::string> keys = Keys(email, address);
  FH_RETURN_IF_ERROR(store_.ResetLoginFailures(keys[kPair]));
  return store_.ForgiveLoginAttempt({keys[kAddress], keys[kAccount]});
}

}  // namespace firsthire::http
