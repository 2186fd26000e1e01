// The store's records as the API's JSON. One function per record; the keys
// are the public names the OpenAPI document (api_schemas.json) describes. Stored
// `*_json` text is embedded as JSON (see JsonWriter::Stored). No answer ever carries
// a password hash, a session or a token hash.
#ifndef FIRSTHIRE_HTTP_API_RECORDS_H_
#define FIRSTHIRE_HTTP_API_RECORDS_H_

#include <vector>

#include "http/json_writer.h"
#include "http/response.h"
#include "store/store.h"

namespace firsthire::http {

// Each record as one JSON object, appended to `out`.
// {id, email, name, role, active, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::User& user);
// {id, title, brief, assessment, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredBrief& brief);
// {id, title, brief_id, archetype, status, kit, plan, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredOpening& opening);
// {id, opening_id, name, email, profile, status, erased, created_at, updated_at,
//  stage, stage_reason, stage_entered_at}
void WriteJson(JsonWriter& out, const store::StoredCandidate& candidate);
// {id, candidate_id, interviewer_id, scheduled_at, kind, status, notes,
//  created_at, updated_at, focus, due_at}
void WriteJson(JsonWriter& out, const store::StoredInterview& interview);
// The same members without the braces, for answers that add their own
// members to an interview (GET /me/interviews).
void WriteMembers(JsonWriter& out, const store::StoredInterview& interview);
// {id, candidate_id, interviewer_id, scores, notes, red_flags, state,
//  submitted_at, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredScorecard& scorecard);
// {id, name, traits, codes, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredTeamMember& member);
// {id, title, proposal, review, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredProposal& proposal);
// {id, opening_id, candidate_id, plan, status, created_at, updated_at}
void WriteJson(JsonWriter& out, const store::StoredPlan& plan);
// {id, candidate_id, decision, reason, rule, decided_by, created_at, decided_at}
void WriteJson(JsonWriter& out, const store::StoredDecision& decision);
// {seq, at, actor, action, object_type, object_id, detail}
void WriteJson(JsonWriter& out, const store::AuditEntry& entry);
// The right of access: {candidate, interviews, scorecards, decisions, plans},
// each record as above.
void WriteJson(JsonWriter& out, const store::CandidateRecords& records);
// {id, kind, recipient, state, attempts, last_error, next_attempt_at,
//  created_at, sent_at}: an outbox message without its text (which holds
// one-time links)
void WriteJson(JsonWriter& out, const store::OutboxMail& mail);

// The records as a JSON array.
template <typename T>
void WriteArray(JsonWriter& out, const std::vector<T>& items) {
  out.BeginArray();
  for (const T& item : items) WriteJson(out, item);
  out.EndArray();
}

// A list page's body, {items, total, limit, offset}: the one shape of every
// listing; `write_items` writes the items' array into `out`.
template <typename WriteItems>
void WriteListing(JsonWriter& out, WriteItems write_items, std::int64_t total, const Page& page) {
  out.BeginObject();
  out.Key("items");
  write_items();
  out.Key("total");
  out.Int(total);
  out.Key("limit");
  out.Int(page.limit);
  out.Key("offset");
  out.Int(page.offset);
  out.EndObject();
}

// One record as the whole answer, written straight to text (no JSON tree in
// between, as ToJson + JsonResponse would build and print again).
template <typename T>
Response RecordResponse(int status, const T& record) {
  JsonWriter out(1024);
  WriteJson(out, record);
  return JsonTextResponse(status, out.Take());
}

// The answer to a list request: 200 with {items, total, limit, offset},
// written straight from the records (no JSON tree in between).
template <typename T>
Response ListingResponse(const std::vector<T>& items, std::int64_t total, const Page& page) {
  JsonWriter out(256 + 512 * items.size());
  WriteListing(
      out, [&] { WriteArray(out, items); }, total, page);
  return JsonTextResponse(200, out.Take());
}

// The answer to a request for all of a candidate's records of a kind: 200
// with {items}.
template <typename T>
Response ItemsResponse(const std::vector<T>& items) {
  JsonWriter out(64 + 512 * items.size());
  out.BeginObject();
  out.Key("items");
  WriteArray(out, items);
  out.EndObject();
  return JsonTextResponse(200, out.Take());
}

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_RECORDS_H_
