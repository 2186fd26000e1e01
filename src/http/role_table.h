// The role table of docs/api.md, generated from the operation declarations
// (operation.h), so the documentation says exactly who may call what.
//
// One row per operation, in declaration order: `METHOD path`, then for each
// role (admin, hiring_manager, interviewer) and for an anonymous caller what
// the access declaration answers before any handler runs — "yes", "403"
// (signed in with a role it does not allow) or "401" (not signed in). An API
// token acts with its user's role. docs/api.md holds the table between the
// markers kRoleTableBegin and kRoleTableEnd; a test (role_table_test.cc)
// fails when the committed table differs and rewrites it when
// FIRSTHIRE_UPDATE_DOCS=1 is set.
#ifndef FIRSTHIRE_HTTP_ROLE_TABLE_H_
#define FIRSTHIRE_HTTP_ROLE_TABLE_H_

#include <string>
#include <vector>

#include "http/operation.h"

namespace firsthire::http {

inline constexpr char kRoleTableBegin[] =
    "<!-- role table: generated from the operation declarations (src/http/role_table.h) -->";
inline constexpr char kRoleTableEnd[] = "<!-- end of role table -->";

// The Markdown table (header, separator, one line per operation; each line
// ends with a newline).
std::string RoleTableMarkdown(const std::vector<Operation>& operations);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_ROLE_TABLE_H_
