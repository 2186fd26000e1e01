// Generic audited writes of SqlStore (private to the sql_store*.cc files):
// a record and its audit entry are written in one transaction.
#ifndef FIRSTHIRE_STORE_SQL_STORE_AUDITED_H_
#define FIRSTHIRE_STORE_SQL_STORE_AUDITED_H_

#include <string>

#include "store/record_sql.h"
#include "store/secret_hash.h"
#include "store/sql_store.h"

namespace firsthire {

template <typename T>
Result<T> SqlStore::CreateAudited(T record, const std::string& actor) {
  const char* noun = TableOf<T>().noun;
  record.id = NewId();
  record.created_at = Now();
  if constexpr (requires { record.updated_at; }) record.updated_at = record.created_at;
  if constexpr (requires { record.stage_entered_at; }) record.stage_entered_at = record.created_at;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    FH_RETURN_IF_ERROR(InsertRecord(connection, record));
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = std::string(noun) + ".create",
                          .object_type = noun,
                          .object_id = record.id});
  }));
  return record;
}

template <typename T>
Result<T> SqlStore::UpdateAudited(T record, const std::string& actor) {
  const char* noun = TableOf<T>().noun;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(T existing, SelectByKey<T>(connection, record.id));
    record.created_at = existing.created_at;
    record.updated_at = Now();
    FH_RETURN_IF_ERROR(UpdateRecord(connection, record));
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = std::string(noun) + ".update",
                          .object_type = noun,
                          .object_id = record.id});
  }));
  return record;
}

template <typename T>
Status SqlStore::DeleteAudited(const std::string& id, const std::string& actor) {
  const char* noun = TableOf<T>().noun;
  return InTransaction(true, [&](SqlConnection& connection) {
    FH_RETURN_IF_ERROR(DeleteByKey<T>(connection, id));
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = std::string(noun) + ".delete",
                          .object_type = noun,
                          .object_id = id});
  });
}

template <typename T>
Result<T> SqlStore::Get(const std::string& id) {
  std::optional<T> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(found, SelectByKey<T>(connection, id));
    return Status::Ok();
  }));
  return std::move(*found);
}

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQL_STORE_AUDITED_H_
