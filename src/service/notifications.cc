#include "service/notifications.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "input/text_template.h"
#include "mail/icalendar.h"
#include "mail/message.h"
#include "mail/utc_time.h"
#include "store/secret_hash.h"

namespace firsthire::service {

// One message to queue: its kind, recipient, placeholder values, optional
// calendar and once-only key.
struct Notifier::Mail {
  std::string kind;
  store::User to;
  std::map<std::string, std::string> values;
  std::optional<mail::CalendarEvent> calendar;
  std::string dedup_key;
};

namespace {

// An invitation's SEQUENCE is its time in seconds since 2020-01-01, so a
// newer one of the same interview is higher (and fits an int until 2088).
constexpr Millis kSequenceEpoch = 1'577'836'800;

// "2026-11-30 14:00 UTC".
std::string DueText(Millis at) { return mail::FormatUtc(at, "%Y-%m-%d %H:%M UTC"); }

std::string CandidateLink(std::string_view link_base, const std::string& candidate_id) {
  return std::string(link_base) + "/candidates/" + candidate_id;
}

// Every interview of a candidate (a handful), or every interview at all.
Result<std::vector<store::StoredInterview>> AllInterviews(Store& store,
                                                          const InterviewFilter& filter) {
  std::vector<store::StoredInterview> all;
  for (std::int64_t offset = 0;;) {
    FH_ASSIGN_OR_RETURN(Listing<store::StoredInterview> page,
                        store.ListInterviews(filter, {.limit = 500, .offset = offset}));
    offset += static_cast<std::int64_t>(page.items.size());
    for (store::StoredInterview& interview : page.items) all.push_back(std::move(interview));
    if (page.items.empty() || offset >= page.total) return all;
  }
}

bool Counts(const store::StoredInterview& interview) {
  return !interview.interviewer_id.empty() && interview.status != "cancelled";
}

// Whether the interviewer's scorecard of the candidate is submitted.
Result<bool> Submitted(Store& store, const std::string& candidate_id,
                       const std::string& interviewer_id) {
  Result<store::StoredScorecard> card = store.GetScorecard(candidate_id, interviewer_id);
  if (!card.ok()) {
    if (card.status().code() == Code::kNotFound) return false;
    return card.status();
  }
  return card->state == "submitted";
}

// Who hears that a candidate's scorecards are in (see the header).
Result<std::vector<store::User>> HiringManagersOf(Store& store,
                                                  const store::StoredCandidate& candidate) {
  AuditFilter filter{.object_type = "opening", .object_id = candidate.opening_id};
  FH_ASSIGN_OR_RETURN(Listing<store::AuditEntry> newest, store.ListAudit(filter, {.limit = 1}));
  if (!candidate.opening_id.empty() && newest.total > 0) {
    // The opening's oldest audit entry is its creation (the log is newest first).
    FH_ASSIGN_OR_RETURN(Listing<store::AuditEntry> oldest,
                        store.ListAudit(filter, {.limit = 1, .offset = newest.total - 1}));
    for (const store::AuditEntry& entry : oldest.items) {
      if (entry.action != "opening.create") continue;
      Result<store::User> creator = store.GetUser(entry.actor);
      if (creator.ok() && creator->active &&
          (creator->role == "admin" || creator->role == "hiring_manager")) {
        return std::vector<store::User>{*creator};
      }
    }
  }
  std::vector<store::User> managers;
  for (std::int64_t offset = 0;;) {
    FH_ASSIGN_OR_RETURN(Listing<store::User> page,
                        store.ListUsers({.limit = 500, .offset = offset}));
    offset += static_cast<std::int64_t>(page.items.size());
    for (const store::User& user : page.items) {
      if (user.active && user.role == "hiring_manager") managers.push_back(user);
    }
    if (page.items.empty() || offset >= page.total) return managers;
  }
}

}  // namespace

Result<bool> Notifier::Queue(Store& store, const Mail& mail) const {
  auto text = texts_.find(mail.kind);
  if (text == texts_.end()) return Status::Internal("no mail text for " + mail.kind);
  std::map<std::string, std::string> values = mail.values;
  values["name"] = mail.to.name;
  values["sender"] = settings_.from_name;
  mail::Message message{.from = settings_.from,
                        .from_name = settings_.from_name,
                        .to = mail.to.email,
                        .to_name = mail.to.name,
                        .subject = FillTemplate(text->second.subject, values),
                        .body = FillTemplate(text->second.body, values)};
  if (mail.calendar) {
    message.attachment =
        mail::Attachment{.content_type = "text/calendar; method=REQUEST; charset=UTF-8",
                         .filename = "interview.ics",
                         .content = mail::InviteCalendar(*mail.calendar)};
  }
  Millis now = clock_();
  store::OutboxMail outbox{.kind = mail.kind,
                           .recipient = mail.to.email,
                           .message = mail::ComposeMessage(message, RandomHex(16), now),
                           .dedup_key = mail.dedup_key};
  return store.EnqueueMail(outbox);
}

Status Notifier::QueueAccountLink(Store& store, const store::User& user, const std::string& purpose,
                                  const std::string& link) const {
  return Queue(store, {.kind = purpose == "invite" ? "invite" : "reset",
                       .to = user,
                       .values = {{"link", link}}})
      .status();
}

Status Notifier::QueueAssignment(Store& store, const store::StoredInterview& interview,
                                 const std::string& organizer_id,
                                 std::string_view link_base) const {
  if (!Counts(interview)) return Status::Ok();
  FH_ASSIGN_OR_RETURN(store::User interviewer, store.GetUser(interview.interviewer_id));
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, store.GetCandidate(interview.candidate_id));
  if (!interviewer.active || candidate.erased) return Status::Ok();
  Millis start = interview.scheduled_at != 0 ? interview.scheduled_at : interview.due_at;
  Mail mail{.kind = "assignment",
            .to = interviewer,
            .values = {{"candidate", candidate.name},
                       {"interview", interview.kind},
                       {"due", interview.due_at != 0 ? DueText(interview.due_at) : "-"},
                       {"link", CandidateLink(link_base, candidate.id)}},
            .dedup_key = "assignment:" + interview.id + ":" + interviewer.id + ":" +
                         std::to_string(interview.scheduled_at) + ":" +
                         std::to_string(interview.due_at)};
  if (start != 0) {
    mail::Person organizer{.name = settings_.from_name, .email = settings_.from};
    if (Result<store::User> user = store.GetUser(organizer_id); user.ok()) {
      organizer = {.name = user->name, .email = user->email};
    }
    Millis now = clock_();
    mail.calendar = mail::CalendarEvent{
        .uid = "interview-" + interview.id + "@firsthire",
        .stamp = now,
        .start = start,
        .sequence = static_cast<int>(now / 1000 - kSequenceEpoch),
        .summary = "Interview: " + candidate.name + " (" + interview.kind + ")",
        .description = FillTemplate(texts_.at("assignment").subject, mail.values),
        .organizer = organizer,
        .attendee = {.name = interviewer.name, .email = interviewer.email}};
  }
  return Queue(store, mail).status();
}

Status Notifier::QueueIfScorecardsIn(Store& store, const std::string& candidate_id,
                                     std::string_view link_base) const {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredInterview> interviews,
                      AllInterviews(store, {.candidate_id = candidate_id}));
  std::set<std::string> interviewers;
  for (const store::StoredInterview& interview : interviews) {
    if (Counts(interview)) interviewers.insert(interview.interviewer_id);
  }
  if (interviewers.empty()) return Status::Ok();
  for (const std::string& interviewer : interviewers) {
    FH_ASSIGN_OR_RETURN(bool submitted, Submitted(store, candidate_id, interviewer));
    if (!submitted) return Status::Ok();
  }
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, store.GetCandidate(candidate_id));
  if (candidate.erased) return Status::Ok();
  FH_ASSIGN_OR_RETURN(std::vector<store::User> managers, HiringManagersOf(store, candidate));
  std::string count = std::to_string(interviewers.size());
  for (const store::User& manager : managers) {
    FH_RETURN_IF_ERROR(Queue(store, {.kind = "scorecards_in",
                                     .to = manager,
                                     .values = {{"candidate", candidate.name},
                                                {"count", count},
                                                {"link", CandidateLink(link_base, candidate.id)}},
                                     .dedup_key = "scorecards_in:" + candidate_id + ":" + count +
                                                  ":" + manager.id})
                           .status());
  }
  return Status::Ok();
}

Status Notifier::QueueScorecardReopened(Store& store, const store::StoredScorecard& card,
                                        const std::string& reopener_id,
                                        std::string_view link_base) const {
  FH_ASSIGN_OR_RETURN(store::User interviewer, store.GetUser(card.interviewer_id));
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, store.GetCandidate(card.candidate_id));
  if (!interviewer.active || candidate.erased) return Status::Ok();
  Result<store::User> reopener = store.GetUser(reopener_id);
  std::string manager = reopener.ok() && !reopener->name.empty() ? reopener->name : "a manager";
  return Queue(store, {.kind = "scorecard_reopened",
                       .to = interviewer,
                       .values = {{"candidate", candidate.name},
                                  {"manager", manager},
                                  {"link", CandidateLink(link_base, candidate.id) + "/score"}},
                       .dedup_key =
                           "scorecard_reopened:" + card.id + ":" + std::to_string(card.updated_at)})
      .status();
}

Result<int> Notifier::QueueOverdueReminders(Store& store, Millis now,
                                            std::string_view link_base) const {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredInterview> interviews, AllInterviews(store, {}));
  int queued = 0;
  for (const store::StoredInterview& interview : interviews) {
    if (!Counts(interview) || interview.due_at == 0 || interview.due_at > now) continue;
    FH_ASSIGN_OR_RETURN(bool submitted,
                        Submitted(store, interview.candidate_id, interview.interviewer_id));
    if (submitted) continue;
    FH_ASSIGN_OR_RETURN(store::User interviewer, store.GetUser(interview.interviewer_id));
    FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate,
                        store.GetCandidate(interview.candidate_id));
    if (!interviewer.active || candidate.erased) continue;
    std::string key =
        "reminder:" + interview.id + ":" + interviewer.id + ":" + std::to_string(interview.due_at);
    Mail mail{.kind = "reminder",
              .to = interviewer,
              .values = {{"candidate", candidate.name},
                         {"interview", interview.kind},
                         {"due", DueText(interview.due_at)},
                         {"link", CandidateLink(link_base, candidate.id)}},
              .dedup_key = key};
    FH_ASSIGN_OR_RETURN(bool fresh, Queue(store, mail));
    if (fresh) ++queued;
  }
  return queued;
}

}  // namespace firsthire::service
