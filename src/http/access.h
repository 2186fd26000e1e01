// Access: who may call a route. Every operation declares one (operation.h),
// which the Router keeps with the route and the Dispatcher enforces before the
// handler runs; the OpenAPI document and docs/api.md's role table show it.
//
// Deny by default: a default-constructed Access is "undeclared" and every call
// of such a route is refused with 403, whoever the caller is.
#ifndef FIRSTHIRE_HTTP_ACCESS_H_
#define FIRSTHIRE_HTTP_ACCESS_H_

#include <initializer_list>
#include <vector>

#include "http/principal.h"

namespace firsthire::http {

class Access {
 public:
  Access() = default;  // undeclared: refused

  // Anyone, signed in or not (login, healthz, the playbook).
  static Access Public() {
    Access access;
    access.public_ = true;
    return access;
  }
  // A signed-in caller whose role is one of `roles`.
  static Access Roles(std::initializer_list<Role> roles) {
    Access access;
    access.roles_.assign(roles);
    return access;
  }
  // Any signed-in caller, whatever the role.
  static Access SignedIn() {
    return Roles({Role::kAdmin, Role::kHiringManager, Role::kInterviewer});
  }

  bool is_public() const { return public_; }
  bool declared() const { return public_ || !roles_.empty(); }
  bool Allows(Role role) const {
    for (Role allowed : roles_) {
      if (allowed == role) return true;
    }
    return false;
  }

 private:
  bool public_ = false;
  std::vector<Role> roles_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_ACCESS_H_
