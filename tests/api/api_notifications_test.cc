// Notifications over HTTP (docs/notifications.md): with a notifier (serve
// --smtp) invitations, resets, assignments and the last scorecard queue
// emails in the outbox and the answers say a link was emailed; without one
// nothing is queued and the answers say so. Both backends.
#include <memory>
#include <string>
#include <vector>

#include "api_fixture.h"
#include "service/mail_texts.h"
#include "service/notifications.h"
#include "store/store.h"

namespace firsthire::apitest {
namespace {

std::vector<store::OutboxMail> Outbox(Store& store) {
  auto all = store.ListMail("", {.limit = 500});
  EXPECT_TRUE(all.ok());
  return all.ok() ? all->items : std::vector<store::OutboxMail>{};
}

// The one message of `kind` in `mails` (an empty one when there is none).
store::OutboxMail OfKind(const std::vector<store::OutboxMail>& mails, const std::string& kind) {
  for (const store::OutboxMail& mail : mails) {
    if (mail.kind == kind) return mail;
  }
  ADD_FAILURE() << "no " << kind << " mail";
  return {};
}

// Invites nia@example.com and asks for a reset link for Ivan, as the admin.
class NotificationsApiTest : public ApiTest {
 protected:
  Answer InviteNia() {
    Answer invited =
        Call("POST", "/api/v1/users",
             json{{"name", "Nia"}, {"email", "nia@example.com"}, {"role", "interviewer"}},
             admin_.caller);
    EXPECT_EQ(invited.status, 201) << invited.raw;
    return invited;
  }
  Answer SubmitIvans(const std::string& candidate_id) {
    return Call("POST", "/api/v1/candidates/" + candidate_id + "/scorecards", GoodScorecard(),
                interviewer_.caller);
  }
  Answer ReopenIvans(const std::string& candidate_id) {
    return Call("POST",
                "/api/v1/candidates/" + candidate_id + "/scorecards/" + interviewer_.id + "/reopen",
                std::nullopt, manager_.caller);
  }
  Answer ResetIvan() {
    Answer reset =
        Call("POST", "/api/v1/users/" + interviewer_.id + "/reset", std::nullopt, admin_.caller);
    EXPECT_EQ(reset.status, 200) << reset.raw;
    return reset;
  }
};

class ApiNotificationsOffTest : public NotificationsApiTest {};

TEST_P(ApiNotificationsOffTest, LinksAreShownNotEmailed) {
  EXPECT_EQ(InviteNia().body["emailed"], false);
  EXPECT_EQ(ResetIvan().body["emailed"], false);
  EXPECT_TRUE(Outbox(*store_).empty());
}

TEST_P(ApiNotificationsOffTest, AReopenedScorecardIsReopenedWithoutAnEmail) {
  std::string id = NewCandidate();
  ASSERT_EQ(SubmitIvans(id).status, 201);
  EXPECT_EQ(ReopenIvans(id).status, 200);
  EXPECT_TRUE(Outbox(*store_).empty());
}

class ApiNotificationsTest : public NotificationsApiTest {
 protected:
  http::ApiOptions AppOptions() const override { return {.notifier = &notifier_}; }

  service::Notifier notifier_{
      {.from = "hire@example.com"}, service::DefaultMailTexts(), SystemMillis};
};

TEST_P(ApiNotificationsTest, AnInvitationAndAResetAreEmailed) {
  Answer invited = InviteNia();
  EXPECT_EQ(invited.body["emailed"], true);
  Answer reset = ResetIvan();
  EXPECT_EQ(reset.body["emailed"], true);
  std::vector<store::OutboxMail> mails = Outbox(*store_);
  ASSERT_EQ(mails.size(), 2u);
  store::OutboxMail invite = OfKind(mails, "invite");
  EXPECT_EQ(invite.recipient, "nia@example.com");
  EXPECT_NE(invite.message.find(invited.body["invite_url"].get<std::string>()), std::string::npos);
  store::OutboxMail link = OfKind(mails, "reset");
  EXPECT_EQ(link.recipient, "ivan@example.com");
  EXPECT_NE(link.message.find(reset.body["reset_url"].get<std::string>()), std::string::npos);
}

TEST_P(ApiNotificationsTest, AnAssignmentIsEmailedWithItsIcsAndTheLastScorecardTellsTheManager) {
  std::string id = NewCandidate();
  Answer assigned = Call("POST", "/api/v1/interviews",
                         json{{"candidate_id", id},
                              {"interviewer_id", interviewer_.id},
                              {"kind", "technical"},
                              {"due_at", 1893456000000}},
                         manager_.caller);
  ASSERT_EQ(assigned.status, 201) << assigned.raw;
  std::vector<store::OutboxMail> mails = Outbox(*store_);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "assignment");
  EXPECT_EQ(mails[0].recipient, "ivan@example.com");
  EXPECT_NE(mails[0].message.find("Content-Type: text/calendar; method=REQUEST"),
            std::string::npos);
  // An update that changes neither interviewer nor time sends nothing new.
  Answer noted = Call("PATCH", "/api/v1/interviews/" + assigned.body.value("id", ""),
                      json{{"notes", "bring the take-home"}}, manager_.caller);
  ASSERT_EQ(noted.status, 200) << noted.raw;
  EXPECT_EQ(Outbox(*store_).size(), 1u);

  Answer submitted = Call("POST", "/api/v1/candidates/" + id + "/scorecards", GoodScorecard(),
                          interviewer_.caller);
  ASSERT_EQ(submitted.status, 201) << submitted.raw;
  mails = Outbox(*store_);
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(OfKind(mails, "scorecards_in").recipient, "hana@example.com");  // the only manager
}

TEST_P(ApiNotificationsTest, AReopenedScorecardIsEmailedToItsInterviewer) {
  std::string id = NewCandidate();
  ASSERT_EQ(SubmitIvans(id).status, 201);
  ASSERT_TRUE(Outbox(*store_).empty());  // no interview assigned: nothing "in" to tell
  ASSERT_EQ(ReopenIvans(id).status, 200);
  std::vector<store::OutboxMail> mails = Outbox(*store_);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "scorecard_reopened");
  EXPECT_EQ(mails[0].recipient, "ivan@example.com");
  EXPECT_NE(mails[0].message.find("Hana Manager reopened your scorecard for Grace Hopper"),
            std::string::npos);
  EXPECT_NE(mails[0].message.find("/candidates/" + id + "/score\r\n"), std::string::npos);
  // Refused (a draft has nothing to reopen): nothing more is queued.
  EXPECT_EQ(ReopenIvans(id).status, 409);
  EXPECT_EQ(Outbox(*store_).size(), 1u);
}

TEST_P(ApiNotificationsTest, AdminsSeeTheOutboxWithoutTheMessagesText) {
  Answer invited = InviteNia();
  Answer mail = Call("GET", "/api/v1/mail?state=pending", std::nullopt, admin_.caller);
  ASSERT_EQ(mail.status, 200) << mail.raw;
  ASSERT_EQ(mail.body["items"].size(), 1u);
  const json& item = mail.body["items"][0];
  EXPECT_EQ(item["kind"], "invite");
  EXPECT_EQ(item["recipient"], "nia@example.com");
  EXPECT_EQ(item["state"], "pending");
  EXPECT_EQ(item["attempts"], 0);
  EXPECT_FALSE(item.contains("message"));
  // The one-time link is in the message, never in this answer.
  EXPECT_EQ(mail.raw.find(invited.body["invite_url"].get<std::string>()), std::string::npos);
  EXPECT_EQ(Call("GET", "/api/v1/mail?state=sent", std::nullopt, admin_.caller).body["total"], 0);
  Answer bad = Call("GET", "/api/v1/mail?state=lost", std::nullopt, admin_.caller);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.body["error"]["field"], "state");
  EXPECT_EQ(Call("GET", "/api/v1/mail", std::nullopt, manager_.caller).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiNotificationsOffTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);
INSTANTIATE_TEST_SUITE_P(Backends, ApiNotificationsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace firsthire::apitest
