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
#include "store/store.h"

namespace firsthire {

inline constexpr std::size_t kPostgresPoolSize = 8;

// Opens and migrates the PostgreSQL database at `url`.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_POSTGRES_STORE_H_
