// LoadEvidenceRules / LoadCalibrationRules: the playbook's `evidence:` and
// `calibration:` sections.
#include "input/playbook_evidence_loader.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "input/suggest.h"

namespace firsthire {
namespace {

std::string RequiredText(const InputNode& node) {
  node.Require();
  return node.String().value_or("");
}

// Empty when `pattern` is well formed, else what is wrong with it.
std::string PatternProblem(const std::string& pattern) {
  if (pattern.find_first_not_of(" \t") == std::string::npos) return "is empty";
  std::string padded = " " + pattern + " ";
  size_t last_gap = padded.rfind(" .. ");
  if (padded.find(" .. ") == 0 ||
      (last_gap != std::string::npos && last_gap + 4 == padded.size())) {
    return "starts or ends with '..'";
  }
  size_t last_far = padded.rfind(" ... ");
  if (padded.find(" ... ") == 0 ||
      (last_far != std::string::npos && last_far + 5 == padded.size())) {
    return "starts or ends with '...'";
  }
  size_t begin = 0;
  while (begin <= pattern.size()) {
    size_t end = pattern.find('|', begin);
    if (end == std::string::npos) end = pattern.size();
    std::string alternative = pattern.substr(begin, end - begin);
    if (alternative.find_first_not_of(" .") == std::string::npos) return "has an empty alternative";
    begin = end + 1;
  }
  return "";
}

// Named word lists (`terms:`): name -> its entries (words, `word*`, phrases).
using Terms = std::map<std::string, std::vector<std::string>>;

bool IsTermByte(char c) {
  return std::islower(static_cast<unsigned char>(c)) ||
         std::isdigit(static_cast<unsigned char>(c)) || c == '_';
}

std::vector<std::string> Split(const std::string& text, const std::string& separator) {
  std::vector<std::string> out;
  size_t begin = 0;
  for (size_t at; (at = text.find(separator, begin)) != std::string::npos;
       begin = at + separator.size()) {
    out.push_back(text.substr(begin, at - begin));
  }
  out.push_back(text.substr(begin));
  return out;
}

// One alternative with each word "@name" replaced by every entry of the term
// (all combinations when it names several), or `problem` set.
std::vector<std::string> ExpandAlternative(const std::string& alternative, const Terms& terms,
                                           std::string* problem) {
  std::vector<std::string> out = {""};
  for (const std::string& word : Split(alternative, " ")) {
    std::vector<std::string> choices = {word};
    if (word.size() > 1 && word[0] == '@') {
      std::string name = word.substr(1);
      auto found = terms.find(name);
      if (found == terms.end()) {
        std::vector<std::string> names;
        for (const auto& entry : terms) names.push_back(entry.first);
        *problem = "uses the unknown term '@" + name + "'" + DidYouMean(name, names);
        return {alternative};
      }
      choices = found->second;
    }
    std::vector<std::string> next;
    for (const std::string& prefix : out) {
      for (const std::string& choice : choices) {
        next.push_back(prefix.empty() || choice.empty() ? prefix + choice : prefix + " " + choice);
      }
    }
    out = std::move(next);
  }
  return out;
}

// `pattern` with its terms expanded (a word "@name" stands for any entry of
// the term; "recall@*" is a word, not a term), or `problem` set.
std::string ExpandTerms(const std::string& pattern, const Terms& terms, std::string* problem) {
  std::string out;
  size_t pos = 0;
  while (true) {  // segment by segment, keeping each " .. " or " ... " between them
    size_t gap = std::min(pattern.find(" .. ", pos), pattern.find(" ... ", pos));
    std::string segment = pattern.substr(pos, gap == std::string::npos ? gap : gap - pos);
    std::string expanded;
    for (const std::string& alternative : Split(segment, "|")) {
      for (const std::string& a : ExpandAlternative(alternative, terms, problem)) {
        expanded += (expanded.empty() ? "" : "|") + a;
      }
    }
    out += expanded;
    if (gap == std::string::npos) return out;
    size_t after = pattern.compare(gap, 5, " ... ") == 0 ? gap + 5 : gap + 4;
    out += pattern.substr(gap, after - gap);
    pos = after;
  }
}

std::vector<std::string> Patterns(const InputNode& node, const Terms& terms) {
  std::vector<std::string> out;
  for (const InputNode& item : node.Items()) {
    std::string text = item.String().value_or("");
    std::string problem = PatternProblem(text);
    std::string expanded = problem.empty() ? ExpandTerms(text, terms, &problem) : text;
    if (!problem.empty()) {
      item.Error("cue pattern '" + text + "' in '" + node.path() + "' " + problem);
      continue;
    }
    out.push_back(expanded);
  }
  return out;
}

// Reads `terms:`: each name a list of entries (words, `word*`, phrases).
Terms ReadTerms(const InputNode& node) {
  Terms terms;
  for (const auto& [name, list] : node.Entries()) {
    if (name.empty() || !std::all_of(name.begin(), name.end(), IsTermByte)) {
      list.Error("term name '" + name + "' in '" + node.path() +
                 "' must be lower-case letters, digits and '_'");
      continue;
    }
    std::vector<std::string>& entries = terms[name];
    for (const InputNode& item : list.Items()) {
      std::string text = item.String().value_or("");
      if (!PatternProblem(text).empty() || text.find_first_of("|@") != std::string::npos ||
          (" " + text + " ").find(" .. ") != std::string::npos) {
        item.Error("term '" + name + "' entry '" + text +
                   "' must be a word, a word* or a phrase (no '|', '..' or '@')");
        continue;
      }
      entries.push_back(text);
    }
    if (entries.empty())
      list.Error("term '" + name + "' in '" + node.path() + "' needs at least one entry");
  }
  return terms;
}

std::vector<EvidenceCue> ReadCues(const InputNode& list, const std::string& id_key,
                                  const std::vector<std::string>& ids, bool with_polarity,
                                  const Terms& terms) {
  std::vector<EvidenceCue> out;
  if (!list.Require()) return out;
  for (const InputNode& n : list.Items()) {
    n.ExpectMap({id_key, "polarity", "rule", "phrases", "needs_concrete", "negated_is_fail",
                 "deferral_is_fail"});
    EvidenceCue cue;
    cue.category = n.Get(id_key).Require() ? n.Get(id_key).Enum(ids, id_key).value_or("") : "";
    if (with_polarity) {
      n.Get("polarity").Require();
      const NameTable<EvidencePolarity>& polarities = NamesOf<EvidencePolarity>();
      std::optional<std::string> polarity = n.Get("polarity").Enum(polarities.Ids(), "polarity");
      cue.polarity = polarity ? polarities.Find(*polarity) : std::nullopt;
    }
    cue.rule = RequiredText(n.Get("rule"));
    n.Get("phrases").Require();
    cue.phrases = Patterns(n.Get("phrases"), terms);
    cue.needs_concrete = Patterns(n.Get("needs_concrete"), terms);
    cue.negated_is_fail = n.Get("negated_is_fail").Bool().value_or(false);
    cue.deferral_is_fail = n.Get("deferral_is_fail").Bool().value_or(false);
    out.push_back(std::move(cue));
  }
  return out;
}

// evidence.headings: {rule, max_words, fail_verdicts, topics: {category: [patterns]}}.
void ReadHeadings(const InputNode& h, const Playbook& playbook, const Terms& terms,
                  EvidenceHeadings* out) {
  if (!h.present()) return;
  h.ExpectMap({"rule", "max_words", "fail_verdicts", "topics"});
  out->rule = RequiredText(h.Get("rule"));
  out->max_words = static_cast<int>(h.Get("max_words").Integer(1, 10).value_or(4));
  out->fail_verdicts = Patterns(h.Get("fail_verdicts"), terms);
  const std::vector<std::string> ids = playbook.CategoryIds();
  for (const auto& [category, list] : h.Get("topics").Entries()) {
    if (std::find(ids.begin(), ids.end(), category) == ids.end()) {
      list.Error("unknown category '" + category + "' in '" + h.Get("topics").path() + "'" +
                 DidYouMean(category, ids));
      continue;
    }
    out->topics.emplace_back(category, Patterns(list, terms));
  }
}

// evidence.implied_flags: [{id, rule, signal: "category/polarity", words, only_without_strong}].
std::vector<ImpliedRedFlag> ReadImpliedFlags(const InputNode& list, const Playbook& playbook,
                                             const Terms& terms) {
  std::vector<ImpliedRedFlag> out;
  const std::vector<std::string> flag_ids = playbook.RedFlagIds();
  const std::vector<std::string> categories = playbook.CategoryIds();
  const NameTable<EvidencePolarity>& polarities = NamesOf<EvidencePolarity>();
  for (const InputNode& n : list.Items()) {
    n.ExpectMap({"id", "rule", "signal", "words", "only_without_strong"});
    ImpliedRedFlag flag;
    flag.id = n.Get("id").Require() ? n.Get("id").Enum(flag_ids, "id").value_or("") : "";
    flag.rule = RequiredText(n.Get("rule"));
    std::string signal = RequiredText(n.Get("signal"));
    size_t slash = signal.find('/');
    std::string category = signal.substr(0, slash);
    auto polarity =
        slash == std::string::npos ? std::nullopt : polarities.Find(signal.substr(slash + 1));
    if (!signal.empty() && (!polarity || std::find(categories.begin(), categories.end(),
                                                   category) == categories.end())) {
      n.Get("signal").Error("'" + n.Get("signal").path() + "' must be category/polarity (" +
                            "a category id, then strong or fail), not '" + signal + "'");
    }
    flag.signal_category = category;
    flag.signal_polarity = polarity.value_or(EvidencePolarity::kFail);
    n.Get("words").Require();
    flag.words = Patterns(n.Get("words"), terms);
    flag.only_without_strong = n.Get("only_without_strong").Bool().value_or(false);
    out.push_back(std::move(flag));
  }
  return out;
}

void ReadMismatch(const InputNode& m, const Playbook& playbook, EvidenceMismatchRules* rules) {
  if (!m.Require()) return;
  m.ExpectMap({"high_min_score", "low_max_score", "high_only_fail", "low_only_strong", "no_note",
               "unticked_flag"});
  const int lo = playbook.scorecard.min_score, hi = playbook.scorecard.max_score;
  rules->high_min_score = static_cast<int>(m.Get("high_min_score").Integer(lo, hi).value_or(4));
  rules->low_max_score = static_cast<int>(m.Get("low_max_score").Integer(lo, hi).value_or(2));
  auto read = [&](const char* key, std::string* rule, std::string* reason) {
    InputNode n = m.Get(key);
    if (!n.Require()) return;
    n.ExpectMap({"rule", "reason"});
    *rule = RequiredText(n.Get("rule"));
    *reason = RequiredText(n.Get("reason"));
  };
  read("high_only_fail", &rules->high_only_fail_rule, &rules->high_only_fail_reason);
  read("low_only_strong", &rules->low_only_strong_rule, &rules->low_only_strong_reason);
  read("no_note", &rules->no_note_rule, &rules->no_note_reason);
  read("unticked_flag", &rules->unticked_flag_rule, &rules->unticked_flag_reason);
}

}  // namespace

void LoadEvidenceRules(const InputNode& node, const Playbook& playbook, EvidenceRules* rules) {
  if (!node.present()) return;
  node.ExpectMap({"clause_breaks", "negations", "negation_window", "scope_ends", "hedges",
                  "deferrals", "concrete", "signals", "red_flags", "mismatch", "negated_rule",
                  "deferred_rule", "claims", "terms", "past_tense", "not_discussed",
                  "mentions", "negated_heads", "negation_stops", "headings", "implied_flags",
                  "reported", "not_yet"});
  const Terms terms = ReadTerms(node.Get("terms"));
  rules->clause_breaks = node.Get("clause_breaks").Strings();
  rules->negations = Patterns(node.Get("negations"), terms);
  rules->negation_window =
      static_cast<int>(node.Get("negation_window").Integer(1, 10).value_or(4));
  rules->scope_ends = node.Get("scope_ends").Strings();
  rules->negated_heads = Patterns(node.Get("negated_heads"), terms);
  rules->negation_stops = Patterns(node.Get("negation_stops"), terms);
  rules->reported = Patterns(node.Get("reported"), terms);
  if (InputNode not_yet = node.Get("not_yet"); not_yet.present()) {
    not_yet.ExpectMap({"rule", "phrases"});
    rules->not_yet_rule = RequiredText(not_yet.Get("rule"));
    rules->not_yet = Patterns(not_yet.Get("phrases"), terms);
  }
  rules->hedges = Patterns(node.Get("hedges"), terms);
  rules->deferrals = Patterns(node.Get("deferrals"), terms);
  rules->past_tense = Patterns(node.Get("past_tense"), terms);
  rules->not_discussed = Patterns(node.Get("not_discussed"), terms);
  rules->mentions = Patterns(node.Get("mentions"), terms);
  rules->concrete = Patterns(node.Get("concrete"), terms);
  rules->signals = ReadCues(node.Get("signals"), "category", playbook.CategoryIds(), true, terms);
  rules->red_flags = ReadCues(node.Get("red_flags"), "id", playbook.RedFlagIds(), false, terms);
  ReadHeadings(node.Get("headings"), playbook, terms, &rules->headings);
  rules->implied_flags = ReadImpliedFlags(node.Get("implied_flags"), playbook, terms);
  ReadMismatch(node.Get("mismatch"), playbook, &rules->mismatch);
  rules->negated_rule = RequiredText(node.Get("negated_rule"));
  rules->deferred_rule = RequiredText(node.Get("deferred_rule"));
  InputNode claims = node.Get("claims");
  if (claims.Require()) {
    claims.ExpectMap({"min_words", "function_words", "trade_off_words", "missing_reason"});
    rules->claims.min_words = static_cast<int>(claims.Get("min_words").Integer(1, 50).value_or(4));
    rules->claims.function_words = claims.Get("function_words").Strings();
    rules->claims.trade_off_words = Patterns(claims.Get("trade_off_words"), terms);
    rules->claims.missing_reason = RequiredText(claims.Get("missing_reason"));
  }
}

namespace {

// calibration.outcomes: {min_outcomes, record: {rule, text}, correlation:
// {rule, text, undefined}, range_restriction: {rule, text}}.
void LoadOutcomeRules(const InputNode& node, OutcomeRules* rules) {
  if (!node.present()) return;
  node.ExpectMap({"min_outcomes", "record", "correlation", "range_restriction"});
  rules->min_outcomes = static_cast<int>(node.Get("min_outcomes").Integer(4, 1000).value_or(10));
  InputNode record = node.Get("record");
  if (record.Require()) {
    record.ExpectMap({"rule", "text"});
    rules->record_rule = RequiredText(record.Get("rule"));
    rules->record_text = RequiredText(record.Get("text"));
  }
  InputNode correlation = node.Get("correlation");
  if (correlation.Require()) {
    correlation.ExpectMap({"rule", "text", "undefined"});
    rules->correlation_rule = RequiredText(correlation.Get("rule"));
    rules->correlation_text = RequiredText(correlation.Get("text"));
    rules->undefined_text = RequiredText(correlation.Get("undefined"));
  }
  InputNode restriction = node.Get("range_restriction");
  if (restriction.Require()) {
    restriction.ExpectMap({"rule", "text"});
    rules->range_restriction_rule = RequiredText(restriction.Get("rule"));
    rules->range_restriction_text = RequiredText(restriction.Get("text"));
  }
}

}  // namespace

void LoadCalibrationRules(const InputNode& node, CalibrationRules* rules) {
  if (!node.present()) return;
  node.ExpectMap({"bands", "undefined", "no_units", "bootstrap_samples", "seed", "few_interviews",
                  "outcomes"});
  InputNode bands = node.Get("bands");
  if (bands.Require()) {
    rules->bands.clear();
    std::optional<double> previous;
    std::vector<InputNode> items = bands.Items();
    for (size_t i = 0; i < items.size(); ++i) {
      items[i].ExpectMap({"id", "below"});
      ReliabilityBand band;
      band.id = RequiredText(items[i].Get("id"));
      InputNode below = items[i].Get("below");
      if (i + 1 < items.size()) {
        below.Require();
        band.below = below.Number(-1, 1);
        if (band.below && previous && *band.below <= *previous) {
          below.Error("'" + below.path() + "' must be above the previous band's 'below'");
        }
        previous = band.below;
      } else if (below.present()) {
        below.Error("the last band in '" + bands.path() + "' has no 'below'");
      }
      rules->bands.push_back(std::move(band));
    }
    if (items.empty()) bands.Error("'" + bands.path() + "' needs at least one band");
  }
  rules->undefined_text = RequiredText(node.Get("undefined"));
  rules->no_units_text = RequiredText(node.Get("no_units"));
  rules->bootstrap_samples =
      static_cast<int>(node.Get("bootstrap_samples").Integer(100, 100000).value_or(1000));
  rules->seed = static_cast<uint64_t>(node.Get("seed").Integer(0, INT64_MAX).value_or(20261129));
  InputNode few = node.Get("few_interviews");
  if (few.Require()) {
    few.ExpectMap({"rule", "min_interviews", "reason"});
    rules->few_interviews_rule = RequiredText(few.Get("rule"));
    rules->min_interviews =
        static_cast<int>(few.Get("min_interviews").Integer(2, 20).value_or(4));
    rules->few_interviews_reason = RequiredText(few.Get("reason"));
  }
  LoadOutcomeRules(node.Get("outcomes"), &rules->outcomes);
}

}  // namespace firsthire
