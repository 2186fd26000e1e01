// The pool loaders (CSV, JSON, YAML, JSON Resume), the team loader and the
// playbook's team section, on good and broken inputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "firsthire/candidate_pool.h"
#include "firsthire/team.h"
#include "input/document.h"
#include "input/playbook_team_loader.h"

namespace firsthire {
namespace {

const Playbook& P() { return DefaultPlaybook(); }

size_t Trait(const std::string& id) {
  for (size_t t = 0; t < P().traits.size(); ++t) {
    if (P().traits[t].id == id) return t;
  }
  return 99;
}

// --- CSV ---

constexpr char kCsv[] =
    "id,name,cost,codes,product_sense,data_intuition,software_engineering,domain_expertise,design,meta\n"
    "c1,Ana Diaz,120000,yes,2,3,5,4,0,3\n"
    "c2,\"Bo, Jr.\",90000,no,4,1,0,1,2,4\n"
    "\n"
    "c3,Cy,,,,,,,5,\n";

TEST(CsvPoolLoaderTest, ReadsHeaderNamedColumnsAndRows) {
  Diagnostics d;
  auto pool = LoadPoolCsv(kCsv, "pool.csv", P(), {}, &d);
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  ASSERT_EQ(pool->size(), 3u);
  EXPECT_EQ(pool->id(0), "c1");
  EXPECT_EQ(pool->name(1), "Bo, Jr.");
  EXPECT_EQ(pool->level(0, Trait("software_engineering")), 5);
  EXPECT_EQ(pool->level(1, Trait("product_sense")), 4);
  EXPECT_EQ(pool->level(2, Trait("design")), 5);
  EXPECT_EQ(pool->level(2, Trait("meta")), 0);
  EXPECT_DOUBLE_EQ(pool->cost(0), 120000);
  EXPECT_DOUBLE_EQ(pool->cost(2), 0);
  EXPECT_EQ(pool->codes(0), 1);
  EXPECT_EQ(pool->codes(1), 0);
  EXPECT_EQ(pool->codes(2), -1);
  EXPECT_TRUE(d.warnings().empty());
}

TEST(CsvPoolLoaderTest, AcceptsTraitTitlesAndWarnsAboutUnknownAndMissingColumns) {
  Diagnostics d;
  auto pool = LoadPoolCsv("id,Product sense,Software engineering,salary\nx,3,4,10\n", "p.csv", P(), {}, &d);
  ASSERT_TRUE(pool.ok());
  EXPECT_EQ(pool->level(0, Trait("product_sense")), 3);
  EXPECT_EQ(pool->level(0, Trait("software_engineering")), 4);
  ASSERT_FALSE(d.warnings().empty());
  EXPECT_NE(d.warnings()[0].message.find("salary"), std::string::npos);
}

TEST(CsvPoolLoaderTest, BadRowFailsWithItsLineNumber) {
  Diagnostics d;
  std::string csv = "id,design,cost\na,3,1\nb,7,1\nc,2\nd,2,-5\n";
  auto pool = LoadPoolCsv(csv, "bad.csv", P(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_EQ(pool.status().location().file, "bad.csv");
  EXPECT_EQ(pool.status().location().line, 3);
  EXPECT_NE(pool.status().message().find("'7'"), std::string::npos);
  // Every bad row is reported, each with its line.
  ASSERT_EQ(d.errors().size(), 3u);
  EXPECT_EQ(d.errors()[1].where.line, 4);
  EXPECT_NE(d.errors()[1].message.find("2 fields"), std::string::npos);
  EXPECT_EQ(d.errors()[2].where.line, 5);
}

TEST(CsvPoolLoaderTest, SkipBadRowsKeepsTheRestWithWarnings) {
  Diagnostics d;
  PoolLoadOptions options;
  options.skip_bad_rows = true;
  auto pool = LoadPoolCsv("id,design,cost\na,3,1\nb,7,1\nc,2\nd,2,-5\na,1,1\ne,4,2\n", "bad.csv", P(),
                          options, &d);
  ASSERT_TRUE(pool.ok());
  ASSERT_EQ(pool->size(), 2u);
  EXPECT_EQ(pool->id(1), "e");
  std::vector<Diagnostic> skipped;
  for (const auto& w : d.warnings()) {
    if (w.message.find("skipped") != std::string::npos) skipped.push_back(w);
  }
  ASSERT_EQ(skipped.size(), 4u);
  EXPECT_EQ(skipped[0].where.line, 3);
  EXPECT_EQ(skipped[3].where.line, 6);
  EXPECT_NE(skipped[3].message.find("duplicate"), std::string::npos);
}

TEST(CsvPoolLoaderTest, BrokenFiles) {
  Diagnostics d1;
  EXPECT_FALSE(LoadPoolCsv("name,design\nx,3\n", "p.csv", P(), {}, &d1).ok());  // no id column
  Diagnostics d2;
  auto unterminated = LoadPoolCsv("id,design\n\"x,3\n", "p.csv", P(), {}, &d2);
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.status().message().find("quoted"), std::string::npos);
  Diagnostics d3;
  EXPECT_FALSE(LoadPoolCsv("", "p.csv", P(), {}, &d3).ok());
}

TEST(CsvPoolLoaderTest, QuotedFieldsMaySpanLines) {
  Diagnostics d;
  auto pool = LoadPoolCsv("id,name,design\r\na,\"two\nlines\",3\r\nb,x,oops\r\n", "p.csv", P(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_EQ(pool.status().location().line, 4);  // the row after the two-line record
}

// --- JSON (streamed) ---

TEST(JsonPoolLoaderTest, ReadsTheSpecShape) {
  Diagnostics d;
  auto pool = LoadPoolJson(R"({"candidates": [
    {"id": "c1", "name": "Ana", "traits": {"design": 4, "meta": 3}, "codes": false, "cost": 50},
    {"id": 7, "traits": {"software_engineering": 5}, "role": "Engineer", "x-note": {"a": [1, 2]}}
  ], "source": "export"})",
                           "pool.json", P(), {}, &d);
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  ASSERT_EQ(pool->size(), 2u);
  EXPECT_EQ(pool->level(0, Trait("design")), 4);
  EXPECT_EQ(pool->id(1), "7");
  EXPECT_EQ(pool->name(1), "7");
  EXPECT_EQ(pool->role(1), "Engineer");
  EXPECT_EQ(pool->codes(0), 0);
  EXPECT_EQ(d.warnings().size(), 2u);  // x-note, source
}

TEST(JsonPoolLoaderTest, BadLevelIsLocated) {
  Diagnostics d;
  auto pool = LoadPoolJson("{\"candidates\": [\n  {\"id\": \"a\", \"traits\": {\"design\": 2}},\n"
                           "  {\"id\": \"b\", \"traits\": {\"design\": 9}}\n]}",
                           "pool.json", P(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_EQ(pool.status().location().line, 3);
  EXPECT_GT(pool.status().location().column, 1);
  EXPECT_NE(pool.status().message().find("design"), std::string::npos);
}

TEST(JsonPoolLoaderTest, UnknownTraitSuggestsTheClosest) {
  Diagnostics d;
  auto pool = LoadPoolJson(R"({"candidates": [{"id": "a", "traits": {"desing": 2}}]})", "p.json", P(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_NE(pool.status().message().find("did you mean 'design'"), std::string::npos);
}

TEST(JsonPoolLoaderTest, SyntaxErrorAndWrongShape) {
  Diagnostics d1;
  auto bad = LoadPoolJson("{\"candidates\": [\n {\"id\": \"a\",, }]}", "p.json", P(), {}, &d1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().location().line, 2);
  Diagnostics d2;
  EXPECT_FALSE(LoadPoolJson("[1, 2]", "p.json", P(), {}, &d2).ok());
  Diagnostics d3;
  EXPECT_FALSE(LoadPoolJson("{\"candidates\": 3}", "p.json", P(), {}, &d3).ok());
  Diagnostics d4;
  EXPECT_FALSE(LoadPoolJson("{\"people\": []}", "p.json", P(), {}, &d4).ok());
}

TEST(JsonPoolLoaderTest, NumericIdTooLongToBeExactIsRefused) {
  // Found by pool_fuzzer: a 22-digit id once overflowed the integer conversion.
  Diagnostics d1;
  auto huge = LoadPoolJson(R"({"candidates": [{"id": 5555555555555555555555, "cost": 1}]})", "p.json", P(), {}, &d1);
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("15 digits"), std::string::npos) << huge.status().ToString();
  Diagnostics d2;
  auto negative = LoadPoolJson(R"({"candidates": [{"id": -1e300}]})", "p.json", P(), {}, &d2);
  EXPECT_FALSE(negative.ok());
  Diagnostics d3;
  auto fits = LoadPoolJson(R"({"candidates": [{"id": 123456789012345}]})", "p.json", P(), {}, &d3);
  ASSERT_TRUE(fits.ok()) << fits.status().ToString();
  EXPECT_EQ(fits->id(0), "123456789012345");
}

TEST(JsonPoolLoaderTest, DuplicateIdsFailOrAreSkipped) {
  std::string text = R"({"candidates": [{"id": "a"}, {"id": "a", "cost": 1}, {"id": "b", "cost": -1}]})";
  Diagnostics d1;
  EXPECT_FALSE(LoadPoolJson(text, "p.json", P(), {}, &d1).ok());
  Diagnostics d2;
  PoolLoadOptions skip;
  skip.skip_bad_rows = true;
  auto pool = LoadPoolJson(text, "p.json", P(), skip, &d2);
  ASSERT_TRUE(pool.ok());
  EXPECT_EQ(pool->size(), 1u);
  EXPECT_EQ(d2.warnings().size(), 2u);
}

// --- YAML ---

TEST(YamlPoolLoaderTest, ReadsCandidatesAndLocatesErrors) {
  Diagnostics d;
  auto pool = LoadPoolYaml("candidates:\n  - id: a\n    traits: {design: 3}\n    cost: 5\n", "p.yaml", P(), {}, &d);
  ASSERT_TRUE(pool.ok());
  EXPECT_EQ(pool->level(0, Trait("design")), 3);
  Diagnostics d2;
  auto bad = LoadPoolYaml("candidates:\n  - id: a\n    traits: {design: six}\n", "p.yaml", P(), {}, &d2);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().location().line, 3);
}

// --- JSON Resume ---

constexpr char kResume[] = R"({
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {"name": "Rae Kim", "label": "Full-stack engineer"},
  "work": [{"name": "Acme", "position": "Backend engineer",
            "highlights": ["Built the claims triage workflow for insurance adjusters"]}],
  "skills": [
    {"name": "Backend", "level": "Expert", "keywords": ["Python", "PostgreSQL"]},
    {"name": "Figma", "level": "Beginner"},
    {"name": "Data analysis", "keywords": ["SQL"]}
  ],
  "meta": {"cost": 130000}
})";

TEST(JsonResumeTest, SkillsAndWorkMapToTraitLevels) {
  std::vector<uint8_t> lv = ResumeTraitLevels(kResume, P());
  const ResumeMapping& m = P().team.json_resume;
  // Expert backend skill + backend work → expert level + work bonus.
  EXPECT_EQ(lv[Trait("software_engineering")], std::min(m.max_level, m.skill_levels.at("expert") + m.work_bonus));
  EXPECT_EQ(lv[Trait("design")], m.skill_levels.at("beginner"));
  EXPECT_EQ(lv[Trait("data_intuition")], m.default_skill_level);  // no level given
  EXPECT_EQ(lv[Trait("domain_expertise")], m.work_bonus);        // "insurance" in work only
  EXPECT_EQ(lv[Trait("product_sense")], 0);
}

TEST(JsonResumeTest, ProjectsCountLikeWork) {
  const ResumeMapping& m = P().team.json_resume;
  constexpr char kWithProject[] = R"({"basics": {"name": "Ola"},
    "projects": [{"name": "Clinic scheduler", "description": "A self-taught side project",
                  "keywords": ["healthcare"], "roles": ["founder"]}]})";
  EXPECT_TRUE(LooksLikeJsonResume(R"({"projects": []})"));
  std::vector<uint8_t> lv = ResumeTraitLevels(kWithProject, P());
  EXPECT_EQ(lv[Trait("domain_expertise")], m.work_bonus);  // "healthcare" keyword
  EXPECT_EQ(lv[Trait("meta")], m.work_bonus);              // "self-taught", "founder"
  EXPECT_EQ(lv[Trait("design")], 0);
  // Without the projects nothing is known about those traits.
  lv = ResumeTraitLevels(R"({"basics": {"name": "Ola"}})", P());
  EXPECT_EQ(lv[Trait("domain_expertise")], 0);
  EXPECT_EQ(lv[Trait("meta")], 0);
}

TEST(JsonResumeTest, WholeWordsOnly) {
  // "go" inside "good" or "cargo" must not count as a keyword.
  Playbook pb = P();
  pb.team.json_resume.traits = {{"design", {"ux"}}};
  std::vector<uint8_t> lv = ResumeTraitLevels(R"({"skills": [{"name": "Luxury goods"}]})", pb);
  EXPECT_EQ(lv[Trait("design")], 0);
  lv = ResumeTraitLevels(R"({"skills": [{"name": "UX research"}]})", pb);
  EXPECT_EQ(lv[Trait("design")], pb.team.json_resume.default_skill_level);
}

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("fh_pool_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
    return (path_ / name).string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST(JsonResumeTest, FolderOfResumesBecomesAPool) {
  TempDir dir;
  dir.Write("rae.json", kResume);
  dir.Write("sam.json", R"({"basics": {"name": "Sam"}, "skills": [{"name": "UX", "level": "Advanced"}],
                           "meta": {"id": "sam-01"}})");
  dir.Write("notes.txt", "ignored");
  Diagnostics d;
  auto pool = LoadPool(dir.path(), P(), {}, &d);
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  ASSERT_EQ(pool->size(), 2u);
  EXPECT_EQ(pool->id(0), "rae");
  EXPECT_EQ(pool->name(0), "Rae Kim");
  EXPECT_DOUBLE_EQ(pool->cost(0), 130000);
  EXPECT_EQ(pool->id(1), "sam-01");
  EXPECT_EQ(pool->level(1, Trait("design")), 3);
}

TEST(JsonResumeTest, BrokenResumeFailsOrIsSkipped) {
  TempDir dir;
  dir.Write("a.json", kResume);
  dir.Write("b.json", "{\"basics\": {\"name\": \"B\"},\n \"skills\": [ }");
  Diagnostics d;
  auto pool = LoadPool(dir.path(), P(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_NE(pool.status().ToString().find("b.json"), std::string::npos);
  EXPECT_EQ(pool.status().location().line, 2);
  Diagnostics d2;
  PoolLoadOptions skip;
  skip.skip_bad_rows = true;
  auto kept = LoadPool(dir.path(), P(), skip, &d2);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->size(), 1u);
}

TEST(LoadPoolTest, PicksTheFormatByExtension) {
  TempDir dir;
  Diagnostics d;
  EXPECT_EQ(LoadPool(dir.Write("p.csv", "id,design\na,3\n"), P(), {}, &d)->size(), 1u);
  EXPECT_EQ(LoadPool(dir.Write("p.json", R"({"candidates": [{"id": "a"}]})"), P(), {}, &d)->size(), 1u);
  EXPECT_EQ(LoadPool(dir.Write("p.yml", "candidates: [{id: a}, {id: b}]\n"), P(), {}, &d)->size(), 2u);
  EXPECT_EQ(LoadPool(dir.Write("one.json", kResume), P(), {}, &d)->size(), 1u);
  auto unknown = LoadPool(dir.Write("p.xlsx", "x"), P(), {}, &d);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find(".csv"), std::string::npos);
  EXPECT_EQ(LoadPool(dir.path() + "/missing.csv", P(), {}, &d).status().code(), Code::kNotFound);
}

// --- team ---

TEST(TeamLoaderTest, ReadsMembersAndChecksTraits) {
  Diagnostics d;
  auto team = LoadTeam("members:\n  - name: Ana\n    traits: {domain_expertise: 4, software_engineering: 3}\n"
                       "    codes: true\n    role: Founder\nshape: custom_model\n",
                       "team.yaml", P(), &d);
  ASSERT_TRUE(team.ok()) << team.status().ToString();
  ASSERT_EQ(team->members.size(), 1u);
  EXPECT_EQ(team->members[0].levels[Trait("domain_expertise")], 4);
  EXPECT_EQ(team->members[0].codes, true);
  EXPECT_EQ(team->shape, "custom_model");
  Diagnostics d2;
  auto bad = LoadTeam("members:\n  - name: Ana\n    traits: {desgin: 4}\n", "team.yaml", P(), &d2);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().location().line, 3);
  EXPECT_NE(bad.status().message().find("did you mean 'design'"), std::string::npos);
  Diagnostics d3;
  EXPECT_FALSE(LoadTeam("members:\n  - name: Ana\n    traits: {design: 6}\n", "t.yaml", P(), &d3).ok());
  Diagnostics d4;
  EXPECT_FALSE(LoadTeam("members:\n  - traits: {design: 3}\n", "t.yaml", P(), &d4).ok());  // no name
}

// --- playbook team section ---

TEST(PlaybookTeamTest, DefaultPlaybookHasTheTeamSection) {
  const TeamRules& t = P().team;
  EXPECT_TRUE(t.present);
  EXPECT_EQ(t.principles.size(), TeamPrincipleIds().size());
  for (const auto& id : TeamPrincipleIds()) {
    const TeamPrinciple* p = t.FindPrinciple(id);
    ASSERT_NE(p, nullptr) << id;
    EXPECT_FALSE(p->reason.empty());
    EXPECT_FALSE(p->what_to_do.empty());
  }
  EXPECT_GE(t.depth_weight, 0);
  EXPECT_LE(t.depth_weight, 1);
  EXPECT_EQ(t.json_resume.traits.size(), P().traits.size());
  EXPECT_GT(t.domain_coder_weight, 0);
  EXPECT_NE(t.domain_coder_text.find("{weight}"), std::string::npos);
}

TEST(PlaybookTeamTest, RejectsBadParameters) {
  std::string text(DefaultPlaybookText());
  auto with = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    size_t at = t.find(from, t.find("\nteam:"));
    EXPECT_NE(at, std::string::npos) << from;
    t.replace(at, from.size(), to);
    Diagnostics d;
    return LoadPlaybook(t, "pb.yaml", &d);
  };
  EXPECT_FALSE(with("depth_weight: 0.25", "depth_weight: 1.5").ok());
  EXPECT_FALSE(with("bar: 3", "bar: 9").ok());
  EXPECT_FALSE(with("- trait: design", "- trait: desing").ok());
  EXPECT_FALSE(with("- id: one_person_all_gaps", "- id: one_person_all_gap").ok());
  EXPECT_FALSE(
      with("weight: 2.0\n    min_domain_level: 3", "weight: -1\n    min_domain_level: 3").ok());
  EXPECT_FALSE(with("min_domain_level: 3", "min_domain_level: 7").ok());
  Result<Playbook> off =
      with("weight: 2.0\n    min_domain_level: 3", "weight: 0\n    min_domain_level: 4");
  ASSERT_TRUE(off.ok());
  EXPECT_EQ(off->team.domain_coder_weight, 0);
  EXPECT_EQ(off->team.domain_coder_min_level, 4);
}

}  // namespace
}  // namespace firsthire
