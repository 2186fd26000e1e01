// The team's hiring loop over the API, on both backends: decisions taken on
// evidence, the pipeline of stages, interviews with focus and due time, and
// each interviewer's list of interviews.
#include <map>
#include <string>
#include <vector>

#include "api_fixture.h"
#include "store/store.h"

namespace firsthire::apitest {
namespace {

class ApiLoopTest : public ApiTest {
 protected:
  std::string NewOpening(const std::string& title = "AI engineer") {
    Answer opening = Call("POST", "/api/v1/openings", json{{"title", title}}, manager_.caller);
    EXPECT_EQ(opening.status, 201) << opening.raw;
    return opening.body.value("id", "");
  }

  std::string CandidateIn(const std::string& opening_id, const std::string& name) {
    Answer created = Call("POST", "/api/v1/candidates",
                          json{{"name", name}, {"opening_id", opening_id}}, manager_.caller);
    EXPECT_EQ(created.status, 201) << created.raw;
    return created.body.value("id", "");
  }

  Answer Decide(const std::string& id, const json& body) {
    return Call("POST", "/api/v1/candidates/" + id + "/decisions", body, manager_.caller);
  }

  Answer Read(const std::string& id) {
    return Call("GET", "/api/v1/candidates/" + id, std::nullopt, manager_.caller);
  }

  Answer Submit(const std::string& id, const Caller& who, const json& card = GoodScorecard()) {
    return Call("POST", "/api/v1/candidates/" + id + "/scorecards", card, who);
  }
};

TEST_P(ApiLoopTest, ADecisionNeedsAReasonAndASubmittedScorecard) {
  std::string id = NewCandidate();
  Answer no_reason = Decide(id, json{{"decision", "hire"}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.body["error"]["field"], "reason");
  Answer blank = Decide(id, json{{"decision", "hire"}, {"reason", "  "}});
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(blank.body["error"]["field"], "reason");
  Answer no_evidence = Decide(id, json{{"decision", "hire"}, {"reason", "great chat"}});
  EXPECT_EQ(no_evidence.status, 422) << no_evidence.raw;
  EXPECT_EQ(no_evidence.body["error"]["field"], "scorecards");
  json draft = GoodScorecard();
  draft["submit"] = false;
  ASSERT_EQ(Submit(id, interviewer_.caller, draft).status, 201);
  EXPECT_EQ(Decide(id, json{{"decision", "hire"}, {"reason", "great chat"}}).status, 422);
  Answer unknown = Decide(id, json{{"decision", "maybe"}, {"reason", "x"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.body["error"]["field"], "decision");
  EXPECT_EQ(Call("GET", "/api/v1/candidates/" + id + "/decisions", std::nullopt, manager_.caller)
                .body["items"]
                .size(),
            0u);
  EXPECT_EQ(Read(id).body["stage"], "applied");  // nothing written on refusal
}

TEST_P(ApiLoopTest, AScorecardIsKeptAsGivenAndSubmitMustBeABoolean) {
  std::string id = NewCandidate();
  json quoted = GoodScorecard();
  quoted["submit"] = "false";  // a string, not a boolean
  Answer refused = Submit(id, interviewer_.caller, quoted);
  EXPECT_EQ(refused.status, 422) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "submit");
  json card = GoodScorecard();
  card["notes"]["security_guardrails"] = "asked about \"prompt injection\" \u00e9";
  card["red_flags"] = json::array({"unmodeled_cost"});
  card["submit"] = false;
  Answer saved = Submit(id, interviewer_.caller, card);
  ASSERT_EQ(saved.status, 201) << saved.raw;
  EXPECT_EQ(saved.body["scores"], card["scores"]);
  EXPECT_EQ(saved.body["notes"], card["notes"]);
  EXPECT_EQ(saved.body["red_flags"], card["red_flags"]);
  EXPECT_EQ(saved.body["state"], "draft");
  EXPECT_EQ(Read(id).body["stage"], "applied");  // a draft moves nobody
}

TEST_P(ApiLoopTest, EachDecisionKindHasItsRuleAuthorTimeAndStage) {
  std::string id = NewCandidate();
  ASSERT_EQ(Submit(id, interviewer_.caller).status, 201);
  EXPECT_EQ(Read(id).body["stage"], "interviews");  // moved by the first scorecard

  // A hold stays where it is, tagged with its own rule (not the engine's).
  Answer hold = Decide(id, json{{"decision", "hold"},
                                {"reason", "one more interview on security"},
                                {"rule", "recommendation.hire"}});
  ASSERT_EQ(hold.status, 201) << hold.raw;
  EXPECT_EQ(hold.body["rule"], "decision.hold");
  EXPECT_EQ(hold.body["decided_by"], manager_.id);
  EXPECT_GT(hold.body["decided_at"].get<std::int64_t>(), 0);
  EXPECT_EQ(hold.body["decided_at"], hold.body["created_at"]);
  EXPECT_EQ(Read(id).body["stage"], "interviews");

  Answer reject = Decide(id, json{{"decision", "reject"}, {"reason", "weak on evaluation"}});
  ASSERT_EQ(reject.status, 201) << reject.raw;
  EXPECT_EQ(reject.body["rule"], "decision.reject");
  Answer rejected = Read(id);
  EXPECT_EQ(rejected.body["stage"], "rejected");
  EXPECT_EQ(rejected.body["stage_reason"], "weak on evaluation");

  Answer hire = Decide(id, json{{"decision", "hire"}, {"reason", "the follow-up settled it"}});
  ASSERT_EQ(hire.status, 201) << hire.raw;
  EXPECT_EQ(hire.body["rule"], "decision.hire");
  EXPECT_EQ(Read(id).body["stage"], "hired");
  Answer listed =
      Call("GET", "/api/v1/candidates/" + id + "/decisions", std::nullopt, manager_.caller);
  ASSERT_EQ(listed.body["items"].size(), 3u);
  EXPECT_EQ(listed.body["items"][0]["decision"], "hire");  // newest first

  // Audited: the decision and the stage move, by the manager.
  Answer audit = Call("GET", "/api/v1/audit?object_id=" + hire.body["id"].get<std::string>(),
                      std::nullopt, admin_.caller);
  ASSERT_EQ(audit.body["total"], 1);
  EXPECT_EQ(audit.body["items"][0]["action"], "decision.create");
  EXPECT_EQ(audit.body["items"][0]["actor"], manager_.id);
  Answer moves = Call("GET", "/api/v1/audit?object_id=" + id, std::nullopt, admin_.caller);
  int stage_moves = 0;
  for (const json& entry : moves.body["items"]) stage_moves += entry["action"] == "candidate.stage";
  EXPECT_EQ(stage_moves, 3);  // interviews, rejected, hired
}

TEST_P(ApiLoopTest, ASplitGateCapsTheEvaluationAtHireAndAsksForAFollowUp) {
  std::string id = NewCandidate();
  json low = GoodScorecard(5);
  low["scores"]["security_guardrails"] = 2;
  low["notes"] = {{"security_guardrails", "no idea about prompt injection"}};
  ASSERT_EQ(Submit(id, interviewer_.caller, low).status, 201);
  ASSERT_EQ(Submit(id, second_interviewer_.caller, GoodScorecard(5)).status, 201);
  Answer evaluation =
      Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, manager_.caller);
  ASSERT_EQ(evaluation.status, 200) << evaluation.raw;
  EXPECT_EQ(evaluation.body["gate"]["split"], json::array({"security_guardrails"}));
  EXPECT_EQ(evaluation.body["gate"]["risky_first_hire"], false);
  EXPECT_EQ(evaluation.body["recommendation"]["decision"], "hire");
  EXPECT_EQ(evaluation.body["recommendation"]["rule"], "gate.split");
  EXPECT_NE(evaluation.body["recommendation"]["reason"].get<std::string>().find("follow-up"),
            std::string::npos);

  std::string even = NewCandidate("Even Scores");
  ASSERT_EQ(Submit(even, interviewer_.caller, GoodScorecard(5)).status, 201);
  ASSERT_EQ(Submit(even, second_interviewer_.caller, GoodScorecard(5)).status, 201);
  Answer agreed =
      Call("GET", "/api/v1/candidates/" + even + "/evaluation", std::nullopt, manager_.caller);
  EXPECT_EQ(agreed.body["gate"]["split"], json::array());
  EXPECT_EQ(agreed.body["recommendation"]["decision"], "strong_hire");
}

TEST_P(ApiLoopTest, StagesComeFromThePlaybookAndSomeNeedAReason) {
  std::string id = NewCandidate();
  EXPECT_EQ(Read(id).body["stage"], "applied");
  const std::string path = "/api/v1/candidates/" + id;
  Answer unknown = Call("PATCH", path, json{{"stage", "limbo"}}, manager_.caller);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.body["error"]["field"], "stage");
  EXPECT_NE(unknown.body["error"]["message"].get<std::string>().find("withdrawn"),
            std::string::npos);
  for (const char* stage : {"rejected", "withdrawn"}) {
    Answer bare = Call("PATCH", path, json{{"stage", stage}}, manager_.caller);
    EXPECT_EQ(bare.status, 422) << stage;
    EXPECT_EQ(bare.body["error"]["field"], "stage_reason") << stage;
  }
  EXPECT_EQ(Read(id).body["stage"], "applied");

  Answer screened = Call("PATCH", path, json{{"stage", "screen"}}, manager_.caller);
  ASSERT_EQ(screened.status, 200) << screened.raw;
  EXPECT_EQ(screened.body["stage"], "screen");
  EXPECT_GE(screened.body["stage_entered_at"], screened.body["created_at"]);
  Answer withdrawn =
      Call("PATCH", path, json{{"stage", "withdrawn"}, {"stage_reason", "took another offer"}},
           manager_.caller);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.raw;
  EXPECT_EQ(withdrawn.body["stage_reason"], "took another offer");
  // Another change keeps the stage; a new stage drops the old reason.
  Answer renamed = Call("PATCH", path, json{{"name", "Grace B. Hopper"}}, manager_.caller);
  EXPECT_EQ(renamed.body["stage"], "withdrawn");
  EXPECT_EQ(renamed.body["stage_entered_at"], withdrawn.body["stage_entered_at"]);
  Answer back = Call("PATCH", path, json{{"stage", "offer"}}, manager_.caller);
  EXPECT_EQ(back.body["stage"], "offer");
  EXPECT_EQ(back.body["stage_reason"], "");
  EXPECT_EQ(Call("PATCH", path, json{{"stage", "offer"}}, interviewer_.caller).status, 403);

  // The list filters by stage; creating in a stage is allowed too.
  Answer made = Call("POST", "/api/v1/candidates", json{{"name", "Ada"}, {"stage", "screen"}},
                     manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  EXPECT_EQ(made.body["stage"], "screen");
  Answer offers = Call("GET", "/api/v1/candidates?stage=offer", std::nullopt, interviewer_.caller);
  ASSERT_EQ(offers.body["total"], 1);
  EXPECT_EQ(offers.body["items"][0]["id"], id);
  EXPECT_EQ(
      Call("GET", "/api/v1/candidates?stage=screen", std::nullopt, manager_.caller).body["total"],
      1);
}

TEST_P(ApiLoopTest, TheFirstScorecardMovesOnlyEarlyCandidatesToInterviews) {
  std::string screened = NewCandidate("Screened");
  ASSERT_EQ(
      Call("PATCH", "/api/v1/candidates/" + screened, json{{"stage", "screen"}}, manager_.caller)
          .status,
      200);
  json draft = GoodScorecard();
  draft["submit"] = false;
  ASSERT_EQ(Submit(screened, interviewer_.caller, draft).status, 201);
  EXPECT_EQ(Read(screened).body["stage"], "screen");  // a draft moves nothing
  ASSERT_EQ(Submit(screened, interviewer_.caller).status, 200);
  EXPECT_EQ(Read(screened).body["stage"], "interviews");

  std::string offered = NewCandidate("Offered");
  ASSERT_EQ(
      Call("PATCH", "/api/v1/candidates/" + offered, json{{"stage", "offer"}}, manager_.caller)
          .status,
      200);
  ASSERT_EQ(Submit(offered, interviewer_.caller).status, 201);
  EXPECT_EQ(Read(offered).body["stage"], "offer");  // past interviews: stays
}

TEST_P(ApiLoopTest, ThePipelineCountsLiveCandidatesPerStage) {
  std::string opening = NewOpening();
  std::string other = NewOpening("Other");
  std::string a = CandidateIn(opening, "A");
  CandidateIn(opening, "B");
  std::string c = CandidateIn(opening, "C");
  CandidateIn(other, "Elsewhere");
  ASSERT_EQ(Submit(a, interviewer_.caller).status, 201);  // -> interviews
  ASSERT_EQ(
      Call("PATCH", "/api/v1/candidates/" + c,
           json{{"stage", "rejected"}, {"stage_reason", "no production work"}}, manager_.caller)
          .status,
      200);
  std::string erased = CandidateIn(opening, "Erased");
  ASSERT_EQ(Call("DELETE", "/api/v1/candidates/" + erased, std::nullopt, manager_.caller).status,
            204);

  Answer pipeline =
      Call("GET", "/api/v1/openings/" + opening + "/pipeline", std::nullopt, interviewer_.caller);
  ASSERT_EQ(pipeline.status, 200) << pipeline.raw;
  EXPECT_EQ(pipeline.body["opening_id"], opening);
  EXPECT_EQ(pipeline.body["total"], 3);
  const json& stages = pipeline.body["stages"];
  ASSERT_EQ(stages.size(), DefaultPlaybook().pipeline.stages.size());
  std::map<std::string, int> counts;
  for (std::size_t i = 0; i < stages.size(); ++i) {
    EXPECT_EQ(stages[i]["id"], DefaultPlaybook().pipeline.stages[i].id);  // playbook order
    counts[stages[i]["id"]] = stages[i]["count"];
    if (stages[i]["count"] == 0) {
      EXPECT_TRUE(stages[i]["median_ms_in_stage"].is_null());
    } else {
      EXPECT_GE(stages[i]["median_ms_in_stage"].get<std::int64_t>(), 0);
    }
  }
  EXPECT_EQ(counts["applied"], 1);
  EXPECT_EQ(counts["interviews"], 1);
  EXPECT_EQ(counts["rejected"], 1);
  EXPECT_EQ(counts["hired"], 0);
  EXPECT_EQ(stages[0]["title"], "Applied");
  EXPECT_EQ(Call("GET", "/api/v1/openings/0123456789abcdef0123456789abcdef/pipeline", std::nullopt,
                 manager_.caller)
                .status,
            404);
}

TEST_P(ApiLoopTest, ThePipelineFunnelFollowsTheRecordedStageMoves) {
  std::string opening = NewOpening();
  std::string scored = CandidateIn(opening, "Scored");
  std::string hired = CandidateIn(opening, "Hired");
  std::string rejected = CandidateIn(opening, "Rejected");
  CandidateIn(opening, "Waiting");
  ASSERT_EQ(Submit(scored, interviewer_.caller).status, 201);  // applied -> interviews
  ASSERT_EQ(Submit(hired, interviewer_.caller).status, 201);
  ASSERT_EQ(Decide(hired, json{{"decision", "hire"}, {"reason", "strong evaluation work"}}).status,
            201);  // interviews -> hired
  auto move = [&](const std::string& id, const json& body) {
    Answer moved = Call("PATCH", "/api/v1/candidates/" + id, body, manager_.caller);
    ASSERT_EQ(moved.status, 200) << moved.raw;
  };
  move(rejected, json{{"stage", "screen"}});
  move(rejected, json{{"stage", "rejected"}, {"stage_reason", "no production work"}});

  Answer pipeline =
      Call("GET", "/api/v1/openings/" + opening + "/pipeline", std::nullopt, interviewer_.caller);
  ASSERT_EQ(pipeline.status, 200) << pipeline.raw;
  const json& funnel = pipeline.body["funnel"];
  EXPECT_EQ(funnel["candidates"], 4);
  std::vector<std::string> ids;
  std::vector<int> reached;
  for (const json& step : funnel["stages"]) {
    ids.push_back(step["id"]);
    reached.push_back(step["reached"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"applied", "screen", "interviews", "decision", "offer",
                                           "hired"}));
  // Everyone applied; Scored and Hired passed screen on the way to interviews.
  EXPECT_EQ(reached, (std::vector<int>{4, 3, 2, 1, 1, 1}));
  EXPECT_TRUE(funnel["stages"][0]["share_of_previous"].is_null());
  EXPECT_DOUBLE_EQ(funnel["stages"][1]["share_of_previous"].get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(funnel["stages"][3]["share_of_previous"].get<double>(), 0.5);
  EXPECT_EQ(funnel["stages"][5]["title"], "Hired");
  EXPECT_EQ(funnel["exits"], json::parse(R"([{"id":"rejected","title":"Rejected","count":1},
                                            {"id":"withdrawn","title":"Withdrawn","count":0}])"));
}

TEST_P(ApiLoopTest, InterviewsHaveAFocusFromTheKitAndADueTime) {
  std::string id = NewCandidate();
  Answer made = Call("POST", "/api/v1/interviews",
                     json{{"candidate_id", id},
                          {"interviewer_id", interviewer_.id},
                          {"focus", {"eval_discipline", "security_guardrails"}},
                          {"due_at", 1767225600000}},
                     manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  EXPECT_EQ(made.body["focus"], json::array({"eval_discipline", "security_guardrails"}));
  EXPECT_EQ(made.body["due_at"], 1767225600000);
  const std::string path = "/api/v1/interviews/" + made.body["id"].get<std::string>();
  Answer bad = Call("PATCH", path, json{{"focus", {"eval_discipline", "vibes"}}}, manager_.caller);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.body["error"]["field"], "focus[1]");
  EXPECT_EQ(Call("PATCH", path, json{{"focus", "eval_discipline"}}, manager_.caller)
                .body["error"]["field"],
            "focus");
  EXPECT_EQ(
      Call("PATCH", path, json{{"focus", {"eval_discipline", "eval_discipline"}}}, manager_.caller)
          .status,
      422);
  EXPECT_EQ(Call("PATCH", path, json{{"due_at", -1}}, manager_.caller).body["error"]["field"],
            "due_at");
  Answer changed = Call("PATCH", path, json{{"focus", json::array()}}, manager_.caller);
  ASSERT_EQ(changed.status, 200) << changed.raw;
  EXPECT_EQ(changed.body["focus"], json::array());
  EXPECT_EQ(changed.body["due_at"], 1767225600000);  // kept
  Answer plain = Call("POST", "/api/v1/interviews", json{{"candidate_id", id}}, manager_.caller);
  EXPECT_EQ(plain.body["focus"], json::array());
  EXPECT_EQ(plain.body["due_at"], 0);
}

TEST_P(ApiLoopTest, MyInterviewsSaysWhatIsToScoreOverdueAndDone) {
  std::string opening = NewOpening("Support triage engineer");
  std::string soon = CandidateIn(opening, "Soon Due");
  std::string late = CandidateIn(opening, "Late One");
  std::string scored = CandidateIn(opening, "Scored Already");
  std::string unassigned = NewCandidate("No Opening");
  const Millis now = SystemMillis();
  auto assign = [&](const std::string& candidate, const std::string& interviewer, Millis due,
                    const char* status = "scheduled") {
    Answer made = Call("POST", "/api/v1/interviews",
                       json{{"candidate_id", candidate},
                            {"interviewer_id", interviewer},
                            {"due_at", due},
                            {"status", status},
                            {"focus", {"production_shipping"}}},
                       manager_.caller);
    EXPECT_EQ(made.status, 201) << made.raw;
    return made.body.value("id", "");
  };
  std::string soon_id = assign(soon, interviewer_.id, now + 86'400'000);
  std::string late_id = assign(late, interviewer_.id, now - 3'600'000);
  std::string scored_id = assign(scored, interviewer_.id, now - 3'600'000);
  std::string open_id = assign(unassigned, interviewer_.id, 0);
  assign(late, interviewer_.id, now, "cancelled");
  assign(soon, second_interviewer_.id, now - 1);  // someone else's
  ASSERT_EQ(Submit(scored, interviewer_.caller).status, 201);

  Answer mine = Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller);
  ASSERT_EQ(mine.status, 200) << mine.raw;
  ASSERT_EQ(mine.body["total"], 4);
  const json& items = mine.body["items"];
  // Open ones first, soonest due first (the overdue one), none due last; then done.
  EXPECT_EQ(items[0]["id"], late_id);
  EXPECT_EQ(items[0]["scorecard"], "overdue");
  EXPECT_EQ(items[0]["candidate_name"], "Late One");
  EXPECT_EQ(items[0]["opening_id"], opening);
  EXPECT_EQ(items[0]["opening_title"], "Support triage engineer");
  EXPECT_EQ(items[0]["focus"], json::array({"production_shipping"}));
  EXPECT_EQ(items[1]["id"], soon_id);
  EXPECT_EQ(items[1]["scorecard"], "to_score");
  EXPECT_EQ(items[2]["id"], open_id);
  EXPECT_EQ(items[2]["scorecard"], "to_score");
  EXPECT_TRUE(items[2]["opening_id"].is_null());
  EXPECT_TRUE(items[2]["opening_title"].is_null());
  EXPECT_EQ(items[3]["id"], scored_id);
  EXPECT_EQ(items[3]["scorecard"], "done");  // submitted: done although past due
  EXPECT_EQ(items[3]["candidate_stage"], "interviews");
  EXPECT_EQ(mine.body["counts"], json({{"to_score", 2}, {"overdue", 1}, {"done", 1}}));

  Answer theirs = Call("GET", "/api/v1/me/interviews", std::nullopt, second_interviewer_.caller);
  ASSERT_EQ(theirs.body["total"], 1);
  EXPECT_EQ(theirs.body["items"][0]["scorecard"], "overdue");
  EXPECT_EQ(Call("GET", "/api/v1/me/interviews", std::nullopt, manager_.caller).body["total"], 0);
  // An erased candidate's interviews are gone from the list.
  ASSERT_EQ(Call("DELETE", "/api/v1/candidates/" + late, std::nullopt, manager_.caller).status,
            204);
  EXPECT_EQ(Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller).body["total"],
            3);
}

TEST_P(ApiLoopTest, AReopenedScorecardIsToScoreAgainSayingWhoReopenedItAndWhen) {
  std::string id = NewCandidate();
  Answer made =
      Call("POST", "/api/v1/interviews",
           json{{"candidate_id", id}, {"interviewer_id", interviewer_.id}}, manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  ASSERT_EQ(Submit(id, interviewer_.caller).status, 201);
  Answer mine = Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller);
  ASSERT_EQ(mine.body["total"], 1) << mine.raw;
  EXPECT_EQ(mine.body["items"][0]["scorecard"], "done");
  EXPECT_TRUE(mine.body["items"][0]["reopened"].is_null());

  const Millis before = SystemMillis();
  const std::string reopen =
      "/api/v1/candidates/" + id + "/scorecards/" + interviewer_.id + "/reopen";
  ASSERT_EQ(Call("POST", reopen, std::nullopt, manager_.caller).status, 200);
  mine = Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller);
  ASSERT_EQ(mine.status, 200) << mine.raw;
  const json& item = mine.body["items"][0];
  EXPECT_EQ(item["scorecard"], "to_score");
  ASSERT_TRUE(item["reopened"].is_object()) << mine.raw;
  EXPECT_EQ(item["reopened"]["by"], manager_.id);
  EXPECT_EQ(item["reopened"]["by_name"], "Hana Manager");
  EXPECT_GE(item["reopened"]["at"].get<Millis>(), before);
  EXPECT_LE(item["reopened"]["at"].get<Millis>(), SystemMillis());

  ASSERT_EQ(Submit(id, interviewer_.caller).status, 200);  // the draft, submitted again
  mine = Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller);
  EXPECT_EQ(mine.body["items"][0]["scorecard"], "done");
  EXPECT_TRUE(mine.body["items"][0]["reopened"].is_null());
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiLoopTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest
