#include "store/postgres_listener.h"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <vector>

namespace firsthire {
namespace {

// Waits up to `timeout_ms` for the connection's socket (or `wake`, when
// not -1) to be readable. False when the connection failed.
bool WaitReadable(PGconn* conn, int wake, int timeout_ms) {
  pollfd fds[2] = {{PQsocket(conn), POLLIN, 0}, {wake, POLLIN, 0}};
  if (fds[0].fd < 0) return false;
  int ready = poll(fds, wake >= 0 ? 2 : 1, timeout_ms);
  return ready >= 0 && (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) == 0;
}

PGconn* ConnectAndListen(const std::string& url,
                         const std::vector<PostgresListener::Subscription>& subscriptions) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr) return nullptr;
  bool listening = PQstatus(conn) == CONNECTION_OK;
  for (const PostgresListener::Subscription& subscription : subscriptions) {
    if (!listening) break;
    PGresult* result = PQexec(conn, ("LISTEN " + subscription.channel).c_str());
    listening = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
  }
  if (listening) return conn;
  PQfinish(conn);
  return nullptr;
}

}  // namespace

PostgresListener::PostgresListener(std::string url, std::vector<Subscription> subscriptions)
    : url_(std::move(url)),
      subscriptions_(std::move(subscriptions)),
      wake_(eventfd(0, EFD_CLOEXEC)) {
  thread_ = std::thread([this] { Loop(); });
}

PostgresListener::~PostgresListener() {
  stopping_.store(true);
  if (wake_ >= 0) {
    std::uint64_t one = 1;
    (void)!write(wake_, &one, sizeof one);
  }
  if (thread_.joinable()) thread_.join();
  if (wake_ >= 0) close(wake_);
}

void PostgresListener::SetListening(bool listening) {
  for (const Subscription& subscription : subscriptions_) {
    subscription.listener->SetListening(listening);
  }
}

void PostgresListener::Loop() {
  constexpr int kPollMs = 200;  // a stop wakes the wait at once (wake_)
  PGconn* conn = nullptr;
  int retry_wait_ms = 0;
  while (!stopping_.load()) {
    if (conn == nullptr) {
      if (retry_wait_ms > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
        retry_wait_ms -= kPollMs;
        continue;
      }
      conn = ConnectAndListen(url_, subscriptions_);
      if (conn == nullptr) {
        retry_wait_ms = 1000;
        continue;
      }
      SetListening(true);
    }
    bool alive = WaitReadable(conn, wake_, kPollMs) && PQconsumeInput(conn) == 1;
    std::vector<bool> changed(subscriptions_.size(), false);
    while (PGnotify* notify = PQnotifies(conn)) {
      for (std::size_t i = 0; i < subscriptions_.size(); ++i) {
        if (subscriptions_[i].channel == notify->relname) changed[i] = true;
      }
      PQfreemem(notify);
    }
    for (std::size_t i = 0; i < subscriptions_.size(); ++i) {
      if (changed[i]) subscriptions_[i].listener->Invalidate();
    }
    if (!alive || PQstatus(conn) != CONNECTION_OK) {
      SetListening(false);
      PQfinish(conn);
      conn = nullptr;
      retry_wait_ms = 1000;
    }
  }
  if (conn != nullptr) PQfinish(conn);
  SetListening(false);
}

}  // namespace firsthire
