// SqlStore: candidates, their full-text search, erasure and export.
#include <algorithm>
#include <cctype>
#include <optional>

#include <nlohmann/json.hpp>

#include "store/sql_store_audited.h"

namespace firsthire {
namespace {

// Words of a search text: runs of ASCII letters and digits and of non-ASCII
// bytes (UTF-8 letters), ASCII-lowercased. Everything else separates words,
// so the text can never be read as query syntax by either backend.
std::vector<std::string> SearchWords(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte)) {
      word += static_cast<char>(byte < 0x80 ? std::tolower(byte) : byte);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The order of every candidate list: oldest first, the id breaking ties.
constexpr char kCandidateOrder[] = "created_at, id";

// The WHERE clause of a candidate list: live ones (unless erased ones are
// asked for), the filter's fields, and its search words.
WhereClause CandidateWhere(const CandidateFilter& filter, SqlDialect dialect) {
  WhereClause where;
  if (!filter.include_erased) where.AddRaw("erased = 0");
  if (!filter.opening_id.empty()) where.Add("opening_id = ", filter.opening_id);
  if (!filter.status.empty()) where.Add("status = ", filter.status);
  if (!filter.stage.empty()) where.Add("stage = ", filter.stage);
  std::vector<std::string> words = SearchWords(filter.text);
  if (words.empty()) return where;
  // SQLite FTS5: "word"* "word"* (implicit AND); PostgreSQL tsquery:
  // word:* & word:*. Words hold no quotes or operators (SearchWords).
  std::string query;
  for (const std::string& word : words) {
    if (dialect == SqlDialect::kSqlite) {
      query += (query.empty() ? "\"" : " \"") + word + "\"*";
    } else {
      query += (query.empty() ? "" : " & ") + word + ":*";
    }
  }
  std::string placeholder = where.Bind(query);
  where.AddRaw(dialect == SqlDialect::kSqlite
                   ? "id IN (SELECT candidate_id FROM candidate_search "
                     "WHERE candidate_search MATCH " +
                         placeholder + ")"
                   : "search_doc @@ to_tsquery('simple', " + placeholder + ")");
  return where;
}

}  // namespace

Result<store::StoredCandidate> SqlStore::CreateCandidate(const store::StoredCandidate& candidate,
                                                         const std::string& actor) {
  store::StoredCandidate record = candidate;
  record.erased = false;
  if (record.stage.empty()) {
    record.stage = "applied";
    record.stage_reason.clear();
  }
  Result<store::StoredCandidate> created = CreateAudited(record, actor);
  if (!created.ok() && created.status().code() == Code::kInvalidInput) {
    return Status::NotFound("opening not found");
  }
  return created;
}

Result<std::vector<store::StoredCandidate>> SqlStore::CreateCandidates(
    const std::vector<store::StoredCandidate>& candidates, const std::string& actor) {
  std::vector<store::StoredCandidate> records = candidates;
  const Millis now = Now();
  for (store::StoredCandidate& record : records) {
    record.id = NewId();
    record.erased = false;
    record.created_at = record.updated_at = record.stage_entered_at = now;
    if (record.stage.empty()) {
      record.stage = "applied";
      record.stage_reason.clear();
    }
  }
  Status status = InTransaction(true, [&](SqlConnection& connection) {
    for (const store::StoredCandidate& record : records) {
      FH_RETURN_IF_ERROR(InsertRecord(connection, record));
      FH_RETURN_IF_ERROR(AppendAuditOn(connection, now,
                                       {.actor = actor,
                                        .action = "candidate.create",
                                        .object_type = "candidate",
                                        .object_id = record.id}));
    }
    return Status::Ok();
  });
  if (status.code() == Code::kInvalidInput) return Status::NotFound("opening not found");
  if (!status.ok()) return status;
  return records;
}

Result<store::StoredCandidate> SqlStore::GetCandidate(const std::string& id) {
  return Get<store::StoredCandidate>(id);
}

Result<store::StoredCandidate> SqlStore::UpdateCandidate(const store::StoredCandidate& candidate,
                                                         const std::string& actor) {
  store::StoredCandidate record = candidate;
  Status status = InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(store::StoredCandidate existing,
                        SelectByKey<store::StoredCandidate>(connection, record.id));
    if (existing.erased) return Status::NotFound("candidate not found (erased)");
    record.erased = false;
    record.created_at = existing.created_at;
    record.updated_at = Now();
    bool moved = !record.stage.empty() && record.stage != existing.stage;
    if (record.stage.empty()) {
      record.stage = existing.stage;
      record.stage_reason = existing.stage_reason;
    }
    record.stage_entered_at = moved ? record.updated_at : existing.stage_entered_at;
    FH_RETURN_IF_ERROR(UpdateRecord(connection, record));
    return AppendAuditOn(
        connection, Now(),
        {.actor = actor,
         .action = "candidate.update",
         .object_type = "candidate",
         .object_id = record.id,
         .detail = moved ? StageDetail(existing.stage, record.stage) : std::string()});
  });
  if (status.code() == Code::kInvalidInput) return Status::NotFound("opening not found");
  FH_RETURN_IF_ERROR(status);
  return record;
}

Result<Listing<store::StoredCandidate>> SqlStore::ListCandidates(const CandidateFilter& filter,
                                                                 Page page) {
  WhereClause where = CandidateWhere(filter, dialect_);
  Listing<store::StoredCandidate> listing;
  // One statement (ListRecords): no transaction needed for a consistent page.
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(
        listing, ListRecords<store::StoredCandidate>(connection, where, kCandidateOrder, page));
    return Status::Ok();
  }));
  return listing;
}

Result<std::vector<store::StoredCandidate>> SqlStore::ListCandidatesInOrder(
    const CandidateFilter& filter, std::int64_t max_rows) {
  WhereClause where = CandidateWhere(filter, dialect_);
  const std::string limit = where.Bind(std::max<std::int64_t>(max_rows, 0));
  std::vector<store::StoredCandidate> rows;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(rows, SelectRecords<store::StoredCandidate>(
                                  connection, where,
                                  "ORDER BY " + std::string(kCandidateOrder) + " LIMIT " + limit));
    return Status::Ok();
  }));
  return rows;
}

Result<std::vector<store::CandidateStage>> SqlStore::ListCandidateStages(
    const std::string& opening_id) {
  std::vector<store::CandidateStage> stages;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query("SELECT id, stage, stage_entered_at FROM candidates "
                                         "WHERE opening_id = $1 AND erased = 0 "
                                         "ORDER BY created_at, id",
                                         {opening_id}));
    for (const SqlRow& row : rows) {
      if (row.size() < 3) continue;
      stages.push_back({row[0].value_or(""), row[1].value_or(""), ParseInt64(row[2])});
    }
    return Status::Ok();
  }));
  return stages;
}

Result<std::vector<store::AuditEntry>> SqlStore::ListStageMoves(const std::string& opening_id) {
  std::vector<store::AuditEntry> moves;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.AddRaw("object_type = 'candidate'");
    where.AddRaw("object_id IN (SELECT id FROM candidates WHERE opening_id = " +
                 where.Bind(opening_id) + " AND erased = 0)");
    where.AddRaw("action IN ('candidate.stage', 'candidate.update')");
    where.AddRaw("detail <> ''");
    FH_ASSIGN_OR_RETURN(moves, SelectRecords<store::AuditEntry>(connection, where, "ORDER BY seq"));
    return Status::Ok();
  }));
  return moves;
}

Result<bool> SqlStore::AdvanceCandidateStage(const std::string& id,
                                             const std::vector<std::string>& from,
                                             const std::string& stage, const std::string& actor) {
  bool moved = false;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(store::StoredCandidate existing,
                        SelectByKey<store::StoredCandidate>(connection, id));
    if (existing.erased) return Status::NotFound("candidate not found (erased)");
    if (std::find(from.begin(), from.end(), existing.stage) == from.end()) return Status::Ok();
    FH_RETURN_IF_ERROR(MoveStageOn(connection, Now(), existing, stage, "", actor));
    moved = true;
    return Status::Ok();
  }));
  return moved;
}

Status MoveStageOn(SqlConnection& connection, Millis now, const store::StoredCandidate& candidate,
                   const std::string& stage, const std::string& reason, const std::string& actor) {
  FH_RETURN_IF_ERROR(connection
                         .Query("UPDATE candidates SET stage = $2, stage_reason = $3, "
                                "stage_entered_at = $4, updated_at = $4 WHERE id = $1",
                                {candidate.id, stage, reason, now})
                         .status());
  return AppendAuditOn(connection, now,
                       {.actor = actor,
                        .action = "candidate.stage",
                        .object_type = "candidate",
                        .object_id = candidate.id,
                        .detail = StageDetail(candidate.stage, stage)});
}

std::string StageDetail(const std::string& from, const std::string& to) {
  return nlohmann::json{{"from", from}, {"to", to}}.dump(-1, ' ', false,
                                                         nlohmann::json::error_handler_t::replace);
}

Result<std::int64_t> SqlStore::CandidatesVersion() {
  // Unchanged since it was last read: no database work (version_cache.h).
  std::uint64_t generation = 0;
  if (candidates_version_) {
    if (change_feed_) change_feed_->Poll();
    if (std::optional<std::int64_t> kept = candidates_version_->Find()) return *kept;
    generation = candidates_version_->Generation();
  }
  std::int64_t version = 0;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query("SELECT version FROM change_counters WHERE name = $1",
                                         {std::string("candidates")}));
    if (rows.empty() || rows[0].empty() || !rows[0][0]) {
      return Status::Internal("the candidates change counter is missing (schema version 2)");
    }
    version = ParseInt64(rows[0][0]);
    return Status::Ok();
  }));
  if (candidates_version_) candidates_version_->Put(version, generation);
  return version;
}

Status SqlStore::EraseCandidate(const std::string& id, const std::string& actor) {
  return InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate,
                        SelectByKey<store::StoredCandidate>(connection, id));
    (void)candidate;
    const std::vector<std::pair<const char*, std::vector<SqlParam>>> statements = {
        {"UPDATE candidates SET name = '', email = '', profile_json = '', status = 'erased', "
         "stage_reason = '', erased = 1, updated_at = $2 WHERE id = $1",
         {id, Now()}},
        {"DELETE FROM interviews WHERE candidate_id = $1", {id}},
        {"DELETE FROM plans WHERE candidate_id = $1", {id}},
        {"UPDATE decisions SET reason = '' WHERE candidate_id = $1", {id}},
        {"UPDATE scorecards SET notes_json = '{}', summary = '' WHERE candidate_id = $1", {id}},
    };
    for (const auto& [sql, params] : statements) {
      FH_RETURN_IF_ERROR(connection.Query(sql, params).status());
    }
    if (dialect_ == SqlDialect::kSqlite) {
      // FTS5 only marks the old entries deleted; merging every segment into
      // one drops the erased words from the index pages (secure_delete then
      // zeroes the pages they were on).
      FH_RETURN_IF_ERROR(connection
                             .Query("INSERT INTO candidate_search (candidate_search) "
                                    "VALUES ('optimize')",
                                    {})
                             .status());
    }
    return AppendAuditOn(
        connection, Now(),
        {.actor = actor, .action = "candidate.erase", .object_type = "candidate", .object_id = id});
  });
}

Result<store::CandidateRecords> SqlStore::ExportCandidate(const std::string& id) {
  store::CandidateRecords out;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(out.candidate, SelectByKey<store::StoredCandidate>(connection, id));
    WhereClause of_candidate;
    of_candidate.Add("candidate_id = ", id);
    constexpr char kOrder[] = "ORDER BY created_at, id";
    FH_ASSIGN_OR_RETURN(out.interviews,
                        SelectRecords<store::StoredInterview>(connection, of_candidate, kOrder));
    FH_ASSIGN_OR_RETURN(out.scorecards,
                        SelectRecords<store::StoredScorecard>(connection, of_candidate, kOrder));
    FH_ASSIGN_OR_RETURN(out.decisions,
                        SelectRecords<store::StoredDecision>(connection, of_candidate, kOrder));
    FH_ASSIGN_OR_RETURN(out.plans,
                        SelectRecords<store::StoredPlan>(connection, of_candidate, kOrder));
    return Status::Ok();
  }));
  return out;
}

}  // namespace firsthire
