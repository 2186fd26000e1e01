#include "service/account_links.h"

#include "service/password.h"
#include "store/secret_hash.h"

namespace firsthire::service {

Result<std::string> IssueAccountLink(Store& store, const std::string& user_id,
                                     const std::string& purpose, std::string_view base_url,
                                     const std::string& actor, Millis now) {
  std::string token = RandomHex(16);
  store::AccountLink link;
  link.token_hash = Sha256Hex(token);
  link.user_id = user_id;
  link.purpose = purpose;
  link.expires_at = now + kAccountLinkLifetime;
  FH_RETURN_IF_ERROR(store.IssueAccountLink(link, actor));
  return std::string(base_url) + "/set-password?token=" + token;
}

Result<store::User> SetPasswordFromLink(Store& store, std::string_view token,
                                        std::string_view password, Millis now) {
  if (Status policy = CheckPasswordPolicy(password); !policy.ok()) {
    return Status::InvalidInput(policy.message(), {.field = "password"});
  }
  if (token.empty() || token.size() > 256) {
    return Status::InvalidInput("this link is incomplete", {.field = "token"});
  }
  FH_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  Result<store::User> user = store.RedeemAccountLink(Sha256Hex(token), hash, now);
  if (!user.ok() && user.status().code() == Code::kNotFound) {
    return Status::InvalidInput("this link is unknown, used, replaced by a newer one or expired",
                                {.field = "token"});
  }
  return user;
}

Result<std::string> NormalizePublicUrl(std::string_view url) {
  std::string text(url);
  while (!text.empty() && text.back() == '/') text.pop_back();
  std::size_t scheme = text.starts_with("https://") ? 8 : text.starts_with("http://") ? 7 : 0;
  if (scheme == 0 || text.size() == scheme) {
    return Status::InvalidInput(
        "--public-url must be an http:// or https:// URL, e.g. "
        "https://hire.example.com");
  }
  for (unsigned char c : text) {
    if (c <= ' ' || c == 0x7f || c == '?' || c == '#') {
      return Status::InvalidInput(
          "--public-url must not contain spaces, control characters, a query or a fragment");
    }
  }
  return text;
}

}  // namespace firsthire::service
