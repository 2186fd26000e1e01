// The store's records as the API's JSON. One function per record; the keys
// are the public names the OpenAPI document (openapi.cc) describes. Stored
// `*_json` text is embedded as JSON (see StoredJson). No answer ever carries
// a password hash, a session or a token hash.
#ifndef FIRSTHIRE_HTTP_API_RECORDS_H_
#define FIRSTHIRE_HTTP_API_RECORDS_H_

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace firsthire::http {

// {id, email, name, role, active, created_at, updated_at}
nlohmann::json ToJson(const User& user);
// {id, title, brief, assessment, created_at, updated_at}
nlohmann::json ToJson(const Brief& brief);
// {id, title, brief_id, archetype, status, kit, plan, created_at, updated_at}
nlohmann::json ToJson(const Opening& opening);
// {id, opening_id, name, email, profile, status, erased, created_at, updated_at}
nlohmann::json ToJson(const Candidate& candidate);
// {id, candidate_id, interviewer_id, scheduled_at, kind, status, notes, ...}
nlohmann::json ToJson(const Interview& interview);
// {id, candidate_id, interviewer_id, scores, notes, red_flags, state,
//  submitted_at, created_at, updated_at}
nlohmann::json ToJson(const Scorecard& scorecard);
// {id, name, traits, codes, created_at, updated_at}
nlohmann::json ToJson(const TeamMember& member);
// {id, title, proposal, review, created_at, updated_at}
nlohmann::json ToJson(const Proposal& proposal);
// {id, opening_id, candidate_id, plan, status, created_at, updated_at}
nlohmann::json ToJson(const Plan& plan);
// {id, candidate_id, decision, reason, rule, decided_by, created_at}
nlohmann::json ToJson(const Decision& decision);
// {seq, at, actor, action, object_type, object_id, detail}
nlohmann::json ToJson(const AuditEntry& entry);

// The items of a Listing as a JSON array.
template <typename T>
nlohmann::json ItemsJson(const std::vector<T>& items) {
  nlohmann::json array = nlohmann::json::array();
  for (const T& item : items) array.push_back(ToJson(item));
  return array;
}

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_RECORDS_H_
