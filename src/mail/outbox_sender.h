// OutboxSender: delivers the store's mail outbox (Store::ClaimMail) through
// a Mailer, with retries and back-off, so nothing is lost while the mail
// server is down (docs/notifications.md). `firsthire serve` runs one when
// SMTP is configured; several servers on one database may each run one:
// a message is claimed by one sender at a time.
//
// A round: `before_round` (e.g. queue overdue reminders), then up to
// `batch` times: claim one due message and send it. A message the server accepted is "sent". A
// failure the mailer calls temporary (kUnavailable) is tried again after
// first_retry, doubling up to max_retry, until max_attempts; a permanent one
// (any other code) or the last attempt marks it "failed" with the error.
// Start() runs rounds on a thread every `poll` (the first at once); Stop()
// and the destructor wake it and wait for it.
#ifndef FIRSTHIRE_MAIL_OUTBOX_SENDER_H_
#define FIRSTHIRE_MAIL_OUTBOX_SENDER_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "firsthire/clock.h"
#include "firsthire/status.h"
#include "mail/mailer.h"
#include "store/store.h"

namespace firsthire::mail {

struct OutboxOptions {
  std::string sender_id;  // unique per process, e.g. "host:pid"
  std::string from;       // the envelope sender (serve --smtp-from)
  // How long a claim of one message lasts: longer than a whole conversation
  // can take (up to about 16 steps of the SMTP timeout each).
  Millis lease = 15 * 60 * 1000;
  int batch = 20;  // messages sent per round at most
  Millis first_retry = 60 * 1000;
  Millis max_retry = 60 * 60 * 1000;
  int max_attempts = 30;  // about a day of retries at the defaults
  std::chrono::milliseconds poll{5000};
};

// When attempt number `attempts` (1 = the first) has failed temporarily:
// the delay before the next, first_retry doubled per attempt, at most
// max_retry.
Millis RetryDelay(const OutboxOptions& options, int attempts);

class OutboxSender {
 public:
  using Log = std::function<void(std::string_view line)>;

  // `store` and `mailer` must outlive the sender; `log` receives one line
  // per failure (null: stderr).
  OutboxSender(Store& store, Mailer& mailer, Clock clock, OutboxOptions options,
               std::function<void()> before_round = nullptr, Log log = nullptr);
  ~OutboxSender();
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // One round on the caller's thread: the number of messages sent, or the
  // store's error when nothing could be claimed.
  Result<int> RunOnce();

  void Start();
  // Stops and joins the thread (a round under way finishes first).
  void Stop();
  // Runs a round soon (e.g. right after a message was queued).
  void Wake();

 private:
  void Loop();
  // Sends one claimed message and records the outcome; whether it was sent.
  bool Deliver(const store::OutboxMail& mail);
  void Report(const std::string& line);

  Store& store_;
  Mailer& mailer_;
  const Clock clock_;
  const OutboxOptions options_;
  const std::function<void()> before_round_;
  const Log log_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_OUTBOX_SENDER_H_
