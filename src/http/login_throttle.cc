#include "http/login_throttle.h"

namespace firsthire::http {

LoginThrottle::LoginThrottle(Store& store, ThrottlePolicy policy)
    : store_(store), policy_(policy) {}

std::string LoginThrottle::AccountKey(std::string_view email) {
  std::string key = "email:";
  for (char c : email) {
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

std::string LoginThrottle::AddressKey(std::string_view address) {
  return "addr:" + std::string(address);
}

Result<int> LoginThrottle::Check(std::string_view email, std::string_view address, Millis now) {
  int retry_after = static_cast<int>((policy_.window + 999) / 1000);
  FH_ASSIGN_OR_RETURN(int account, store_.LoginFailures(AccountKey(email), now, policy_.window));
  if (account >= policy_.max_failures_per_account) return retry_after;
  FH_ASSIGN_OR_RETURN(int by_address,
                      store_.LoginFailures(AddressKey(address), now, policy_.window));
  if (by_address >= policy_.max_failures_per_address) return retry_after;
  return 0;
}

Status LoginThrottle::RecordFailure(std::string_view email, std::string_view address, Millis now) {
  auto account = store_.RecordLoginFailure(AccountKey(email), now, policy_.window);
  if (!account.ok()) return account.status();
  auto by_address = store_.RecordLoginFailure(AddressKey(address), now, policy_.window);
  if (!by_address.ok()) return by_address.status();
  return Status::Ok();
}

Status LoginThrottle::RecordSuccess(std::string_view email) {
  return store_.ResetLoginFailures(AccountKey(email));
}

}  // namespace firsthire::http
