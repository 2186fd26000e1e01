// The config file read by `serve --config`: its syntax, precedence of the
// command line, checks and located messages.
#include "cli/config_file.h"

#include <gtest/gtest.h>

#include "cli/verb_test_runner.h"

namespace firsthire {
namespace {

struct Settings {
  std::string listen = "127.0.0.1:8080";
  std::string db;
  int threads = 4;
  bool secure = false;
  std::string config;
};

// A verb shaped like `serve`: parses `args`, then applies the config file.
Status ParseWithConfig(const std::string& args, const std::string& config_text, Settings& out) {
  CLI::App app;
  app.add_option("--listen", out.listen);
  app.add_option("--db", out.db);
  app.add_option("--threads", out.threads)->check(CLI::Range(1, 256));
  app.add_flag("--secure-cookies", out.secure);
  app.add_option("--config", out.config);
  std::string path = WriteTempInput("fh_config", config_text);
  app.parse(args + " --config " + path, false);
  return ApplyConfigFile(app, path);
}

TEST(ConfigFileTest, SettingsFillWhatTheCommandLineLeftUnset) {
  Settings s;
  Status st = ParseWithConfig("--threads 8",
                              "# firsthire\n\nlisten = 0.0.0.0:9000\n"
                              "db = \"postgresql://fh@db/firsthire\"\n"
                              "threads = 2\nsecure_cookies = true\n",
                              s);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(s.listen, "0.0.0.0:9000");
  EXPECT_EQ(s.db, "postgresql://fh@db/firsthire");
  EXPECT_EQ(s.threads, 8);  // the command line wins
  EXPECT_TRUE(s.secure);
}

TEST(ConfigFileTest, AnEmptyFileChangesNothing) {
  Settings s;
  ASSERT_TRUE(ParseWithConfig("", "# only a comment\n", s).ok());
  EXPECT_EQ(s.listen, "127.0.0.1:8080");
  EXPECT_EQ(s.threads, 4);
  EXPECT_FALSE(s.secure);
}

TEST(ConfigFileTest, UnknownNameIsLocatedWithASuggestion) {
  Settings s;
  Status st = ParseWithConfig("", "db = x.db\nlisen = :80\n", s);
  EXPECT_EQ(st.code(), Code::kInvalidInput);
  EXPECT_NE(st.ToString().find(":2:1"), std::string::npos) << st.ToString();
  EXPECT_NE(st.ToString().find("did you mean 'listen'"), std::string::npos) << st.ToString();
  EXPECT_EQ(s.db, "");  // nothing applied: names are checked first
}

TEST(ConfigFileTest, TheConfigOptionItselfIsNotASetting) {
  Settings s;
  EXPECT_EQ(ParseWithConfig("", "config = other.conf\n", s).code(), Code::kInvalidInput);
}

TEST(ConfigFileTest, ValuesGoThroughTheOptionsChecks) {
  Settings s;
  Status st = ParseWithConfig("", "listen = :80\n\nthreads = 0\n", s);
  EXPECT_EQ(st.code(), Code::kInvalidInput);
  EXPECT_NE(st.ToString().find(":3:1"), std::string::npos) << st.ToString();
  Settings flag;
  EXPECT_EQ(ParseWithConfig("", "secure-cookies = maybe\n", flag).code(), Code::kInvalidInput);
}

TEST(ConfigFileTest, MalformedLinesAreLocated) {
  auto no_equals = ParseConfigText("db = a\n  listen :80\n", "f.conf");
  ASSERT_FALSE(no_equals.ok());
  EXPECT_NE(no_equals.status().ToString().find("f.conf:2:3"), std::string::npos)
      << no_equals.status().ToString();
  EXPECT_FALSE(ParseConfigText("db = \"unterminated\n", "f.conf").ok());
  EXPECT_FALSE(ParseConfigText("Listen = :80\n", "f.conf").ok());
  auto quoted = ParseConfigText("web = \"/usr/share/firsthire/web\"\n", "f.conf");
  ASSERT_TRUE(quoted.ok());
  EXPECT_EQ((*quoted)[0].value, "/usr/share/firsthire/web");
}

TEST(ConfigFileTest, ServeReadsItsConfigAndTheCommandLineWins) {
  // The file's listen address is refused when nothing overrides it ...
  std::string conf = WriteTempInput("fh_serve_conf", "listen = nowhere\n");
  VerbRun bad = RunVerbs("serve --config " + conf, {AddServeVerb});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--listen must be ADDR:PORT"), std::string::npos) << bad.err;
  // ... and never read when --listen is given (the run then stops at the
  // unreachable database instead).
  std::string db_conf =
      WriteTempInput("fh_serve_conf", "listen = nowhere\ndb = /proc/no/such/dir/x.db\n");
  VerbRun given = RunVerbs("serve --listen 127.0.0.1:0 --config " + db_conf, {AddServeVerb});
  EXPECT_EQ(given.exit_code, 1) << given.err;
  EXPECT_EQ(given.err.find("--listen"), std::string::npos) << given.err;
  VerbRun missing = RunVerbs("serve --config /no/such/firsthire.conf", {AddServeVerb});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/no/such/firsthire.conf"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace firsthire
