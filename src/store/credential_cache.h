// CredentialCache: what a request's credentials resolve to (a session, the
// user behind a session or an API token), kept in memory for a short time so
// that an unchanged session or token costs no database round trip.
//
// An entry is used only while all of these hold:
//   - the change feed is up (SetListening(true)): some other process may
//     change credentials, and the feed (a PostgreSQL LISTEN connection, see
//     postgres_listener.h; on SQLite a look at the file's change counter
//     before each lookup, see sqlite_change_watch.h) is how this process learns of
//     it;
//   - no change was announced since the entry was read (a generation
//     counter: Invalidate() bumps it and drops every entry; the feed
//     (change_feed.h) calls it for each notification, this process's own
//     writes call it at once);
//   - it is younger than the time-to-live (`ttl`, a few seconds): the bound
//     on staleness for a change that announced nothing (SQL typed by hand).
// Lookups and stores are thread-safe. The cache holds at most `capacity`
// entries of each kind; when full it starts empty again.
#ifndef FIRSTHIRE_STORE_CREDENTIAL_CACHE_H_
#define FIRSTHIRE_STORE_CREDENTIAL_CACHE_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "store/change_feed.h"
#include "store/store.h"

namespace firsthire {

class CredentialCache : public ChangeListener {
 public:
  using Clock = std::chrono::steady_clock;

  explicit CredentialCache(std::chrono::milliseconds ttl = std::chrono::seconds(5),
                           std::size_t capacity = 20000)
      : ttl_(ttl), capacity_(capacity) {}

  // The generation to pass to the Put* calls: read it before the database
  // read whose result is stored, so a change announced meanwhile wins.
  std::uint64_t Generation() const { return generation_.load(); }
  // Drops every entry; entries read before this call are not stored.
  void Invalidate() override;
  void SetListening(bool listening) override;
  bool listening() const { return listening_.load(); }

  // A live session (expires_at > now) for `token_hash`, if cached.
  std::optional<store::Session> FindSession(const std::string& token_hash, Millis now);
  void PutSession(const store::Session& session, std::uint64_t generation);
  // Keeps a cached session's times in step with a touch this process wrote.
  void TouchSession(const std::string& token_hash, Millis last_seen_at, Millis expires_at);

  std::optional<store::User> FindUser(const std::string& id);
  void PutUser(const store::User& user, std::uint64_t generation);

  std::optional<store::User> FindUserByToken(const std::string& token_hash);
  void PutUserByToken(const std::string& token_hash, const store::User& user,
                      std::uint64_t generation);

 private:
  template <typename T>
  struct Entry {
    T value;
    Clock::time_point stored_at;
  };
  template <typename T>
  using Map = std::unordered_map<std::string, Entry<T>>;

  template <typename T>
  std::optional<T> Find(Map<T>& map, const std::string& key);
  template <typename T>
  void Put(Map<T>& map, const std::string& key, const T& value, std::uint64_t generation);

  const std::chrono::milliseconds ttl_;
  const std::size_t capacity_;
  std::atomic<std::uint64_t> generation_{0};
  std::atomic<bool> listening_{false};
  std::mutex mutex_;
  Map<store::Session> sessions_;
  Map<store::User> users_;
  Map<store::User> users_by_token_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_CREDENTIAL_CACHE_H_
