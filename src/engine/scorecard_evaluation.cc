// Evaluate(): aggregation, gate, red flags, disagreement, weak evidence and
// the recommendation ladder over one candidate's scorecards.
#include "engine/scorecard_evaluation.h"

#include <algorithm>
#include <cstdio>

#include "input/text_template.h"

namespace firsthire {
namespace {

// The single-interviewer warning has no rule id of its own in the playbook.
constexpr const char* kSingleInterviewerRule = "scorecard.single_interviewer";

const RecommendationLevel* FindLevel(const Playbook& playbook, std::string_view id) {
  for (const auto& level : playbook.scorecard.levels) {
    if (level.id == id) return &level;
  }
  return nullptr;
}

void SortByInterviewer(std::vector<InterviewerScore>* scores) {
  std::sort(scores->begin(), scores->end(), [](const InterviewerScore& a, const InterviewerScore& b) {
    return a.interviewer < b.interviewer;
  });
}

std::string CategoryTitle(const Playbook& playbook, const std::string& id) {
  const Category* category = playbook.FindCategory(id);
  return category && !category->title.empty() ? category->title : id;
}

}  // namespace

const char* HireDecisionId(HireDecision decision) {
  switch (decision) {
    case HireDecision::kNoHire: return "no_hire";
    case HireDecision::kRiskyFirstHire: return "risky_first_hire";
    case HireDecision::kHire: return "hire";
    case HireDecision::kStrongHire: return "strong_hire";
  }
  return "no_hire";
}

std::string FormatScore(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.2f", value);
  std::string s = buffer;
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string JoinWithAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::vector<CategoryAggregate> AggregateCategories(const Playbook& playbook,
                                                   const std::vector<Scorecard>& scorecards) {
  std::vector<CategoryAggregate> out;
  for (const Category& category : playbook.categories) {
    CategoryAggregate agg;
    agg.id = category.id;
    agg.title = category.title;
    int sum = 0;
    for (const Scorecard& card : scorecards) {
      auto it = card.scores.find(category.id);
      if (it == card.scores.end()) continue;
      agg.scores.push_back({card.interviewer, it->second});
      sum += it->second;
      agg.min = std::min(agg.min.value_or(it->second), it->second);
      agg.max = std::max(agg.max.value_or(it->second), it->second);
    }
    SortByInterviewer(&agg.scores);
    agg.count = static_cast<int>(agg.scores.size());
    if (agg.count > 0) {
      agg.mean = static_cast<double>(sum) / agg.count;
      agg.spread = *agg.max - *agg.min;
    }
    out.push_back(std::move(agg));
  }
  return out;
}

double OverallMean(const std::vector<CategoryAggregate>& categories) {
  double sum = 0;
  int scored = 0;
  for (const auto& c : categories) {
    if (!c.mean) continue;
    sum += *c.mean;
    ++scored;
  }
  return scored == 0 ? 0 : sum / scored;
}

GateResult ApplyGate(const Playbook& playbook, const std::vector<CategoryAggregate>& categories) {
  const ScorecardRules& rules = playbook.scorecard;
  GateResult gate;
  gate.rule = rules.gate_rule;
  std::vector<std::string> described;
  for (const std::string& id : rules.gate_categories) {
    const CategoryAggregate* agg = nullptr;
    for (const auto& c : categories) {
      if (c.id == id) agg = &c;
    }
    if (agg && agg->mean && *agg->mean >= rules.gate_threshold) {
      if (agg->min && *agg->min < rules.gate_threshold) gate.split.push_back(id);
      continue;
    }
    gate.failing.push_back(id);
    std::string title = CategoryTitle(playbook, id);
    described.push_back(agg && agg->mean ? title + " (" + FormatScore(*agg->mean) + ")"
                                         : title + " (not scored)");
  }
  gate.risky_first_hire = !gate.failing.empty();
  gate.reason = gate.risky_first_hire
                    ? FillTemplate(rules.gate_reason, {{"categories", JoinWithAnd(described)}})
                    : rules.gate_pass_reason;
  return gate;
}

std::vector<RaisedRedFlag> CollectRedFlags(const Playbook& playbook,
                                           const std::vector<Scorecard>& scorecards) {
  std::vector<RaisedRedFlag> out;
  for (const RedFlag& flag : playbook.red_flags) {
    RaisedRedFlag raised{flag.id, flag.title, {}};
    for (const Scorecard& card : scorecards) {
      if (std::find(card.red_flags.begin(), card.red_flags.end(), flag.id) != card.red_flags.end()) {
        raised.raised_by.push_back(card.interviewer);
      }
    }
    if (raised.raised_by.empty()) continue;
    std::sort(raised.raised_by.begin(), raised.raised_by.end());
    const ScorecardRules& rules = playbook.scorecard;
    bool shared = static_cast<int>(raised.raised_by.size()) >= rules.shared_flag_min_interviewers;
    raised.steps = flag.weight + (shared ? rules.shared_flag_extra_steps : 0);
    out.push_back(std::move(raised));
  }
  return out;
}

std::vector<TraitSignal> CollectTraitSignals(const Playbook& playbook,
                                             const std::vector<Scorecard>& scorecards) {
  std::vector<TraitSignal> out;
  for (const Trait& trait : playbook.traits) {
    TraitSignal signal{trait.id, trait.title, 0, {}};
    int sum = 0;
    for (const Scorecard& card : scorecards) {
      auto it = card.traits.find(trait.id);
      if (it == card.traits.end()) continue;
      signal.scores.push_back({card.interviewer, it->second});
      sum += it->second;
    }
    if (signal.scores.empty()) continue;
    SortByInterviewer(&signal.scores);
    signal.mean = static_cast<double>(sum) / static_cast<double>(signal.scores.size());
    out.push_back(std::move(signal));
  }
  return out;
}

std::vector<Disagreement> FindDisagreements(const Playbook& playbook,
                                            const std::vector<CategoryAggregate>& categories) {
  const ScorecardRules& rules = playbook.scorecard;
  std::vector<Disagreement> out;
  for (const auto& c : categories) {
    if (!c.spread || *c.spread < rules.disagreement_spread) continue;
    Disagreement d;
    d.category = c.id;
    d.low = *c.min;
    d.high = *c.max;
    for (const auto& s : c.scores) {  // already sorted by interviewer
      if (s.score == d.low) d.low_by.push_back(s.interviewer);
      if (s.score == d.high) d.high_by.push_back(s.interviewer);
    }
    d.rule = rules.disagreement.rule;
    d.reason = FillTemplate(rules.disagreement.text, {{"category", c.title},
                                                      {"low", std::to_string(d.low)},
                                                      {"high", std::to_string(d.high)},
                                                      {"low_by", JoinWithAnd(d.low_by)},
                                                      {"high_by", JoinWithAnd(d.high_by)}});
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<WeakEvidence> FindWeakEvidence(const Playbook& playbook,
                                           const std::vector<Scorecard>& scorecards) {
  const ScorecardRules& rules = playbook.scorecard;
  std::vector<WeakEvidence> out;
  if (scorecards.size() == 1) {
    out.push_back({scorecards[0].interviewer, "", std::nullopt, kSingleInterviewerRule,
                   rules.single_interviewer_reason});
  }
  std::vector<const Scorecard*> sorted;
  for (const auto& card : scorecards) sorted.push_back(&card);
  std::sort(sorted.begin(), sorted.end(),
            [](const Scorecard* a, const Scorecard* b) { return a->interviewer < b->interviewer; });
  for (const Scorecard* card : sorted) {
    for (const Category& category : playbook.categories) {  // playbook order
      auto it = card->scores.find(category.id);
      if (it == card->scores.end() || it->second < rules.weak_evidence_min_score) continue;
      if (card->notes.count(category.id)) continue;
      out.push_back({card->interviewer, category.id, it->second, rules.weak_evidence.rule,
                     FillTemplate(rules.weak_evidence.text,
                                  {{"interviewer", card->interviewer},
                                   {"category", CategoryTitle(playbook, category.id)},
                                   {"score", std::to_string(it->second)}})});
    }
  }
  return out;
}

namespace {

HireDecision DecideBeforeRedFlags(const ScorecardRules& rules,
                                  const std::vector<CategoryAggregate>& categories,
                                  double overall_mean, const GateResult& gate) {
  if (overall_mean < rules.no_hire_below_mean) return HireDecision::kNoHire;
  if (gate.risky_first_hire) return HireDecision::kRiskyFirstHire;
  bool all_at_threshold = true;
  for (const auto& c : categories) {
    all_at_threshold = all_at_threshold && c.mean && *c.mean >= rules.gate_threshold;
  }
  return overall_mean >= rules.strong_hire_min_mean && all_at_threshold ? HireDecision::kStrongHire
                                                                         : HireDecision::kHire;
}

// "risky_first_hire" -> "risky first hire".
std::string DecisionWords(HireDecision decision) {
  std::string words = HireDecisionId(decision);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

// The sentence naming every raised flag; "" when none was raised.
std::string RedFlagSentence(const ScorecardRules& rules, const std::vector<RaisedRedFlag>& flags,
                            HireDecision from, HireDecision to) {
  if (flags.empty()) return "";
  std::vector<std::string> items;
  for (const auto& f : flags) {
    items.push_back(FillTemplate(rules.red_flag_item, {{"title", f.title},
                                                       {"raised_by", JoinWithAnd(f.raised_by)},
                                                       {"weight", std::to_string(f.steps)}}));
  }
  const std::string& text = from == to ? rules.red_flags_noted : rules.red_flags_lowered;
  return FillTemplate(text, {{"from", DecisionWords(from)},
                             {"to", DecisionWords(to)},
                             {"flags", JoinWithAnd(items)}});
}

}  // namespace

Recommendation Recommend(const Playbook& playbook, const std::vector<CategoryAggregate>& categories,
                         double overall_mean, const GateResult& gate,
                         const std::vector<RaisedRedFlag>& red_flags) {
  const ScorecardRules& rules = playbook.scorecard;
  Recommendation rec;
  rec.before_red_flags = DecideBeforeRedFlags(rules, categories, overall_mean, gate);
  for (const auto& f : red_flags) rec.red_flag_steps += f.steps;
  int lowered = std::max(0, static_cast<int>(rec.before_red_flags) - rec.red_flag_steps);
  // strong_hire means no red flag at all, whatever the flags' weights.
  if (!red_flags.empty()) lowered = std::min(lowered, static_cast<int>(HireDecision::kHire));
  if (red_flags.size() >= static_cast<size_t>(rules.no_hire_red_flags)) lowered = 0;
  rec.decision = static_cast<HireDecision>(lowered);
  // The reason: the level that explains the scores (no_hire's text counts the
  // flags; strong_hire's says there are none), then the flags themselves.
  HireDecision explained = std::min(rec.before_red_flags, red_flags.empty()
                                                              ? HireDecision::kStrongHire
                                                              : HireDecision::kHire);
  if (rec.decision == HireDecision::kNoHire) explained = HireDecision::kNoHire;
  std::vector<std::string> failing;
  for (const auto& id : gate.failing) failing.push_back(CategoryTitle(playbook, id));
  const RecommendationLevel* final_level = FindLevel(playbook, HireDecisionId(rec.decision));
  const RecommendationLevel* level = FindLevel(playbook, HireDecisionId(explained));
  rec.rule = final_level ? final_level->rule
                         : std::string("recommendation.") + HireDecisionId(rec.decision);
  rec.reason = level ? FillTemplate(level->reason,
                                    {{"mean", FormatScore(overall_mean)},
                                     {"red_flags", std::to_string(red_flags.size())},
                                     {"failing", JoinWithAnd(failing)}})
                     : "";
  if (rec.decision >= HireDecision::kHire && !gate.split.empty()) {
    std::vector<std::string> split;
    for (const auto& id : gate.split) split.push_back(CategoryTitle(playbook, id));
    rec.decision = HireDecision::kHire;
    rec.rule = rules.gate_split.rule;
    rec.reason = FillTemplate(rules.gate_split.text, {{"categories", JoinWithAnd(split)},
                                                      {"mean", FormatScore(overall_mean)}});
  }
  std::string flags = RedFlagSentence(rules, red_flags, rec.before_red_flags, rec.decision);
  if (!flags.empty()) {
    rec.reason += (rec.reason.empty() ? "" : " ") + flags;
    rec.red_flags_rule = rules.red_flags_rule;
  }
  return rec;
}

InterviewCertainty AssessCertainty(const Playbook& playbook, int interviews) {
  const CalibrationRules& rules = playbook.calibration;
  InterviewCertainty c;
  c.interviews = interviews;
  c.min_interviews = rules.min_interviews;
  c.less_certain = interviews < rules.min_interviews;
  c.rule = rules.few_interviews_rule;
  if (c.less_certain) {
    c.reason = FillTemplate(rules.few_interviews_reason,
                            {{"interviews", std::to_string(interviews)},
                             {"min", std::to_string(rules.min_interviews)}});
  }
  return c;
}

Evaluation Evaluate(const Playbook& playbook, const CandidateScorecards& input) {
  Evaluation e;
  e.playbook = InfoOf(playbook);
  e.candidate_id = input.candidate_id;
  e.candidate_name = input.candidate_name;
  e.interviewers = static_cast<int>(input.scorecards.size());
  e.categories = AggregateCategories(playbook, input.scorecards);
  e.overall_mean = OverallMean(e.categories);
  e.gate = ApplyGate(playbook, e.categories);
  e.red_flags = CollectRedFlags(playbook, input.scorecards);
  e.disagreements = FindDisagreements(playbook, e.categories);
  e.weak_evidence = FindWeakEvidence(playbook, input.scorecards);
  e.traits = CollectTraitSignals(playbook, input.scorecards);
  e.recommendation = Recommend(playbook, e.categories, e.overall_mean, e.gate, e.red_flags);
  e.certainty = AssessCertainty(playbook, e.interviewers);
  e.evidence = ReviewEvidence(playbook, input);
  return e;
}

}  // namespace firsthire
