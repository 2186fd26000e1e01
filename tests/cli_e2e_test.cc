// End-to-end tests of the firsthire binary: exit codes, error messages,
// formats, and that a failed run writes nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "process_runner.h"

namespace firsthire {
namespace {

using ::firsthire::testing::ProcessResult;
using ::firsthire::testing::RunProcess;
namespace fs = std::filesystem;

const std::string kSource = FIRSTHIRE_SOURCE_DIR;

ProcessResult RunCli(std::vector<std::string> args, const std::string& stdin_text = "",
                  std::vector<std::string> env = {}) {
  args.insert(args.begin(), FIRSTHIRE_BIN);
  env.push_back("FIRSTHIRE_TODAY=2026-11-23");
  return RunProcess(args, stdin_text, env);
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("firsthire-e2e-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
    return (path_ / name).string();
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::string Example(const std::string& relative) { return kSource + "/examples/" + relative; }

std::vector<std::string> ExampleBriefs() {
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(kSource + "/examples/briefs")) {
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// One line on stderr, naming file:line:column, and nothing on stdout.
void ExpectOneLineError(const ProcessResult& r, const std::string& where, const std::string& what) {
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(r.out.empty()) << "a failed run must write nothing: " << r.out;
  std::string err = r.err;
  // Warnings may precede; the error is the last line.
  ASSERT_FALSE(err.empty());
  if (err.back() == '\n') err.pop_back();
  std::string last = err.substr(err.rfind('\n') == std::string::npos ? 0 : err.rfind('\n') + 1);
  EXPECT_EQ(last.rfind("firsthire: error: ", 0), 0u) << last;
  EXPECT_NE(last.find(where), std::string::npos) << last;
  EXPECT_NE(last.find(what), std::string::npos) << last;
}

TEST(Cli, HelpDocumentsExitCodes) {
  ProcessResult r = RunCli({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
  EXPECT_NE(r.out.find("2  bad input"), std::string::npos);
  for (const char* verb : {"assess", "kit", "score", "review", "plan", "playbook"}) {
    EXPECT_NE(r.out.find(verb), std::string::npos) << verb;
  }
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({"no-such-verb"}).exit_code, 2);
  EXPECT_EQ(RunCli({}).exit_code, 2);
  EXPECT_EQ(RunCli({"assess"}).exit_code, 2);
  EXPECT_EQ(RunCli({"--format", "xml", "assess", Example("briefs/support_ticket_triage.yaml")}).exit_code, 2);
}

// Texts that used to live in the engines come from the playbook: edit them in
// a playbook file and the verbs say the edited words.
TEST(Cli, EditedPlaybookTextsReachAssessReviewKitAndPlan) {
  TempDir dir;
  std::ifstream in(kSource + "/playbook/default.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto edit = [&](const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  };
  edit("The brief involves sensitive data: {sources}.", "Sensitive records ahead: {sources}.");
  edit("reason: \"Weak proposal: {causes}.\"", "reason: \"Do not sign yet: {causes}.\"");
  edit("Suppose you joined to own", "Picture yourself owning");
  edit("regulated_data: \"regulated data in {sources}\"",
       "regulated_data: \"protected records in {sources}\"");
  std::string pb = dir.Write("pb.yaml", text);
  ProcessResult valid = RunCli({"playbook", "validate", pb});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;

  ProcessResult assess = RunCli(
      {"--playbook", pb, "--format", "json", "assess", Example("briefs/claims_assistant.yaml")});
  EXPECT_NE(assess.out.find("Sensitive records ahead: Claims management system (regulated)."),
            std::string::npos)
      << assess.out << assess.err;
  ProcessResult review = RunCli({"--playbook", pb, "--format", "json", "review",
                                 Example("proposals/promptforge_freelancer.yaml")});
  EXPECT_NE(review.out.find("Do not sign yet:"), std::string::npos) << review.out << review.err;
  ProcessResult kit = RunCli(
      {"--playbook", pb, "--format", "json", "kit", Example("briefs/claims_assistant.yaml")});
  EXPECT_NE(kit.out.find("Picture yourself owning"), std::string::npos) << kit.out << kit.err;
  ProcessResult plan = RunCli(
      {"--playbook", pb, "--format", "json", "plan", Example("briefs/claims_assistant.yaml")});
  EXPECT_NE(plan.out.find("protected records in Claims management system"), std::string::npos)
      << plan.out << plan.err;
}

TEST(Cli, PlaybookValidateListsEveryProblemWithItsLine) {
  TempDir dir;
  std::ifstream in(kSource + "/playbook/default.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(text.find("max_age_days: 180"), 17, "max_age_days: soon");
  text.replace(text.find("- id: premature_multi_agent"), 27, "- id: premature_multiagent");
  std::string path = dir.Write("pb.yaml", text);
  ProcessResult r = RunCli({"playbook", "validate", path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find(path + ":14:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("must define id 'premature_multi_agent'"), std::string::npos) << r.err;
  // The evidence cues name the flag too, so its rename is found there as well.
  EXPECT_NE(r.err.find("unknown id 'premature_multi_agent' for 'evidence.red_flags"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("3 problems found"), std::string::npos) << r.err;

  ProcessResult ok = RunCli({"playbook", "validate", kSource + "/playbook/default.yaml"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("valid playbook"), std::string::npos);
}

TEST(Cli, PlaybookExportRoundTripsAndShowHasJson) {
  ProcessResult exported = RunCli({"playbook", "export"});
  ASSERT_EQ(exported.exit_code, 0);
  std::ifstream in(kSource + "/playbook/default.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(exported.out, text);
  ProcessResult shown = RunCli({"playbook", "show", "--format", "json"});
  ASSERT_EQ(shown.exit_code, 0);
  auto json = nlohmann::json::parse(shown.out);
  EXPECT_EQ(json["version"], "2026.11.1");
  EXPECT_EQ(json["red_flags"].size(), 5u);
}

TEST(Cli, StalePlaybookWarns) {
  ProcessResult fresh = RunCli({"playbook", "show"});
  EXPECT_EQ(fresh.err.find("last reviewed"), std::string::npos) << fresh.err;
  ProcessResult stale = RunProcess({FIRSTHIRE_BIN, "playbook", "show"}, "", {"FIRSTHIRE_TODAY=2027-11-23"});
  EXPECT_EQ(stale.exit_code, 0);
  EXPECT_NE(stale.err.find("last reviewed on 2026-11-20"), std::string::npos) << stale.err;
}

TEST(Cli, AssessEveryExampleInEveryFormat) {
  std::set<std::string> verdicts;
  for (const std::string& brief : ExampleBriefs()) {
    SCOPED_TRACE(brief);
    ProcessResult json = RunCli({"assess", brief, "--format", "json"});
    ASSERT_EQ(json.exit_code, 0) << json.err;
    auto j = nlohmann::json::parse(json.out);
    std::set<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
    EXPECT_EQ(keys, (std::set<std::string>{"playbook", "readiness", "engagement", "buyer_problem",
                                            "first_hire", "route", "cost", "scope", "risks",
                                            "next_steps"}));
    verdicts.insert(j["readiness"]["verdict"].get<std::string>());
    EXPECT_EQ(j["readiness"]["criteria"].size(), 5u);
    EXPECT_EQ(j["route"]["ranking"].size(), 4u);
    // A route is recommended only after a hire verdict; otherwise none is.
    if (j["readiness"]["verdict"] == "hire") {
      EXPECT_EQ(j["route"]["ranking"][0]["route"], j["route"]["recommended"]);
    } else {
      EXPECT_TRUE(j["route"]["recommended"].is_null());
    }

    ProcessResult text = RunCli({"assess", brief});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    if (j["readiness"]["verdict"] != "hire") {
      EXPECT_EQ(text.out.find("Route: "), std::string::npos) << "no hiring route after " << j["readiness"]["verdict"];
      EXPECT_EQ(text.out.find("route.partner_handoff"), std::string::npos);
    }
    EXPECT_EQ(text.out.find('\033'), std::string::npos) << "no colour when not a terminal";
    std::istringstream lines(text.out);
    for (std::string line; std::getline(lines, line);) {
      int width = 0;
      for (unsigned char c : line) width += (c & 0xC0) != 0x80;
      EXPECT_LE(width, 80) << line;
    }
    ProcessResult md = RunCli({"assess", brief, "--format", "md"});
    ASSERT_EQ(md.exit_code, 0) << md.err;
    EXPECT_EQ(md.out.rfind("# ", 0), 0u);
  }
  EXPECT_EQ(verdicts, (std::set<std::string>{"hire", "discovery_first", "buy_platform"}));
}

TEST(Cli, StandardInputIsReadForDash) {
  ProcessResult r = RunCli({"assess", "-", "--format", "json"},
                        R"({"workflow": {"name": "Invoice matching", "runs_per_week": 500}})");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["readiness"]["verdict"], "discovery_first");
}

TEST(Cli, SyntaxErrorNamesFileLineAndColumn) {
  TempDir dir;
  std::string path = dir.Write("brief.yaml", "workflow:\n  name: Triage\n  runs_per_week: [12\n");
  ExpectOneLineError(RunCli({"assess", path}), path + ":", "syntax error");
}

TEST(Cli, WrongTypeNamesTheField) {
  TempDir dir;
  std::string path = dir.Write("brief.yaml", "workflow:\n  name: Triage\n  runs_per_week: often\n");
  ExpectOneLineError(RunCli({"assess", path}), path + ":3:18", "expected a whole number");
}

TEST(Cli, UnknownEnumValueSuggestsTheClosest) {
  TempDir dir;
  std::string path = dir.Write("brief.yaml", "workflow: {name: T}\nconstraints:\n  mistake_cost: hgh\n");
  ExpectOneLineError(RunCli({"assess", path}), path + ":3:17", "did you mean 'high'?");
}

TEST(Cli, UnknownKeysAreWarningsNotErrors) {
  TempDir dir;
  std::string path = dir.Write("brief.yaml", "workflow: {name: T, runs_per_wek: 3}\n");
  ProcessResult r = RunCli({"assess", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning"), std::string::npos);
  EXPECT_NE(r.err.find("did you mean 'runs_per_week'"), std::string::npos) << r.err;
}

TEST(Cli, EmptyHugeMissingAndUnreadableInputs) {
  TempDir dir;
  ExpectOneLineError(RunCli({"assess", dir.Write("empty.yaml", "  \n")}), "empty.yaml", "empty");
  ExpectOneLineError(RunCli({"assess", dir.Write("huge.yaml", std::string(17u << 20, '#'))}), "huge.yaml",
                     "at most");
  ExpectOneLineError(RunCli({"assess", dir.path() + "/absent.yaml"}), "absent.yaml", "no such file");
  ExpectOneLineError(RunCli({"assess", dir.path()}), dir.path(), "is a directory");
  ExpectOneLineError(RunCli({"assess", "-"}, "\n"), "<stdin>", "empty");
}

TEST(Cli, HostileTextCannotDriveTheTerminal) {
  TempDir dir;
  std::string path =
      dir.Write("brief.yaml", "workflow: {name: \"Evil \\e[2J\\e]0;owned\\a name\"}\nowner: {name: \"\\e[31mDana\"}\n");
  ProcessResult r = RunCli({"assess", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('\033'), std::string::npos);
  EXPECT_EQ(r.out.find('\007'), std::string::npos);
}

TEST(Cli, ScoreOutOfRangeIsRefusedWithItsLine) {
  TempDir dir;
  std::string path = dir.Write("cards.yaml",
                               "candidate: {id: c1, name: Ada}\n"
                               "scorecards:\n"
                               "  - interviewer: Sam\n"
                               "    scores: {production_shipping: 6, eval_discipline: 3}\n");
  ExpectOneLineError(RunCli({"score", path}), path + ":4:", "production_shipping");
}

TEST(Cli, ScoreUnknownCategorySuggests) {
  TempDir dir;
  std::string path = dir.Write("cards.yaml",
                               "candidate: {id: c1, name: Ada}\n"
                               "scorecards:\n"
                               "  - interviewer: Sam\n"
                               "    scores: {eval_dicipline: 3}\n");
  ExpectOneLineError(RunCli({"score", path}), path + ":4:", "did you mean 'eval_discipline'");
}

TEST(Cli, KitForCandidateHasNoAnchors) {
  std::string brief = Example("briefs/policy_search_assistant.yaml");
  ProcessResult interviewer = RunCli({"kit", brief, "--format", "md"});
  ProcessResult candidate = RunCli({"kit", brief, "--for", "candidate", "--format", "md"});
  ASSERT_EQ(interviewer.exit_code, 0) << interviewer.err;
  ASSERT_EQ(candidate.exit_code, 0) << candidate.err;
  // The anchors of the evaluation category, as the default playbook words them.
  const std::string anchor = "Judges results by eye";
  EXPECT_NE(interviewer.out.find(anchor), std::string::npos);
  EXPECT_EQ(candidate.out.find(anchor), std::string::npos);
  EXPECT_NE(candidate.out.find("How did you evaluate"), std::string::npos);
}

TEST(Cli, WriteFailureExitsOne) {
  // /dev/full accepts the open and fails every write.
  ProcessResult r = RunProcess({"/bin/sh", "-c", std::string(FIRSTHIRE_BIN) + " playbook show > /dev/full"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot write output"), std::string::npos) << r.err;
}

// Mail settings (docs/notifications.md) are checked before the server
// starts: one located message, exit 2.
TEST(Cli, ServeRefusesBadMailSettingsNamingTheOption) {
  TempDir dir;
  std::vector<std::string> serve = {"serve", "--db", dir.path() + "/db.sqlite", "--listen",
                                    "127.0.0.1:0"};
  auto run = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = serve;
    args.insert(args.end(), extra.begin(), extra.end());
    return RunCli(args, "", {"FIRSTHIRE_SMTP_URL"});
  };
  ExpectOneLineError(run({"--smtp", "http://mail.example.com", "--smtp-from", "a@example.com"}),
                     "--smtp", "smtp:// or smtp+starttls://");
  ExpectOneLineError(run({"--smtp", "smtp://mail.example.com"}), "--smtp-from", "needs");
  ExpectOneLineError(run({"--smtp-from", "a@example.com"}), "--smtp-from", "need --smtp");
  std::string texts = dir.Write("texts.yaml", "invite:\n  subjekt: Welcome\n");
  ExpectOneLineError(run({"--smtp", "smtp://mail.example.com", "--smtp-from", "a@example.com",
                          "--mail-texts", texts}),
                     "texts.yaml:2:12", "unknown field 'subjekt'");
}

}  // namespace
}  // namespace firsthire
