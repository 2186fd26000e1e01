// The playbook: every id, threshold, weight and text the engine decides with.
//
// A playbook is data (playbook/default.yaml is embedded in the binary). These
// structs mirror that file one to one; the loader (LoadPlaybook) checks it and
// reports every problem with its line. Engines only read a Playbook; they
// never hold on to one beyond a call.
#ifndef FIRSTHIRE_PLAYBOOK_H_
#define FIRSTHIRE_PLAYBOOK_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/playbook_advice.h"
#include "firsthire/playbook_evidence.h"
#include "firsthire/playbook_team.h"
#include "firsthire/status.h"
#include "firsthire/vocabulary.h"

namespace firsthire {

// A rule that explains itself: its id as shown in decisions, and its text.
struct RuleText {
  std::string rule;
  std::string text;
};

struct ReadinessCriterion {
  std::string id;     // workflow_frequency, metric_value, data_access, mistake_tolerance, owner
  std::string title;
  // The criterion's texts by key ("pass", "fail", "missing", "pass_reviewed",
  // "fail_none_available", "fail_regulated_blocked", "next_step").
  std::map<std::string, std::string> texts;
  int min_runs_per_week = 0;  // workflow_frequency only

  // texts[key], or "" when the playbook has no such text.
  const std::string& Text(const std::string& key) const;
};

struct Verdict {
  std::string id;  // hire, discovery_first, buy_platform
  std::string rule;
  std::string title;
  std::string reason;
  std::string next_step;
};

struct BuyerProblem {
  std::string id;  // advice, implementation, ownership
  std::string rule;
  std::string title;
  std::string reason;
};

struct Shape {
  std::string id;
  std::string title;
  std::string archetype;
  std::string why;
  std::vector<std::string> keywords;
};

struct ShapeInference {
  RuleText regulated, unclear, keywords, fallback, given;
  // Critical cost of error, or actions on their own with a costly mistake.
  RuleText high_risk;
  // unclear's reason when the brief has no metric, no sources and no run count.
  std::string unclear_unmeasured;
  std::string default_shape;
  int min_description_words = 0;
};

struct Archetype {
  std::string id;
  std::string title;
  std::string description;
};

struct Trait {
  std::string id;
  std::string title;
  std::string description;
  double weight = 1.0;
};

struct Route {
  std::string id;
  std::string title;
  std::string speed, vetting_control, cost_predictability, long_term_ownership, best_fit;
  double base = 0;
};

// A condition on the brief's organisation; unset members match anything.
struct RouteCondition {
  std::optional<bool> technical_leadership;
  std::optional<bool> ai_is_core_advantage;
  std::optional<bool> want_trial;
  std::vector<Urgency> urgency;  // any of; empty = any
  std::optional<std::string> breadth;  // "narrow" | "broad"
  // No regulated data or setting and no critical cost of error.
  std::optional<bool> risk_contained;
  std::optional<int> timeline_weeks_below;     // constraints.timeline_weeks < this
  std::optional<int> timeline_weeks_at_least;  // constraints.timeline_weeks >= this
};

struct RouteFactor {
  std::string id;  // the rule id, e.g. route.agency.broad
  std::string route;
  RouteCondition when;
  double points = 0;
  std::string reason;
  bool removes_fit = false;  // the route no longer fits when the condition holds
};

struct RouteRules {
  int broad_needs_threshold = 3;
  std::vector<Route> routes;
  std::vector<RouteFactor> factors;
  RuleText partner_handoff;
};

struct Category {
  std::string id;
  std::string title;
  std::string strong;
  std::string fail;
};

struct RecommendationLevel {
  std::string id;  // no_hire, risky_first_hire, hire, strong_hire (worst first)
  std::string rule;
  std::string reason;
};

struct ScorecardRules {
  int min_score = 1;
  int max_score = 5;
  std::string gate_rule;
  std::vector<std::string> gate_categories;
  double gate_threshold = 3;
  std::string gate_reason;
  std::string gate_pass_reason;
  int disagreement_spread = 2;
  RuleText disagreement;
  RuleText weak_evidence;
  int weak_evidence_min_score = 4;
  std::string single_interviewer_reason;
  double no_hire_below_mean = 2.5;
  int no_hire_red_flags = 3;
  double strong_hire_min_mean = 4.0;
  std::vector<RecommendationLevel> levels;  // worst first
  // A gate category whose mean passes although an interviewer scored it
  // below the threshold: the candidate is at most `hire`, and this reason
  // ({categories} {mean}) asks for a follow-up interview.
  RuleText gate_split;
  // Red flags lower the recommendation: each distinct flag by its weight,
  // plus shared_flag_extra_steps when at least shared_flag_min_interviewers
  // interviewers raised it. Texts: lowered {from} {to} {flags}; noted
  // {flags} (the flags changed nothing, the decision was already lowest);
  // item {title} {raised_by} {weight}, one per flag inside {flags}.
  int shared_flag_min_interviewers = 2;
  int shared_flag_extra_steps = 1;
  std::string red_flags_rule;
  std::string red_flags_lowered;
  std::string red_flags_noted;
  std::string red_flag_item;
};

struct Question {
  std::string id;
  std::string text;
  std::vector<std::string> categories;
  std::string strong;
  std::string weak;
};

// A kit question for traits the five categories do not cover (a domain
// expert who codes, distance travelled, scrappy full-stack prototyping).
struct TraitProbe {
  std::string id;
  std::string rule;
  std::vector<std::string> traits;  // trait ids it gathers signals for
  std::string text;
  std::string strong;
  std::string weak;
};

struct Signal {
  std::string topic;
  std::string strong;
  std::string weak;
};

struct RedFlag {
  std::string id;
  std::string title;
  std::string description;
  // Steps this flag lowers a scorecard recommendation by (see
  // ScorecardRules::red_flag_steps); 0 only names it.
  int weight = 1;
};

struct FailureMode {
  std::string id;
  std::string rule;
  std::string title;
  std::string reason;
  std::string severity;  // "high" | "medium": how serious the mode is when it fires
  int min_needs = 0;  // one_person_all_gaps only
  // Other wordings of the reason, by key (reason_no_budget, reason_actions,
  // reason_role), for the modes that fire for more than one cause.
  std::map<std::string, std::string> variants;

  // variants[key], or `reason` when the playbook has no such text.
  const std::string& Reason(const std::string& key) const;
};

struct CommodityFactor {
  std::string id;
  std::string rule;  // commodity_factor.<id>
  std::string title;
  std::string commodity;
  std::string non_commodity;
  std::vector<std::string> evidence;  // words or phrases, matched case-insensitively
};

// The texts assess uses to say why the brief leaves a risk question open,
// when no readiness criterion already says it (the security question).
struct BriefRiskTexts {
  std::string sensitive_data;     // {sources}: the confidential and regulated sources
  std::string regulated_setting;  // the brief is regulated but names no sensitive source
  std::string takes_actions;      // no sensitive data, but the system acts on its own
};

struct RiskQuestion {
  std::string id;
  std::string rule;  // risk_question.<id>, in assess risks and review answers
  std::string title;
  std::string question;
  std::vector<std::string> evidence;
  // Severity ("high" | "medium") of the brief risk assess raises for this
  // question; escalated_severity applies when the question's escalating
  // condition holds (see src/engine/brief_risks.h) and equals `severity`
  // when the playbook gives none.
  std::string severity;
  std::string escalated_severity;
  BriefRiskTexts brief_risk;  // security only; empty for the others
};

// How `review` words its conclusions and where its thresholds lie.
// Placeholders are listed per text in playbook/default.yaml.
struct ReviewAnswerTexts {
  std::string answered;               // {question} {words} {evidence}
  std::string thin_short;             // {question} {words} {min_words}
  std::string thin_no_evidence;       // appended to thin_short: {examples}
  std::string thin_only_no_evidence;  // {question} {examples}
  std::string missing;                // {question}
};

struct ReviewFactorTexts {
  std::string non_commodity;      // {non_commodity} {evidence}
  std::string commodity;          // {commodity_phrase} {non_commodity_phrase} {found}
  std::string withheld;           // {withheld}
  std::string found_none;         // {found} when nothing was found
  std::string found_only;         // {found} otherwise: {evidence}
  std::string handoff_evidence;   // {item}: a handoff item the proposal commits to
  std::string run_cost_evidence;  // cost_discipline evidence when a monthly run cost is priced
  // How each handoff item reads (keys: repository, prompts, eval_logic,
  // operating_notes, knowledge_transfer_clause).
  std::map<std::string, std::string> handoff_items;
};

struct ReviewCauseTexts {
  std::string missing;        // weak: {titles}
  std::string commodity;      // weak: {count} {titles}
  std::string flagged;        // weak: {flags}
  std::string thin;           // acceptable: {titles}
  std::string commodity_gap;  // acceptable: {titles}
  std::string ownership;      // acceptable at best: {withheld}
  std::string brief_gap;      // acceptable at best: {titles}
  std::string over_budget;    // weak
};

// One check of `review --brief`: workflow, metric, owner, run_budget.
// Texts: pass, fail, unknown ({expected} {found}; run_budget: {cost}
// {budget}) and, for run_budget, unpriced.
struct ReviewBriefCheck {
  std::string id;
  std::string rule;
  std::string title;
  std::string pass, fail, unknown, unpriced;
};

struct ReviewVerdict {
  std::string id;  // weak, acceptable, strong
  std::string rule;
  std::string reason;  // weak: {causes}; acceptable: {gaps}
};

struct ReviewRules {
  int min_factor_signals = 2;          // distinct signals for a factor to be non-commodity
  int weak_min_commodity_factors = 2;  // commodity factors that make a proposal weak
  ReviewAnswerTexts answer;
  ReviewFactorTexts factor;
  ReviewCauseTexts causes;
  std::vector<ReviewVerdict> verdicts;
  RuleText ownership;  // {withheld}: the vendor keeps what the buyer must own
  double brief_min_word_share = 0.5;
  std::vector<ReviewBriefCheck> brief_checks;

  // The verdict with `id`, or nullptr.
  const ReviewVerdict* FindVerdict(std::string_view id) const;
};

struct ProposalRisk {
  std::string id;
  std::string rule;
  std::vector<std::string> keywords;
  std::string reason;
  // "" (always), "evaluation_lacks_evidence" or "run_cost_unpriced".
  std::string only_when;
};

struct PlanDeliverable {
  std::string id;
  std::string text;  // template: {workflow} {owner} {sources} {metric} {baseline} {target} {risks}
};

struct PlanWindow {
  std::string id;  // days_1_30, days_31_60, days_61_90
  std::string title;
  int end_day = 0;  // the window's last day in a plan of the minimum pilot length
  std::vector<PlanDeliverable> deliverables;
};

struct PlanRules {
  std::vector<PlanWindow> windows;
  std::string go_no_go_rule;
  std::string go;
  std::string no_go;
  std::map<std::string, std::string> missing;  // placeholder -> text when the brief lacks it
  std::string judgement_note;
  std::string question;  // the kit's plan request; {workflow} as in the templates
  // The phrases {risks} is built from (keys: regulated_setting,
  // regulated_data {sources}, confidential_data {sources}, severe_mistake
  // {mistake_cost}, human_review, no_human_review).
  std::map<std::string, std::string> risk_labels;
};

// One stage of the hiring pipeline (`pipeline.stages`), in board order.
struct PipelineStage {
  std::string id;  // applied, screen, interviews, decision, offer, hired, rejected, withdrawn
  std::string title;
  bool needs_reason = false;  // moving a candidate here needs a stage_reason
};

// A decision a hiring manager records about a candidate (`pipeline.decisions`).
struct DecisionKind {
  std::string id;     // hire, reject, hold
  std::string rule;   // the playbook rule a recorded decision carries
  std::string title;
  std::string stage;  // where the decision moves the candidate; "" = nowhere
};

// The hiring pipeline (`pipeline:`): its stages, the move the first
// submitted scorecard makes, and the decisions.
struct PipelineRules {
  std::vector<PipelineStage> stages;
  std::vector<std::string> scored_from;  // first submitted scorecard: from these stages...
  std::string scored_to;                 // ...to this one
  std::vector<DecisionKind> decisions;

  // Lookups by id; nullptr when absent.
  const PipelineStage* FindStage(std::string_view id) const;
  const DecisionKind* FindDecision(std::string_view id) const;
};

// One id of a closed vocabulary (firsthire/vocabulary.h) and the playbook's
// words for it (`vocabularies:`).
struct VocabularyTerm {
  std::string id;
  std::string label;   // what a form or a page shows
  std::string phrase;  // how it reads inside a sentence; "" = the id
};

struct Vocabulary {
  std::string name;  // e.g. "organisation_need"
  std::vector<VocabularyTerm> terms;  // every id of the vocabulary

  const VocabularyTerm* Find(std::string_view id) const;
};

struct Playbook {
  std::string version;
  std::string name;
  std::string reviewed;  // YYYY-MM-DD
  int max_age_days = 0;
  std::string stale_warning;

  std::vector<ReadinessCriterion> criteria;  // in docs/product.md order
  std::vector<Verdict> verdicts;
  std::vector<BuyerProblem> buyer_problems;
  std::string buyer_problem_mistake;
  std::vector<Shape> shapes;
  ShapeInference shape_inference;
  std::vector<Archetype> archetypes;
  std::vector<Trait> traits;
  RouteRules routes;
  std::vector<Category> categories;
  ScorecardRules scorecard;
  std::vector<Question> questions;
  std::map<std::string, std::vector<Question>> archetype_questions;
  std::string answer_rule;
  std::vector<TraitProbe> trait_probes;
  std::vector<Signal> signal_map;
  std::vector<RedFlag> red_flags;
  std::vector<FailureMode> failure_modes;
  std::vector<CommodityFactor> commodity_factors;
  int min_answer_words = 0;
  std::vector<RiskQuestion> risk_questions;
  std::vector<ProposalRisk> proposal_risks;
  ReviewRules review;
  PlanRules plan;
  TeamRules team;  // section 4's team rules; see playbook_team.h
  AdviceRules advice;  // how the verdict governs the rest; see playbook_advice.h
  EvidenceRules evidence;        // see playbook_evidence.h
  CalibrationRules calibration;  // see playbook_evidence.h
  PipelineRules pipeline;
  // The closed vocabularies' words, one per ClosedVocabularies() entry in
  // its order (ids without words in the file are labelled with the id).
  std::vector<Vocabulary> vocabularies;

  std::string source_text;  // the YAML this playbook was loaded from

  // Lookups by id; nullptr when absent.
  const ReadinessCriterion* FindCriterion(std::string_view id) const;
  const Verdict* FindVerdict(std::string_view id) const;
  const BuyerProblem* FindBuyerProblem(std::string_view id) const;
  const Shape* FindShape(std::string_view id) const;
  const Archetype* FindArchetype(std::string_view id) const;
  const Route* FindRoute(std::string_view id) const;
  const Category* FindCategory(std::string_view id) const;
  const RedFlag* FindRedFlag(std::string_view id) const;
  const FailureMode* FindFailureMode(std::string_view id) const;
  const Trait* FindTrait(std::string_view id) const;
  const Vocabulary* FindVocabulary(std::string_view name) const;

  // How `id` of `vocabulary` reads inside a sentence: its phrase, else the id.
  std::string Phrase(std::string_view vocabulary, std::string_view id) const;
  template <typename E>
  std::string Phrase(E value) const {
    return Phrase(NamesOf<E>().vocabulary(), NamesOf<E>().Id(value));
  }

  // Id lists, in playbook order (for validation messages and suggestions).
  std::vector<std::string> ShapeIds() const;
  std::vector<std::string> CategoryIds() const;
  std::vector<std::string> RedFlagIds() const;
  std::vector<std::string> RouteIds() const;
  std::vector<std::string> TraitIds() const;
};

// Which playbook made a decision record. Every record (assessment, kit,
// plan, evaluation, review) carries it, so a reader sees the rules' version
// and how recent their review is.
struct PlaybookInfo {
  std::string version;
  std::string name;
  std::string reviewed;  // YYYY-MM-DD
};

inline PlaybookInfo InfoOf(const Playbook& playbook) {
  return {playbook.version, playbook.name, playbook.reviewed};
}

// Parses and checks a playbook. Every problem (syntax, wrong type, missing
// section, unknown or duplicate id, a public id missing, a threshold out of
// range) goes to `diagnostics` with its line; the result is an error when
// there is at least one. Unknown keys are warnings.
Result<Playbook> LoadPlaybook(std::string_view yaml_text, const std::string& source_name,
                              Diagnostics* diagnostics);

// The playbook as JSON: the YAML document converted value by value (numbers,
// booleans and dates typed as YAML would read them). For `playbook show
// --format json` and GET /api/v1/playbook.
Result<std::string> PlaybookJsonText(const Playbook& playbook);

// The playbook embedded at build time (playbook/default.yaml). Loading it
// cannot fail in a correct build; a failure is a bug and aborts.
const Playbook& DefaultPlaybook();
std::string_view DefaultPlaybookText();

// Days between the playbook's `reviewed` date and `today` (YYYY-MM-DD), or
// nullopt when either date is malformed.
std::optional<int> PlaybookAgeDays(const Playbook& playbook, std::string_view today);

// The stale warning text when the playbook is older than max_age_days on
// `today`; nullopt when it is fresh enough.
std::optional<std::string> StalePlaybookWarning(const Playbook& playbook, std::string_view today);

// Today's date as YYYY-MM-DD in UTC; the FIRSTHIRE_TODAY environment variable
// overrides it (tests). For the stale warning of the CLI and the API.
std::string TodayUtc();

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAYBOOK_H_
