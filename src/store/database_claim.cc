#include "store/database_claim.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/postgres_store.h"
#include "store/private_files.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace firsthire {
namespace {

// Any value unique to firsthire ("fh" "ow" in ASCII); the second key is the
// schema.
constexpr char kPostgresSharedClaim[] =
    "SELECT CASE WHEN pg_try_advisory_lock_shared(26216119, hashtext(current_schema())) "
    "THEN 1 ELSE 0 END";
constexpr char kPostgresExclusiveClaim[] =
    "SELECT CASE WHEN pg_try_advisory_lock(26216119, hashtext(current_schema())) "
    "THEN 1 ELSE 0 END";

}  // namespace

std::string SqliteLockPath(const std::string& database_path) { return database_path + ".lock"; }

Result<std::unique_ptr<DatabaseClaim>> DatabaseClaim::Take(const std::string& url, Kind kind) {
  std::unique_ptr<DatabaseClaim> claim(new DatabaseClaim());
  if (IsPostgresUrl(url)) {
    FH_ASSIGN_OR_RETURN(claim->connection_, OpenPostgresConnection(url));
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        claim->connection_->Query(
            kind == Kind::kServer ? kPostgresSharedClaim : kPostgresExclusiveClaim, {}));
    if (rows.empty() || rows[0].empty() || rows[0][0] != "1") {
      return Status::AlreadyExists("the database is in use");
    }
    return claim;
  }
  std::string path = SqliteLockPath(SqlitePath(url));
  FH_RETURN_IF_ERROR(CreatePrivateDirectories(std::filesystem::path(path).parent_path()));
  claim->lock_fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (claim->lock_fd_ < 0) {
    return Status::Unavailable("cannot open the lock file " + path + ": " + std::strerror(errno));
  }
  int operation = (kind == Kind::kServer ? LOCK_SH : LOCK_EX) | LOCK_NB;
  while (::flock(claim->lock_fd_, operation) != 0) {
    if (errno == EINTR) continue;
    if (errno == EWOULDBLOCK) return Status::AlreadyExists("the database is in use");
    return Status::Unavailable("cannot lock " + path + ": " + std::strerror(errno));
  }
  return claim;
}

DatabaseClaim::~DatabaseClaim() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
}

}  // namespace firsthire
