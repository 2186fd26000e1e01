// Editing, closing and deleting over the API, on both backends: a closed
// opening takes no new candidates or assignments until reopened, a proposal
// needs its vendor's name, a manager reopens a submitted scorecard (the
// evaluation, decisions and the blind rule then treat it as a draft), and
// every such write is in the audit log.
#include <string>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

class ApiEditTest : public ApiTest {
 protected:
  // The actions of the audit entries about `object_id`, newest first.
  std::vector<std::string> AuditActions(const std::string& object_id) {
    Answer audit = Call("GET", "/api/v1/audit?object_id=" + object_id, std::nullopt, admin_.caller);
    EXPECT_EQ(audit.status, 200) << audit.raw;
    std::vector<std::string> actions;
    for (const json& entry : audit.body["items"]) actions.push_back(entry["action"]);
    return actions;
  }

  std::string Scorecards(const std::string& candidate) {
    return "/api/v1/candidates/" + candidate + "/scorecards";
  }
};

TEST_P(ApiEditTest, AClosedOpeningTakesNoNewCandidatesOrAssignmentsUntilReopened) {
  Answer made = Call("POST", "/api/v1/openings", json{{"title", "AI engineer"}}, manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  const std::string id = made.body["id"];
  const std::string path = "/api/v1/openings/" + id;
  Answer inside = Call("POST", "/api/v1/candidates",
                       json{{"name", "Already in"}, {"opening_id", id}}, manager_.caller);
  ASSERT_EQ(inside.status, 201) << inside.raw;
  const std::string candidate = inside.body["id"];

  Answer renamed = Call("PATCH", path, json{{"title", "Applied AI engineer"}}, manager_.caller);
  ASSERT_EQ(renamed.status, 200) << renamed.raw;
  EXPECT_EQ(renamed.body["title"], "Applied AI engineer");
  Answer closed = Call("PATCH", path, json{{"status", "closed"}}, manager_.caller);
  ASSERT_EQ(closed.status, 200) << closed.raw;
  EXPECT_EQ(closed.body["status"], "closed");
  // Interviewers may not close or rename (deny by default for writes).
  EXPECT_EQ(Call("PATCH", path, json{{"status", "open"}}, interviewer_.caller).status, 403);

  Answer refused = Call("POST", "/api/v1/candidates",
                        json{{"name", "Too late"}, {"opening_id", id}}, manager_.caller);
  EXPECT_EQ(refused.status, 422) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "opening_id");
  EXPECT_NE(refused.body["error"]["message"].get<std::string>().find("closed"), std::string::npos);
  std::string elsewhere = NewCandidate("Elsewhere");
  Answer moved =
      Call("PATCH", "/api/v1/candidates/" + elsewhere, json{{"opening_id", id}}, manager_.caller);
  EXPECT_EQ(moved.status, 422) << moved.raw;
  Answer assigned =
      Call("POST", "/api/v1/interviews",
           json{{"candidate_id", candidate}, {"interviewer_id", interviewer_.id}}, manager_.caller);
  EXPECT_EQ(assigned.status, 422) << assigned.raw;
  EXPECT_EQ(assigned.body["error"]["field"], "candidate_id");
  Answer imported = CallRaw("POST", "/api/v1/candidates/import?opening_id=" + id,
                            "name\nLate Import\n", manager_.caller, "text/csv");
  EXPECT_EQ(imported.status, 422) << imported.raw;
  // What the opening holds stays changeable.
  EXPECT_EQ(Call("PATCH", "/api/v1/candidates/" + candidate, json{{"name", "Still here"}},
                 manager_.caller)
                .status,
            200);

  ASSERT_EQ(Call("PATCH", path, json{{"status", "open"}}, manager_.caller).status, 200);
  EXPECT_EQ(Call("POST", "/api/v1/candidates", json{{"name", "Now fine"}, {"opening_id", id}},
                 manager_.caller)
                .status,
            201);
  EXPECT_EQ(
      Call("POST", "/api/v1/interviews",
           json{{"candidate_id", candidate}, {"interviewer_id", interviewer_.id}}, manager_.caller)
          .status,
      201);
  EXPECT_EQ(AuditActions(id), (std::vector<std::string>{"opening.update", "opening.update",
                                                        "opening.update", "opening.create"}));
}

TEST_P(ApiEditTest, AnInterviewInAClosedOpeningGetsNoNewInterviewer) {
  Answer made = Call("POST", "/api/v1/openings", json{{"title", "AI engineer"}}, manager_.caller);
  const std::string id = made.body["id"];
  Answer person =
      Call("POST", "/api/v1/candidates", json{{"name", "C"}, {"opening_id", id}}, manager_.caller);
  Answer interview =
      Call("POST", "/api/v1/interviews",
           json{{"candidate_id", person.body["id"]}, {"kind", "technical"}}, manager_.caller);
  ASSERT_EQ(interview.status, 201) << interview.raw;
  const std::string path = "/api/v1/interviews/" + interview.body["id"].get<std::string>();
  ASSERT_EQ(
      Call("PATCH", "/api/v1/openings/" + id, json{{"status", "closed"}}, manager_.caller).status,
      200);
  EXPECT_EQ(Call("PATCH", path, json{{"interviewer_id", interviewer_.id}}, manager_.caller).status,
            422);
  // Other changes to it (notes, status) are not assignments.
  EXPECT_EQ(Call("PATCH", path, json{{"status", "cancelled"}}, manager_.caller).status, 200);
}

TEST_P(ApiEditTest, AProposalNeedsItsVendorsNameAndCanBeChangedAndDeleted) {
  Answer empty = Call("POST", "/api/v1/proposals",
                      json{{"proposal", {{"vendor", {{"name", ""}}}, {"answers", json::object()}}}},
                      manager_.caller);
  EXPECT_EQ(empty.status, 422) << empty.raw;
  EXPECT_EQ(empty.body["error"]["field"], "proposal.vendor.name");
  EXPECT_EQ(Call("GET", "/api/v1/proposals", std::nullopt, manager_.caller).body["total"], 0)
      << "nothing stored on refusal";

  Answer made = Call("POST", "/api/v1/proposals",
                     json{{"proposal",
                           {{"vendor", {{"name", "Northwind"}}},
                            {"answers", {{"evaluation", "We run a held-out set weekly."}}}}}},
                     manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  EXPECT_EQ(made.body["title"], "Northwind");
  EXPECT_EQ(made.body["proposal"]["answers"]["evaluation"], "We run a held-out set weekly.");
  const std::string id = made.body["id"];
  const std::string path = "/api/v1/proposals/" + id;
  Answer blanked =
      Call("PATCH", path, json{{"proposal", {{"vendor", {{"name", " "}}}}}}, manager_.caller);
  EXPECT_EQ(blanked.status, 422) << blanked.raw;
  Answer renamed = Call("PATCH", path, json{{"title", "Northwind Labs"}}, manager_.caller);
  ASSERT_EQ(renamed.status, 200) << renamed.raw;
  EXPECT_EQ(renamed.body["title"], "Northwind Labs");
  EXPECT_EQ(Call("DELETE", path, std::nullopt, interviewer_.caller).status, 403);
  EXPECT_EQ(Call("DELETE", path, std::nullopt, manager_.caller).status, 204);
  EXPECT_EQ(Call("GET", path, std::nullopt, manager_.caller).status, 404);
  EXPECT_EQ(AuditActions(id),
            (std::vector<std::string>{"proposal.delete", "proposal.update", "proposal.create"}));
}

TEST_P(ApiEditTest, ATeamMemberIsEditedAndDeletedByManagersOnly) {
  Answer made = Call("POST", "/api/v1/team-members",
                     json{{"name", "Sam"}, {"traits", {{"product_sense", 3}}}}, manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  const std::string id = made.body["id"];
  const std::string path = "/api/v1/team-members/" + id;
  EXPECT_EQ(Call("PATCH", path, json{{"name", "Sam Lee"}}, interviewer_.caller).status, 403);
  Answer edited = Call("PATCH", path, json{{"name", "Sam Lee"}, {"codes", true}}, manager_.caller);
  ASSERT_EQ(edited.status, 200) << edited.raw;
  EXPECT_EQ(edited.body["name"], "Sam Lee");
  EXPECT_EQ(edited.body["codes"], true);
  EXPECT_EQ(Call("PATCH", path, json{{"traits", {{"product_sense", 9}}}}, manager_.caller).status,
            422);
  EXPECT_EQ(Call("DELETE", path, std::nullopt, interviewer_.caller).status, 403);
  EXPECT_EQ(Call("DELETE", path, std::nullopt, manager_.caller).status, 204);
  EXPECT_EQ(AuditActions(id), (std::vector<std::string>{"team_member.delete", "team_member.update",
                                                        "team_member.create"}));
}

TEST_P(ApiEditTest, AManagerReopensASubmittedScorecardForItsInterviewerToResubmit) {
  std::string candidate = NewCandidate();
  const std::string reopen = Scorecards(candidate) + "/" + interviewer_.id + "/reopen";
  // Nothing to reopen yet.
  EXPECT_EQ(Call("POST", reopen, std::nullopt, manager_.caller).status, 404);
  Answer ivan = Call("POST", Scorecards(candidate), GoodScorecard(2), interviewer_.caller);
  ASSERT_EQ(ivan.status, 201) << ivan.raw;
  ASSERT_EQ(
      Call("POST", Scorecards(candidate), GoodScorecard(4), second_interviewer_.caller).status,
      201);
  const std::string evaluation = "/api/v1/candidates/" + candidate + "/evaluation";
  ASSERT_EQ(Call("GET", evaluation, std::nullopt, interviewer_.caller).status, 200);

  // Only managers reopen; an interviewer cannot reopen their own or another's.
  EXPECT_EQ(Call("POST", reopen, std::nullopt, interviewer_.caller).status, 403);
  EXPECT_EQ(Call("POST", reopen, std::nullopt, second_interviewer_.caller).status, 403);
  Answer reopened = Call("POST", reopen, std::nullopt, manager_.caller);
  ASSERT_EQ(reopened.status, 200) << reopened.raw;
  EXPECT_EQ(reopened.body["state"], "draft");
  EXPECT_EQ(reopened.body["submitted_at"], 0);
  EXPECT_EQ(Call("POST", reopen, std::nullopt, admin_.caller).status, 409) << "a draft already";

  // The evaluation counts only Iris's scorecard now.
  Answer only_iris = Call("GET", evaluation, std::nullopt, manager_.caller);
  ASSERT_EQ(only_iris.status, 200) << only_iris.raw;
  EXPECT_EQ(only_iris.body["categories"][0]["mean"], 4.0) << only_iris.raw;
  // Blind rule: Ivan has no submitted scorecard again, so he sees no other's.
  EXPECT_EQ(Call("GET", evaluation, std::nullopt, interviewer_.caller).status, 403);
  EXPECT_EQ(Call("GET", Scorecards(candidate), std::nullopt, interviewer_.caller).status, 403);
  // Iris no longer sees Ivan's (a draft is only its author's and managers').
  Answer iris_view = Call("GET", Scorecards(candidate), std::nullopt, second_interviewer_.caller);
  ASSERT_EQ(iris_view.status, 200);
  ASSERT_EQ(iris_view.body["items"].size(), 1u);
  EXPECT_EQ(iris_view.body["items"][0]["interviewer_id"], second_interviewer_.id);

  // Ivan changes and submits it again; it counts once more.
  Answer mine = Call("GET", Scorecards(candidate) + "/mine", std::nullopt, interviewer_.caller);
  EXPECT_EQ(mine.body["state"], "draft");
  EXPECT_EQ(mine.body["scores"]["eval_discipline"], 2) << "his scores are kept to edit";
  Answer again = Call("POST", Scorecards(candidate), GoodScorecard(3), interviewer_.caller);
  ASSERT_EQ(again.status, 200) << again.raw;
  EXPECT_EQ(again.body["state"], "submitted");
  EXPECT_EQ(Call("GET", evaluation, std::nullopt, interviewer_.caller).status, 200);
  EXPECT_EQ(Call("GET", evaluation, std::nullopt, manager_.caller).body["categories"][0]["mean"],
            3.5);
  EXPECT_EQ(AuditActions(ivan.body["id"]),
            (std::vector<std::string>{"scorecard.submit", "scorecard.reopen", "scorecard.submit"}));
}

TEST_P(ApiEditTest, AReopenedOnlyScorecardNoLongerSupportsADecision) {
  std::string candidate = NewCandidate();
  ASSERT_EQ(Call("POST", Scorecards(candidate), GoodScorecard(), interviewer_.caller).status, 201);
  ASSERT_EQ(Call("POST", Scorecards(candidate) + "/" + interviewer_.id + "/reopen", std::nullopt,
                 manager_.caller)
                .status,
            200);
  Answer decided = Call("POST", "/api/v1/candidates/" + candidate + "/decisions",
                        json{{"decision", "hire"}, {"reason", "strong"}}, manager_.caller);
  EXPECT_EQ(decided.status, 422) << decided.raw;
  EXPECT_EQ(
      Call("GET", "/api/v1/candidates/" + candidate + "/evaluation", std::nullopt, manager_.caller)
          .status,
      409);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiEditTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest
