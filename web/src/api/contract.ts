// Compile-time check that the keys the pages read from each answer are
// described by the API's OpenAPI document (types generated into schema.d.ts
// by scripts/api-types.mjs). Type-checked by scripts/web-build with
// tsconfig.contract.json; never bundled. A key renamed or dropped on the
// server side fails the web build here, naming the key.
import type { components } from './schema';
import type * as Mine from './types';

type S = components['schemas'];

// `true` when every key of Mine is a key of Theirs, else the missing keys.
type Covers<M, T> = [Exclude<keyof M, keyof T>] extends [never] ? true : { missing: Exclude<keyof M, keyof T> };

export const contract: [
  Covers<Mine.User, S['User']>,
  Covers<Pick<Mine.SessionInfo, 'user' | 'csrf_token'>, S['WhoAmI']>,
  Covers<Pick<Mine.SessionInfo, 'user' | 'csrf_token' | 'expires_at'>, S['SignedIn']>,
  Covers<Mine.Brief, S['Brief']>,
  Covers<Mine.Opening, S['Opening']>,
  Covers<Mine.Candidate, S['Candidate']>,
  Covers<Mine.Scorecard, S['Scorecard']>,
  Covers<Mine.Decision, S['Decision']>,
  Covers<Mine.TeamMember, S['TeamMember']>,
  Covers<Mine.Proposal, S['Proposal']>,
  Covers<Mine.Plan, S['Plan']>,
  Covers<Mine.Assessment, S['Assessment']>,
  Covers<Pick<Mine.Evaluation, 'categories' | 'gate' | 'red_flags' | 'disagreements' | 'recommendation'>, S['Evaluation']>,
  Covers<Pick<Mine.TeamResult, 'coverage' | 'gaps' | 'warnings' | 'best_hires'>, S['TeamRecord']>,
  Covers<Pick<Mine.Kit, 'audience' | 'role' | 'scale' | 'categories' | 'questions'>, S['Kit']>,
  Covers<Mine.AuditEntry, S['AuditEntry']>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

// What the server sends fits what the pages expect, value types included
// (null where the document says a value may be null, arrays where it sends
// arrays): each line fails naming the first value that does not fit.
declare function sent<T>(): T;
export const fits: unknown[] = [
  ((): Mine.User => sent<S['User']>())(),
  ((): Mine.Brief => sent<S['Brief']>())(),
  ((): Mine.Opening => sent<S['Opening']>())(),
  ((): Mine.Candidate => sent<S['Candidate']>())(),
  ((): Mine.Scorecard => sent<S['Scorecard']>())(),
  ((): Mine.Decision => sent<S['Decision']>())(),
  ((): Mine.TeamMember => sent<S['TeamMember']>())(),
  ((): Mine.Proposal => sent<S['Proposal']>())(),
  ((): Mine.Plan => sent<S['Plan']>())(),
  ((): Mine.Assessment => sent<S['Assessment']>())(),
  ((): Mine.Evaluation => sent<S['Evaluation']>())(),
  ((): Mine.TeamResult => sent<S['TeamRecord']>())(),
  ((): Mine.Kit => sent<S['Kit']>())(),
  ((): Mine.PlanDocument => sent<S['PlanRecord']>())(),
  ((): Mine.Review => sent<S['ProposalReview']>())(),
  ((): Mine.PlaybookSummary => sent<S['PlaybookDocument']>())(),
  ((): Mine.SessionInfo => sent<S['SignedIn']>())(),
  ((): Mine.AuditEntry => sent<S['AuditEntry']>())(),
];
