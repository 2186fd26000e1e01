// What every resource handler of the API needs from a request: who is
// calling (actor, role), which page of a list, and the fields of a JSON body,
// each failure turned into the API's error (422 with the field's name).
#ifndef FIRSTHIRE_HTTP_API_REQUEST_H_
#define FIRSTHIRE_HTTP_API_REQUEST_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "http/compute_gate.h"
#include "http/hashing_gate.h"
#include "http/request.h"
#include "http/response.h"
#include "store/store.h"

namespace firsthire::service {
class Notifier;  // service/notifications.h
}  // namespace firsthire::service

namespace firsthire::http {

// What the resource handlers share. Both references must outlive the router.
struct ApiContext {
  Store& store;
  const Playbook& playbook;
  // Every engine call goes through it (shared by all handlers; never null
  // once AddServiceRoutes has built the context).
  std::shared_ptr<ComputeGate> compute = std::make_shared<ComputeGate>();
  // Where one-time account links point (see LinkBaseUrl in account_links.h).
  std::string public_url;
  bool secure = false;
  // "Now" for every handler (tests pass their own).
  Clock clock = SystemMillis;
  // Every password hashing or verification of a request goes through it
  // (shared with sign-in; never null).
  std::shared_ptr<HashingGate> hashing = std::make_shared<HashingGate>();
  // Queues notification emails; null when SMTP is off (ApiOptions::notifier).
  const service::Notifier* notifier = nullptr;
};

// The signed-in caller's user id, recorded as the actor of every write.
// Routes that reach a handler are never public, so a principal is present;
// "anonymous" is only a safe fallback.
std::string ActorOf(const Request& request);

// The Location of a record that a POST to a collection created: the
// collection's path as requested, then the new record's id.
std::string CreatedLocation(const Request& request, const std::string& id);

// Admins and hiring managers: they manage the hiring records.
bool IsManager(const Request& request);

// ?limit=&offset= as a Page. limit 1..500 (default 50), offset >= 0; a value
// that is not a whole number in range is kInvalidInput naming the parameter.
Result<Page> ReadPage(const Request& request);

// Stored JSON text as a value: null when empty, the text itself (a string)
// when it does not parse or breaks a JSON limit (json_limits.h), else the
// parsed value.
nlohmann::json StoredJson(const std::string& text);

// The compact text a JSON value is stored as.
std::string JsonText(const nlohmann::json& value);

// Reads typed fields of a JSON object body. The first problem is kept (as
// kInvalidInput with the field's name) and later reads are skipped, so a
// handler reads every field and checks ok() once.
class BodyFields {
 public:
  explicit BodyFields(const nlohmann::json& body) : body_(body) {}

  bool Has(std::string_view name) const;
  // A string without NUL bytes, at most `max_bytes` long.
  std::optional<std::string> String(std::string_view name, bool required = false,
                                    std::size_t max_bytes = 64 * 1024);
  std::optional<bool> Bool(std::string_view name);
  std::optional<std::int64_t> Integer(std::string_view name);
  // A JSON object (returned as is).
  std::optional<nlohmann::json> Object(std::string_view name, bool required = false);

  // Records a problem found by the handler itself (first one wins).
  void Fail(std::string_view name, std::string message);

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

 private:
  const nlohmann::json* Find(std::string_view name, bool required);

  const nlohmann::json& body_;
  Status status_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_REQUEST_H_
