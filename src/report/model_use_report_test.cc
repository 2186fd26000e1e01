// The optional model in the evidence record: `source` only on what it found,
// the `model` object, and the line saying what it did.
#include <gtest/gtest.h>

#include "report/evidence_report.h"

namespace firsthire {
namespace {

std::vector<ScorecardEvidence> Evidence() {
  ScorecardEvidence e;
  e.interviewer = "Ana";
  e.signals.push_back({"summary", "eval_discipline", "strong", "golden set", 4, 14,
                       "evidence.eval_discipline.strong", true});
  e.signals.push_back({"summary", "eval_discipline", "strong", "compared prompts", 20, 36,
                       "evidence.model", false, "model"});
  e.red_flags.push_back(
      {"summary", "manual_validation_only", "by eye", 40, 46, "evidence.model", "model"});
  return {e};
}

TEST(ModelUseReport, OnlyModelFindingsCarryASource) {
  nlohmann::json card = EvidenceToJson(Evidence())["scorecards"][0];
  EXPECT_FALSE(card["signals"][0].contains("source"));
  EXPECT_EQ(card["signals"][1]["source"], "model");
  EXPECT_EQ(card["red_flags"][0]["source"], "model");
  EXPECT_EQ(card["signals"][1]["rule"], "evidence.model");
}

TEST(ModelUseReport, TheModelObjectSaysWhatItDid) {
  ModelUse use;
  use.model = "llama3.1";
  use.used = true;
  use.counts = {2, 1, 0, 3};
  use.ignored_fields = {"Ana: score"};
  nlohmann::json j = ModelUseToJson(use);
  EXPECT_EQ(j, nlohmann::json::parse(R"({"name": "llama3.1", "used": true, "reason": null,
    "added": 2, "dropped_not_verbatim": 1, "dropped_unknown_id": 0, "dropped_duplicate": 3,
    "ignored_fields": ["Ana: score"]})"));
  use.used = false;
  use.reason = "connection refused";
  EXPECT_EQ(ModelUseToJson(use)["reason"], "connection refused");
}

std::string Text(const ModelUse& use) {
  Report r;
  AddModelUseNote(use, &r);
  return r.RenderText({1000, false});
}

TEST(ModelUseReport, TheLineSaysWhatWasAddedDroppedOrWhyNotUsed) {
  ModelUse use;
  use.model = "llama3.1";
  use.used = true;
  use.counts = {2, 1, 0, 0};
  std::string used = Text(use);
  EXPECT_NE(used.find("added 2 quote(s)"), std::string::npos) << used;
  EXPECT_NE(used.find("Dropped: 1 not in the notes word for word."), std::string::npos) << used;
  use.counts = {2, 0, 1, 3};
  EXPECT_NE(Text(use).find("Dropped: 1 naming no category or red flag of the playbook, 3 already "
                           "found."),
            std::string::npos)
      << Text(use);
  use.counts = {2, 0, 0, 0};
  EXPECT_EQ(Text(use).find("Dropped"), std::string::npos);
  use.used = false;
  use.reason = "no answer within 60 s";
  std::string unused = Text(use);
  EXPECT_NE(unused.find("was not used"), std::string::npos) << unused;
  EXPECT_NE(unused.find("no answer within 60 s"), std::string::npos) << unused;
}

TEST(ModelUseReport, ModelFindingsAreMarkedInTheText) {
  Report r;
  AddEvidenceSection({}, Evidence(), &r);
  std::string text = r.RenderText({1000, false});
  EXPECT_NE(text.find("\"compared prompts\" (summary, found by the model)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\"golden set\" (summary)"), std::string::npos) << text;
}

}  // namespace
}  // namespace firsthire
