// The shapes of the API's answers the pages read: the store's records
// (src/http/api_records.h) and the engines' JSON (the CLI's --format json;
// docs/product.md section 1). Hand-written so the pages compile without a running
// server; src/api/contract.ts checks them against the types generated from
// /api/v1/openapi.json at build time.

export type Role = 'admin' | 'hiring_manager' | 'interviewer';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active?: boolean;
}

export interface SessionInfo {
  user: User;
  csrf_token?: string;
  expires_at?: number | string;
}

export interface Listing<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

// One line of the audit log (GET /api/v1/audit, admins).
export interface AuditEntry {
  seq: number;
  at: number; // ms since 1970, UTC
  actor: string; // a user id, or a name such as "anonymous"
  action: string; // e.g. "candidate.create"
  object_type: string;
  object_id: string;
  detail: string;
}

export interface Reasoned {
  rule: string;
  reason: string;
}

// ---- assess ----
export interface Criterion extends Reasoned {
  id: string;
  title: string;
  pass: boolean;
}
export interface RouteScore {
  route: string;
  score: number;
  /** false when a reason took the route's fit away (e.g. a freelancer for regulated data) */
  fit?: boolean;
  reasons: { rule: string; points: number; reason: string }[];
}
/** What to do next, decided by the verdict. Absent on assessments stored before it existed. */
export interface Engagement extends Reasoned {
  kind: 'hire' | 'discovery_sprint' | 'platform_trial';
  steps: string[];
}
export interface RunCost extends Reasoned {
  estimated_monthly_run_usd: number | null;
  monthly_run_budget_usd: number | null;
  metric_monthly_value_usd?: number | null;
  basis: string[];
  value_rule?: string | null;
  value_reason?: string | null;
}
export interface Assessment {
  playbook: { version: string; name: string; reviewed: string };
  readiness: Reasoned & { verdict: 'hire' | 'discovery_first' | 'buy_platform'; criteria: Criterion[] };
  engagement?: Engagement;
  buyer_problem: Reasoned & { id: string; mistake?: Reasoned | null };
  first_hire: Reasoned & {
    shape: string;
    shape_rule: string;
    shape_reason: string;
    matched_keywords: string[];
    archetype: string;
    /** true unless the verdict is hire: who to hire once the brief is ready */
    provisional?: boolean;
    note?: string | null;
  };
  route: {
    /** null unless the verdict is hire */
    recommended: string | null;
    provisional?: boolean;
    note?: string | null;
    breadth: string;
    ranking: RouteScore[];
    partner_handoff?: Reasoned;
  };
  cost?: RunCost;
  scope?: { out: string[] };
  risks: (Reasoned & { id: string; title: string; severity: string })[];
  next_steps: { rule: string; text: string }[];
}

export type BriefDocument = Record<string, unknown>;

export interface Brief {
  id: string;
  title: string;
  brief: BriefDocument;
  assessment: Assessment | null;
  created_at?: number | string;
  updated_at?: number | string;
}

// ---- kit and plan ----
export interface KitCategory {
  id: string;
  title: string;
  strong?: string;
  fail?: string;
}
export interface KitQuestion {
  id: string;
  text: string;
  categories: string[];
  strong?: string;
  weak?: string;
}
export interface Kit {
  audience: 'interviewer' | 'candidate';
  role: { archetype: string; title?: string; reason?: string } & Record<string, unknown>;
  scale: { min: number; max: number };
  categories: KitCategory[];
  questions: KitQuestion[];
  red_flags?: { id: string; title: string; description?: string }[];
  // Probes for traits beyond the five categories (interviewer kit only).
  trait_probes?: { id: string; traits: string[]; text: string; strong: string; weak: string; rule: string }[];
  gate?: { categories: string[]; threshold: number; rule: string; reason: string };
  plan_question?: { text: string; expected?: PlanWindow[]; judgement_note?: string };
  warnings?: (Reasoned & { id: string; title: string })[];
}
export interface PlanDeliverable {
  id: string;
  text: string;
  status?: string;
}
export interface PlanWindow {
  id: string;
  title: string;
  deliverables: PlanDeliverable[];
}
export interface PlanDocument {
  workflow?: string;
  owner?: string;
  windows: PlanWindow[];
  go_no_go?: { rule: string; go: string; no_go: string };
  judgement_note?: string;
}

export interface Opening {
  id: string;
  title: string;
  brief_id: string | null;
  archetype: string;
  status: string;
  kit: Kit | null;
  plan: PlanDocument | null;
}

// ---- candidates and scorecards ----
export interface CandidateProfile {
  role?: string;
  traits?: Record<string, number>;
  codes?: boolean;
  cost?: number;
  source?: string;
  [key: string]: unknown;
}
export interface Candidate {
  id: string;
  opening_id: string | null;
  name: string;
  email: string;
  profile: CandidateProfile | null;
  status: string;
}
export interface Scorecard {
  id: string;
  candidate_id: string;
  interviewer_id: string;
  scores: Record<string, number>;
  notes: Record<string, string>;
  red_flags: string[];
  state: 'draft' | 'submitted';
  submitted_at?: number | string | null;
}
export interface CategoryAggregate {
  id: string;
  title: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  count: number;
  scores: { interviewer: string; score: number }[];
}
export interface Evaluation {
  candidate: { id: string; name: string };
  interviewers: number; // how many submitted scorecards
  overall_mean: number | null;
  categories: CategoryAggregate[];
  // split: gate categories where an interviewer scored below the threshold
  // although the mean passed (the team's loop; absent from older servers).
  gate: Reasoned & { risky_first_hire: boolean; failing: string[]; split?: string[] };
  red_flags: { id: string; title: string; raised_by: string[]; steps?: number }[];
  disagreements: (Reasoned & { category: string; low: number; high: number; low_by: string[]; high_by: string[] })[];
  weak_evidence: (Reasoned & { interviewer: string; category: string | null; score: number | null })[];
  recommendation: Reasoned & { decision: string };
}
export interface Decision {
  id: string;
  candidate_id: string;
  decision: 'hire' | 'reject' | 'hold';
  reason: string;
  rule: string;
  decided_by: string;
  created_at?: number | string;
}

// ---- team ----
export interface TeamMember {
  id: string;
  name: string;
  traits: Record<string, number>;
  codes: boolean;
}
export interface HireReason extends Reasoned {
  id: string;
  name: string;
  gain: number;
  cost: number;
  traits: Record<string, number>;
}
export interface TeamResult {
  coverage: { score: number; max_score: number; rule: string; traits: Record<string, number>; depth?: Record<string, number> };
  gaps: (Reasoned & { trait: string; level: number; bar: number })[];
  warnings: (Reasoned & { id: string; title: string; what_to_do?: string })[];
  best_hires: (Reasoned & {
    picks: string[];
    objective: number;
    cost: number;
    optimal: boolean;
    gain: number;
    hires: number;
    budget: number | null;
    reasons: HireReason[];
    pool_size: number;
  }) | null;
}

// ---- proposals and plans ----
export interface Review {
  vendor: { name: string; route: string | null };
  risk_questions: (Reasoned & { id: string; question: string; status: string; evidence?: string[] })[];
  commodity_factors: (Reasoned & { id: string; title: string; assessment: string })[];
  flags: (Reasoned & { id: string })[];
  verdict: Reasoned & { id: string };
  reminders?: unknown[];
  // The vendor keeps the repository, prompts or eval logic (null when not); absent in older records.
  ownership_not_transferred?: (Reasoned & { withheld: string[] }) | null;
  // Checks against a brief (null without one); absent in older records.
  brief_checks?: (Reasoned & { id: string; status: 'pass' | 'fail' | 'unknown'; found: string[] })[] | null;
}
export interface Proposal {
  id: string;
  title: string;
  proposal: Record<string, unknown>;
  review: Review | null;
}
export type DeliverableState = 'todo' | 'in_progress' | 'done' | 'blocked';
// A stored plan: the opening's PlanDocument, or whatever plan object an API
// client gave (the server checks only that it is an object).
export type PlanContent = Partial<PlanDocument>;
export interface Plan {
  id: string;
  opening_id: string | null;
  candidate_id: string | null;
  plan: PlanContent;
  status: Record<string, DeliverableState>;
}

// ---- playbook (GET /playbook, public) ----
export interface PlaybookSummary {
  version: string;
  name?: string;
  categories: KitCategory[];
  red_flags: { id: string; title: string; description?: string }[];
  traits: { id: string; title: string; description?: string; weight?: number }[];
  archetypes: { id: string; title: string; description?: string }[];
  routes: { list: { id: string; title: string; best_fit?: string }[] };
  shapes?: { id: string; title?: string }[];
  // The hiring pipeline's stages (the playbook's `pipeline.stages`): ids, or
  // ids with a title.
  pipeline?: { stages?: (string | { id: string; title?: string })[] };
  // The five risk questions every proposal must answer, with their texts.
  risk_questions?: { list?: { id: string; title: string; question: string }[] };
  // The kit's trait probes (optional in a playbook).
  trait_probes?: { id: string; traits: string[]; text: string }[];
  // The filled stale-playbook warning when the playbook is past its max age today, else null.
  stale?: string | null;
}

// ---- the team's loop: pipeline stages, interviews, decisions on evidence ----
// Kept apart from the records above until the server's OpenAPI document
// describes them (contract.ts checks only what it describes).

// A candidate's place in the pipeline (stage ids from the playbook's
// pipeline.stages); stage_reason says why for rejected and withdrawn.
export interface CandidateStage {
  stage?: string;
  stage_reason?: string | null;
}
export type StagedCandidate = Candidate & CandidateStage;

// GET /openings/{id}/pipeline: the stages in order with how many
// candidates each holds.
export interface Pipeline {
  stages: { id: string; count: number; title?: string }[];
}

// An interview: who interviews whom, on which categories (focus), by when.
export interface Interview {
  id: string;
  candidate_id: string;
  interviewer_id: string | null;
  scheduled_at?: number | null;
  due_at?: number | string | null;
  kind: string;
  status: string;
  notes?: string;
  focus?: string[];
  candidate_name?: string;
}

// A decision with its author and time (decided_at; created_at on older
// servers).
export type DecisionRecord = Decision & { decided_at?: number | string };
