#include "http/hashing_gate.h"

namespace firsthire::http {

HashingGate::Pass::~Pass() {
  if (gate_ != nullptr) gate_->Leave();
}

std::optional<HashingGate::Pass> HashingGate::Enter() {
  std::unique_lock lock(mu_);
  if (running_ >= options_.slots) {
    if (waiting_ >= options_.queue) return std::nullopt;
    ++waiting_;
    freed_.wait(lock, [this] { return running_ < options_.slots; });
    --waiting_;
  }
  ++running_;
  return Pass(this);
}

void HashingGate::Leave() {
  {
    std::lock_guard lock(mu_);
    --running_;
  }
  freed_.notify_one();
}

Response HashingGate::Busy() {
  Response busy =
      ErrorResponse(503, "busy", "the server is busy with other sign-ins; try again in a moment");
  busy.SetHeader("Retry-After", "1");
  return busy;
}

int HashingGate::running() const {
  std::lock_guard lock(mu_);
  return running_;
}

int HashingGate::waiting() const {
  std::lock_guard lock(mu_);
  return waiting_;
}

}  // namespace firsthire::http
