// The one email rule, for the CLI (`firsthire user add`) and the API
// (POST /api/v1/users) alike.
#ifndef FIRSTHIRE_SERVICE_EMAIL_ADDRESS_H_
#define FIRSTHIRE_SERVICE_EMAIL_ADDRESS_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::service {

// `raw` trimmed of surrounding white space and lower-cased (ASCII), when it
// is an email address: at most 254 bytes, no white space or control
// character inside, exactly one '@' with text before it, and a domain with a
// dot that neither starts nor ends it. A deliberately loose check: whether
// mail arrives is not ours to decide. Otherwise kInvalidInput (field
// "email") saying what is wrong.
Result<std::string> NormalizeEmail(std::string_view raw);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_EMAIL_ADDRESS_H_
