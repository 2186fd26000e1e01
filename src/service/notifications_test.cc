#include "service/notifications.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "service/accounts.h"
#include "service/mail_texts.h"
#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

constexpr Millis kStart = 1'796'022'678'000;  // 2026-11-30 07:11 UTC
constexpr Millis kHour = 3'600'000;

class NotificationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url(), SchemaUpgrade::kApply, [this] { return now_; });
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    notifier_ = std::make_unique<Notifier>(
        NotifierSettings{.from = "hire@example.com", .from_name = "Acme hiring"},
        DefaultMailTexts(), [this] { return now_; });
    manager_ = User("maya@example.com", "Maya", "hiring_manager");
    ivan_ = User("ivan@example.com", "Ivan", "interviewer");
    olga_ = User("olga@example.com", "Olga", "interviewer");
    auto opening = store_->CreateOpening({.title = "AI engineer", .status = "open"}, manager_.id);
    ASSERT_TRUE(opening.ok());
    auto candidate =
        store_->CreateCandidate({.opening_id = opening->id, .name = "Ada Lovelace"}, manager_.id);
    ASSERT_TRUE(candidate.ok());
    candidate_ = *candidate;
  }

  store::User User(const std::string& email, const std::string& name, const std::string& role) {
    auto user = store_->CreateUser({.email = email, .name = name, .role = role}, "test");
    EXPECT_TRUE(user.ok());
    return user.ok() ? *user : store::User{};
  }

  store::StoredInterview Interview(const store::User& interviewer, Millis due_at) {
    auto interview = store_->CreateInterview({.candidate_id = candidate_.id,
                                              .interviewer_id = interviewer.id,
                                              .kind = "technical",
                                              .status = "scheduled",
                                              .due_at = due_at},
                                             manager_.id);
    EXPECT_TRUE(interview.ok());
    return interview.ok() ? *interview : store::StoredInterview{};
  }

  void Submit(const store::User& interviewer) {
    ASSERT_TRUE(store_
                    ->SaveScorecard({.candidate_id = candidate_.id,
                                     .interviewer_id = interviewer.id,
                                     .scores_json = "{}",
                                     .notes_json = "{}",
                                     .red_flags_json = "[]",
                                     .state = "submitted"},
                                    interviewer.id)
                    .ok());
  }

  std::vector<store::OutboxMail> Outbox() {
    auto all = store_->ListMail("", {.limit = 500});
    EXPECT_TRUE(all.ok());
    return all.ok() ? all->items : std::vector<store::OutboxMail>{};
  }

  Millis now_ = kStart;
  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<Notifier> notifier_;
  store::User manager_, ivan_, olga_;
  store::StoredCandidate candidate_;
};

TEST_F(NotificationsTest, AnInvitationIsQueuedWithItsLinkInTheSameTransaction) {
  AccountService accounts(
      *store_, [this] { return now_; }, notifier_.get());
  auto created =
      accounts.CreateUser({.email = "new@example.com", .name = "Nia", .role = "interviewer"},
                          manager_.id, "https://hire.example");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_TRUE(created->emailed);
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "invite");
  EXPECT_EQ(mails[0].recipient, "new@example.com");
  EXPECT_NE(mails[0].message.find(created->invite_url + "\r\n"), std::string::npos);
  EXPECT_NE(mails[0].message.find("Subject: You are invited to Acme hiring\r\n"),
            std::string::npos);
  EXPECT_NE(mails[0].message.find("Hello Nia,"), std::string::npos);
  // A refused account queues nothing.
  EXPECT_FALSE(accounts
                   .CreateUser({.email = "new@example.com", .role = "interviewer"}, manager_.id,
                               "https://hire.example")
                   .ok());
  EXPECT_EQ(Outbox().size(), 1u);
}

TEST_F(NotificationsTest, WithoutANotifierNothingIsQueuedAndTheAnswerSaysSo) {
  AccountService accounts(*store_, [this] { return now_; });
  auto created = accounts.CreateUser({.email = "new@example.com", .role = "interviewer"},
                                     manager_.id, "https://hire.example");
  ASSERT_TRUE(created.ok());
  EXPECT_FALSE(created->emailed);
  EXPECT_FALSE(accounts.emails_links());
  ASSERT_TRUE(accounts.IssueLink(ivan_.id, "reset", "https://hire.example", manager_.id).ok());
  EXPECT_TRUE(Outbox().empty());
}

TEST_F(NotificationsTest, AResetLinkIsEmailed) {
  AccountService accounts(
      *store_, [this] { return now_; }, notifier_.get());
  auto url = accounts.IssueLink(ivan_.id, "reset", "https://hire.example", manager_.id);
  ASSERT_TRUE(url.ok());
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "reset");
  EXPECT_NE(mails[0].message.find(*url), std::string::npos);
  EXPECT_EQ(accounts.IssueLink("no-such-user", "reset", "", manager_.id).status().code(),
            Code::kNotFound);
  EXPECT_EQ(Outbox().size(), 1u);
}

TEST_F(NotificationsTest, AnAssignmentCarriesAnIcsInvitationOnce) {
  store::StoredInterview interview = Interview(ivan_, kStart + 24 * kHour);
  ASSERT_TRUE(
      notifier_->QueueAssignment(*store_, interview, manager_.id, "https://h.example").ok());
  ASSERT_TRUE(
      notifier_->QueueAssignment(*store_, interview, manager_.id, "https://h.example").ok());
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);  // saving it again sends nothing new
  const std::string& text = mails[0].message;
  EXPECT_EQ(mails[0].recipient, "ivan@example.com");
  EXPECT_NE(text.find("Subject: Interview to score: Ada Lovelace (technical)"), std::string::npos);
  EXPECT_NE(text.find("2026-12-01 07:11 UTC"), std::string::npos);
  EXPECT_NE(text.find("https://h.example/candidates/" + candidate_.id), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/calendar; method=REQUEST; charset=UTF-8"),
            std::string::npos);
  // A new due time is a new invitation.
  interview.due_at += kHour;
  ASSERT_TRUE(
      notifier_->QueueAssignment(*store_, interview, manager_.id, "https://h.example").ok());
  EXPECT_EQ(Outbox().size(), 2u);
}

TEST_F(NotificationsTest, NoAssignmentMailWithoutAnInterviewerOrWhenCancelled) {
  store::StoredInterview open = Interview(ivan_, kStart);
  open.interviewer_id = "";
  ASSERT_TRUE(notifier_->QueueAssignment(*store_, open, manager_.id, "").ok());
  store::StoredInterview cancelled = Interview(ivan_, kStart);
  cancelled.status = "cancelled";
  ASSERT_TRUE(notifier_->QueueAssignment(*store_, cancelled, manager_.id, "").ok());
  EXPECT_TRUE(Outbox().empty());
}

TEST_F(NotificationsTest, ScorecardsInGoesToTheOpeningsCreatorWhenTheLastOneIsSubmitted) {
  // A later change by someone else does not make them its owner.
  auto opening = store_->GetOpening(candidate_.opening_id);
  ASSERT_TRUE(opening.ok());
  store::User hugo = User("hugo@example.com", "Hugo", "hiring_manager");
  ASSERT_TRUE(store_->UpdateOpening(*opening, hugo.id).ok());
  Interview(ivan_, kStart);
  Interview(olga_, kStart);
  Submit(ivan_);
  ASSERT_TRUE(notifier_->QueueIfScorecardsIn(*store_, candidate_.id, "https://h.example").ok());
  EXPECT_TRUE(Outbox().empty());  // Olga has not submitted
  Submit(olga_);
  ASSERT_TRUE(notifier_->QueueIfScorecardsIn(*store_, candidate_.id, "https://h.example").ok());
  ASSERT_TRUE(notifier_->QueueIfScorecardsIn(*store_, candidate_.id, "https://h.example").ok());
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "scorecards_in");
  EXPECT_EQ(mails[0].recipient, "maya@example.com");
  EXPECT_NE(mails[0].message.find("(2 in all)"), std::string::npos);
}

TEST_F(NotificationsTest, AnOverdueScorecardIsRemindedOnce) {
  Interview(ivan_, kStart + kHour);
  Interview(olga_, kStart + kHour);
  Submit(olga_);
  EXPECT_EQ(*notifier_->QueueOverdueReminders(*store_, kStart, "https://h.example"), 0);
  EXPECT_EQ(*notifier_->QueueOverdueReminders(*store_, kStart + kHour, "https://h.example"), 1);
  EXPECT_EQ(*notifier_->QueueOverdueReminders(*store_, kStart + 2 * kHour, "https://h.example"), 0);
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].kind, "reminder");
  EXPECT_EQ(mails[0].recipient, "ivan@example.com");  // Olga submitted hers
  EXPECT_NE(mails[0].message.find("Scorecard overdue: Ada Lovelace (technical)"),
            std::string::npos);
}

TEST(MailTextsTest, AFileReplacesOnlyWhatItGives) {
  auto texts = LoadMailTexts("invite:\n  subject: Welcome to {sender}\n", "texts.yaml");
  ASSERT_TRUE(texts.ok()) << texts.status().ToString();
  EXPECT_EQ(texts->at("invite").subject, "Welcome to {sender}");
  EXPECT_EQ(texts->at("invite").body, DefaultMailTexts().at("invite").body);
  EXPECT_EQ(texts->at("reminder").subject, DefaultMailTexts().at("reminder").subject);
  for (const char* kind : {"invite", "reset", "assignment", "reminder", "scorecards_in"}) {
    EXPECT_FALSE(DefaultMailTexts().at(kind).subject.empty()) << kind;
    EXPECT_FALSE(DefaultMailTexts().at(kind).body.empty()) << kind;
  }
}

TEST(MailTextsTest, AnUnknownKindOrFieldIsLocated) {
  auto kind = LoadMailTexts("invite:\n  subject: x\ninvitation:\n  subject: y\n", "texts.yaml");
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.status().code(), Code::kInvalidInput);
  EXPECT_NE(kind.status().message().find("unknown mail 'invitation'"), std::string::npos);
  EXPECT_EQ(kind.status().location().line, 4);  // where its mapping starts
  auto field = LoadMailTexts("reset:\n  title: x\n", "texts.yaml");
  ASSERT_FALSE(field.ok());
  EXPECT_NE(field.status().message().find("unknown field 'title'"), std::string::npos);
}

TEST_F(NotificationsTest, AReopenedScorecardTellsItsInterviewerOncePerReopening) {
  Submit(ivan_);
  auto reopened = store_->ReopenScorecard(candidate_.id, ivan_.id, manager_.id);
  ASSERT_TRUE(reopened.ok());
  ASSERT_TRUE(
      notifier_->QueueScorecardReopened(*store_, *reopened, manager_.id, "https://h.example").ok());
  ASSERT_TRUE(
      notifier_->QueueScorecardReopened(*store_, *reopened, manager_.id, "https://h.example").ok());
  std::vector<store::OutboxMail> mails = Outbox();
  ASSERT_EQ(mails.size(), 1u);  // the same reopening is told once
  EXPECT_EQ(mails[0].kind, "scorecard_reopened");
  EXPECT_EQ(mails[0].recipient, "ivan@example.com");
  const std::string& text = mails[0].message;
  EXPECT_NE(text.find("Subject: Your scorecard was reopened: Ada Lovelace"), std::string::npos);
  EXPECT_NE(text.find("Maya reopened your scorecard for Ada Lovelace"), std::string::npos);
  EXPECT_NE(text.find("https://h.example/candidates/" + candidate_.id + "/score"),
            std::string::npos);
  // Submitted and reopened again later: a new message.
  Submit(ivan_);
  now_ += kHour;
  reopened = store_->ReopenScorecard(candidate_.id, ivan_.id, manager_.id);
  ASSERT_TRUE(reopened.ok());
  ASSERT_TRUE(
      notifier_->QueueScorecardReopened(*store_, *reopened, manager_.id, "https://h.example").ok());
  EXPECT_EQ(Outbox().size(), 2u);
  // An erased candidate's interviewer hears nothing (a reopening not told before).
  ASSERT_TRUE(store_->EraseCandidate(candidate_.id, manager_.id).ok());
  store::StoredScorecard later = *reopened;
  later.updated_at += kHour;
  ASSERT_TRUE(
      notifier_->QueueScorecardReopened(*store_, later, manager_.id, "https://h.example").ok());
  EXPECT_EQ(Outbox().size(), 2u);
}

}  // namespace
}  // namespace firsthire::service
