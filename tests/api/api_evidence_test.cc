// Evidence over the API, on both backends: an interviewer checks their own
// draft (POST …/scorecards/check) before submitting, the scorecard keeps its
// overall summary, and the blind rule holds for evidence too: nobody reads
// another interviewer's quoted notes before their own scorecard is in.
#include <string>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

// Words only Iris writes, so any answer that carries them leaked her notes.
constexpr char kIrisWords[] = "Iris saw them eyeball the outputs";

class ApiEvidenceTest : public ApiTest {
 protected:
  std::string Path(const std::string& id, const std::string& rest) {
    return "/api/v1/candidates/" + id + rest;
  }

  // A draft scored 5 on evaluation whose note says the opposite.
  static json EyeballedDraft() {
    return {{"scores", {{"eval_discipline", 5}}},
            {"notes", {{"eval_discipline", "Said they mostly eyeball the outputs."}}},
            {"red_flags", json::array()},
            {"submit", false}};
  }

  static bool HasMismatch(const json& evidence, const std::string& key, const std::string& value) {
    for (const json& m : evidence["mismatches"]) {
      if (m[key] == value) return true;
    }
    return false;
  }
};

TEST_P(ApiEvidenceTest, TheCheckFindsTheMismatchesInTheCallersDraftAndStoresNothing) {
  std::string id = NewCandidate();
  Answer checked =
      Call("POST", Path(id, "/scorecards/check"), EyeballedDraft(), interviewer_.caller);
  ASSERT_EQ(checked.status, 200) << checked.raw;
  EXPECT_EQ(checked.body["interviewer"], "Ivan Interviewer");
  EXPECT_EQ(checked.body["interviewer_id"], interviewer_.id);
  EXPECT_TRUE(HasMismatch(checked.body, "category", "eval_discipline")) << checked.raw;
  EXPECT_TRUE(HasMismatch(checked.body, "red_flag", "manual_validation_only")) << checked.raw;
  ASSERT_FALSE(checked.body["signals"].empty());
  const json& signal = checked.body["signals"][0];
  EXPECT_EQ(signal["polarity"], "fail");
  EXPECT_EQ(signal["note"], "eval_discipline");
  EXPECT_EQ(signal["quote"], "eyeball");
  std::string note = "Said they mostly eyeball the outputs.";
  EXPECT_EQ(note.substr(signal["start"].get<size_t>(),
                        signal["end"].get<size_t>() - signal["start"].get<size_t>()),
            "eyeball");
  // Nothing was saved: the caller still has no scorecard.
  EXPECT_EQ(Call("GET", Path(id, "/scorecards/mine"), std::nullopt, interviewer_.caller).status,
            404);
}

TEST_P(ApiEvidenceTest, ADraftThatAgreesWithItsNotesHasNoMismatch) {
  std::string id = NewCandidate();
  json draft = {{"scores", {{"eval_discipline", 5}}},
                {"notes",
                 {{"eval_discipline",
                   "Built a regression suite of 150 cases and caught a drop before release."}}},
                {"red_flags", json::array()}};
  Answer checked = Call("POST", Path(id, "/scorecards/check"), draft, interviewer_.caller);
  ASSERT_EQ(checked.status, 200) << checked.raw;
  EXPECT_TRUE(checked.body["mismatches"].empty()) << checked.raw;
  EXPECT_TRUE(checked.body["red_flags"].empty()) << checked.raw;
}

TEST_P(ApiEvidenceTest, TheCheckRefusesWhatSavingWouldRefuse) {
  std::string id = NewCandidate();
  Answer unknown = Call("POST", Path(id, "/scorecards/check"), json{{"scores", {{"vibes", 3}}}},
                        interviewer_.caller);
  EXPECT_EQ(unknown.status, 422) << unknown.raw;
  EXPECT_EQ(unknown.body["error"]["field"], "scores.vibes");
  Answer ghost =
      Call("POST", Path("ghost", "/scorecards/check"), EyeballedDraft(), interviewer_.caller);
  EXPECT_EQ(ghost.status, 404);
  EXPECT_EQ(Call("POST", Path(id, "/scorecards/check"), EyeballedDraft()).status, 401);
}

TEST_P(ApiEvidenceTest, NoInterviewerReadsAnothersQuotesBeforeSubmitting) {
  std::string id = NewCandidate();
  json iris_card = {{"scores", {{"eval_discipline", 2}}},
                    {"notes", {{"eval_discipline", kIrisWords}}},
                    {"summary", "Iris would not hire on this evidence."},
                    {"red_flags", json::array()}};
  ASSERT_EQ(Call("POST", Path(id, "/scorecards"), iris_card, second_interviewer_.caller).status,
            201);

  // Ivan has nothing submitted: his check answers his own words only, and
  // the evaluation and the scorecards stay closed to him.
  Answer checked =
      Call("POST", Path(id, "/scorecards/check"), EyeballedDraft(), interviewer_.caller);
  ASSERT_EQ(checked.status, 200);
  EXPECT_EQ(checked.raw.find("Iris"), std::string::npos) << checked.raw;
  Answer evaluation = Call("GET", Path(id, "/evaluation"), std::nullopt, interviewer_.caller);
  EXPECT_EQ(evaluation.status, 403);
  EXPECT_EQ(evaluation.raw.find(kIrisWords), std::string::npos);
  EXPECT_EQ(Call("GET", Path(id, "/scorecards"), std::nullopt, interviewer_.caller).status, 403);
  // A saved draft does not open them either.
  ASSERT_EQ(Call("POST", Path(id, "/scorecards"), EyeballedDraft(), interviewer_.caller).status,
            201);
  EXPECT_EQ(Call("GET", Path(id, "/evaluation"), std::nullopt, interviewer_.caller).status, 403);

  // Once his own is submitted, the evaluation quotes both.
  json submitted = EyeballedDraft();
  submitted["submit"] = true;
  ASSERT_EQ(Call("POST", Path(id, "/scorecards"), submitted, interviewer_.caller).status, 200);
  Answer after = Call("GET", Path(id, "/evaluation"), std::nullopt, interviewer_.caller);
  ASSERT_EQ(after.status, 200) << after.raw;
  ASSERT_EQ(after.body["evidence"]["scorecards"].size(), 2u);
  for (const json& evidence : after.body["evidence"]["scorecards"]) {
    EXPECT_EQ(evidence["interviewer_id"], evidence["interviewer"] == "Ivan Interviewer"
                                              ? interviewer_.id
                                              : second_interviewer_.id);
  }
  EXPECT_NE(after.raw.find("eyeball"), std::string::npos);
}

TEST_P(ApiEvidenceTest, TheSummaryIsKeptAndReadForEvidence) {
  std::string id = NewCandidate();
  json card = GoodScorecard(4);
  card["summary"] = "Said they mostly eyeball the outputs.";
  Answer saved = Call("POST", Path(id, "/scorecards"), card, interviewer_.caller);
  ASSERT_EQ(saved.status, 201) << saved.raw;
  EXPECT_EQ(saved.body["summary"], "Said they mostly eyeball the outputs.");
  Answer mine = Call("GET", Path(id, "/scorecards/mine"), std::nullopt, interviewer_.caller);
  EXPECT_EQ(mine.body["summary"], "Said they mostly eyeball the outputs.");
  Answer evaluation = Call("GET", Path(id, "/evaluation"), std::nullopt, manager_.caller);
  ASSERT_EQ(evaluation.status, 200) << evaluation.raw;
  bool from_summary = false;
  for (const json& signal : evaluation.body["evidence"]["scorecards"][0]["signals"]) {
    if (signal["note"] == "summary" && signal["quote"] == "eyeball") from_summary = true;
  }
  EXPECT_TRUE(from_summary) << evaluation.raw;

  // A scorecard without one answers an empty summary; a summary that is not text is refused.
  Answer plain =
      Call("POST", Path(id, "/scorecards"), GoodScorecard(3), second_interviewer_.caller);
  EXPECT_EQ(plain.body["summary"], "");
  json wrong = GoodScorecard(3);
  wrong["summary"] = json::array({"a", "b"});
  Answer refused = Call("POST", Path(NewCandidate("Ada"), "/scorecards"), wrong, manager_.caller);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.body["error"]["field"], "summary");
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiEvidenceTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest
