#include "store/credential_cache.h"

namespace firsthire {

void CredentialCache::Invalidate() {
  std::lock_guard<std::mutex> lock(mutex_);
  generation_.fetch_add(1);
  sessions_.clear();
  users_.clear();
  users_by_token_.clear();
}

void CredentialCache::SetListening(bool listening) {
  // Whatever was cached may have missed changes while the feed was down.
  if (listening != listening_.load()) Invalidate();
  listening_.store(listening);
}

template <typename T>
std::optional<T> CredentialCache::Find(Map<T>& map, const std::string& key) {
  if (!listening_.load()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  if (Clock::now() - it->second.stored_at >= ttl_) {
    map.erase(it);
    return std::nullopt;
  }
  return it->second.value;
}

template <typename T>
void CredentialCache::Put(Map<T>& map, const std::string& key, const T& value,
                          std::uint64_t generation) {
  if (!listening_.load()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  // Read before a change was announced: the value may be the old one.
  if (generation != generation_.load()) return;
  if (map.size() >= capacity_) map.clear();
  map[key] = Entry<T>{value, Clock::now()};
}

std::optional<store::Session> CredentialCache::FindSession(const std::string& token_hash,
                                                           Millis now) {
  std::optional<store::Session> session = Find(sessions_, token_hash);
  if (session && session->expires_at <= now) return std::nullopt;
  return session;
}

void CredentialCache::PutSession(const store::Session& session, std::uint64_t generation) {
  Put(sessions_, session.token_hash, session, generation);
}

void CredentialCache::TouchSession(const std::string& token_hash, Millis last_seen_at,
                                   Millis expires_at) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = sessions_.find(token_hash);
  if (it == sessions_.end()) return;
  it->second.value.last_seen_at = last_seen_at;
  it->second.value.expires_at = expires_at;
}

std::optional<store::User> CredentialCache::FindUser(const std::string& id) {
  return Find(users_, id);
}

void CredentialCache::PutUser(const store::User& user, std::uint64_t generation) {
  Put(users_, user.id, user, generation);
}

std::optional<store::User> CredentialCache::FindUserByToken(const std::string& token_hash) {
  return Find(users_by_token_, token_hash);
}

void CredentialCache::PutUserByToken(const std::string& token_hash, const store::User& user,
                                     std::uint64_t generation) {
  Put(users_by_token_, token_hash, user, generation);
}

}  // namespace firsthire
