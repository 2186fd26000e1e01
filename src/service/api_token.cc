#include "service/api_token.h"

#include <algorithm>

#include "store/secret_hash.h"

namespace firsthire::service {

Result<std::string> IssueApiToken(Store& store, const std::string& user_id, const std::string& name,
                                  const std::string& actor) {
  std::string raw = std::string(kApiTokenPrefix) + RandomHex(16);
  store::ApiToken token;
  token.token_hash = Sha256Hex(raw);
  token.user_id = user_id;
  token.name = name;
  FH_ASSIGN_OR_RETURN(store::ApiToken stored, store.CreateApiToken(token, actor));
  (void)stored;
  return raw;
}

bool LooksLikeApiToken(std::string_view token) {
  if (!token.starts_with(kApiTokenPrefix)) return false;
  token.remove_prefix(kApiTokenPrefix.size());
  return token.size() == 32 && std::all_of(token.begin(), token.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace firsthire::service
