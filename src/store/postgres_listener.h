// PostgresListener: a thread holding its own PostgreSQL connection that
// LISTENs on a few channels and invalidates the cache subscribed to each for
// every notification on it, so that a write by any process on the database
// (a logout, a revoked token, a role change, a deactivation; a candidate
// written) reaches this one's caches as soon as it is committed and the
// notification arrives. While the connection is down every cache is switched
// off (every lookup goes to the database) and the thread reconnects every
// second. Destroying the listener stops the thread.
//
// The window: PostgreSQL delivers a notification after the commit that
// raised it, to this thread's socket. A request that starts between the
// commit and the thread's Invalidate (well under a millisecond on one host,
// the time for the notification to cross the connection) may still be
// answered from the cache; the writer's own answer has usually not reached
// its client by then.
#ifndef FIRSTHIRE_STORE_POSTGRES_LISTENER_H_
#define FIRSTHIRE_STORE_POSTGRES_LISTENER_H_

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "store/change_feed.h"

namespace firsthire {

// The channel SqlStore notifies after a write that changes credentials.
inline constexpr char kCredentialsChannel[] = "firsthire_credentials";
// The channel the candidates' counting trigger notifies (migration 8).
inline constexpr char kCandidatesChannel[] = "firsthire_candidates";

class PostgresListener : public ChangeFeed {
 public:
  // A channel and the cache its notifications invalidate.
  struct Subscription {
    std::string channel;
    ChangeListener* listener;
  };

  // Starts listening on `url`; each listener must outlive this object.
  PostgresListener(std::string url, std::vector<Subscription> subscriptions);
  ~PostgresListener() override;
  PostgresListener(const PostgresListener&) = delete;
  PostgresListener& operator=(const PostgresListener&) = delete;

 private:
  void Loop();
  void SetListening(bool listening);

  std::string url_;
  const std::vector<Subscription> subscriptions_;
  std::atomic<bool> stopping_{false};
  int wake_;  // an eventfd the destructor writes to end the wait
  std::thread thread_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_POSTGRES_LISTENER_H_
