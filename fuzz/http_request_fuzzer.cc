// Fuzzes what the server does with the bytes of one request before a handler
// decides anything: the HTTP/1.1 parser (Beast's, with the server's default
// header and body limits), then the JSON body limits and parse every JSON
// endpoint applies (ParseJsonObject). A body that passes must be a JSON
// object the service can store and serialise (JsonText) without running out
// of stack; one that does not must be answered with a 4xx error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
// Boost 1.74 with -std=c++20 needs <utility> before Asio (see server.cc).
#include <utility>

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include "http/api_request.h"
#include "http/json_body.h"
#include "http/json_limits.h"
#include "http/request.h"
#include "http/server.h"

namespace {

namespace bhttp = boost::beast::http;

// The request as the server hands it to handlers, or false when the parser
// refused the bytes or wanted more.
bool ParseRequest(std::string_view bytes, firsthire::http::Request& out) {
  const firsthire::http::ServerOptions defaults;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(defaults.max_header_bytes));
  parser.body_limit(defaults.max_body_bytes);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(bytes.data(), bytes.size()), ec);
  if (ec || !parser.is_done()) return false;
  auto& message = parser.get();
  out.method = std::string(message.method_string());
  out.target = std::string(message.target());
  for (const auto& field : message) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = std::move(message.body());
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire::http;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Request request;
  // The first byte chooses: a whole HTTP request, or the bytes as a body
  // (so the JSON checks get inputs beyond what the HTTP parser lets by).
  if (size > 0 && data[0] == '{') {
    request.method = "POST";
    request.body = std::string(bytes);
  } else if (!ParseRequest(bytes, request)) {
    return 0;
  }
  nlohmann::json body;
  if (auto error = ParseJsonObject(request, body)) {
    if (error->status < 400 || error->status > 499) __builtin_trap();
    return 0;
  }
  if (!body.is_object() || CheckJsonLimits(request.body)) __builtin_trap();
  // What a handler stores and later reads back: within the limits, it is
  // read back as the same object (not the text fallback for rows that break
  // them).
  std::string stored = JsonText(body);
  if (stored.size() <= kMaxJsonBytes && !StoredJson(stored).is_object()) __builtin_trap();
  return 0;
}
