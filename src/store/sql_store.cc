// SqlStore core: connections, transactions, migrations and the audit log.
#include "store/sql_store.h"

#include "store/migrations.h"
#include "store/record_sql.h"

namespace firsthire {

SqlStore::SqlStore(SqlStore& outer, SqlConnection& connection)
    : backend_name_(outer.backend_name_),
      dialect_(outer.dialect_),
      clock_(outer.clock_),
      pinned_(&connection),
      outer_(&outer) {}

Status SqlStore::Run(const Work& work) {
  if (pinned_ != nullptr) return work(*pinned_);
  FH_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_->Acquire());
  return work(*lease);
}

Status SqlStore::InTransaction(bool write, const Work& work) {
  if (pinned_ != nullptr) {
    // Already in a transaction: a savepoint gives this call its own undo.
    const std::string name = "fh_" + std::to_string(++savepoints_);
    Status status = pinned_->Query("SAVEPOINT " + name, {}).status();
    if (status.ok()) status = work(*pinned_);
    if (!status.ok()) (void)pinned_->Query("ROLLBACK TO SAVEPOINT " + name, {});
    Status released = pinned_->Query("RELEASE SAVEPOINT " + name, {}).status();
    --savepoints_;
    return status.ok() ? released : status;
  }
  FH_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_->Acquire());
  FH_RETURN_IF_ERROR(lease->Begin(write));
  Status status = work(*lease);
  if (!status.ok()) {
    lease->Rollback();
    return status;
  }
  status = lease->Commit();
  if (!status.ok()) lease->Rollback();
  // Any committed write may have changed candidates: the next
  // CandidatesVersion reads the counter again (its trigger counted the write).
  if (status.ok() && write && candidates_version_) candidates_version_->Invalidate();
  return status;
}

Status SqlStore::InTransaction(const std::function<Status(Store&)>& work) {
  if (pinned_ != nullptr) {  // nested: joins the open transaction
    return InTransaction(true, [&](SqlConnection&) { return work(*this); });
  }
  bool credentials_changed = false;
  Status status = InTransaction(true, [&](SqlConnection& connection) {
    SqlStore view(*this, connection);
    Status done = work(view);
    credentials_changed = view.credentials_changed_;
    return done;
  });
  if (status.ok() && credentials_changed) CredentialsChanged();
  return status;
}

Status SqlStore::Ping() {
  return Run([](SqlConnection& connection) { return connection.Query("SELECT 1", {}).status(); });
}

namespace {

// Serialises concurrent migrations of one PostgreSQL database (any value
// unique to firsthire works; this is "fh" "mg" in ASCII).
constexpr char kPostgresMigrationLock[] = "SELECT pg_advisory_xact_lock(26216109)";

Result<int> CurrentVersion(SqlConnection& connection) {
  FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                      connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_version", {}));
  if (rows.empty() || rows[0].empty()) return 0;
  return static_cast<int>(ParseInt64(rows[0][0]));
}

}  // namespace

Status SqlStore::Migrate() {
  if (Migrations().empty()) {
    return Status::Internal("this build's migration files are incomplete: " +
                            MigrationFilesProblem(EmbeddedMigrationFiles()));
  }
  const int newest = Migrations().back().version;
  for (const Migration& migration : Migrations()) {
    FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
      if (dialect_ == SqlDialect::kPostgres) {
        FH_RETURN_IF_ERROR(connection.Query(kPostgresMigrationLock, {}).status());
      }
      FH_RETURN_IF_ERROR(connection.ExecScript(SchemaVersionTableSql(dialect_)));
      FH_ASSIGN_OR_RETURN(int current, CurrentVersion(connection));
      if (current > newest) {
        // A newer firsthire migrated this database: an older one would
        // misread what it wrote. Downgrading means restoring a backup.
        return Status::Unavailable(
            "the database is at schema version " + std::to_string(current) +
            ", newer than this firsthire knows (" + std::to_string(newest) +
            "): refusing to use it with an older version; install the newer one again, or "
            "restore a backup taken before the upgrade into an empty database");
      }
      if (current >= migration.version) return Status::Ok();
      if (current != migration.version - 1) {
        return Status::Internal("schema_version " + std::to_string(current) +
                                " cannot be followed by migration " +
                                std::to_string(migration.version));
      }
      FH_RETURN_IF_ERROR(connection.ExecScript(migration.SqlFor(dialect_)));
      return connection
          .Query(
              "INSERT INTO schema_version (version, description, applied_at) "
              "VALUES ($1, $2, $3)",
              {std::int64_t{migration.version}, std::string(migration.description), Now()})
          .status();
    }));
  }
  return Status::Ok();
}

Result<int> SqlStore::SchemaVersion() {
  int version = 0;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_RETURN_IF_ERROR(connection.ExecScript(SchemaVersionTableSql(dialect_)));
    FH_ASSIGN_OR_RETURN(version, CurrentVersion(connection));
    return Status::Ok();
  }));
  return version;
}

Status AppendAuditOn(SqlConnection& connection, Millis now, const store::AuditEntry& entry) {
  return connection
      .Query(
          "INSERT INTO audit_log (at, actor, action, object_type, object_id, detail) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {entry.at == 0 ? now : entry.at, entry.actor, entry.action, entry.object_type,
           entry.object_id, entry.detail})
      .status();
}

Status SqlStore::AppendAudit(const store::AuditEntry& entry) {
  if (entry.action.empty()) return Status::InvalidInput("audit entry without an action");
  return Run([&](SqlConnection& connection) { return AppendAuditOn(connection, Now(), entry); });
}

Result<Listing<store::AuditEntry>> SqlStore::ListAudit(const AuditFilter& filter, Page page) {
  Listing<store::AuditEntry> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.object_type.empty()) where.Add("object_type = ", filter.object_type);
    if (!filter.object_id.empty()) where.Add("object_id = ", filter.object_id);
    if (!filter.actor.empty()) where.Add("actor = ", filter.actor);
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::AuditEntry>(connection, where, "seq DESC", page));
    return Status::Ok();
  }));
  return listing;
}

}  // namespace firsthire
