// FindEvidence, ReviewScorecardEvidence, ReviewEvidence: cues matched in the
// clauses of a note, scoped by negation, hedging and deferral, then compared
// with the scorecard.
#include "firsthire/evidence.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "engine/evidence_cues.h"
#include "engine/evidence_text.h"
#include "firsthire/scorecard.h"
#include "input/text_template.h"

namespace firsthire {
namespace {

struct CompiledCue {
  EvidenceCue cue;  // a copy: the cache outlives the playbook
  std::vector<Pattern> phrases;
  std::vector<Pattern> needs_concrete;
};

// One cue pattern and what it belongs to.
struct PatternRef {
  const CompiledCue* cue;
  const Pattern* pattern;
  bool red_flag;
  bool needs_concrete;
};

}  // namespace

struct CompiledImpliedFlag {
  ImpliedRedFlag flag;
  std::vector<Pattern> words;
};

struct CompiledEvidence {
  std::vector<Pattern> negations, hedges, deferrals, concrete, scope_ends, past_tense,
      not_discussed, mentions, negated_heads, negation_stops, reported, not_yet,
      heading_verdicts;
  std::vector<std::pair<std::string, std::vector<Pattern>>> heading_topics;
  std::vector<CompiledImpliedFlag> implied_flags;
  std::vector<CompiledCue> signals, red_flags;
  // Cue patterns by the first byte of the words they can start with, so a
  // word is only tried against the patterns that could start there.
  std::array<std::vector<PatternRef>, 256> by_first_byte;

  void Index(const CompiledCue& cc, const std::vector<Pattern>& patterns, bool red_flag,
             bool needs_concrete) {
    for (const Pattern& p : patterns) {
      std::array<bool, 256> seen{};
      for (const Alternative& alt : p.segments.front()) {
        if (alt.front().text.empty() || alt.front().number) {  // "*" or "#": any first byte
          for (size_t b = 0; b < by_first_byte.size(); ++b) {
            if (!seen[b]) by_first_byte[b].push_back({&cc, &p, red_flag, needs_concrete});
          }
          break;
        }
        auto byte = static_cast<unsigned char>(alt.front().text[0]);
        if (seen[byte]) continue;
        seen[byte] = true;
        by_first_byte[byte].push_back({&cc, &p, red_flag, needs_concrete});
      }
    }
  }

  explicit CompiledEvidence(const EvidenceRules& r)
      : negations(CompilePatterns(r.negations)),
        hedges(CompilePatterns(r.hedges)),
        deferrals(CompilePatterns(r.deferrals)),
        concrete(CompilePatterns(r.concrete)),
        scope_ends(CompilePatterns(r.scope_ends)),
        past_tense(CompilePatterns(r.past_tense)),
        not_discussed(CompilePatterns(r.not_discussed)),
        mentions(CompilePatterns(r.mentions)),
        negated_heads(CompilePatterns(r.negated_heads)),
        negation_stops(CompilePatterns(r.negation_stops)),
        reported(CompilePatterns(r.reported)),
        not_yet(CompilePatterns(r.not_yet)),
        heading_verdicts(CompilePatterns(r.headings.fail_verdicts)) {
    for (const auto& [category, topics] : r.headings.topics) {
      heading_topics.emplace_back(category, CompilePatterns(topics));
    }
    for (const auto& f : r.implied_flags) implied_flags.push_back({f, CompilePatterns(f.words)});
    for (const auto& c : r.signals) {
      signals.push_back({c, CompilePatterns(c.phrases), CompilePatterns(c.needs_concrete)});
    }
    for (const auto& c : r.red_flags) red_flags.push_back({c, CompilePatterns(c.phrases), {}});
    for (const CompiledCue& cc : signals) {
      Index(cc, cc.phrases, false, false);
      Index(cc, cc.needs_concrete, false, true);
    }
    for (const CompiledCue& cc : red_flags) Index(cc, cc.phrases, true, false);
  }
};

// Compiling the cues costs far more than matching a note, and an evaluation
// reads many notes: the last few distinct rule sets stay compiled (a process
// sees one or two playbooks). Finding a rule set compares it whole.
std::shared_ptr<const CompiledEvidence> CompileEvidence(const EvidenceRules& rules) {
  constexpr size_t kKept = 8;
  static std::mutex mutex;
  static std::vector<std::pair<EvidenceRules, std::shared_ptr<const CompiledEvidence>>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& [kept, compiled] : cache) {
    if (kept == rules) return compiled;
  }
  if (cache.size() == kKept) cache.erase(cache.begin());
  cache.emplace_back(rules, std::make_shared<const CompiledEvidence>(rules));
  return cache.back().second;
}

namespace {

// A clause's words with what the playbook's lists say about them.
struct ClauseFacts {
  const Clause* clause;
  std::vector<bool> concrete;  // per word: a number, a named system, a mechanism or a failure
  std::optional<size_t> first_deferral;  // word index where a deferral starts
  size_t deferral_end = 0;
  bool past = false;  // a verb telling of work done ("ran", "shipped")
};

ClauseFacts Describe(const CompiledEvidence& cues, const Clause& clause) {
  ClauseFacts facts{&clause, std::vector<bool>(clause.size(), false)};
  for (size_t i = 0; i < clause.size(); ++i) {
    facts.past = facts.past || MatchAnyAt(cues.past_tense, clause, i).has_value();
    if (clause[i].has_digit || (i > 0 && clause[i].capitalized)) facts.concrete[i] = true;
    if (auto end = MatchAnyAt(cues.concrete, clause, i)) {
      for (size_t k = i; k < *end; ++k) facts.concrete[k] = true;
    }
    if (auto end = MatchAnyAt(cues.deferrals, clause, i); end && !facts.first_deferral) {
      facts.first_deferral = i;
      facts.deferral_end = *end;
    }
  }
  return facts;
}

// Whether a pattern of `list` starts at or after word `from` and ends at or
// before word `to`.
bool FoundBetween(const std::vector<Pattern>& list, const Clause& clause, size_t from, size_t to) {
  for (size_t j = from; j < to; ++j) {
    if (auto end = MatchAnyAt(list, clause, j); end && *end <= to) return true;
  }
  return false;
}

// What negates a cue: the negating word, and whether the words between say
// the topic was not discussed ("did not get to security").
struct Negation {
  size_t at;
  bool not_discussed;
};

// A negated head ("not someone who") whose last word is the scope word at
// `scope_word`, starting within `window` words before it: the negation
// reaches into the clause the scope word opens. Else nullopt.
std::optional<Negation> NegatedHeadEndingAt(const CompiledEvidence& cues, const Clause& clause,
                                            size_t scope_word, int window) {
  size_t lowest = scope_word > static_cast<size_t>(window) ? scope_word - window : 0;
  for (size_t k = scope_word; k-- > lowest;) {
    for (const Pattern& head : cues.negated_heads) {
      if (auto end = MatchAt(head, clause, k); end && *end == scope_word + 1) {
        return Negation{k, false};
      }
    }
    if (clause[k + 1].comma_before) break;
  }
  return std::nullopt;
}

// Whether a negation starts in the clause before word `before`, with no comma
// or scope end between it and `before`, or a negated head ends on the scope
// end ("not the kind of engineer who defers security").
bool NegationBefore(const CompiledEvidence& cues, const Clause& clause, size_t before,
                    int window) {
  for (size_t k = before; k-- > 0;) {
    if (clause[k + 1].comma_before) return false;
    if (MatchAnyAt(cues.negations, clause, k)) return true;
    if (MatchAnyAt(cues.scope_ends, clause, k)) {
      return NegatedHeadEndingAt(cues, clause, k, window).has_value();
    }
  }
  return false;
}

// The negation of a cue starting at `start`, or nullopt. A cue that itself
// starts with a negation ("no eval set") is not negated, nor is one whose
// negation is negated in turn ("never ... without a human confirming"), nor
// one whose negation stops at a word between (a negation stop: "no drop on
// their eval set" negates the drop, not the eval set).
std::optional<Negation> NegatedBy(const CompiledEvidence& cues, const Clause& clause, size_t start,
                                  int window) {
  if (MatchAnyAt(cues.negations, clause, start)) return std::nullopt;
  size_t lowest = start > static_cast<size_t>(window) ? start - window : 0;
  for (size_t k = start; k-- > lowest;) {
    if (clause[k + 1].comma_before) return std::nullopt;
    if (auto end = MatchAnyAt(cues.negations, clause, k); end && *end <= start) {
      if (NegationBefore(cues, clause, k, window)) return std::nullopt;
      if (FoundBetween(cues.negation_stops, clause, k, start)) return std::nullopt;
      bool not_discussed = false;
      for (size_t j = *end; j < start && !not_discussed; ++j) {
        auto topic_end = MatchAnyAt(cues.not_discussed, clause, j);
        not_discussed = topic_end && *topic_end <= start;
      }
      return Negation{k, not_discussed};
    }
    if (MatchAnyAt(cues.scope_ends, clause, k)) return NegatedHeadEndingAt(cues, clause, k, window);
  }
  return std::nullopt;
}

// The end (word index) of a pattern of `list` ending at or before `start` in
// the clause, or nullopt.
std::optional<size_t> FoundBefore(const std::vector<Pattern>& list, const Clause& clause,
                                  size_t start) {
  for (size_t k = 0; k < start; ++k) {
    if (auto end = MatchAnyAt(list, clause, k); end && *end <= start) return end;
  }
  return std::nullopt;
}

// The index of a hedge before `start` in the clause, or nullopt. With
// `modal_only`, a hedge that is also a deferral ("later") does not count.
std::optional<size_t> HedgedBy(const CompiledEvidence& cues, const Clause& clause, size_t start,
                               bool modal_only = false) {
  for (size_t k = 0; k < start; ++k) {
    auto end = MatchAnyAt(cues.hedges, clause, k);
    if (!end || *end > start) continue;
    if (modal_only && MatchAnyAt(cues.deferrals, clause, k)) continue;
    return k;
  }
  return std::nullopt;
}

// Whether the clause tells of the past with no modal hedge before the cue:
// then its deferral words are time ("ran it for two years after launch").
bool Settled(const CompiledEvidence& cues, const ClauseFacts& facts, size_t start) {
  return facts.past && !HedgedBy(cues, *facts.clause, start, true);
}

struct Span {
  size_t first, last;  // word indices, inclusive
};

// Whether the clause, from word `from` on, carries a concrete detail outside
// the cue's own words, or the cue itself names a number ("a set of 300
// labelled tickets").
bool ConcreteBeside(const ClauseFacts& facts, Span cue, size_t from = 0) {
  for (size_t i = from; i < facts.concrete.size(); ++i) {
    bool inside = i >= cue.first && i <= cue.last;
    if (facts.concrete[i] && (!inside || (*facts.clause)[i].has_digit)) return true;
  }
  return false;
}

void Quote(std::string_view text, const Clause& clause, Span span, std::string* quote,
           size_t* start, size_t* end) {
  *start = clause[span.first].quote_start;
  *end = clause[span.last].end;
  *quote = std::string(text.substr(*start, *end - *start));
}

struct Candidate {
  EvidenceSignal signal;
  Span span;  // the words quoted
};

// What one strong-cue match means in its clause, if anything: a strong
// signal, a fail signal (negated or deferred), or nothing (hedged, negated
// without meaning failure, or generic without a concrete detail).
std::optional<Candidate> JudgeStrong(const EvidenceRules& rules, const CompiledEvidence& cues,
                                     const ClauseFacts& facts, const EvidenceCue& cue, Span match,
                                     bool needs_concrete) {
  const Clause& clause = *facts.clause;
  Candidate c{{"", cue.category, EvidencePolarity::kStrong, "", 0, 0, cue.rule,
               ConcreteBeside(facts, match)},
              match};
  if (auto negation = NegatedBy(cues, clause, match.first, rules.negation_window)) {
    if (!cue.negated_is_fail || negation->not_discussed) return std::nullopt;
    c.signal.polarity = EvidencePolarity::kFail;
    c.signal.rule = rules.negated_rule;
    c.span.first = negation->at;
  } else if (auto mention = FoundBefore(cues.mentions, clause, match.first);
             mention && !ConcreteBeside(facts, match, *mention)) {
    // Only heard of or named, nothing concrete said after the mention ("talked
    // for twenty minutes about vector databases" names no detail of them).
    return std::nullopt;
  } else if (Settled(cues, facts, match.first)) {
    if (needs_concrete && !c.signal.concrete) return std::nullopt;
  } else if (facts.first_deferral && cue.deferral_is_fail) {
    c.signal.polarity = EvidencePolarity::kFail;
    c.signal.rule = rules.deferred_rule;
    auto hedge = HedgedBy(cues, clause, match.first);
    c.span.first = std::min({match.first, *facts.first_deferral, hedge.value_or(match.first)});
    c.span.last = std::max(match.last, facts.deferral_end - 1);
  } else if (facts.first_deferral || HedgedBy(cues, clause, match.first)) {
    return std::nullopt;
  } else if (needs_concrete && !c.signal.concrete) {
    return std::nullopt;
  }
  return c;
}

// A signal found in one clause, and whether a generic cue (one that needs a
// concrete detail) found it.
struct ClauseSignal {
  EvidenceSignal signal;
  bool generic;
};

// A strong cue a hedge or a deferral kept from counting: a plan, with where
// its quote would start.
struct Plan {
  std::string category;
  size_t start;
};

// Records what one match of a category cue at words [first, end) means.
void OnSignalMatch(const PatternRef& ref, const ClauseFacts& facts, const EvidenceRules& rules,
                   const CompiledEvidence& cues, std::string_view text, size_t first, size_t end,
                   std::vector<ClauseSignal>* out, std::vector<Plan>* plans) {
  const Clause& clause = *facts.clause;
  const EvidenceCue& cue = ref.cue->cue;
  Span match{first, end - 1};
  std::optional<Candidate> c;
  if (cue.polarity == EvidencePolarity::kStrong) {
    c = JudgeStrong(rules, cues, facts, cue, match, ref.needs_concrete);
    bool planned = facts.first_deferral || HedgedBy(cues, clause, first);
    if (!c && planned && !NegatedBy(cues, clause, first, rules.negation_window)) {
      plans->push_back({cue.category, clause[first].quote_start});
    }
  } else if (!NegatedBy(cues, clause, first, rules.negation_window)) {
    c = Candidate{{"", cue.category, cue.polarity.value_or(EvidencePolarity::kFail), "", 0, 0,
                   cue.rule, ConcreteBeside(facts, match)},
                  match};
  }
  if (!c) return;
  Quote(text, clause, c->span, &c->signal.quote, &c->signal.start, &c->signal.end);
  out->push_back({std::move(c->signal), ref.needs_concrete});
}

// The clause's signals, without a generic cue's finding when a specific cue
// found something else in the clause: a generic word ("dashboard", "index",
// "tested") takes its topic from the clause, and the specific finding names
// it ("a scored benchmark of 200 queries and a dashboard of the trend").
void KeepGenericOnlyAlone(std::vector<ClauseSignal> found, std::vector<EvidenceSignal>* out) {
  auto key = [](const EvidenceSignal& s) { return s.category + "/" + IdOf(s.polarity); };
  for (ClauseSignal& c : found) {
    bool other_specific = std::any_of(found.begin(), found.end(), [&](const ClauseSignal& o) {
      return !o.generic && key(o.signal) != key(c.signal);
    });
    if (!c.generic || !other_specific) out->push_back(std::move(c.signal));
  }
}

// Keeps, per key, the longest of overlapping findings; result by start.
template <typename T, typename KeyFn>
std::vector<T> Deduplicate(std::vector<T> items, KeyFn key) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) {
    return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start
                                               : a.start < b.start;
  });
  std::vector<T> kept;
  for (T& item : items) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const T& k) {
      return key(k) == key(item) && item.start < k.end && k.start < item.end;
    });
    if (!overlaps) kept.push_back(std::move(item));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const T& a, const T& b) { return a.start < b.start; });
  return kept;
}

// Where a strong and a fail signal on one category overlap ("never shipped
// to production" holds "to production"), the longer reading wins; on a tie,
// the fail one. A fail reading inside a strong one wins too: the strong cue
// spans loose words ("retrieval ignores document permissions" pairs
// retrieval with permissions) that the fail cue reads closely.
std::vector<EvidenceSignal> ResolveOpposites(std::vector<EvidenceSignal> signals) {
  std::vector<bool> drop(signals.size(), false);
  for (size_t i = 0; i < signals.size(); ++i) {
    for (size_t j = 0; j < signals.size(); ++j) {
      const EvidenceSignal& a = signals[i];
      const EvidenceSignal& b = signals[j];
      if (a.category != b.category || a.polarity == b.polarity) continue;
      if (!(a.start < b.end && b.start < a.end)) continue;
      size_t la = a.end - a.start, lb = b.end - b.start;
      bool a_strong = a.polarity == EvidencePolarity::kStrong;
      if (a_strong && b.start >= a.start && b.end <= a.end) {  // the fail reading inside
        drop[i] = true;
        continue;
      }
      if (!a_strong && a.start >= b.start && a.end <= b.end) continue;
      if (la < lb || (la == lb && a_strong)) drop[i] = true;
    }
  }
  std::vector<EvidenceSignal> out;
  for (size_t i = 0; i < signals.size(); ++i) {
    if (!drop[i]) out.push_back(std::move(signals[i]));
  }
  return out;
}

// Bullet headings ("Evals: none", "Q on cost: vague"): a short clause naming
// a category's topic, ended by a colon, whose next clause opens with a fail
// verdict is that category's fail signal, quoted from heading to verdict.
void FindHeadings(const CompiledEvidence& cues, const EvidenceRules& rules, std::string_view text,
                  const std::vector<Clause>& clauses, std::vector<EvidenceSignal>* out) {
  for (size_t c = 0; c + 1 < clauses.size(); ++c) {
    const Clause& heading = clauses[c];
    if (heading.size() > static_cast<size_t>(rules.headings.max_words)) continue;
    size_t after = heading.back().end;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after >= text.size() || text[after] != ':') continue;
    const Clause& next = clauses[c + 1];
    auto verdict_end = MatchAnyAt(cues.heading_verdicts, next, 0);
    if (!verdict_end) continue;
    for (const auto& [category, topics] : cues.heading_topics) {
      bool named = false;
      for (size_t i = 0; i < heading.size() && !named; ++i) {
        named = MatchAnyAt(topics, heading, i).has_value();
      }
      if (!named) continue;
      EvidenceSignal s{"", category, EvidencePolarity::kFail, "", 0, 0, rules.headings.rule, false};
      s.start = heading.front().quote_start;
      s.end = next[*verdict_end - 1].end;
      s.quote = std::string(text.substr(s.start, s.end - s.start));
      out->push_back(std::move(s));
    }
  }
}

// The red flags the note's signals imply (ImpliedRedFlag): a signal of the
// flag's key whose quoted words hold one of the flag's words.
void ImplyFlags(const CompiledEvidence& cues, const std::vector<EvidenceSignal>& signals,
                const std::string& note, std::vector<SuggestedRedFlag>* flags) {
  for (const CompiledImpliedFlag& f : cues.implied_flags) {
    const ImpliedRedFlag& flag = f.flag;
    bool strong_too = std::any_of(signals.begin(), signals.end(), [&](const EvidenceSignal& s) {
      return s.category == flag.signal_category && s.polarity == EvidencePolarity::kStrong;
    });
    if (flag.only_without_strong && strong_too) continue;
    for (const EvidenceSignal& s : signals) {
      if (s.category != flag.signal_category || s.polarity != flag.signal_polarity) continue;
      bool worded = false;
      for (const Clause& clause : SplitClauses(s.quote, {})) {
        for (size_t i = 0; i < clause.size() && !worded; ++i) {
          worded = MatchAnyAt(f.words, clause, i).has_value();
        }
      }
      if (worded) flags->push_back({note, flag.id, s.quote, s.start, s.end, flag.rule, ""});
    }
  }
}

// The clause after plans: when it says nothing exists yet ("right now there
// is none") and finds nothing of its own, each planned category is a fail
// signal quoted from the plan to the words saying so.
void FindNotYet(const CompiledEvidence& cues, const EvidenceRules& rules, std::string_view text,
                const Clause& clause, const std::vector<Plan>& plans,
                std::vector<EvidenceSignal>* out) {
  for (size_t i = 0; i < clause.size(); ++i) {
    auto end = MatchAnyAt(cues.not_yet, clause, i);
    if (!end) continue;
    std::set<std::string> done;
    for (const Plan& plan : plans) {
      if (!done.insert(plan.category).second) continue;
      EvidenceSignal s{"", plan.category, EvidencePolarity::kFail, "", 0, 0, rules.not_yet_rule, false};
      s.start = plan.start;
      s.end = clause[*end - 1].end;
      s.quote = std::string(text.substr(s.start, s.end - s.start));
      out->push_back(std::move(s));
    }
    return;
  }
}

// Whether the text between two clauses holds one of the clause break words
// ("but", "however"): the second clause contrasts with the first.
bool ContrastBetween(const EvidenceRules& rules, std::string_view text, const Clause& before,
                     const Clause& after) {
  size_t from = before.back().end, to = after.front().start;
  if (from >= to) return false;
  for (const Clause& gap : SplitClauses(text.substr(from, to - from), {})) {
    for (const Word& w : gap) {
      if (std::find(rules.clause_breaks.begin(), rules.clause_breaks.end(), w.norm) !=
          rules.clause_breaks.end()) {
        return true;
      }
    }
  }
  return false;
}

// The indices, from `from` on, of the strong signals that follow a reporting
// word ("says", "claims") in `clause`.
std::vector<size_t> ReportedStrong(const CompiledEvidence& cues, const Clause& clause,
                                   const std::vector<EvidenceSignal>& signals, size_t from) {
  std::vector<size_t> out;
  for (size_t k = from; k < signals.size(); ++k) {
    if (signals[k].polarity != EvidencePolarity::kStrong) continue;
    for (size_t w = 0; w < clause.size() && clause[w].start < signals[k].start; ++w) {
      if (MatchAnyAt(cues.reported, clause, w)) {
        out.push_back(k);
        break;
      }
    }
  }
  return out;
}

// Drops the strong signals of `claimed` (indices into `signals`, each after a
// reporting word in its clause) whose category has a fail signal among
// signals[from, to): the candidate's claim, contradicted by what followed.
void DropContradictedClaims(const std::vector<size_t>& claimed, size_t from, size_t to,
                            const std::vector<EvidenceSignal>& signals, std::vector<bool>* drop) {
  for (size_t i : claimed) {
    for (size_t j = from; j < to; ++j) {
      const EvidenceSignal& fail = signals[j];
      if (fail.polarity == EvidencePolarity::kFail && fail.category == signals[i].category) {
        (*drop)[i] = true;
      }
    }
  }
}

// Every cue of the playbook matched in `clause`: signals into `found`, plans
// (strong cues kept from counting by a hedge or deferral) into `plans`,
// suggested red flags into `flags`.
void MatchClause(const CompiledEvidence& cues, const EvidenceRules& rules, std::string_view text,
                 const std::string& note, const Clause& clause, std::vector<ClauseSignal>* found,
                 std::vector<Plan>* plans, std::vector<SuggestedRedFlag>* flags) {
  ClauseFacts facts = Describe(cues, clause);
  for (size_t i = 0; i < clause.size(); ++i) {
    auto byte = static_cast<unsigned char>(clause[i].norm.empty() ? 0 : clause[i].norm[0]);
    for (const PatternRef& ref : cues.by_first_byte[byte]) {
      auto end = MatchAt(*ref.pattern, clause, i);
      if (!end) continue;
      if (!ref.red_flag) {
        OnSignalMatch(ref, facts, rules, cues, text, i, *end, found, plans);
        continue;
      }
      if (NegatedBy(cues, clause, i, rules.negation_window)) continue;
      SuggestedRedFlag f{note, ref.cue->cue.category, "", 0, 0, ref.cue->cue.rule};
      Quote(text, clause, {i, *end - 1}, &f.quote, &f.start, &f.end);
      flags->push_back(std::move(f));
    }
  }
}

}  // namespace

void DropImpliedBesideStrong(const EvidenceRules& rules, const std::vector<EvidenceSignal>& signals,
                             std::vector<SuggestedRedFlag>* flags) {
  for (const ImpliedRedFlag& flag : rules.implied_flags) {
    if (!flag.only_without_strong) continue;
    bool strong = std::any_of(signals.begin(), signals.end(), [&](const EvidenceSignal& s) {
      return s.category == flag.signal_category && s.polarity == EvidencePolarity::kStrong;
    });
    if (!strong) continue;
    std::erase_if(*flags, [&](const SuggestedRedFlag& f) {
      return f.id == flag.id && std::any_of(signals.begin(), signals.end(), [&](const auto& s) {
               return s.category == flag.signal_category && s.note == f.note &&
                      s.start == f.start && s.end == f.end;
             });
    });
  }
}

NoteFindings FindEvidence(const Playbook& playbook, std::string_view text, const std::string& note) {
  return FindCompiled(*CompileEvidence(playbook.evidence), playbook.evidence, text, note);
}

NoteFindings FindCompiled(const CompiledEvidence& cues, const EvidenceRules& rules,
                          std::string_view text, const std::string& note) {
  std::vector<EvidenceSignal> signals;
  std::vector<SuggestedRedFlag> flags;
  const std::vector<Clause> clauses = SplitClauses(text, rules.clause_breaks);
  FindHeadings(cues, rules, text, clauses, &signals);
  std::vector<Plan> previous_plans;
  std::vector<size_t> claimed;  // strong signals of the previous clause after a reporting word
  std::vector<bool> drop;
  for (size_t c = 0; c < clauses.size(); ++c) {
    const Clause& clause = clauses[c];
    std::vector<ClauseSignal> found;
    std::vector<Plan> plans;
    MatchClause(cues, rules, text, note, clause, &found, &plans, &flags);
    const size_t before = signals.size();
    KeepGenericOnlyAlone(std::move(found), &signals);
    if (signals.size() == before && !previous_plans.empty()) {
      FindNotYet(cues, rules, text, clause, previous_plans, &signals);
    }
    drop.resize(signals.size(), false);
    if (c > 0 && ContrastBetween(rules, text, clauses[c - 1], clause)) {
      DropContradictedClaims(claimed, before, signals.size(), signals, &drop);
    }
    claimed = ReportedStrong(cues, clause, signals, before);
    previous_plans = std::move(plans);
  }
  for (size_t k = signals.size(); k-- > 0;) {
    if (k < drop.size() && drop[k]) signals.erase(signals.begin() + static_cast<std::ptrdiff_t>(k));
  }
  for (auto& s : signals) s.note = note;
  NoteFindings out;
  out.signals = ResolveOpposites(Deduplicate(std::move(signals), [](const EvidenceSignal& s) {
    return s.category + "/" + IdOf(s.polarity);
  }));
  ImplyFlags(cues, out.signals, note, &flags);
  out.red_flags = Deduplicate(std::move(flags), [](const SuggestedRedFlag& f) { return f.id; });
  return out;
}

std::vector<std::string> ConcreteClaims(const Playbook& playbook, std::string_view text) {
  const EvidenceRules& rules = playbook.evidence;
  std::shared_ptr<const CompiledEvidence> cues = CompileEvidence(rules);
  const std::vector<std::string>& function_words = rules.claims.function_words;
  const std::vector<Pattern> trade_offs = CompilePatterns(rules.claims.trade_off_words);
  std::vector<std::string> out;
  for (const Clause& clause : SplitClauses(text, rules.clause_breaks)) {
    if (clause.size() < static_cast<size_t>(rules.claims.min_words)) continue;
    bool sentence = std::any_of(clause.begin(), clause.end(), [&](const Word& w) {
      return std::find(function_words.begin(), function_words.end(), w.norm) !=
             function_words.end();
    });
    if (!sentence) continue;
    bool detail = false;
    for (size_t i = 0; i < clause.size(); ++i) {
      detail = detail || clause[i].has_digit || (i > 0 && clause[i].capitalized) ||
               MatchAnyAt(trade_offs, clause, i).has_value();
    }
    size_t start = clause.front().quote_start, end = clause.back().end;
    std::string_view quote = text.substr(start, end - start);
    if (!detail) {
      NoteFindings found = FindCompiled(*cues, rules, quote, "");
      detail = std::any_of(found.signals.begin(), found.signals.end(),
                           [](const EvidenceSignal& s) { return s.polarity == EvidencePolarity::kStrong; });
    }
    if (detail) out.emplace_back(quote);
  }
  return out;
}

}  // namespace firsthire
