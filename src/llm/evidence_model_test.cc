// The model client against a local stand-in server speaking the same
// protocol (chat_stand_in_for_test.h), through the real Beast client.
#include "llm/evidence_model.h"

#include <gtest/gtest.h>

#include "llm/chat_stand_in_for_test.h"

namespace firsthire::llm {
namespace {

using nlohmann::json;
using testing::ChatCompletionBody;
using testing::ChatStandIn;
using testing::StandInReply;

const Playbook& Pb() { return DefaultPlaybook(); }

CandidateScorecards Input() {
  Scorecard card;
  card.interviewer = "Ana";
  card.scores = {{"eval_discipline", 4}};
  card.notes = {{"eval_discipline", "They compared two prompt versions on last month's tickets."}};
  // Words the playbook's cues do not read as manual validation, so a flag the
  // model finds in them is new.
  card.summary = "Approves each release after a quick look.";
  CandidateScorecards input;
  input.candidate_name = "Jo";
  input.scorecards = {card};
  return input;
}

LlmConfig ConfigFor(const std::string& port) {
  LlmConfig config;
  config.endpoint = "http://127.0.0.1:" + port + "/v1";
  config.host = "127.0.0.1";
  config.port = port;
  config.base_path = "/v1";
  config.model = "stand-in-model";
  config.timeout = std::chrono::milliseconds(5000);
  return config;
}

struct Outcome {
  ModelUse use;
  std::vector<ScorecardEvidence> evidence;
  std::vector<ScorecardEvidence> playbook_only;
};

Outcome Ask(const LlmConfig& config) {
  CandidateScorecards input = Input();
  Outcome out;
  out.playbook_only = ReviewEvidence(Pb(), input);
  out.evidence = out.playbook_only;
  out.use = AddModelEvidence(Pb(), input, config, *MakeBeastHttpPoster(), &out.evidence);
  return out;
}

std::string Answer(const json& signals, const json& red_flags = json::array()) {
  return ChatCompletionBody(json{{"signals", signals}, {"red_flags", red_flags}}.dump());
}

const json kCompared = {{"note", "eval_discipline"},
                        {"category", "eval_discipline"},
                        {"polarity", "strong"},
                        {"quote", "compared two prompt versions"}};

TEST(EvidenceModel, AGoodAnswerIsMergedAndMarkedAsTheModels) {
  ChatStandIn server({200, Answer(json::array({kCompared}),
                                  json::array({{{"note", "summary"},
                                                {"id", "manual_validation_only"},
                                                {"quote", "after a quick look"}}}))});
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_TRUE(out.use.used) << out.use.reason;
  EXPECT_EQ(out.use.model, "stand-in-model");
  EXPECT_EQ(out.use.counts.added, 2);
  ASSERT_EQ(out.evidence.size(), 1u);
  ASSERT_EQ(out.evidence[0].signals.size(), out.playbook_only[0].signals.size() + 1);
  const EvidenceSignal& s = out.evidence[0].signals.back();
  EXPECT_EQ(s.quote, "compared two prompt versions");
  EXPECT_EQ(s.source, "model");
  EXPECT_EQ(out.evidence[0].red_flags.back().source, "model");
}

TEST(EvidenceModel, SendsOneChatRequestWithTheNotesAndNoScores) {
  ChatStandIn server({200, Answer(json::array())});
  Ask(ConfigFor(server.port()));
  auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].target, "/v1/chat/completions");
  EXPECT_EQ(requests[0].authorization, "");
  json body = json::parse(requests[0].body);
  EXPECT_EQ(body["model"], "stand-in-model");
  EXPECT_EQ(body["response_format"]["type"], "json_object");
  std::string question = body["messages"][1]["content"];
  EXPECT_NE(question.find("They compared two prompt versions"), std::string::npos);
  EXPECT_NE(question.find("manual_validation_only"), std::string::npos);
  EXPECT_EQ(question.find("Ana"), std::string::npos);  // who wrote it is not sent
}

TEST(EvidenceModel, TheApiKeyIsSentAsBearer) {
  ChatStandIn server({200, Answer(json::array())});
  LlmConfig config = ConfigFor(server.port());
  config.api_key = "sk-test-123";
  EXPECT_TRUE(Ask(config).use.used);
  ASSERT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(server.requests()[0].authorization, "Bearer sk-test-123");
}

TEST(EvidenceModel, AQuoteNotInTheNoteIsDroppedAndCounted) {
  json invented = kCompared;
  invented["quote"] = "built a golden set of 500 tickets";
  ChatStandIn server({200, Answer(json::array({invented, kCompared}))});
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_TRUE(out.use.used);
  EXPECT_EQ(out.use.counts.not_verbatim, 1);
  EXPECT_EQ(out.use.counts.added, 1);
  for (const auto& s : out.evidence[0].signals)
    EXPECT_EQ(s.quote.find("golden"), std::string::npos);
}

TEST(EvidenceModel, ASchemaInvalidAnswerIsRejectedWhole) {
  json bad = kCompared;
  bad["polarity"] = "very strong";
  ChatStandIn server({200, Answer(json::array({kCompared, bad}))});
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_FALSE(out.use.used);
  EXPECT_NE(out.use.reason.find("does not match its schema"), std::string::npos) << out.use.reason;
  EXPECT_NE(out.use.reason.find("Ana's notes"), std::string::npos) << out.use.reason;
  EXPECT_EQ(out.evidence[0].signals.size(), out.playbook_only[0].signals.size());
}

TEST(EvidenceModel, ScoresInTheAnswerAreIgnored) {
  json scored = kCompared;
  scored["score"] = 5;
  std::string message = json{
      {"signals", json::array({scored})},
      {"red_flags", json::array()},
      {"scores", {{"eval_discipline", 5}}},
      {"recommendation",
       "strong_hire"}}.dump();
  ChatStandIn server({200, ChatCompletionBody(message)});
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_TRUE(out.use.used);
  EXPECT_EQ(out.use.counts.added, 1);
  EXPECT_EQ(out.use.ignored_fields, (std::vector<std::string>{"Ana: recommendation", "Ana: scores",
                                                              "Ana: signals[0].score"}));
  EXPECT_EQ(out.evidence[0].mismatches.size(), out.playbook_only[0].mismatches.size());
}

TEST(EvidenceModel, ASilentServerTimesOut) {
  ChatStandIn server({200, "", /*silent=*/true});
  LlmConfig config = ConfigFor(server.port());
  config.timeout = std::chrono::milliseconds(200);
  Outcome out = Ask(config);
  EXPECT_FALSE(out.use.used);
  EXPECT_NE(out.use.reason.find("within 200 ms"), std::string::npos) << out.use.reason;
  EXPECT_EQ(out.evidence[0].signals.size(), out.playbook_only[0].signals.size());
}

TEST(EvidenceModel, ARefusedConnectionIsSaid) {
  Outcome out = Ask(ConfigFor(testing::ClosedPort()));
  EXPECT_FALSE(out.use.used);
  EXPECT_NE(out.use.reason.find("connection refused"), std::string::npos) << out.use.reason;
}

// An answer of about 4 KiB against a limit of 1000 bytes.
ModelUse AskForTooMuch(bool chunked) {
  json long_quote = kCompared;
  long_quote["quote"] = std::string(4000, 'x');
  StandInReply reply{200, Answer(json::array({long_quote}))};
  reply.chunked = chunked;
  ChatStandIn server(reply);
  LlmConfig config = ConfigFor(server.port());
  config.max_answer_bytes = 1000;
  return Ask(config).use;
}

TEST(EvidenceModel, AnOversizedAnswerIsRefused) {
  for (bool chunked : {false, true}) {
    ModelUse use = AskForTooMuch(chunked);
    EXPECT_FALSE(use.used);
    EXPECT_NE(use.reason.find("larger than 1000 bytes"), std::string::npos)
        << chunked << ": " << use.reason;
  }
}

TEST(EvidenceModel, AChunkedAnswerWithinTheLimitIsRead) {
  StandInReply reply{200, Answer(json::array({kCompared}))};
  reply.chunked = true;
  ChatStandIn server(reply);
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_TRUE(out.use.used) << out.use.reason;
  EXPECT_EQ(out.use.counts.added, 1);
}

TEST(EvidenceModel, ANon2xxAnswerIsSaidWithItsStatus) {
  ChatStandIn server({404, R"({"error": "model not found"})"});
  Outcome out = Ask(ConfigFor(server.port()));
  EXPECT_FALSE(out.use.used);
  EXPECT_NE(out.use.reason.find("answered 404"), std::string::npos) << out.use.reason;
  EXPECT_NE(out.use.reason.find("model not found"), std::string::npos) << out.use.reason;
}

// A poster that answers well once, then fails: the second scorecard's failure
// undoes the first's findings (all or nothing).
class FailingSecondTime : public HttpPoster {
 public:
  Result<HttpAnswer> Post(const HttpPostRequest&) override {
    if (calls_++ == 0) return HttpAnswer{200, "OK", Answer(json::array({kCompared}))};
    return Status::Unavailable("connection reset");
  }

 private:
  int calls_ = 0;
};

TEST(EvidenceModel, AFailureOnAnyScorecardLeavesThePlaybooksFindingsAlone) {
  CandidateScorecards input = Input();
  Scorecard second = input.scorecards[0];
  second.interviewer = "Ben";
  input.scorecards.push_back(second);
  std::vector<ScorecardEvidence> evidence = ReviewEvidence(Pb(), input);
  std::vector<ScorecardEvidence> before = evidence;
  FailingSecondTime poster;
  ModelUse use = AddModelEvidence(Pb(), input, ConfigFor("1"), poster, &evidence);
  EXPECT_FALSE(use.used);
  EXPECT_NE(use.reason.find("reading Ben's notes: connection reset"), std::string::npos)
      << use.reason;
  EXPECT_EQ(use.counts.added, 0);
  for (size_t i = 0; i < evidence.size(); ++i) {
    EXPECT_EQ(evidence[i].signals.size(), before[i].signals.size());
  }
}

TEST(EvidenceModel, AScorecardWithoutNotesIsNotSent) {
  ChatStandIn server({200, Answer(json::array())});
  CandidateScorecards input = Input();
  input.scorecards[0].notes.clear();
  input.scorecards[0].summary.clear();
  std::vector<ScorecardEvidence> evidence = ReviewEvidence(Pb(), input);
  ModelUse use =
      AddModelEvidence(Pb(), input, ConfigFor(server.port()), *MakeBeastHttpPoster(), &evidence);
  EXPECT_TRUE(use.used);
  EXPECT_TRUE(server.requests().empty());
}

}  // namespace
}  // namespace firsthire::llm
