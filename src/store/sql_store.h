// SqlStore: the Store implementation shared by both SQL backends.
//
// All behaviour of the Store contract (store.h) lives here, written once
// against SqlConnection; the backends (sqlite_store.h, postgres_store.h)
// only open connections. Each call leases one connection from the pool for
// its duration; writes run in a transaction together with their audit
// entry. Inside Store::InTransaction the work is given a second SqlStore
// pinned to the transaction's connection, on which each call is a savepoint.
// The methods are split over sql_store*.cc by subject.
#ifndef FIRSTHIRE_STORE_SQL_STORE_H_
#define FIRSTHIRE_STORE_SQL_STORE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/change_feed.h"
#include "store/connection_pool.h"
#include "store/credential_cache.h"
#include "store/store.h"
#include "store/version_cache.h"

namespace firsthire {

class SqlStore : public Store {
 public:
  SqlStore(std::string backend_name, SqlDialect dialect, std::unique_ptr<ConnectionPool> pool,
           Clock clock = SystemMillis)
      : backend_name_(std::move(backend_name)),
        dialect_(dialect),
        pool_(std::move(pool)),
        clock_(std::move(clock)) {}

  std::string BackendName() const override { return backend_name_; }
  Status Ping() override;
  Status Migrate() override;
  Result<int> SchemaVersion() override;
  Status InTransaction(const std::function<Status(Store&)>& work) override;

  Result<store::User> CreateUser(const store::User& user, const std::string& actor) override;
  Result<store::User> GetUser(const std::string& id) override;
  Result<store::User> FindUserByEmail(const std::string& email) override;
  Result<store::User> UpdateUser(const store::User& user, const std::string& actor) override;
  Result<Listing<store::User>> ListUsers(Page page) override;

  Status CreateSession(const store::Session& session) override;
  Result<store::Session> FindSession(const std::string& token_hash, Millis now) override;
  Status TouchSession(const std::string& token_hash, Millis last_seen_at,
                      Millis expires_at) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteUserSessions(const std::string& user_id) override;
  Result<std::int64_t> DeleteExpiredSessions(Millis now) override;

  Result<store::ApiToken> CreateApiToken(const store::ApiToken& token,
                                         const std::string& actor) override;
  Result<store::User> FindUserByApiToken(const std::string& token_hash) override;
  Result<std::vector<store::ApiToken>> ListApiTokens(const std::string& user_id) override;
  Status RevokeApiToken(const std::string& id, const std::string& actor) override;
  Status RevokeUserCredentials(const std::string& user_id, const std::string& actor) override;

  Status ResetLoginFailures(const std::string& key) override;
  Result<Millis> TakeLoginAttempt(
      const std::vector<std::string>& keys, Millis now, Millis window_ms,
      const std::function<Millis(const std::vector<store::LoginCounter>&)>& wait) override;
  Status ForgiveLoginAttempt(const std::vector<std::string>& keys) override;
  Status IssueAccountLink(const store::AccountLink& link, const std::string& actor) override;
  Result<store::User> RedeemAccountLink(const std::string& token_hash,
                                        const std::string& password_hash, Millis now) override;
  Status SetUserPassword(const std::string& user_id, const std::string& password_hash,
                         const std::string& keep_session_hash, const std::string& actor) override;

  Result<store::StoredBrief> CreateBrief(const store::StoredBrief& brief,
                                         const std::string& actor) override;
  Result<store::StoredBrief> GetBrief(const std::string& id) override;
  Result<store::StoredBrief> UpdateBrief(const store::StoredBrief& brief,
                                         const std::string& actor) override;
  Status DeleteBrief(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredBrief>> ListBriefs(Page page) override;

  Result<store::StoredOpening> CreateOpening(const store::StoredOpening& opening,
                                             const std::string& actor) override;
  Result<store::StoredOpening> GetOpening(const std::string& id) override;
  Result<store::StoredOpening> UpdateOpening(const store::StoredOpening& opening,
                                             const std::string& actor) override;
  Status DeleteOpening(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredOpening>> ListOpenings(const OpeningFilter& filter,
                                                     Page page) override;

  Result<store::StoredCandidate> CreateCandidate(const store::StoredCandidate& candidate,
                                                 const std::string& actor) override;
  Result<std::vector<store::StoredCandidate>> CreateCandidates(
      const std::vector<store::StoredCandidate>& candidates, const std::string& actor) override;
  Result<store::StoredCandidate> GetCandidate(const std::string& id) override;
  Result<store::StoredCandidate> UpdateCandidate(const store::StoredCandidate& candidate,
                                                 const std::string& actor) override;
  Result<Listing<store::StoredCandidate>> ListCandidates(const CandidateFilter& filter,
                                                         Page page) override;
  Result<std::vector<store::StoredCandidate>> ListCandidatesInOrder(
      const CandidateFilter& filter, std::int64_t max_rows) override;
  Result<std::vector<store::CandidateStage>> ListCandidateStages(
      const std::string& opening_id) override;
  Result<std::vector<store::AuditEntry>> ListStageMoves(const std::string& opening_id) override;
  Result<bool> AdvanceCandidateStage(const std::string& id, const std::vector<std::string>& from,
                                     const std::string& stage, const std::string& actor) override;
  Result<std::int64_t> CandidatesVersion() override;
  Status EraseCandidate(const std::string& id, const std::string& actor) override;
  Result<store::CandidateRecords> ExportCandidate(const std::string& id) override;

  Result<store::StoredInterview> CreateInterview(const store::StoredInterview& interview,
                                                 const std::string& actor) override;
  Result<store::StoredInterview> GetInterview(const std::string& id) override;
  Result<store::StoredInterview> UpdateInterview(const store::StoredInterview& interview,
                                                 const std::string& actor) override;
  Status DeleteInterview(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredInterview>> ListInterviews(const InterviewFilter& filter,
                                                         Page page) override;

  Result<store::StoredScorecard> SaveScorecard(const store::StoredScorecard& scorecard,
                                               const std::string& actor) override;
  Result<store::StoredScorecard> GetScorecard(const std::string& candidate_id,
                                              const std::string& interviewer_id) override;
  Result<std::vector<store::StoredScorecard>> ListScorecards(
      const std::string& candidate_id) override;
  Result<store::StoredScorecard> ReopenScorecard(const std::string& candidate_id,
                                                 const std::string& interviewer_id,
                                                 const std::string& actor) override;

  Result<store::StoredTeamMember> CreateTeamMember(const store::StoredTeamMember& member,
                                                   const std::string& actor) override;
  Result<store::StoredTeamMember> GetTeamMember(const std::string& id) override;
  Result<store::StoredTeamMember> UpdateTeamMember(const store::StoredTeamMember& member,
                                                   const std::string& actor) override;
  Status DeleteTeamMember(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredTeamMember>> ListTeamMembers(Page page) override;

  Result<store::StoredProposal> CreateProposal(const store::StoredProposal& proposal,
                                               const std::string& actor) override;
  Result<store::StoredProposal> GetProposal(const std::string& id) override;
  Result<store::StoredProposal> UpdateProposal(const store::StoredProposal& proposal,
                                               const std::string& actor) override;
  Status DeleteProposal(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredProposal>> ListProposals(Page page) override;

  Result<store::StoredPlan> CreatePlan(const store::StoredPlan& plan,
                                       const std::string& actor) override;
  Result<store::StoredPlan> GetPlan(const std::string& id) override;
  Result<store::StoredPlan> UpdatePlan(const store::StoredPlan& plan,
                                       const std::string& actor) override;
  Status DeletePlan(const std::string& id, const std::string& actor) override;
  Result<Listing<store::StoredPlan>> ListPlans(const PlanFilter& filter, Page page) override;

  Result<store::StoredDecision> CreateDecision(const store::StoredDecision& decision,
                                               const std::string& actor) override;
  Result<std::vector<store::StoredDecision>> ListDecisions(
      const std::string& candidate_id) override;
  Result<store::StoredDecision> DecideOnEvidence(const store::StoredDecision& decision,
                                                 const std::string& stage,
                                                 const std::string& actor) override;

  Result<bool> EnqueueMail(const store::OutboxMail& mail) override;
  Result<std::vector<store::OutboxMail>> ClaimMail(const std::string& sender, Millis now,
                                                   Millis lease_ms, int limit) override;
  Status FinishMail(const std::string& id, const std::string& sender,
                    const store::MailOutcome& outcome, Millis now) override;
  Result<Listing<store::OutboxMail>> ListMail(const std::string& state, Page page) override;

  Status AppendAudit(const store::AuditEntry& entry) override;
  Result<Listing<store::AuditEntry>> ListAudit(const AuditFilter& filter, Page page) override;

  Status Export(std::ostream& out) override;
  Status Import(std::istream& in) override;

  // Serves unchanged sessions, users and API tokens from `credentials`, and
  // an unchanged CandidatesVersion from `candidates_version`, while `feed`
  // keeps them told of changes (change_feed.h). Without the caches every
  // lookup reads the database.
  void EnableChangeCaches(std::unique_ptr<CredentialCache> credentials,
                          std::unique_ptr<VersionCache> candidates_version,
                          std::unique_ptr<ChangeFeed> feed);
  // The caches, or nullptr (for tests).
  const CredentialCache* credential_cache() const { return credentials_.get(); }
  const VersionCache* candidates_version_cache() const { return candidates_version_.get(); }

 private:
  using Work = std::function<Status(SqlConnection&)>;

  // The view InTransaction hands to its work: every call runs on
  // `connection`, inside `outer`'s transaction.
  SqlStore(SqlStore& outer, SqlConnection& connection);

  // The store's clock.
  Millis Now() const { return clock_(); }

  // Runs `work` on a leased connection, outside any transaction.
  Status Run(const Work& work);
  // Runs `work` in a transaction; commits when it returns ok, else rolls
  // back and returns its status. On a pinned view: in a savepoint of the
  // open transaction, released or rolled back to the same way.
  Status InTransaction(bool write, const Work& work);

  // Generic audited create / update / delete of a record type.
  template <typename T>
  Result<T> CreateAudited(T record, const std::string& actor);
  template <typename T>
  Result<T> UpdateAudited(T record, const std::string& actor);
  template <typename T>
  Status DeleteAudited(const std::string& id, const std::string& actor);
  template <typename T>
  Result<T> Get(const std::string& id);

  // The credential cache, after its feed was polled; null without one.
  CredentialCache* Credentials();

  // After a write that ends a session, revokes a token or changes a user:
  // empties this process's cache and, on PostgreSQL, notifies the others.
  void CredentialsChanged();

  std::string backend_name_;
  SqlDialect dialect_;
  std::unique_ptr<ConnectionPool> pool_;
  std::unique_ptr<CredentialCache> credentials_;      // may be null
  std::unique_ptr<VersionCache> candidates_version_;  // may be null
  std::unique_ptr<ChangeFeed> change_feed_;           // stops before the caches go
  Clock clock_;
  // Set on the view InTransaction makes (null otherwise): the transaction's
  // connection, the store that opened it, whether credentials changed in it
  // (told to `outer_` after the commit) and the savepoints open.
  SqlConnection* pinned_ = nullptr;
  SqlStore* outer_ = nullptr;
  bool credentials_changed_ = false;
  int savepoints_ = 0;
};

// Appends one audit entry on `connection` (inside the caller's
// transaction). `at` = 0 means `now`.
Status AppendAuditOn(SqlConnection& connection, Millis now, const store::AuditEntry& entry);

// Moves `candidate` (as read in this transaction) to `stage` with `reason`,
// stamping stage_entered_at, and audits it as "candidate.stage".
// `now` stamps both.
Status MoveStageOn(SqlConnection& connection, Millis now, const store::StoredCandidate& candidate,
                   const std::string& stage, const std::string& reason, const std::string& actor);

// The audit detail of a stage change: {"from": ..., "to": ...} (stage ids).
std::string StageDetail(const std::string& from, const std::string& to);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQL_STORE_H_
