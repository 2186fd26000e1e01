#include "http/session.h"

#include <algorithm>

#include "store/secret_hash.h"

namespace firsthire::http {

Sessions::Sessions(Store& store, SessionPolicy policy) : store_(store), policy_(policy) {}

bool Sessions::LooksLikeToken(std::string_view token) {
  return token.size() == 32 && std::all_of(token.begin(), token.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Result<IssuedSession> Sessions::Start(const std::string& user_id, Millis now) {
  IssuedSession issued;
  issued.token = RandomHex(16);
  issued.csrf_token = RandomHex(16);
  issued.expires_at = now + std::min(policy_.idle_lifetime, policy_.absolute_lifetime);
  store::Session session;
  session.token_hash = Sha256Hex(issued.token);
  session.user_id = user_id;
  session.csrf_token = issued.csrf_token;
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = issued.expires_at;
  FH_RETURN_IF_ERROR(store_.CreateSession(session));
  return issued;
}

Result<store::Session> Sessions::Resume(std::string_view token, Millis now) {
  if (!LooksLikeToken(token)) return Status::NotFound("no such session");
  FH_ASSIGN_OR_RETURN(store::Session session, store_.FindSession(Sha256Hex(token), now));
  Millis hard_end = session.created_at + policy_.absolute_lifetime;
  if (now >= hard_end) {
    (void)store_.DeleteSession(session.token_hash);
    return Status::NotFound("session expired");
  }
  if (now - session.last_seen_at >= policy_.touch_interval) {
    Millis expires_at = std::min(now + policy_.idle_lifetime, hard_end);
    Status touched = store_.TouchSession(session.token_hash, now, expires_at);
    if (touched.ok()) {
      session.last_seen_at = now;
      session.expires_at = expires_at;
    } else if (touched.code() != Code::kNotFound) {
      return touched;
    } else {
      return Status::NotFound("session ended");
    }
  }
  return session;
}

Status Sessions::End(std::string_view token) {
  if (!LooksLikeToken(token)) return Status::Ok();
  return store_.DeleteSession(Sha256Hex(token));
}

}  // namespace firsthire::http
