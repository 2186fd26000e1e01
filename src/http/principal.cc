#include "http/principal.h"

namespace firsthire::http {

const char* RoleName(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kHiringManager:
      return "hiring_manager";
    case Role::kInterviewer:
      return "interviewer";
  }
  return "interviewer";
}

std::optional<Role> ParseRole(std::string_view name) {
  if (name == "admin") return Role::kAdmin;
  if (name == "hiring_manager") return Role::kHiringManager;
  if (name == "interviewer") return Role::kInterviewer;
  return std::nullopt;
}

}  // namespace firsthire::http
