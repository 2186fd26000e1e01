// OpenStore (picks the backend from the URL) and the default data directory.
#include "store/store.h"

#include <cstdlib>
#include <string_view>

#include "store/migrations.h"
#include "store/postgres_store.h"
#include "store/private_files.h"
#include "store/sqlite_store.h"

namespace firsthire {
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(const std::string& url, SchemaUpgrade upgrade,
                                         Clock clock) {
  if (url.empty()) return Status::InvalidInput("empty database URL");
  if (IsPostgresUrl(url)) return OpenPostgresStore(url, upgrade, std::move(clock));
  return OpenSqliteStore(SqlitePath(url), upgrade, std::move(clock));
}

bool IsPostgresUrl(const std::string& url) {
  return StartsWith(url, "postgresql://") || StartsWith(url, "postgres://");
}

std::string SqlitePath(const std::string& url) {
  return StartsWith(url, "sqlite:") ? url.substr(7) : url;
}

std::vector<std::string> DatabaseFileWarnings(const std::string& url) {
  if (url.empty() || IsPostgresUrl(url)) return {};
  std::string path = SqlitePath(url);
  return LooseModeWarnings({path, path + "-wal", path + "-shm"});
}

int LatestSchemaVersion() { return Migrations().empty() ? 0 : Migrations().back().version; }

std::string DefaultDatabasePath() {
  constexpr char kFile[] = "firsthire.db";
  if (std::string dir = Env("FIRSTHIRE_DATA_DIR"); !dir.empty()) return dir + "/" + kFile;
  if (std::string dir = Env("XDG_DATA_HOME"); !dir.empty()) {
    return dir + "/firsthire/" + kFile;
  }
  if (std::string home = Env("HOME"); !home.empty()) {
    return home + "/.local/share/firsthire/" + kFile;
  }
  return std::string("./") + kFile;
}

}  // namespace firsthire
