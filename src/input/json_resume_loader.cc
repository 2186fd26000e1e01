// JSON Resume (https://jsonresume.org, schema v1.0.0) → one candidate. Trait
// levels come from the playbook's team.json_resume keywords: see
// docs/team.md for the mapping.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "firsthire/candidate_pool.h"
#include "input/json_resume.h"

namespace firsthire {

namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// `needle` (lower case) occurs in `haystack` (lower case) as whole words.
bool ContainsPhrase(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return false;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    bool start_ok = at == 0 || !IsWordChar(haystack[at - 1]) || !IsWordChar(needle.front());
    size_t end = at + needle.size();
    bool end_ok = end == haystack.size() || !IsWordChar(haystack[end]) || !IsWordChar(needle.back());
    if (start_ok && end_ok) return true;
  }
  return false;
}

bool MatchesAny(const std::string& text, const std::vector<std::string>& keywords) {
  for (const auto& k : keywords) {
    if (ContainsPhrase(text, k)) return true;
  }
  return false;
}

std::string StringAt(const json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::vector<uint8_t> ResumeLevels(const json& resume, const Playbook& playbook) {
  const ResumeMapping& m = playbook.team.json_resume;
  std::vector<uint8_t> levels(playbook.traits.size(), 0);
  // Texts of each skill (name and keywords) with the skill's level.
  struct SkillText {
    std::string text;
    int level;
  };
  std::vector<SkillText> skills;
  if (auto it = resume.find("skills"); it != resume.end() && it->is_array()) {
    for (const json& skill : *it) {
      if (!skill.is_object()) continue;
      SkillText st;
      st.text = Lower(StringAt(skill, "name"));
      if (auto kw = skill.find("keywords"); kw != skill.end() && kw->is_array()) {
        for (const json& k : *kw) {
          if (k.is_string()) st.text += " | " + Lower(k.get<std::string>());
        }
      }
      std::string level_word = Lower(StringAt(skill, "level"));
      auto lv = m.skill_levels.find(level_word);
      st.level = lv != m.skill_levels.end() ? lv->second : m.default_skill_level;
      skills.push_back(std::move(st));
    }
  }
  std::string work_text;
  if (auto it = resume.find("work"); it != resume.end() && it->is_array()) {
    for (const json& job : *it) {
      if (!job.is_object()) continue;
      work_text += " | " + Lower(StringAt(job, "position")) + " | " + Lower(StringAt(job, "summary"));
      if (auto h = job.find("highlights"); h != job.end() && h->is_array()) {
        for (const json& line : *h) {
          if (line.is_string()) work_text += " | " + Lower(line.get<std::string>());
        }
      }
    }
  }
  // Projects (name, description, highlights, keywords, roles) show work the
  // same way jobs do: side projects are where distance travelled shows.
  if (auto it = resume.find("projects"); it != resume.end() && it->is_array()) {
    for (const json& project : *it) {
      if (!project.is_object()) continue;
      work_text += " | " + Lower(StringAt(project, "name")) + " | " +
                   Lower(StringAt(project, "description"));
      for (const char* list : {"highlights", "keywords", "roles"}) {
        auto h = project.find(list);
        if (h == project.end() || !h->is_array()) continue;
        for (const json& line : *h) {
          if (line.is_string()) work_text += " | " + Lower(line.get<std::string>());
        }
      }
    }
  }
  for (const ResumeTraitKeywords& tk : m.traits) {
    auto trait = std::find_if(playbook.traits.begin(), playbook.traits.end(),
                              [&](const Trait& t) { return t.id == tk.trait; });
    if (trait == playbook.traits.end()) continue;
    int level = 0;
    for (const SkillText& st : skills) {
      if (MatchesAny(st.text, tk.keywords)) level = std::max(level, st.level);
    }
    if (MatchesAny(work_text, tk.keywords)) level += m.work_bonus;
    level = std::clamp(level, 0, std::min(m.max_level, 5));
    size_t t = static_cast<size_t>(trait - playbook.traits.begin());
    levels[t] = std::max(levels[t], static_cast<uint8_t>(level));
  }
  return levels;
}

namespace {

Result<json> ParseResume(std::string_view text, const std::string& source) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 2, column 13: syntax error ..."
    std::string what = e.what();
    Location where{source, 0, 0, ""};
    size_t at = what.find("at line ");
    if (at != std::string::npos) {
      std::sscanf(what.c_str() + at, "at line %d, column %d", &where.line, &where.column);
    }
    size_t colon = what.find(": ", what.find("parse error"));
    return Status::InvalidInput(
        "JSON syntax error: " + (colon == std::string::npos ? what : what.substr(colon + 2)), where);
  }
}

}  // namespace

bool LooksLikeJsonResume(std::string_view text) {
  // Cheap test on the first few kilobytes: a pool has "candidates", a resume
  // has "basics", "skills" or "work" (and often a jsonresume $schema).
  std::string_view head = text.substr(0, 8192);
  if (head.find("\"candidates\"") != std::string_view::npos) return false;
  return head.find("\"basics\"") != std::string_view::npos ||
         head.find("\"skills\"") != std::string_view::npos ||
         head.find("\"work\"") != std::string_view::npos ||
         head.find("\"projects\"") != std::string_view::npos ||
         head.find("jsonresume") != std::string_view::npos;
}

std::vector<uint8_t> ResumeTraitLevels(std::string_view text, const Playbook& playbook) {
  auto parsed = ParseResume(text, "");
  if (!parsed.ok() || !parsed->is_object()) return std::vector<uint8_t>(playbook.traits.size(), 0);
  return ResumeLevels(*parsed, playbook);
}

Status AddJsonResume(std::string_view text, const std::string& source, const std::string& fallback_id,
                     const Playbook& playbook, CandidatePool* pool, Diagnostics* diagnostics) {
  auto parsed = ParseResume(text, source);
  if (!parsed.ok()) {
    diagnostics->AddError(parsed.status().location(), parsed.status().message());
    return parsed.status();
  }
  const json& resume = *parsed;
  Location where{source, 1, 1, ""};
  if (!resume.is_object()) {
    Status s = Status::InvalidInput("expected a JSON Resume object", where);
    diagnostics->AddError(where, s.message());
    return s;
  }
  json basics = resume.contains("basics") ? resume["basics"] : json::object();
  json meta = resume.contains("meta") ? resume["meta"] : json::object();
  std::string id = StringAt(meta, "id");
  if (id.empty()) id = fallback_id;
  std::string name = StringAt(basics, "name");
  if (name.empty()) {
    diagnostics->AddWarning(Location{source, 1, 1, "basics.name"},
                            "the resume has no basics.name; the file name is used");
    name = fallback_id;
  }
  double cost = 0;
  if (meta.is_object() && meta.contains("cost")) {
    if (!meta["cost"].is_number() || meta["cost"].get<double>() < 0) {
      Status s = Status::InvalidInput("expected a number of at least 0 for meta.cost",
                                      Location{source, 1, 1, "meta.cost"});
      diagnostics->AddError(s.location(), s.message());
      return s;
    }
    cost = meta["cost"].get<double>();
  }
  std::vector<uint8_t> levels = ResumeLevels(resume, playbook);
  if (pool->Find(id)) {
    Status s = Status::InvalidInput("duplicate candidate id '" + id + "'", where);
    diagnostics->AddError(where, s.message());
    return s;
  }
  pool->Add(id, name, levels.data(), cost, std::nullopt, StringAt(basics, "label"));
  return Status::Ok();
}

}  // namespace firsthire
