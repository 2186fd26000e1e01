// PostgresListener: a thread holding its own PostgreSQL connection that
// LISTENs on kCredentialsChannel and invalidates a CredentialCache for every
// notification, so that a logout, a revoked token, a role change or a
// deactivation written by any process on the database reaches this one's
// cache as soon as it is committed. While the connection is down the cache
// is switched off (every lookup goes to the database) and the thread
// reconnects every second. Destroying the listener stops the thread.
#ifndef FIRSTHIRE_STORE_POSTGRES_LISTENER_H_
#define FIRSTHIRE_STORE_POSTGRES_LISTENER_H_

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "store/credential_cache.h"

namespace firsthire {

// The channel SqlStore notifies after a write that changes credentials.
inline constexpr char kCredentialsChannel[] = "firsthire_credentials";

class PostgresListener : public CredentialChangeFeed {
 public:
  // Starts listening on `url` for `cache` (which must outlive this object).
  PostgresListener(std::string url, CredentialCache& cache);
  ~PostgresListener() override;
  PostgresListener(const PostgresListener&) = delete;
  PostgresListener& operator=(const PostgresListener&) = delete;

 private:
  void Loop();

  std::string url_;
  CredentialCache& cache_;
  std::atomic<bool> stopping_{false};
  int wake_;  // an eventfd the destructor writes to end the wait
  std::thread thread_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_POSTGRES_LISTENER_H_
