#include "engine/brief_risks.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/readiness.h"
#include "engine/ready_brief_for_test.h"
#include "engine/route_ranking.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

std::vector<Assessment::Risk> Risks(const Brief& b) {
  return FindBriefRisks(Pb(), b, DecideReadiness(Pb(), b), RankRoutes(Pb(), b));
}

const Assessment::Risk* Find(const std::vector<Assessment::Risk>& risks, const std::string& id) {
  auto it = std::find_if(risks.begin(), risks.end(), [&](const auto& r) { return r.id == id; });
  return it == risks.end() ? nullptr : &*it;
}

const std::string& Question(const std::string& id) {
  for (const RiskQuestion& q : Pb().risk_questions) {
    if (q.id == id) return q.question;
  }
  static const std::string kNone;
  return kNone;
}

// The risk fires, asks its playbook question, and explains with `why`.
void ExpectRisk(const Brief& b, const std::string& id, const std::string& why,
                const std::string& severity) {
  auto risks = Risks(b);
  const Assessment::Risk* r = Find(risks, id);
  ASSERT_NE(r, nullptr) << id;
  EXPECT_EQ(r->rule, "risk_question." + id);
  EXPECT_EQ(r->reason.rfind(Question(id), 0), 0u) << r->reason;
  EXPECT_NE(r->reason.find(why), std::string::npos) << r->reason;
  EXPECT_EQ(r->severity, severity);
}

TEST(BriefRisks, TheReadyBriefLeavesNoQuestionOpen) { EXPECT_TRUE(Risks(ReadyBrief()).empty()); }

TEST(BriefRisks, EvaluationIsOpenWithoutAMetric) {
  Brief b = ReadyBrief();
  b.metric = {};
  ExpectRisk(b, "evaluation", Pb().FindCriterion("metric_value")->Text("fail"), "medium");
}

TEST(BriefRisks, SourcesAreOpenWhenDataAccessFails) {
  Brief b = ReadyBrief();
  b.sources = {{"Claims", "requested", "regulated"}};
  ExpectRisk(b, "sources", "Claims (requested)", "high");
  b.sources = {{"CRM", "requested", "internal"}};
  ExpectRisk(b, "sources", "CRM (requested)", "medium");
}

TEST(BriefRisks, FallbackIsOpenWhenAWrongOutputIsUnacceptable) {
  Brief b = ReadyBrief();
  b.constraints.human_review = false;
  b.constraints.mistake_cost = "critical";
  ExpectRisk(b, "fallback", Pb().FindCriterion("mistake_tolerance")->Text("fail"), "high");
  b.constraints.mistake_cost = "high";  // acceptable without review
  EXPECT_EQ(Find(Risks(b), "fallback"), nullptr);
}

TEST(BriefRisks, SecurityIsOpenWithSensitiveData) {
  Brief b = ReadyBrief();
  b.sources.push_back({"Contracts", "available", "confidential"});
  ExpectRisk(b, "security", "Contracts (confidential)", "medium");
  b.constraints.regulated = true;
  ExpectRisk(b, "security", "Contracts (confidential)", "high");
}

TEST(BriefRisks, OwnershipIsOpenWithoutAnOwnerOrWithAnOutsidePartner) {
  Brief b = ReadyBrief();
  b.owner = {};
  ExpectRisk(b, "ownership", Pb().FindCriterion("owner")->Text("fail"), "high");
  Brief partner = ReadyBrief();
  partner.organisation = {false, false, "high", {"ai", "backend", "deployment"}, false};  // agency
  ExpectRisk(partner, "ownership", Pb().routes.partner_handoff.text, "medium");
}

TEST(BriefRisks, SecurityWithoutSensitiveSourcesNamesTheRegulatedSetting) {
  Brief b = ReadyBrief();
  b.constraints.regulated = true;
  for (DataSource& s : b.sources) s.sensitivity = "internal";
  const RiskQuestion* security = nullptr;
  for (const RiskQuestion& q : Pb().risk_questions) {
    if (q.id == "security") security = &q;
  }
  ASSERT_NE(security, nullptr);
  ExpectRisk(b, "security", security->brief_risk.regulated_setting, "high");
}

// The security sentences and every severity come from the playbook.
TEST(BriefRisks, EditedPlaybookTextsAndSeveritiesAreUsed) {
  Playbook pb = DefaultPlaybook();
  for (RiskQuestion& q : pb.risk_questions) {
    if (q.id == "security") {
      q.brief_risk.sensitive_data = "Handle with care: {sources}!";
      q.severity = "high";
    }
    if (q.id == "evaluation") q.severity = "high";
    if (q.id == "sources") q.escalated_severity = "medium";
  }
  Brief b = ReadyBrief();
  b.metric = {};
  b.sources.push_back({"Claims", "requested", "regulated"});
  auto risks = FindBriefRisks(pb, b, DecideReadiness(pb, b), RankRoutes(pb, b));
  const Assessment::Risk* security = Find(risks, "security");
  ASSERT_NE(security, nullptr);
  EXPECT_NE(security->reason.find("Handle with care: Claims (regulated)!"), std::string::npos)
      << security->reason;
  EXPECT_EQ(security->reason.find("sensitive data"), std::string::npos) << security->reason;
  EXPECT_EQ(security->severity, "high");
  ASSERT_NE(Find(risks, "evaluation"), nullptr);
  EXPECT_EQ(Find(risks, "evaluation")->severity, "high");
  ASSERT_NE(Find(risks, "sources"), nullptr);
  EXPECT_EQ(Find(risks, "sources")->severity, "medium");  // escalated, but edited down
}


TEST(BriefRisks, ActionsOpenAndEscalateTheSecurityQuestion) {
  Brief b = ReadyBrief();  // internal data only
  EXPECT_EQ(Find(Risks(b), "security"), nullptr);
  b.constraints.takes_actions = true;
  const std::vector<Assessment::Risk> risks = Risks(b);  // outlives the pointer into it
  const Assessment::Risk* acts = Find(risks, "security");
  ASSERT_NE(acts, nullptr);
  EXPECT_EQ(acts->severity, "high");
  EXPECT_NE(acts->reason.find(Pb().risk_questions[3].brief_risk.takes_actions), std::string::npos);
  // Confidential data alone is medium; with actions it is high.
  Brief confidential = ReadyBrief();
  confidential.sources.push_back({"HR files", "available", "confidential"});
  EXPECT_EQ(Find(Risks(confidential), "security")->severity, "medium");
  confidential.constraints.takes_actions = true;
  EXPECT_EQ(Find(Risks(confidential), "security")->severity, "high");
}

}  // namespace
}  // namespace firsthire
