// ConnectionPool: hands database connections to concurrent callers.
//
// Connections are created on demand by the factory, up to `max_size`; a
// caller beyond that waits until one is returned. A Lease gives its holder
// exclusive use of one connection and returns it on destruction. The pool
// is thread-safe and must outlive its leases.
#ifndef FIRSTHIRE_STORE_CONNECTION_POOL_H_
#define FIRSTHIRE_STORE_CONNECTION_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "firsthire/status.h"
#include "store/sql_connection.h"

namespace firsthire {

class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<SqlConnection>>()>;

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();

    SqlConnection& operator*() { return *connection_; }
    SqlConnection* operator->() { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  ConnectionPool(Factory factory, std::size_t max_size);

  // Adds an already open connection (e.g. the one used to migrate).
  void Add(std::unique_ptr<SqlConnection> connection);

  // An idle connection, a new one, or (at max_size) the next one returned.
  // Fails only when a new connection cannot be opened.
  Result<Lease> Acquire();

 private:
  void Return(std::unique_ptr<SqlConnection> connection);

  Factory factory_;
  std::size_t max_size_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  std::size_t open_ = 0;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_CONNECTION_POOL_H_
