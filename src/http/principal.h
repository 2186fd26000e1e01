// Who is calling: the signed-in user behind a request, as the auth layer
// established it. Handlers read it from Request::principal; it is absent on
// public routes called anonymously.
#ifndef FIRSTHIRE_HTTP_PRINCIPAL_H_
#define FIRSTHIRE_HTTP_PRINCIPAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace firsthire::http {

// The three account roles of the service (issue 4). Stable public names:
// "admin", "hiring_manager", "interviewer".
enum class Role { kAdmin, kHiringManager, kInterviewer };

const char* RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

// How the caller proved who they are. Cookie-authenticated writes need a
// CSRF token; bearer-token calls do not (a browser never sends them by itself).
enum class AuthMethod { kSessionCookie, kBearerToken };

struct Principal {
  std::string user_id;  // the store's User::id
  std::string email;
  std::string name;
  Role role = Role::kInterviewer;
  AuthMethod method = AuthMethod::kSessionCookie;
  // Cookie sessions only: the session's CSRF token, which unsafe requests
  // must echo in X-CSRF-Token (checked by the auth layer, not by handlers).
  std::string csrf_token;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_PRINCIPAL_H_
