// Team coverage, gaps, principle warnings and EvaluateTeam, on the default
// playbook, with teams built in code.
#include "firsthire/team.h"

#include <gtest/gtest.h>

#include <map>

#include "engine/team_coverage.h"
#include "engine/team_principles.h"

namespace firsthire {
namespace {

const Playbook& P() { return DefaultPlaybook(); }

TeamMember Member(std::string name, std::map<std::string, int> traits, std::optional<bool> codes = {},
                  std::string role = "") {
  TeamMember m;
  m.name = std::move(name);
  m.levels.assign(P().traits.size(), 0);
  for (const auto& [id, level] : traits) {
    for (size_t t = 0; t < P().traits.size(); ++t) {
      if (P().traits[t].id == id) m.levels[t] = static_cast<uint8_t>(level);
    }
  }
  m.codes = codes;
  m.role = std::move(role);
  return m;
}

size_t Trait(const std::string& id) {
  for (size_t t = 0; t < P().traits.size(); ++t) {
    if (P().traits[t].id == id) return t;
  }
  ADD_FAILURE() << "no trait " << id;
  return 0;
}

std::vector<std::string> WarningIds(const TeamRecord& r) {
  std::vector<std::string> ids;
  for (const auto& w : r.warnings) ids.push_back(w.id);
  return ids;
}

TEST(TeamCoverageTest, SpecExampleCoversAllSixTraits) {
  // A first hire covering domain expertise, data intuition and software
  // engineering, then a designer and a product manager.
  Team team;
  team.members = {Member("First hire", {{"domain_expertise", 4}, {"data_intuition", 3},
                                        {"software_engineering", 4}, {"meta", 3}}, true),
                  Member("Designer", {{"design", 4}, {"meta", 3}}),
                  Member("Product manager", {{"product_sense", 4}, {"meta", 3}})};
  TeamRecord r = EvaluateTeam(P(), team, {});
  EXPECT_TRUE(r.gaps.empty());
  for (size_t t = 0; t < P().traits.size(); ++t) EXPECT_GE(r.coverage.levels[t], P().team.gap_bar);
  EXPECT_TRUE(r.coverage.domain_coder);  // the first hire is a domain expert who codes
}

TEST(TeamCoverageTest, DomainCoderBonusOnlyForADomainExpertWhoCodes) {
  auto score = [](TeamMember m) {
    Team team;
    team.members = {std::move(m)};
    return EvaluateTeam(P(), team, {}).coverage;
  };
  double bonus = P().team.domain_coder_weight;
  ASSERT_GT(bonus, 0);
  int min = P().team.domain_coder_min_level;
  std::map<std::string, int> expert = {{"domain_expertise", min}, {"software_engineering", 3}};
  std::map<std::string, int> novice = {{"domain_expertise", min - 1}, {"software_engineering", 3}};
  TeamCoverage codes = score(Member("A", expert, true));
  TeamCoverage no_code = score(Member("B", expert, false));
  TeamCoverage too_low = score(Member("C", novice, true));
  TeamCoverage inferred = score(Member("D", expert));  // software_engineering 3: codes
  EXPECT_TRUE(codes.domain_coder);
  EXPECT_FALSE(no_code.domain_coder);
  EXPECT_FALSE(too_low.domain_coder);
  EXPECT_TRUE(inferred.domain_coder);
  EXPECT_NEAR(codes.score - no_code.score, bonus, 1e-12);
  EXPECT_NEAR(inferred.score, codes.score, 1e-12);
  Playbook off = P();
  off.team.domain_coder_weight = 0;
  Team team;
  team.members = {Member("A", expert, true)};
  EXPECT_NEAR(EvaluateTeam(off, team, {}).coverage.score, no_code.score, 1e-12);
}

TEST(TeamBestHiresTest, TheDomainExpertWhoCodesBeatsAnOtherwiseEqualCandidate) {
  Team team;
  team.members = {Member("Designer", {{"design", 4}, {"meta", 3}})};
  CandidatePool pool(P().TraitIds());
  std::map<std::string, int> traits = {{"domain_expertise", 4}, {"software_engineering", 3}};
  TeamMember m = Member("x", traits);
  pool.Add("no_code", "No code", m.levels.data(), 100, false);
  pool.Add("codes", "Codes", m.levels.data(), 100, true);
  TeamRequest req;
  req.pool = &pool;
  TeamRecord r = EvaluateTeam(P(), team, req);
  ASSERT_TRUE(r.best_hires.has_value());
  const BestHires& bh = *r.best_hires;
  EXPECT_EQ(bh.picks, (std::vector<std::string>{"codes"}));
  ASSERT_EQ(bh.reasons.size(), 1u);
  EXPECT_NE(bh.reasons[0].reason.find("domain expert who codes"), std::string::npos);
  // objective == coverage.score of the team with the pick, bonus included
  Team with = team;
  with.members.push_back(Member("codes", traits, true));
  TeamRecord after = EvaluateTeam(P(), with, {});
  EXPECT_TRUE(after.coverage.domain_coder);
  EXPECT_NEAR(bh.objective, after.coverage.score, 1e-9);
  EXPECT_NEAR(bh.reasons[0].gain, bh.objective - r.coverage.score, 1e-9);
  // With the bonus already earned, no reason names it.
  team.members.push_back(Member("Expert", {{"domain_expertise", 5}}, true));
  TeamRecord earned = EvaluateTeam(P(), team, req);
  for (const auto& reason : earned.best_hires->reasons) {
    EXPECT_EQ(reason.reason.find("domain expert who codes"), std::string::npos);
  }
}

TEST(TeamCoverageTest, SpecExampleWithoutTheLaterHiresHasGapsTheyFill) {
  Team team;
  team.members = {Member("First hire", {{"domain_expertise", 4}, {"data_intuition", 3},
                                        {"software_engineering", 4}, {"meta", 3}}, true)};
  TeamRecord r = EvaluateTeam(P(), team, {});
  std::vector<std::string> gaps;
  for (const auto& g : r.gaps) gaps.push_back(g.trait);
  EXPECT_EQ(gaps, (std::vector<std::string>{"product_sense", "design"}));
  for (const auto& g : r.gaps) {
    EXPECT_EQ(g.rule, "team.gap");
    EXPECT_NE(g.reason.find(P().FindTrait(g.trait)->title), std::string::npos);
  }
}

TEST(TeamCoverageTest, ScoreIsWeightedBestPlusCappedDepth) {
  Team team;
  team.members = {Member("A", {{"design", 5}}), Member("B", {{"design", 4}}),
                  Member("C", {{"design", 2}})};
  TeamRecord r = EvaluateTeam(P(), team, {});
  const TeamRules& rules = P().team;
  double expected = P().FindTrait("design")->weight *
                    (5 + rules.depth_weight * std::min(4, rules.depth_cap));
  EXPECT_NEAR(r.coverage.score, expected, 1e-12);
  EXPECT_EQ(r.coverage.levels[Trait("design")], 5);
  EXPECT_EQ(r.coverage.depth[Trait("design")], 4);
}

TEST(TeamCoverageTest, AddingAMemberNeverLowersTheScoreAndTheSecondCountsLess) {
  Team team;
  team.members = {Member("A", {{"meta", 3}})};
  double one = EvaluateTeam(P(), team, {}).coverage.score;
  team.members.push_back(Member("B", {{"meta", 3}}));
  double two = EvaluateTeam(P(), team, {}).coverage.score;
  team.members.push_back(Member("C", {{"meta", 3}}));
  double three = EvaluateTeam(P(), team, {}).coverage.score;
  EXPECT_GT(two, one);
  EXPECT_LT(two - one, one);          // depth counts less than the first person
  EXPECT_NEAR(three, two, 1e-12);     // a third adds nothing on that trait
}

TEST(TeamCoverageTest, GapBarFromThePlaybook) {
  Playbook pb = P();
  Team team;
  team.members = {Member("A", {{"design", 3}})};
  EXPECT_EQ(EvaluateTeam(pb, team, {}).gaps.size(), 5u);
  pb.team.gap_bar = 4;
  EXPECT_EQ(EvaluateTeam(pb, team, {}).gaps.size(), 6u);
}

// --- principles: each fires on its case, and not on the others ---

Team GoodTeam() {
  // Three generalists, one a domain expert who codes, no researcher, no gaps.
  Team team;
  team.members = {Member("Ana", {{"domain_expertise", 4}, {"software_engineering", 4}, {"meta", 3}}, true),
                  Member("Bo", {{"product_sense", 4}, {"design", 3}, {"meta", 3}}),
                  Member("Cy", {{"data_intuition", 4}, {"software_engineering", 3}})};
  return team;
}

TEST(TeamPrinciplesTest, AGoodSmallTeamRaisesNoWarning) {
  EXPECT_TRUE(EvaluateTeam(P(), GoodTeam(), {}).warnings.empty());
}

TEST(TeamPrinciplesTest, GeneralistsFirstFiresOnAnEarlySpecialistOnly) {
  Team team = GoodTeam();
  team.members.push_back(Member("Dee", {{"design", 5}}));
  TeamRecord r = EvaluateTeam(P(), team, {});
  ASSERT_EQ(WarningIds(r), (std::vector<std::string>{"generalists_first"}));
  EXPECT_EQ(r.warnings[0].rule, "team.principle.generalists_first");
  EXPECT_NE(r.warnings[0].reason.find("Dee"), std::string::npos);
  EXPECT_FALSE(r.warnings[0].what_to_do.empty());
  // A large team may have specialists.
  Playbook pb = P();
  pb.team.early_team_size = 4;
  EXPECT_TRUE(EvaluateTeam(pb, team, {}).warnings.empty());
}

TEST(TeamPrinciplesTest, EngineeringBeforeResearchFiresUnlessCustomModel) {
  Team team = GoodTeam();
  team.members[2].role = "ML researcher";  // Cy: now research, leaving Ana as the only engineer
  team.members.push_back(Member("Eve", {{"data_intuition", 4}, {"meta", 4}}, false, "Research scientist"));
  TeamRecord r = EvaluateTeam(P(), team, {});
  ASSERT_EQ(WarningIds(r), (std::vector<std::string>{"engineering_before_research"}));
  EXPECT_EQ(r.warnings[0].rule, "team.principle.engineering_before_research");
  team.shape = "custom_model";
  EXPECT_TRUE(EvaluateTeam(P(), team, {}).warnings.empty());
}

TEST(TeamPrinciplesTest, EnoughEngineersOutweighOneResearcher) {
  Team team = GoodTeam();
  team.members.push_back(Member("Eve", {{"data_intuition", 4}, {"meta", 4}}, false, "ML researcher"));
  EXPECT_TRUE(EvaluateTeam(P(), team, {}).warnings.empty());  // Ana and Cy engineer
}

TEST(TeamPrinciplesTest, DomainExpertWhoCodesFiresWhenTheExpertDoesNotCode) {
  Team team = GoodTeam();
  team.members[0].codes = false;
  TeamRecord r = EvaluateTeam(P(), team, {});
  ASSERT_EQ(WarningIds(r), (std::vector<std::string>{"domain_expert_who_codes"}));
  EXPECT_EQ(r.warnings[0].rule, "team.principle.domain_expert_who_codes");
  // `codes` not given: inferred from software engineering.
  team.members[0].codes.reset();
  EXPECT_TRUE(EvaluateTeam(P(), team, {}).warnings.empty());
  team.members[0].levels[Trait("software_engineering")] = 0;
  team.members[2].levels[Trait("software_engineering")] = 4;
  EXPECT_EQ(WarningIds(EvaluateTeam(P(), team, {})),
            (std::vector<std::string>{"domain_expert_who_codes"}));
}

TEST(TeamPrinciplesTest, OnePersonAllGapsFiresForOneHireAndManyGaps) {
  Team team;
  team.members = {Member("Ana", {{"domain_expertise", 4}, {"software_engineering", 4}, {"meta", 3}}, true)};
  TeamRequest one;
  TeamRecord r = EvaluateTeam(P(), team, one);
  ASSERT_EQ(r.gaps.size(), 3u);  // product sense, data intuition, design
  ASSERT_EQ(WarningIds(r), (std::vector<std::string>{"one_person_all_gaps"}));
  EXPECT_EQ(r.warnings[0].rule, "team.principle.one_person_all_gaps");
  EXPECT_NE(r.warnings[0].reason.find("Design"), std::string::npos);
  TeamRequest two;
  two.hires = 2;
  EXPECT_TRUE(EvaluateTeam(P(), team, two).warnings.empty());
  team.planned_hires = 3;
  EXPECT_TRUE(EvaluateTeam(P(), team, one).warnings.empty());
}

// --- best hires through EvaluateTeam ---

TEST(TeamBestHiresTest, SpecExampleDesignerAndProductManagerAreTheBestTwo) {
  Team team;
  team.members = {Member("First hire", {{"domain_expertise", 4}, {"data_intuition", 3},
                                        {"software_engineering", 4}, {"meta", 3}}, true)};
  CandidatePool pool(P().TraitIds());
  auto add = [&](const char* id, std::map<std::string, int> traits, double cost) {
    TeamMember m = Member(id, traits);
    pool.Add(id, id, m.levels.data(), cost);
  };
  add("designer", {{"design", 4}, {"meta", 3}}, 90);
  add("product_manager", {{"product_sense", 4}, {"meta", 3}}, 100);
  add("ml_researcher", {{"data_intuition", 4}, {"meta", 3}}, 150);
  add("second_engineer", {{"software_engineering", 5}, {"meta", 3}}, 120);
  TeamRequest req;
  req.pool = &pool;
  req.hires = 2;
  req.budget = 250;
  TeamRecord r = EvaluateTeam(P(), team, req);
  ASSERT_TRUE(r.best_hires.has_value());
  const BestHires& bh = *r.best_hires;
  std::vector<std::string> picks = bh.picks;
  std::sort(picks.begin(), picks.end());
  EXPECT_EQ(picks, (std::vector<std::string>{"designer", "product_manager"}));
  EXPECT_TRUE(bh.optimal);
  EXPECT_NEAR(bh.cost, 190, 1e-9);
  // objective == coverage.score of the team with the picks added
  Team with = team;
  with.members.push_back(Member("designer", {{"design", 4}, {"meta", 3}}));
  with.members.push_back(Member("product_manager", {{"product_sense", 4}, {"meta", 3}}));
  TeamRecord after = EvaluateTeam(P(), with, {});
  EXPECT_NEAR(bh.objective, after.coverage.score, 1e-9);
  EXPECT_TRUE(after.gaps.empty());
  // Each reason: gains sum to the improvement, traits named.
  double sum = 0;
  for (const auto& reason : bh.reasons) {
    sum += reason.gain;
    EXPECT_EQ(reason.rule, "team.best_hire");
    EXPECT_FALSE(reason.traits.empty());
    EXPECT_NE(reason.reason.find(reason.name), std::string::npos);
  }
  EXPECT_NEAR(sum, bh.objective - r.coverage.score, 1e-9);
  // A budget of 180 cannot afford both.
  req.budget = 180;
  EXPECT_LT(EvaluateTeam(P(), team, req).best_hires->objective, bh.objective);
}

TEST(TeamBestHiresTest, NoPoolNoBestHires) {
  EXPECT_FALSE(EvaluateTeam(P(), GoodTeam(), {}).best_hires.has_value());
}

TEST(FormatCoverageScoreTest, TwoDecimalsWithoutTrailingZeros) {
  EXPECT_EQ(FormatCoverageScore(27.25), "27.25");
  EXPECT_EQ(FormatCoverageScore(3.0), "3");
  EXPECT_EQ(FormatCoverageScore(2.5), "2.5");
  EXPECT_EQ(FormatCoverageScore(1.0 / 3), "0.33");
}

}  // namespace
}  // namespace firsthire
