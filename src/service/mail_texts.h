// The texts of the notification emails (notifications.h): built in from
// src/service/mail_texts.yaml, or read from a file of that shape
// (`serve --mail-texts FILE`; docs/notifications.md).
#ifndef FIRSTHIRE_SERVICE_MAIL_TEXTS_H_
#define FIRSTHIRE_SERVICE_MAIL_TEXTS_H_

#include <map>
#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::service {

struct MailText {
  std::string subject;
  std::string body;
};

// Texts by kind: invite, reset, assignment, reminder, scorecards_in,
// scorecard_reopened.
using MailTexts = std::map<std::string, MailText>;

// The built-in texts (src/service/mail_texts.yaml, embedded).
const MailTexts& DefaultMailTexts();

// A file of the built-in texts' shape, over them: every kind and field it
// gives replaces the built-in one. kInvalidInput with file, line and field
// for a malformed file, an unknown kind or a non-text value.
Result<MailTexts> LoadMailTexts(std::string_view yaml, const std::string& source_name);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_MAIL_TEXTS_H_
