#include "cli/serve_notifications.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>

#include "firsthire/input_file.h"
#include "mail/outbox_sender.h"
#include "mail/smtp_client.h"
#include "mail/smtp_url.h"
#include "service/email_address.h"
#include "service/notifications.h"
#include "store/secret_hash.h"

namespace firsthire {

namespace {
constexpr Millis kReminderInterval = 60 * 1000;
}  // namespace

struct ServeNotifications::Parts {
  Store* store = nullptr;
  std::unique_ptr<service::Notifier> notifier;
  std::unique_ptr<mail::SmtpClient> client;
  mail::OutboxOptions outbox;
  std::unique_ptr<mail::OutboxSender> sender;
};

ServeNotifications::ServeNotifications(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

ServeNotifications::~ServeNotifications() { Stop(); }

const service::Notifier* ServeNotifications::notifier() const { return parts_->notifier.get(); }

void ServeNotifications::StartSending(const std::string& link_base) {
  if (!parts_->notifier || parts_->sender) return;
  // Reminders are looked for once a minute, not at every poll.
  auto last_sweep = std::make_shared<Millis>(0);
  Store& store = *parts_->store;
  const service::Notifier* notifier = parts_->notifier.get();
  auto before_round = [&store, notifier, last_sweep, link_base] {
    Millis now = SystemMillis();
    if (now - *last_sweep < kReminderInterval) return;
    *last_sweep = now;
    Result<int> queued = notifier->QueueOverdueReminders(store, now, link_base);
    if (!queued.ok()) {
      std::fprintf(stderr, "firsthire: looking for overdue scorecards failed: %s\n",
                   queued.status().ToString().c_str());
    }
  };
  parts_->sender = std::make_unique<mail::OutboxSender>(store, *parts_->client, SystemMillis,
                                                        parts_->outbox, before_round);
  parts_->sender->Start();
}

void ServeNotifications::Stop() {
  if (parts_->sender) parts_->sender->Stop();
}

namespace {

// The options once checked; `notifier` null when notifications are off.
struct ResolvedNotifications {
  std::unique_ptr<service::Notifier> notifier;
  mail::SmtpSettings settings;
  std::string from;
};

Result<ResolvedNotifications> Resolve(const NotificationOptions& options) {
  std::string url = options.smtp_url;
  if (url.empty()) {
    const char* variable = std::getenv("FIRSTHIRE_SMTP_URL");
    if (variable != nullptr) url = variable;
  }
  ResolvedNotifications resolved;
  if (url.empty()) {
    if (!options.from.empty() || !options.texts_file.empty()) {
      return Status::InvalidInput(
          "--smtp-from and --mail-texts need --smtp (or FIRSTHIRE_SMTP_URL)");
    }
    return resolved;
  }
  FH_ASSIGN_OR_RETURN(resolved.settings, mail::ParseSmtpUrl(url));
  if (options.from.empty()) {
    return Status::InvalidInput("--smtp needs --smtp-from ADDRESS, the address emails come from");
  }
  Result<std::string> from = service::NormalizeEmail(options.from);
  if (!from.ok()) return Status::InvalidInput("--smtp-from: " + from.status().message());
  resolved.from = *from;
  service::MailTexts texts = service::DefaultMailTexts();
  if (!options.texts_file.empty()) {
    FH_ASSIGN_OR_RETURN(std::string text, ReadInputFile(options.texts_file, 1 << 20));
    FH_ASSIGN_OR_RETURN(texts, service::LoadMailTexts(text, options.texts_file));
  }
  resolved.notifier = std::make_unique<service::Notifier>(
      service::NotifierSettings{.from = *from}, std::move(texts), SystemMillis);
  return resolved;
}

}  // namespace

Result<std::unique_ptr<service::Notifier>> NotifierFromOptions(const NotificationOptions& options) {
  FH_ASSIGN_OR_RETURN(ResolvedNotifications resolved, Resolve(options));
  return std::move(resolved.notifier);
}

Result<std::unique_ptr<ServeNotifications>> ServeNotifications::Create(
    Store& store, const NotificationOptions& options) {
  FH_ASSIGN_OR_RETURN(ResolvedNotifications resolved, Resolve(options));
  auto parts = std::make_unique<Parts>();
  if (!resolved.notifier) {
    std::fprintf(stderr,
                 "firsthire: notifications are off (no --smtp or FIRSTHIRE_SMTP_URL): invitation "
                 "and reset links are shown to the admin, not emailed\n");
    return std::unique_ptr<ServeNotifications>(new ServeNotifications(std::move(parts)));
  }
  const mail::SmtpSettings& settings = resolved.settings;
  parts->notifier = std::move(resolved.notifier);
  char host[256] = {0};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  parts->client = std::make_unique<mail::SmtpClient>(settings, host[0] ? host : "localhost");
  parts->store = &store;
  parts->outbox = {
      .sender_id = std::string(host) + ":" + std::to_string(getpid()) + ":" + RandomHex(4),
      .from = resolved.from,
      // A claim outlives the longest conversation the timeout allows.
      .lease = std::max<Millis>(15 * 60 * 1000, Millis{20} * settings.timeout_seconds * 1000),
      .poll = std::chrono::milliseconds(2000)};
  std::fprintf(stderr, "firsthire: notifications are on: emails go through %s from %s\n",
               mail::DescribeSmtp(settings).c_str(), resolved.from.c_str());
  return std::unique_ptr<ServeNotifications>(new ServeNotifications(std::move(parts)));
}

}  // namespace firsthire
