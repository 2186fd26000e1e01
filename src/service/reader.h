// Who reads: what the use cases that show people different records (the
// blind rule, an interviewer's own interviews) need to know of the caller.
#ifndef FIRSTHIRE_SERVICE_READER_H_
#define FIRSTHIRE_SERVICE_READER_H_

#include <string>

namespace firsthire::service {

struct Reader {
  std::string user_id;
  bool manager = false;  // admin or hiring manager
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_READER_H_
