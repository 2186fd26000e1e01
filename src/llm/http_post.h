// One HTTP/1.1 POST with a deadline and a size limit: the only network side
// effect of the model client, behind an interface the tests can replace.
#ifndef FIRSTHIRE_LLM_HTTP_POST_H_
#define FIRSTHIRE_LLM_HTTP_POST_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "firsthire/status.h"

namespace firsthire::llm {

struct HttpPostRequest {
  std::string host;  // name or address (IPv6 without brackets)
  std::string port;
  std::string target;                                        // e.g. "/v1/chat/completions"
  std::vector<std::pair<std::string, std::string>> headers;  // beside Host, Content-Type, Accept
  std::string body;                                          // JSON
  std::chrono::milliseconds timeout{0};  // for connecting, sending and the whole answer
  size_t max_answer_bytes = 0;           // body limit
};

struct HttpAnswer {
  int status = 0;
  std::string reason;  // e.g. "Not Found"
  std::string body;
};

class HttpPoster {
 public:
  virtual ~HttpPoster() = default;
  // The server's answer whatever its status, or: Unavailable when the
  // server cannot be reached, refuses, closes early or misses the deadline;
  // TooLarge when the answer's body passes max_answer_bytes. Never throws.
  virtual Result<HttpAnswer> Post(const HttpPostRequest& request) = 0;
};

// Over Boost.Beast, plain http. Name resolution happens before the deadline
// starts (an address or a local name resolves at once).
std::unique_ptr<HttpPoster> MakeBeastHttpPoster();

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_HTTP_POST_H_
