// DatabaseClaim: one database, one owner.
//
// Servers share a database (several may run on one database); operations
// that replace or reshape the whole database — `restore --replace`, and
// `migrate` when it has migrations to apply — need it to themselves. A claim
// is held for as long as the object lives:
//   * SQLite: flock(2) on "<database file>.lock" beside the database (shared
//     for servers, exclusive for the others); the lock file is created 0600
//     and never removed, so every process locks the same file. The kernel
//     releases the lock when the process ends, even after kill -9.
//   * PostgreSQL: a session-level advisory lock (shared or exclusive) on a
//     connection of its own, keyed by the current schema, so instances in
//     different schemas of one database do not block each other. It ends with
//     that connection.
// Everyday commands (`user`, `token`, `backup`) take no claim: they work
// while servers run.
#ifndef FIRSTHIRE_STORE_DATABASE_CLAIM_H_
#define FIRSTHIRE_STORE_DATABASE_CLAIM_H_

#include <memory>
#include <string>

#include "firsthire/status.h"

namespace firsthire {

class SqlConnection;

class DatabaseClaim {
 public:
  enum class Kind {
    kServer,     // shared with other servers
    kExclusive,  // no server and no other exclusive operation
  };

  // Takes the claim without waiting. kAlreadyExists when a claim of the
  // other kind (or another exclusive one) is held; kUnavailable when the
  // lock file cannot be made or the database not reached.
  static Result<std::unique_ptr<DatabaseClaim>> Take(const std::string& url, Kind kind);

  ~DatabaseClaim();  // releases the claim
  DatabaseClaim(const DatabaseClaim&) = delete;
  DatabaseClaim& operator=(const DatabaseClaim&) = delete;

 private:
  DatabaseClaim() = default;
  int lock_fd_ = -1;
  std::unique_ptr<SqlConnection> connection_;
};

// The lock file of a SQLite database path.
std::string SqliteLockPath(const std::string& database_path);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_DATABASE_CLAIM_H_
