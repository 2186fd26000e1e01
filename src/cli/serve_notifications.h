// The notification emails of `firsthire serve` (docs/notifications.md):
// from --smtp URL (or FIRSTHIRE_SMTP_URL), --smtp-from ADDRESS and
// --mail-texts FILE, the Notifier the API queues with and the outbox sender
// that delivers, with the overdue-reminder sweep once a minute.
#ifndef FIRSTHIRE_CLI_SERVE_NOTIFICATIONS_H_
#define FIRSTHIRE_CLI_SERVE_NOTIFICATIONS_H_

#include <memory>
#include <string>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {
class Notifier;
}  // namespace firsthire::service

namespace firsthire {

struct NotificationOptions {
  std::string smtp_url;    // "" = FIRSTHIRE_SMTP_URL, and when that is unset too: off
  std::string from;        // required with an SMTP URL
  std::string texts_file;  // "" = the built-in texts
};

// The notifier `options` describe, without a sender: what `firsthire user
// reset` queues the reset email with (the server's sender delivers it).
// Null when notifications are off (no --smtp and no FIRSTHIRE_SMTP_URL);
// kInvalidInput naming the option when they are malformed. Prints nothing.
Result<std::unique_ptr<service::Notifier>> NotifierFromOptions(const NotificationOptions& options);

class ServeNotifications {
 public:
  // Checks the options (kInvalidInput naming the option) and, with an SMTP
  // URL, prepares the notifier and the outbox sender on `store` (which must
  // outlive this). Prints one line to stderr saying whether emails are
  // sent, and where.
  static Result<std::unique_ptr<ServeNotifications>> Create(Store& store,
                                                            const NotificationOptions& options);
  ~ServeNotifications();

  // What the API queues with; null when notifications are off.
  const service::Notifier* notifier() const;

  // Starts the sender (nothing when off). `link_base` starts the links of
  // reminders, which no request carries (the public URL, or the address
  // the server listens on). Call once.
  void StartSending(const std::string& link_base);
  // Stops the sender (a message being sent finishes first).
  void Stop();

 private:
  struct Parts;
  explicit ServeNotifications(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_SERVE_NOTIFICATIONS_H_
