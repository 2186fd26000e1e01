// API tokens for scripts: "Authorization: Bearer fht_<32 hex>".
//
// 128 random bits behind a recognisable prefix (so secret scanners can spot
// leaked tokens). Only Sha256Hex(token) is stored; the raw token is shown
// once, when it is issued (`firsthire token create EMAIL`).
#ifndef FIRSTHIRE_SERVICE_API_TOKEN_H_
#define FIRSTHIRE_SERVICE_API_TOKEN_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

inline constexpr std::string_view kApiTokenPrefix = "fht_";

// Creates a token for `user_id` named `name` (e.g. "ci"), audited as
// `actor`; returns the raw token, which cannot be recovered later.
Result<std::string> IssueApiToken(Store& store, const std::string& user_id, const std::string& name,
                                  const std::string& actor);

// True for a string shaped like a token IssueApiToken makes.
bool LooksLikeApiToken(std::string_view token);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_API_TOKEN_H_
