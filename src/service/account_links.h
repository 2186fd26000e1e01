// One-time links to set a password, shared by the API (POST /users,
// POST /users/{id}/reset, POST /password) and `firsthire user reset`.
//
// A link is `<base>/set-password?token=<token>`: the token is 128 random
// bits; the store keeps only its SHA-256 (Store::IssueAccountLink). It works
// once, for kAccountLinkLifetime, and dies when a newer link is issued for
// the same user or the password is set any other way.
#ifndef FIRSTHIRE_SERVICE_ACCOUNT_LINKS_H_
#define FIRSTHIRE_SERVICE_ACCOUNT_LINKS_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

inline constexpr Millis kAccountLinkLifetime = 72LL * 60 * 60 * 1000;  // 72 hours

// Issues a new link for `user_id` ("invite" or "reset" as `purpose`),
// replacing the user's earlier one, and answers its URL. `base_url` is the
// service's address without a trailing slash (e.g. https://hire.example.com).
// Errors: the store's (kNotFound for an unknown user).
Result<std::string> IssueAccountLink(Store& store, const std::string& user_id,
                                     const std::string& purpose, std::string_view base_url,
                                     const std::string& actor, Millis now);

// Sets the password of the link's user once: kInvalidInput (field
// "password") for a password outside CheckPasswordPolicy, or (field
// "token") for an unknown, used, replaced or expired link. The user's other
// sessions and API tokens end (Store::RedeemAccountLink).
Result<store::User> SetPasswordFromLink(Store& store, std::string_view token,
                                        std::string_view password, Millis now);

// kInvalidInput unless `url` is an http:// or https:// URL with a host and
// no query or fragment; answers it without a trailing slash.
Result<std::string> NormalizePublicUrl(std::string_view url);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_ACCOUNT_LINKS_H_
