// The PostgreSQL backend: a Store on a PostgreSQL database through libpq.
//
// `url` is any libpq connection URI (postgresql://user@host:port/db?...).
// Connections are opened on demand, up to kPostgresPoolSize at once, and
// reset when the server dropped them; a server that cannot be reached is
// kUnavailable. All state lives in the database, so any number of server
// processes can share one database. Migrations take an advisory lock, so
// processes starting together do not race.
#ifndef FIRSTHIRE_STORE_POSTGRES_STORE_H_
#define FIRSTHIRE_STORE_POSTGRES_STORE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "firsthire/status.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace firsthire {

inline constexpr std::size_t kPostgresPoolSize = 8;

// Opens the PostgreSQL database at `url`, migrating it when `upgrade` says so.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url,
                                                 SchemaUpgrade upgrade = SchemaUpgrade::kApply,
                                                 Clock clock = SystemMillis);

// One libpq connection to `url` (kUnavailable when it cannot be made).
Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& url);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_POSTGRES_STORE_H_
