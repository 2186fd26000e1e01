#include "mail/outbox_sender.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace firsthire::mail {

Millis RetryDelay(const OutboxOptions& options, int attempts) {
  Millis delay = options.first_retry;
  for (int i = 1; i < attempts && delay < options.max_retry; ++i) delay *= 2;
  return std::min(delay, options.max_retry);
}

OutboxSender::OutboxSender(Store& store, Mailer& mailer, Clock clock, OutboxOptions options,
                           std::function<void()> before_round, Log log)
    : store_(store),
      mailer_(mailer),
      clock_(std::move(clock)),
      options_(std::move(options)),
      before_round_(std::move(before_round)),
      log_(std::move(log)) {}

OutboxSender::~OutboxSender() { Stop(); }

Result<int> OutboxSender::RunOnce() {
  if (before_round_) before_round_();
  int sent = 0;
  // One message per claim, so that a lease covers one conversation only.
  for (int i = 0; i < options_.batch; ++i) {
    FH_ASSIGN_OR_RETURN(std::vector<store::OutboxMail> claimed,
                        store_.ClaimMail(options_.sender_id, clock_(), options_.lease, 1));
    if (claimed.empty()) break;
    if (Deliver(claimed[0])) ++sent;
  }
  return sent;
}

bool OutboxSender::Deliver(const store::OutboxMail& mail) {
  Status delivered = mailer_.Send({.from = options_.from, .to = mail.recipient}, mail.message);
  store::MailOutcome outcome;
  outcome.sent = delivered.ok();
  Millis now = clock_();
  if (!delivered.ok()) {
    outcome.error = delivered.message();
    bool again = delivered.code() == Code::kUnavailable && mail.attempts < options_.max_attempts;
    outcome.retry_at = again ? now + RetryDelay(options_, mail.attempts) : 0;
    Report("firsthire: mail " + mail.id + " (" + mail.kind + ") to " + mail.recipient +
           " not sent, attempt " + std::to_string(mail.attempts) +
           (again ? ", trying again later: " : ", giving up: ") + delivered.message());
  }
  Status finished = store_.FinishMail(mail.id, options_.sender_id, outcome, now);
  if (!finished.ok()) {
    Report("firsthire: recording the outcome of mail " + mail.id +
           " failed: " + finished.ToString());
  }
  return delivered.ok();
}

void OutboxSender::Start() {
  thread_ = std::thread([this] { Loop(); });
}

void OutboxSender::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxSender::Wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  changed_.notify_all();
}

void OutboxSender::Report(const std::string& line) {
  if (log_) {
    log_(line);
  } else {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

void OutboxSender::Loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    woken_ = false;
    lock.unlock();
    Result<int> round = RunOnce();
    if (!round.ok()) {
      Report("firsthire: reading the mail outbox failed (trying again later): " +
             round.status().ToString());
    }
    lock.lock();
    changed_.wait_for(lock, options_.poll, [this] { return stopping_ || woken_; });
  }
}

}  // namespace firsthire::mail
