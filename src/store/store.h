// Store: the one persistence interface of the firsthire service.
//
// Everything `firsthire serve` keeps between requests lives behind this
// interface: accounts, sessions, API tokens, the hiring records, the audit
// log and login-throttle counters. Two backends implement it with identical
// behaviour (one contract test suite runs on both): SQLite (the embedded
// default) and PostgreSQL (for teams; several server processes may share one
// database, because no state is kept in memory).
//
// The contract, for every method:
//   * Errors are values. Nothing throws. Codes:
//       kNotFound      the id / key does not exist (or, for sessions and
//                      tokens, is expired / revoked);
//       kAlreadyExists a unique key is taken (user email, one scorecard per
//                      interviewer and candidate, a submitted scorecard), a
//                      record is still referenced (delete), or Import() was
//                      given a non-empty database;
//       kInvalidInput  a value the store checks is wrong (role, scorecard
//                      state, a reference to a record that does not exist,
//                      a malformed dump line);
//       kUnavailable   the database cannot be reached (server down, file
//                      locked beyond the busy timeout);
//       kInternal      anything else the database reported.
//   * Ids are opaque, unguessable strings (128 random bits, 32 lowercase hex
//     characters) assigned by the store on Create*. Callers never choose ids.
//   * Time is int64 milliseconds since the Unix epoch, UTC (`Millis`). The
//     store stamps created_at / updated_at and audit entries from the Clock
//     given to OpenStore (firsthire/clock.h); session and throttle times are
//     passed in by the caller, who owns those policies.
//   * Strings are stored and returned byte for byte (quotes, SQL
//     metacharacters, any UTF-8, 10 kB and more). Values only ever reach the
//     database as bound parameters. Strings must not contain NUL bytes.
//   * `*_json` fields are JSON text the store keeps verbatim and never
//     interprets: the store builds no JSON of its own (callers write records
//     out, e.g. the API's one writer per record).
//   * Every write that changes a record takes `actor` (a user id, or a name
//     such as "cli" or "system") and appends one audit entry describing it in
//     the same transaction: either both are stored or neither is. Audit
//     details never carry personal data (names, emails, notes).
//   * A Create*/Update* that succeeds returns the record as stored. Update*
//     replaces every mutable field of the record whose `id` is given.
//   * A successful write is durable when the method returns (SQLite: WAL with
//     synchronous=FULL; PostgreSQL: committed transaction), so it survives
//     kill -9 of the server.
//
// Threads: a Store is safe to use from any number of threads at once. Each
// backend keeps a small pool of connections; every call borrows one for its
// duration (SQLite: several readers alongside one writer in WAL mode, writers
// wait on the busy timeout; PostgreSQL: one libpq connection per concurrent
// call, created on demand, reconnected when the server went away).
//
// Ownership: OpenStore() returns the only owner of the connections; the
// Store must outlive every call in flight. Records are plain values the
// caller owns.
#ifndef FIRSTHIRE_STORE_STORE_H_
#define FIRSTHIRE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "firsthire/clock.h"
#include "firsthire/status.h"

namespace firsthire {

// ---- Records ------------------------------------------------------------
//
// What the store keeps, as plain values, in their own namespace: the hiring
// records are named Stored* because the engine has records of its own by the
// same names (firsthire::Brief, firsthire::Scorecard, ...), which hold parsed
// input rather than the stored text.
namespace store {

// ---- Accounts --------------------------------------------------------------

// Roles: "admin", "hiring_manager", "interviewer". Any other value is
// kInvalidInput on CreateUser/UpdateUser.
struct User {
  std::string id;
  std::string email;  // unique, compared case-insensitively (ASCII)
  std::string name;
  std::string role;
  std::string password_hash;  // an argon2id string from libsodium; opaque here
  bool active = true;
  Millis created_at = 0;
  Millis updated_at = 0;
};

// A signed-in browser. The raw 128-bit token lives only in the cookie; the
// store keeps its SHA-256 (see Sha256Hex in secret_hash.h) as the key.
struct Session {
  std::string token_hash;  // primary key
  std::string user_id;
  std::string csrf_token;  // echoed by the page on writes
  Millis created_at = 0;
  Millis expires_at = 0;
  Millis last_seen_at = 0;
};

// A bearer token for scripts; as with sessions only the hash is stored.
struct ApiToken {
  std::string id;
  std::string token_hash;  // unique
  std::string user_id;
  std::string name;
  Millis created_at = 0;
  bool revoked = false;
};

// A one-time link to set a password: an invitation or a reset. As with
// sessions, the raw token lives only in the link; the store keeps its
// SHA-256. A user has at most one live link: issuing one removes the older.
struct AccountLink {
  std::string token_hash;  // primary key
  std::string user_id;
  std::string purpose;  // "invite" or "reset"
  Millis created_at = 0;
  Millis expires_at = 0;
};

// ---- Hiring records ----------------------------------------------------------

struct StoredBrief {
  std::string id;
  std::string title;
  std::string input_json;       // the brief as given (docs/product.md section 2)
  std::string assessment_json;  // the stored `assess` result; may be empty
  Millis created_at = 0;
  Millis updated_at = 0;
};

// A role being hired for ("opening").
struct StoredOpening {
  std::string id;
  std::string title;
  std::string brief_id;   // "" or an existing brief
  std::string archetype;  // e.g. "rag_ai_engineer"
  std::string kit_json;
  std::string plan_json;
  std::string status;  // free text chosen by the service, e.g. "open"
  Millis created_at = 0;
  Millis updated_at = 0;
};

struct StoredCandidate {
  std::string id;
  std::string opening_id;  // "" or an existing opening
  std::string name;
  std::string email;
  std::string profile_json;  // traits, codes, cost, source, ...
  std::string status;        // free text chosen by the service
  bool erased = false;       // set by EraseCandidate; personal fields then ""
  Millis created_at = 0;
  Millis updated_at = 0;
  // Where the candidate is in the hiring pipeline: a stage id from the
  // playbook's pipeline.stages (the service checks it; the store keeps any
  // non-empty text). stage_entered_at is stamped by the store: created_at on
  // create, the write's time whenever an update changes the stage.
  std::string stage = "applied";
  std::string stage_reason;  // why, e.g. for "rejected" / "withdrawn"; may be ""
  Millis stage_entered_at = 0;
};

struct StoredInterview {
  std::string id;
  std::string candidate_id;    // must exist
  std::string interviewer_id;  // "" or an existing user
  Millis scheduled_at = 0;     // 0: not scheduled
  std::string kind;            // e.g. "technical"
  std::string status;          // e.g. "scheduled", "done", "cancelled"
  std::string notes;
  Millis created_at = 0;
  Millis updated_at = 0;
  std::string focus_json = "[]";  // [category id]: what this interview covers
  Millis due_at = 0;              // when the scorecard is due; 0: no due time
};

// One per (candidate, interviewer). state is "draft" or "submitted".
struct StoredScorecard {
  std::string id;
  std::string candidate_id;    // must exist
  std::string interviewer_id;  // must be an existing user
  std::string scores_json;     // {category id: 1..5}
  std::string notes_json;      // {category id: text}
  std::string red_flags_json;  // [flag id]
  std::string state = "draft";
  std::string summary;      // the interviewer's overall note; may be empty
  Millis submitted_at = 0;  // set by the store when state becomes submitted
  Millis created_at = 0;
  Millis updated_at = 0;
};

struct StoredTeamMember {
  std::string id;
  std::string name;
  std::string traits_json;  // {trait id: 0..5}
  bool codes = false;
  Millis created_at = 0;
  Millis updated_at = 0;
};

// A vendor / agency / freelancer proposal and its stored review.
struct StoredProposal {
  std::string id;
  std::string title;
  std::string input_json;
  std::string review_json;  // may be empty
  Millis created_at = 0;
  Millis updated_at = 0;
};

// A 30-60-90 plan for an opening and/or a hired candidate.
struct StoredPlan {
  std::string id;
  std::string opening_id;    // "" or an existing opening
  std::string candidate_id;  // "" or an existing candidate
  std::string plan_json;
  std::string status_json;  // per-deliverable status, e.g. {"d30.audit": "done"}
  Millis created_at = 0;
  Millis updated_at = 0;
  // The plan's final 90-day decision about the hire: "" while none, else
  // "go" or "no_go" (the service checks it), with why, who (a user id) and
  // when (the service stamps it). Update* keeps whatever the caller passes.
  std::string outcome;
  std::string outcome_reason;
  std::string outcome_by;
  Millis outcome_at = 0;
};

// A hiring decision about a candidate. Decisions are never edited; a new
// decision supersedes the older ones (ListDecisions is newest first).
struct StoredDecision {
  std::string id;
  std::string candidate_id;  // must exist
  std::string decision;      // e.g. "hire", "reject", "hold"
  std::string reason;
  std::string rule;        // playbook rule id, may be ""
  std::string decided_by;  // user id or actor name
  Millis created_at = 0;
};

// One line of the append-only audit log. `seq` orders entries (assigned by
// the store, increasing). There is no way to change or delete an entry; the
// database itself refuses UPDATE and DELETE on the table.
struct AuditEntry {
  std::int64_t seq = 0;
  Millis at = 0;
  std::string actor;        // user id or actor name
  std::string action;       // e.g. "candidate.create", "session.login_failed"
  std::string object_type;  // e.g. "candidate"
  std::string object_id;
  std::string detail;  // short text or JSON, no personal data
};

// Where one live candidate is in the pipeline (Store::ListCandidateStages).
struct CandidateStage {
  std::string candidate_id;
  std::string stage;
  Millis stage_entered_at = 0;
};

// Everything stored about one candidate (Store::ExportCandidate, the right of
// access): the candidate and their interviews, scorecards, decisions and
// plans, each list oldest first.
struct CandidateRecords {
  StoredCandidate candidate;
  std::vector<StoredInterview> interviews;
  std::vector<StoredScorecard> scorecards;
  std::vector<StoredDecision> decisions;
  std::vector<StoredPlan> plans;
};

// A login-throttle counter: failures since window_start (0: none).
struct LoginCounter {
  int failures = 0;
  Millis window_start = 0;
};

// An email in the outbox (docs/notifications.md): written in the same
// transaction as the change that causes it, sent later by a server's outbox
// sender. Like sessions it is not audited and not part of a backup.
struct OutboxMail {
  std::string id;
  // What caused it: "invite", "reset", "assignment", "reminder",
  // "scorecards_in", "scorecard_reopened" (the store keeps any non-empty text).
  std::string kind;
  std::string recipient;  // the envelope's recipient address
  std::string message;    // the whole message as sent: headers, body, CRLF lines
  // "" or a key that makes the message happen once: a second EnqueueMail
  // with the same key writes nothing (e.g. "reminder:<interview id>").
  std::string dedup_key;
  std::string state = "pending";  // "pending", "sent" or "failed" (given up)
  int attempts = 0;               // claims so far
  std::string last_error;         // of the latest failed attempt
  Millis next_attempt_at = 0;     // pending: not sent before this time
  Millis created_at = 0;
  Millis sent_at = 0;
};

// How one attempt at sending a claimed message ended (Store::FinishMail).
struct MailOutcome {
  bool sent = false;
  std::string error;    // when not sent: why (kept as last_error)
  Millis retry_at = 0;  // when not sent: try again from then; 0: give up ("failed")
};

}  // namespace store

// ---- Listing -------------------------------------------------------------

// Offset pagination. limit <= 0 means 50; limits above 500 are cut to 500.
struct Page {
  int limit = 50;
  std::int64_t offset = 0;
};

// One page of a list plus the number of records matching the filter.
// Lists are ordered oldest first by created_at, then id, unless stated.
template <typename T>
struct Listing {
  std::vector<T> items;
  std::int64_t total = 0;
};

struct CandidateFilter {
  std::string opening_id;  // "" = any
  std::string status;      // "" = any
  std::string stage;       // "" = any
  // Full-text search over name, email and profile: every word must occur
  // (case-insensitive, word prefix match). "" = no search. Punctuation
  // separates words; the text is never interpreted as query syntax.
  std::string text;
  bool include_erased = false;
};

struct OpeningFilter {
  std::string brief_id;  // "" = any
  std::string status;    // "" = any
};

struct InterviewFilter {
  std::string candidate_id;    // "" = any
  std::string interviewer_id;  // "" = any
};

struct PlanFilter {
  std::string opening_id;    // "" = any
  std::string candidate_id;  // "" = any
};

struct AuditFilter {
  std::string object_type;  // "" = any
  std::string object_id;    // "" = any
  std::string actor;        // "" = any
};

// ---- The interface ---------------------------------------------------------

class Store {
 public:
  virtual ~Store() = default;

  // "sqlite" or "postgresql".
  virtual std::string BackendName() const = 0;

  // Cheap round trip to the database (for /healthz and readiness).
  virtual Status Ping() = 0;

  // Brings the schema to the newest version, applying each missing
  // migration in its own transaction and recording it in schema_version.
  // Idempotent; safe when several processes start at once. OpenStore calls
  // it; `firsthire migrate` calls it explicitly.
  virtual Status Migrate() = 0;
  // The newest applied migration (0 for an empty database).
  virtual Result<int> SchemaVersion() = 0;

  // -- Transactions. Runs `work` with a Store whose every call belongs to
  // one write transaction: when `work` returns ok, everything written through
  // that Store (each write with its audit entry) is committed at once; when
  // it returns an error, or the commit fails, nothing it wrote is kept and
  // that error is returned. A call inside that fails undoes only its own
  // writes (the rest stay pending), so `work` may go on after a failure it
  // expected. Inside `work` use only the Store it is given: on SQLite a call
  // on this one waits for the transaction's write lock (and fails after the
  // busy timeout). The given Store lives only during `work`; an
  // InTransaction call on it joins the same transaction. Credential caches
  // learn of changes after the commit. kUnavailable / kInternal when the
  // transaction cannot begin or commit.
  virtual Status InTransaction(const std::function<Status(Store&)>& work) = 0;

  // -- Users
  virtual Result<store::User> CreateUser(const store::User& user, const std::string& actor) = 0;
  virtual Result<store::User> GetUser(const std::string& id) = 0;
  virtual Result<store::User> FindUserByEmail(const std::string& email) = 0;
  virtual Result<store::User> UpdateUser(const store::User& user, const std::string& actor) = 0;
  virtual Result<Listing<store::User>> ListUsers(Page page) = 0;

  // -- Sessions (keyed by token hash)
  virtual Status CreateSession(const store::Session& session) = 0;
  // kNotFound when absent or when expires_at <= now.
  virtual Result<store::Session> FindSession(const std::string& token_hash, Millis now) = 0;
  // Sets last_seen_at and expires_at (sliding expiry). kNotFound if absent.
  virtual Status TouchSession(const std::string& token_hash, Millis last_seen_at,
                              Millis expires_at) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;  // ok if absent
  virtual Status DeleteUserSessions(const std::string& user_id) = 0;
  virtual Result<std::int64_t> DeleteExpiredSessions(Millis now) = 0;  // count removed

  // -- API tokens
  virtual Result<store::ApiToken> CreateApiToken(const store::ApiToken& token,
                                                 const std::string& actor) = 0;
  // The user an active token belongs to, in one read (what every scripted
  // request needs); kNotFound when the token is absent or revoked.
  virtual Result<store::User> FindUserByApiToken(const std::string& token_hash) = 0;
  virtual Result<std::vector<store::ApiToken>> ListApiTokens(const std::string& user_id) = 0;
  virtual Status RevokeApiToken(const std::string& id, const std::string& actor) = 0;
  // Ends every session of the user and revokes every API token, in one
  // transaction with one audit entry ("user.credentials_revoke"). For a new
  // password and a deactivation. Idempotent.
  virtual Status RevokeUserCredentials(const std::string& user_id, const std::string& actor) = 0;

  // -- Login throttling. Counters are per key (e.g. "email:a@b.c",
  // "addr:10.0.0.1") and live in the database so every process sees them.
  // A window older than `window_ms` counts as empty and restarts at the next
  // failure. ResetLoginFailures forgets a key.
  // -- Passwords and one-time links. Each is one transaction with its audit
  // entry. Setting a password (either way) also removes the user's links,
  // ends their sessions (all but `keep_session_hash`) and revokes their API
  // tokens, so whoever knew the old password keeps nothing.
  //
  // IssueAccountLink: stores `link` (created_at stamped by the store) in
  // place of the user's earlier links; audit "user.invite" or
  // "user.reset_link". kNotFound for an unknown user, kInvalidInput for an
  // empty hash or another purpose.
  virtual Status IssueAccountLink(const store::AccountLink& link, const std::string& actor) = 0;
  // RedeemAccountLink: the link with `token_hash`, if it exists and
  // expires_at > now, gives its user `password_hash`; audit
  // "user.password_set" (actor: the user). kNotFound for an unknown, used,
  // replaced or expired link (nothing is written then).
  virtual Result<store::User> RedeemAccountLink(const std::string& token_hash,
                                                const std::string& password_hash, Millis now) = 0;
  // SetUserPassword: a signed-in user's own change; audit
  // "user.password_change". kNotFound for an unknown user.
  virtual Status SetUserPassword(const std::string& user_id, const std::string& password_hash,
                                 const std::string& keep_session_hash,
                                 const std::string& actor) = 0;

  virtual Status ResetLoginFailures(const std::string& key) = 0;
  // One check-and-count for a sign-in attempt, atomic across threads and
  // processes: locks the counters of `keys` (absent or expired ones read as
  // {0, 0}), passes them in the order given to `wait`, and when it returns 0
  // counts one failure on every key in the same transaction, so concurrent
  // attempts always see each other. Returns what `wait` returned (0: the
  // attempt may go ahead and is already counted as failed).
  virtual Result<Millis> TakeLoginAttempt(
      const std::vector<std::string>& keys, Millis now, Millis window_ms,
      const std::function<Millis(const std::vector<store::LoginCounter>&)>& wait) = 0;
  // Takes back one counted failure from each of `keys` (the attempt
  // succeeded); never below 0.
  virtual Status ForgiveLoginAttempt(const std::vector<std::string>& keys) = 0;

  // -- Briefs
  virtual Result<store::StoredBrief> CreateBrief(const store::StoredBrief& brief,
                                                 const std::string& actor) = 0;
  virtual Result<store::StoredBrief> GetBrief(const std::string& id) = 0;
  virtual Result<store::StoredBrief> UpdateBrief(const store::StoredBrief& brief,
                                                 const std::string& actor) = 0;
  virtual Status DeleteBrief(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredBrief>> ListBriefs(Page page) = 0;

  // -- Openings
  virtual Result<store::StoredOpening> CreateOpening(const store::StoredOpening& opening,
                                                     const std::string& actor) = 0;
  virtual Result<store::StoredOpening> GetOpening(const std::string& id) = 0;
  virtual Result<store::StoredOpening> UpdateOpening(const store::StoredOpening& opening,
                                                     const std::string& actor) = 0;
  virtual Status DeleteOpening(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredOpening>> ListOpenings(const OpeningFilter& filter,
                                                             Page page) = 0;

  // -- Candidates. There is no delete: EraseCandidate is the only removal.
  virtual Result<store::StoredCandidate> CreateCandidate(const store::StoredCandidate& candidate,
                                                         const std::string& actor) = 0;
  // Creates every candidate of `candidates` in one transaction, in order,
  // each as CreateCandidate would (new id, times, default stage; audited as
  // "candidate.create"): all of them or, on any failure, none. kNotFound
  // when an opening_id does not exist. Returns the stored records.
  virtual Result<std::vector<store::StoredCandidate>> CreateCandidates(
      const std::vector<store::StoredCandidate>& candidates, const std::string& actor) = 0;
  // Erased candidates are returned too (erased = true, personal fields "").
  // An empty stage on create is "applied"; an empty stage on update keeps
  // the stored one (and its stage_reason and stage_entered_at).
  virtual Result<store::StoredCandidate> GetCandidate(const std::string& id) = 0;
  // kNotFound for an erased candidate.
  virtual Result<store::StoredCandidate> UpdateCandidate(const store::StoredCandidate& candidate,
                                                         const std::string& actor) = 0;
  virtual Result<Listing<store::StoredCandidate>> ListCandidates(const CandidateFilter& filter,
                                                                 Page page) = 0;
  // Every candidate ListCandidates would list for `filter`, in the same
  // order, but at most `max_rows` of them and without a page: one statement,
  // so the rows are one consistent read. What a whole-list snapshot is built
  // from (src/http/list_snapshot.h); the count is the vector's size.
  virtual Result<std::vector<store::StoredCandidate>> ListCandidatesInOrder(
      const CandidateFilter& filter, std::int64_t max_rows) = 0;
  // The stage of every live candidate of an opening (oldest first), without
  // the rest of their record: what a pipeline board counts.
  virtual Result<std::vector<store::CandidateStage>> ListCandidateStages(
      const std::string& opening_id) = 0;
  // The audit entries that moved the opening's live candidates between
  // stages ("candidate.stage" and "candidate.update" with a non-empty
  // detail), oldest first, in one query: what the pipeline's funnel rebuilds
  // each candidate's path from. Empty for an unknown opening.
  virtual Result<std::vector<store::AuditEntry>> ListStageMoves(
      const std::string& opening_id) = 0;
  // Moves a live candidate to `stage` (stage_reason "") only when their
  // current stage is one of `from`, atomically; audited as
  // "candidate.stage". Returns whether it moved. kNotFound when the
  // candidate is absent or erased.
  virtual Result<bool> AdvanceCandidateStage(const std::string& id,
                                             const std::vector<std::string>& from,
                                             const std::string& stage,
                                             const std::string& actor) = 0;
  // A number that changes whenever a candidate row is inserted, changed or
  // erased — by this process or any other on the same database (database
  // triggers keep it, so restores and other servers count too). Read it
  // before a list: a list read after version V is at least as new as V, so an
  // answer cached under V may be reused while the version is still V.
  // SqlStore keeps it in memory while nothing announces a change
  // (version_cache.h): this process's writes show at once, another
  // process's at the next read on SQLite and once its notification arrives
  // on PostgreSQL (just after its commit).
  virtual Result<std::int64_t> CandidatesVersion() = 0;
  // Right to erasure, in one transaction: clears name, email, profile,
  // stage_reason and status (status becomes "erased", erased = true; the
  // stage stays for the pipeline's history) and removes the
  // candidate from search; deletes their interviews and plans; clears the
  // reasons of their decisions; keeps their scorecards for statistics only
  // anonymised (scores, red flags and state kept, notes replaced by "{}").
  // The id stays valid so references do not dangle. Idempotent.
  virtual Status EraseCandidate(const std::string& id, const std::string& actor) = 0;
  // Right of access: the candidate (erased ones too) and every record about
  // them, read from one consistent snapshot. kNotFound for an unknown id.
  virtual Result<store::CandidateRecords> ExportCandidate(const std::string& id) = 0;

  // -- Interviews
  virtual Result<store::StoredInterview> CreateInterview(const store::StoredInterview& interview,
                                                         const std::string& actor) = 0;
  virtual Result<store::StoredInterview> GetInterview(const std::string& id) = 0;
  virtual Result<store::StoredInterview> UpdateInterview(const store::StoredInterview& interview,
                                                         const std::string& actor) = 0;
  virtual Status DeleteInterview(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredInterview>> ListInterviews(const InterviewFilter& filter,
                                                                 Page page) = 0;

  // -- Scorecards. SaveScorecard creates or replaces the one scorecard of
  // (candidate_id, interviewer_id); `id` of the argument is ignored. A
  // submitted scorecard is final: saving over it is kAlreadyExists. Saving
  // with state "submitted" stamps submitted_at.
  virtual Result<store::StoredScorecard> SaveScorecard(const store::StoredScorecard& scorecard,
                                                       const std::string& actor) = 0;
  virtual Result<store::StoredScorecard> GetScorecard(const std::string& candidate_id,
                                                      const std::string& interviewer_id) = 0;
  // All scorecards of a candidate, oldest first (a handful per candidate).
  virtual Result<std::vector<store::StoredScorecard>> ListScorecards(
      const std::string& candidate_id) = 0;
  // Turns the submitted scorecard of (candidate_id, interviewer_id) back
  // into a draft its interviewer may change and submit again (a manager's
  // correction); submitted_at goes back to 0. Audited as "scorecard.reopen".
  // kNotFound without such a scorecard; kAlreadyExists (a conflict with the
  // stored state) when it is a draft already.
  virtual Result<store::StoredScorecard> ReopenScorecard(const std::string& candidate_id,
                                                         const std::string& interviewer_id,
                                                         const std::string& actor) = 0;

  // -- Team members
  virtual Result<store::StoredTeamMember> CreateTeamMember(const store::StoredTeamMember& member,
                                                           const std::string& actor) = 0;
  virtual Result<store::StoredTeamMember> GetTeamMember(const std::string& id) = 0;
  virtual Result<store::StoredTeamMember> UpdateTeamMember(const store::StoredTeamMember& member,
                                                           const std::string& actor) = 0;
  virtual Status DeleteTeamMember(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredTeamMember>> ListTeamMembers(Page page) = 0;

  // -- Proposals
  virtual Result<store::StoredProposal> CreateProposal(const store::StoredProposal& proposal,
                                                       const std::string& actor) = 0;
  virtual Result<store::StoredProposal> GetProposal(const std::string& id) = 0;
  virtual Result<store::StoredProposal> UpdateProposal(const store::StoredProposal& proposal,
                                                       const std::string& actor) = 0;
  virtual Status DeleteProposal(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredProposal>> ListProposals(Page page) = 0;

  // -- Plans
  virtual Result<store::StoredPlan> CreatePlan(const store::StoredPlan& plan,
                                               const std::string& actor) = 0;
  virtual Result<store::StoredPlan> GetPlan(const std::string& id) = 0;
  virtual Result<store::StoredPlan> UpdatePlan(const store::StoredPlan& plan,
                                               const std::string& actor) = 0;
  virtual Status DeletePlan(const std::string& id, const std::string& actor) = 0;
  virtual Result<Listing<store::StoredPlan>> ListPlans(const PlanFilter& filter, Page page) = 0;

  // -- Decisions (append-only per candidate; newest first)
  virtual Result<store::StoredDecision> CreateDecision(const store::StoredDecision& decision,
                                                       const std::string& actor) = 0;
  virtual Result<std::vector<store::StoredDecision>> ListDecisions(
      const std::string& candidate_id) = 0;
  // A decision taken on evidence, in one transaction: kInvalidInput (field
  // "scorecards") when the candidate has no submitted scorecard; else the
  // decision is appended (audited as decision.create) and, when `stage` is
  // not "", the candidate moves to it with the decision's reason as
  // stage_reason (audited as candidate.stage). kNotFound for an absent or
  // erased candidate.
  virtual Result<store::StoredDecision> DecideOnEvidence(const store::StoredDecision& decision,
                                                         const std::string& stage,
                                                         const std::string& actor) = 0;

  // -- Mail outbox (docs/notifications.md). Not audited.
  // EnqueueMail stores `mail` as pending (id and created_at stamped by the
  // store; next_attempt_at 0 means at once). Answers false, writing
  // nothing, when another message already has its non-empty dedup_key.
  // kInvalidInput for an empty kind, recipient or message. Inside
  // InTransaction it commits with the change that caused it.
  virtual Result<bool> EnqueueMail(const store::OutboxMail& mail) = 0;
  // ClaimMail takes up to `limit` pending messages due at `now` that no
  // other sender holds (oldest first): each is leased to `sender` until
  // now + lease_ms and its attempts counted. Atomic across threads and
  // processes (PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED; SQLite: the
  // write lock), so two senders never hold the same message; a lease that
  // ends without FinishMail (the sender died) frees the message again.
  virtual Result<std::vector<store::OutboxMail>> ClaimMail(const std::string& sender, Millis now,
                                                           Millis lease_ms, int limit) = 0;
  // FinishMail records the attempt of a message `sender` holds and releases
  // it: "sent" (sent_at = now), or pending again from outcome.retry_at with
  // outcome.error, or "failed" when retry_at is 0. kNotFound, writing
  // nothing, when `sender` no longer holds it (its lease ended and another
  // sender claimed it).
  virtual Status FinishMail(const std::string& id, const std::string& sender,
                            const store::MailOutcome& outcome, Millis now) = 0;
  // The outbox, newest first; `state` "" = any.
  virtual Result<Listing<store::OutboxMail>> ListMail(const std::string& state, Page page) = 0;

  // -- Audit log. AppendAudit is for events that change no record (login,
  // logout, failed login, export); record writes audit themselves. `seq`
  // and, when 0, `at` are assigned by the store. ListAudit: newest first.
  virtual Status AppendAudit(const store::AuditEntry& entry) = 0;
  virtual Result<Listing<store::AuditEntry>> ListAudit(const AuditFilter& filter, Page page) = 0;

  // -- Backup and restore (`firsthire backup FILE` / `restore FILE`).
  // Export writes a portable dump of every table as JSON lines (format in
  // docs/store.md) from one consistent snapshot. Import loads such a dump,
  // from either backend, into this store in one transaction; the database
  // must hold no users, records or audit entries (else kAlreadyExists) and
  // a malformed dump is kInvalidInput with the line number. Sessions and
  // throttle counters are not part of the dump.
  virtual Status Export(std::ostream& out) = 0;
  virtual Status Import(std::istream& in) = 0;
};

// Opens (and migrates) a store.
//   "postgresql://..." or "postgres://..."   PostgreSQL through libpq; any
//       libpq URI parameter works, e.g. ?options=-csearch_path%3Dmy_schema
//   "sqlite:PATH" or a plain PATH             SQLite file, created if absent
//       along with its parent directory; WAL, synchronous=FULL, foreign
//       keys on, 5 s busy timeout.
// kUnavailable when the database cannot be reached or the file not opened;
// kInvalidInput for an empty url. With SchemaUpgrade::kSkip the schema is left
// as it is (to read SchemaVersion() before deciding to migrate). `clock`
// stamps what the store writes (tests pass their own).
enum class SchemaUpgrade { kApply, kSkip };
Result<std::unique_ptr<Store>> OpenStore(const std::string& url,
                                         SchemaUpgrade upgrade = SchemaUpgrade::kApply,
                                         Clock clock = SystemMillis);

// True for "postgresql://..." and "postgres://..." URLs.
bool IsPostgresUrl(const std::string& url);
// The file path of a SQLite URL ("sqlite:PATH" or PATH).
std::string SqlitePath(const std::string& url);
// For a SQLite database: one warning per file of it (database, -wal, -shm)
// that other users may read or write (see private_files.h); none for
// PostgreSQL.
std::vector<std::string> DatabaseFileWarnings(const std::string& url);
// The schema version this program migrates to (its newest migration).
int LatestSchemaVersion();

// The default database when no --db is given:
//   $FIRSTHIRE_DATA_DIR/firsthire.db, else $XDG_DATA_HOME/firsthire/firsthire.db,
//   else $HOME/.local/share/firsthire/firsthire.db (empty variables are
//   ignored; with no HOME either, "./firsthire.db"). The directory is
//   created by OpenStore, not here.
std::string DefaultDatabasePath();

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_STORE_H_
