// Notifications: the emails the hiring loop sends, queued in the store's
// outbox (Store::EnqueueMail) on the Store the caller gives, so that inside
// Store::InTransaction a message is kept exactly when the change that
// causes it is (docs/notifications.md). Sending is the outbox sender's job
// (mail/outbox_sender.h); nothing here touches the network.
//
// What is sent, each text from the mail texts (mail_texts.yaml, or
// `serve --mail-texts FILE`):
//   invite / reset   the one-time link to set a password, to the user;
//   assignment       to the interviewer when an interview gets an
//                    interviewer or a new time, with an iCalendar invitation
//                    (.ics) whose event starts at scheduled_at (or, when the
//                    interview has no time, at due_at);
//   reminder         once per interview and due time, when the due time has
//                    passed and the interviewer's scorecard is not submitted;
//   scorecards_in    when every interviewer assigned to a candidate has
//                    submitted, to the opening's creator when they are an
//                    active admin or hiring manager, else to every active
//                    hiring manager; once per number of interviewers.
//   scorecard_reopened  to the interviewer when a manager reopens their
//                    submitted scorecard, with a link to the scorecard
//                    form; once per reopening.
// Threads: a Notifier is immutable; use it from any thread.
#ifndef FIRSTHIRE_SERVICE_NOTIFICATIONS_H_
#define FIRSTHIRE_SERVICE_NOTIFICATIONS_H_

#include <string>
#include <string_view>

#include "firsthire/clock.h"
#include "firsthire/status.h"
#include "service/mail_texts.h"
#include "store/store.h"

namespace firsthire::service {

struct NotifierSettings {
  std::string from;                     // the From address (serve --smtp-from)
  std::string from_name = "firsthire";  // its display name; {sender} in the texts
};

class Notifier {
 public:
  Notifier(NotifierSettings settings, MailTexts texts, Clock clock)
      : settings_(std::move(settings)), texts_(std::move(texts)), clock_(std::move(clock)) {}

  // The email with a one-time `link` ("invite" or "reset" as `purpose`).
  Status QueueAccountLink(Store& store, const store::User& user, const std::string& purpose,
                          const std::string& link) const;

  // The assignment of `interview` (as stored) to its interviewer, with its
  // .ics; `organizer_id` is who assigned it (a user id, or a name, then the
  // From address organizes). Nothing when the interview has no interviewer
  // or is cancelled; once per interviewer and time (a repeated save sends
  // nothing new). `link_base`: the service's address for the candidate link.
  Status QueueAssignment(Store& store, const store::StoredInterview& interview,
                         const std::string& organizer_id, std::string_view link_base) const;

  // After a scorecard of `candidate_id` was submitted: "scorecards_in" when
  // every interviewer assigned to the candidate has now submitted.
  Status QueueIfScorecardsIn(Store& store, const std::string& candidate_id,
                             std::string_view link_base) const;

  // After `reopener_id` reopened `card` (as the store answered it): tells
  // its interviewer the scorecard is theirs to change and submit again.
  // Nothing when the interviewer is inactive or the candidate erased.
  Status QueueScorecardReopened(Store& store, const store::StoredScorecard& card,
                                const std::string& reopener_id, std::string_view link_base) const;

  // A reminder for every interview whose due time is at or before `now`
  // and whose interviewer has not submitted; the number queued (reminders
  // queued before are not counted again).
  Result<int> QueueOverdueReminders(Store& store, Millis now, std::string_view link_base) const;

 private:
  struct Mail;
  // Queues `mail`; false when its dedup_key was used before.
  Result<bool> Queue(Store& store, const Mail& mail) const;

  NotifierSettings settings_;
  MailTexts texts_;
  Clock clock_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_NOTIFICATIONS_H_
