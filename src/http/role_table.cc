#include "http/role_table.h"

#include <iterator>

namespace firsthire::http {
namespace {

// What `access` answers a caller with `role`, or an anonymous one (null).
const char* Answer(const Access& access, const Role* role) {
  if (access.is_public()) return "yes";
  if (role == nullptr) return "401";
  return access.Allows(*role) ? "yes" : "403";
}

}  // namespace

std::string RoleTableMarkdown(const std::vector<Operation>& operations) {
  const Role roles[] = {Role::kAdmin, Role::kHiringManager, Role::kInterviewer};
  std::string table = "| operation |";
  for (Role role : roles) table += std::string(" ") + RoleName(role) + " |";
  table += " anonymous |\n|---|";
  for (size_t i = 0; i < std::size(roles); ++i) table += "---|";
  table += "---|\n";
  for (const Operation& op : operations) {
    table += "| `" + op.method + " " + op.path + "` |";
    for (const Role& role : roles) table += std::string(" ") + Answer(op.access, &role) + " |";
    table += std::string(" ") + Answer(op.access, nullptr) + " |\n";
  }
  return table;
}

}  // namespace firsthire::http
