#include "engine/route_ranking.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "engine/ready_brief_for_test.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

Brief WithOrganisation(Brief::Organisation org) {
  Brief b = ReadyBrief();
  b.organisation = std::move(org);
  return b;
}

const Assessment::RouteScore& ScoreOf(const Assessment::Route& r, const std::string& route) {
  auto it = std::find_if(r.ranking.begin(), r.ranking.end(),
                         [&](const auto& s) { return s.route == route; });
  EXPECT_NE(it, r.ranking.end()) << route;
  return *it;
}

bool HasReason(const Assessment::RouteScore& s, const std::string& rule) {
  return std::any_of(s.reasons.begin(), s.reasons.end(),
                     [&](const auto& r) { return r.rule == rule; });
}

TEST(RouteRanking, RanksAllFourRoutesBestFirstWithScoresThatAddUp) {
  auto r = RankRoutes(Pb(), WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi, OrganisationNeed::kBackend}, false}));
  ASSERT_EQ(r.ranking.size(), 4u);
  std::set<std::string> ids;
  for (size_t i = 0; i < r.ranking.size(); ++i) {
    const auto& s = r.ranking[i];
    ids.insert(s.route);
    double sum = Pb().FindRoute(s.route)->base;
    for (const auto& reason : s.reasons) {
      sum += reason.points;
      EXPECT_FALSE(reason.reason.empty());
    }
    EXPECT_DOUBLE_EQ(s.score, sum) << s.route;
    if (i > 0) {
      EXPECT_GE(r.ranking[i - 1].score, s.score);
    }
  }
  EXPECT_EQ(ids,
            (std::set<std::string>{"freelancer", "agency", "direct_hire", "contract_to_hire"}));
  EXPECT_EQ(r.recommended, r.ranking.front().route);
}

// docs/product.md section 5, best fit of each route.
TEST(RouteRanking, FreelancerFitsTechnicalLeadershipAndANarrowScope) {
  auto r = RankRoutes(Pb(), WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi}, false}));
  EXPECT_EQ(r.recommended, "freelancer");
  EXPECT_EQ(r.breadth, "narrow");
  EXPECT_TRUE(HasReason(ScoreOf(r, "freelancer"), "route.freelancer.oversight"));
  ASSERT_TRUE(r.partner_handoff.has_value());
  EXPECT_EQ(r.partner_handoff->rule, Pb().routes.partner_handoff.rule);
}

TEST(RouteRanking, AgencyFitsBroadNeedsNoLeadershipAndUrgency) {
  auto r = RankRoutes(
      Pb(), WithOrganisation({false, false, Urgency::kHigh, {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment, OrganisationNeed::kQa}, false}));
  EXPECT_EQ(r.recommended, "agency");
  EXPECT_EQ(r.breadth, "broad");
  const auto& agency = ScoreOf(r, "agency");
  for (std::string rule : {"route.agency.broad", "route.agency.urgent",
                           "route.agency.no_leadership", "route.agency.not_core"}) {
    EXPECT_TRUE(HasReason(agency, rule)) << rule;
  }
  EXPECT_TRUE(r.partner_handoff.has_value());
}

TEST(RouteRanking, DirectHireFitsAiAsTheEdgeWithLeadershipAndTime) {
  auto r = RankRoutes(Pb(), WithOrganisation({true, true, Urgency::kLow, {OrganisationNeed::kAi, OrganisationNeed::kBackend}, false}));
  EXPECT_EQ(r.recommended, "direct_hire");
  EXPECT_TRUE(HasReason(ScoreOf(r, "direct_hire"), "route.direct_hire.core"));
  EXPECT_FALSE(r.partner_handoff.has_value());
}

TEST(RouteRanking, ContractToHireFitsAWishForATrial) {
  auto r = RankRoutes(Pb(), WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi, OrganisationNeed::kBackend}, true}));
  EXPECT_EQ(r.recommended, "contract_to_hire");
  EXPECT_TRUE(HasReason(ScoreOf(r, "contract_to_hire"), "route.contract_to_hire.trial"));
  EXPECT_FALSE(r.partner_handoff.has_value());
}

TEST(RouteRanking, WithoutLeadershipAMarketplaceIsPenalised) {
  auto with = RankRoutes(Pb(), WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi}, false}));
  auto without = RankRoutes(Pb(), WithOrganisation({false, false, Urgency::kMedium, {OrganisationNeed::kAi}, false}));
  EXPECT_LT(ScoreOf(without, "freelancer").score, ScoreOf(with, "freelancer").score);
  EXPECT_TRUE(HasReason(ScoreOf(without, "freelancer"), "route.freelancer.no_leadership"));
}

TEST(RouteRanking, ValuesTheBriefDoesNotGiveNeverMatch) {
  auto r = RankRoutes(Pb(), WithOrganisation({}));
  EXPECT_EQ(r.breadth, "unknown");
  for (const auto& s : r.ranking) {
    EXPECT_TRUE(s.reasons.empty()) << s.route;
    EXPECT_DOUBLE_EQ(s.score, Pb().FindRoute(s.route)->base);
  }
}

TEST(RouteRanking, EqualScoresKeepPlaybookOrder) {
  auto r = RankRoutes(Pb(), WithOrganisation({}));
  std::vector<std::string> order;
  for (const auto& s : r.ranking) order.push_back(s.route);
  EXPECT_EQ(order, Pb().RouteIds());
}

TEST(RouteRanking, BreadthFollowsThePlaybookThreshold) {
  Brief b = WithOrganisation({});
  b.organisation.needs = {OrganisationNeed::kAi, OrganisationNeed::kBackend};
  EXPECT_EQ(SkillBreadth(Pb(), b), Pb().routes.broad_needs_threshold <= 2 ? "broad" : "narrow");
  Playbook low = Pb();
  low.routes.broad_needs_threshold = 2;
  EXPECT_EQ(SkillBreadth(low, b), "broad");
  b.organisation.needs = {OrganisationNeed::kAi};
  EXPECT_EQ(SkillBreadth(low, b), "narrow");
}

TEST(RouteRanking, ConditionsNeedEveryPartToHold) {
  RouteCondition when;
  when.technical_leadership = true;
  when.urgency = {Urgency::kHigh, Urgency::kMedium};
  when.breadth = "narrow";
  Brief b = WithOrganisation({true, std::nullopt, Urgency::kMedium, {OrganisationNeed::kAi}, std::nullopt});
  EXPECT_TRUE(RouteConditionHolds(when, b, "narrow"));
  EXPECT_FALSE(RouteConditionHolds(when, b, "broad"));
  EXPECT_FALSE(RouteConditionHolds(when, b, "unknown"));
  b.organisation.urgency = Urgency::kLow;
  EXPECT_FALSE(RouteConditionHolds(when, b, "narrow"));
  b.organisation.urgency = std::nullopt;
  EXPECT_FALSE(RouteConditionHolds(when, b, "narrow"));
  b.organisation.urgency = Urgency::kHigh;
  b.organisation.technical_leadership = std::nullopt;
  EXPECT_FALSE(RouteConditionHolds(when, b, "narrow"));
  EXPECT_TRUE(RouteConditionHolds(RouteCondition{}, b, "unknown"));  // no condition: always
}

TEST(RouteRanking, ABaseScoreShiftsTheRanking) {
  Playbook biased = Pb();
  for (auto& route : biased.routes.routes) {
    if (route.id == "direct_hire") route.base = 100;
  }
  auto r = RankRoutes(biased, WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi}, false}));
  EXPECT_EQ(r.recommended, "direct_hire");
}


TEST(RouteRanking, RegulatedDataOrACriticalCostTakesTheFreelancerFitAway) {
  Brief b = WithOrganisation({true, false, Urgency::kMedium, {OrganisationNeed::kAi}, false});  // freelancer first
  ASSERT_EQ(RankRoutes(Pb(), b).recommended, "freelancer");
  for (int variant = 0; variant < 2; ++variant) {
    Brief risky = b;
    if (variant == 0) risky.constraints.mistake_cost = MistakeCost::kCritical;
    if (variant == 1) risky.sources.push_back({"Claims", DataAccess::kAvailable, DataSensitivity::kRegulated});
    Assessment::Route r = RankRoutes(Pb(), risky);
    EXPECT_NE(r.recommended, "freelancer") << variant;
    EXPECT_EQ(r.ranking.back().route, "freelancer") << variant;
    EXPECT_FALSE(r.ranking.back().fit);
    EXPECT_TRUE(HasReason(r.ranking.back(), "route.freelancer.uncontained_risk"));
  }
  EXPECT_TRUE(ScoreOf(RankRoutes(Pb(), b), "freelancer").fit);
}

TEST(RouteRanking, TheTimelineMovesTheSpeedFactors) {
  Brief b = ReadyBrief();
  b.constraints.timeline_weeks = 8;
  Assessment::Route tight = RankRoutes(Pb(), b);
  EXPECT_TRUE(HasReason(ScoreOf(tight, "direct_hire"), "route.direct_hire.tight_timeline"));
  EXPECT_TRUE(HasReason(ScoreOf(tight, "agency"), "route.agency.tight_timeline"));
  b.constraints.timeline_weeks = 30;
  Assessment::Route long_timeline = RankRoutes(Pb(), b);
  EXPECT_TRUE(HasReason(ScoreOf(long_timeline, "direct_hire"), "route.direct_hire.long_timeline"));
  EXPECT_FALSE(HasReason(ScoreOf(long_timeline, "agency"), "route.agency.tight_timeline"));
  b.constraints.timeline_weeks.reset();
  Assessment::Route none = RankRoutes(Pb(), b);
  EXPECT_FALSE(HasReason(ScoreOf(none, "direct_hire"), "route.direct_hire.tight_timeline"));
  EXPECT_FALSE(HasReason(ScoreOf(none, "direct_hire"), "route.direct_hire.long_timeline"));
}

}  // namespace
}  // namespace firsthire
