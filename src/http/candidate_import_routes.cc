// POST /api/v1/candidates/import (admins and hiring managers): a file of
// candidates — the bytes of a CSV file (Content-Type text/csv) or of JSON
// Resume documents (application/json: one resume or an array) — read by the
// input layer's import reader (input/candidate_import.h) and stored in one
// transaction (Store::CreateCandidates).
//
//   ?opening_id=ID      every candidate joins this opening (404 when unknown)
//   ?skip_bad_rows=true store the good rows and list the bad ones under
//                       `skipped`; without it any bad row is a 400 listing
//                       every bad row under `rows`, and nothing is stored.
//
// 201 {imported: [Candidate...], skipped: [{line, field, message}]}.
// A file that cannot be read at all (no header, no `name` column, JSON
// syntax) is 400 with its line; more than kMaxImportRows rows, or a body over
// the server's body limit, 413; another media type 415.
#include <string>
#include <vector>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/json_limits.h"
#include "http/json_writer.h"
#include "input/candidate_import.h"
#include "service/candidates.h"

namespace firsthire::http {
namespace {

enum class ImportFormat { kCsv, kJson, kUnsupported };

ImportFormat FormatOf(const Request& request) {
  const std::string* type = request.Header("content-type");
  if (type == nullptr) return ImportFormat::kUnsupported;
  std::string_view media = std::string_view(*type).substr(0, type->find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  if (EqualsIgnoreCase(media, "text/csv")) return ImportFormat::kCsv;
  if (EqualsIgnoreCase(media, "application/json")) return ImportFormat::kJson;
  return ImportFormat::kUnsupported;
}

void WriteProblems(JsonWriter& out, const std::vector<RowProblem>& problems) {
  out.BeginArray();
  for (const RowProblem& problem : problems) {
    out.BeginObject();
    out.Key("line");
    out.Int(problem.line);
    out.Key("field");
    out.StringOrNull(problem.field);
    out.Key("message");
    out.String(problem.message);
    out.EndObject();
  }
  out.EndArray();
}

// 400: every bad row, nothing stored. The error names the first bad row's
// line and field; `rows` lists them all.
Response BadRows(const std::vector<RowProblem>& problems) {
  const RowProblem& first = problems.front();
  std::string message = std::to_string(problems.size()) +
                        (problems.size() == 1 ? " row" : " rows") +
                        " cannot be imported (the first on line " + std::to_string(first.line) +
                        ": " + first.message + "); nothing was imported";
  Status status =
      Status::InvalidInput(std::move(message), Location{.line = first.line, .field = first.field});
  return ErrorResponse(status, 400, [&](JsonWriter& out) {
    out.Key("rows");
    WriteProblems(out, problems);
  });
}

Response Imported(const std::vector<store::StoredCandidate>& stored, const std::vector<RowProblem>& skipped) {
  JsonWriter out(stored.size() * 400 + 256);
  out.BeginObject();
  out.Key("imported");
  out.BeginArray();
  for (const store::StoredCandidate& candidate : stored) WriteJson(out, candidate);
  out.EndArray();
  out.Key("skipped");
  WriteProblems(out, skipped);
  out.EndObject();
  return JsonTextResponse(201, out.Take());
}

class ImportEndpoint {
 public:
  explicit ImportEndpoint(ApiContext context)
      : playbook_(context.playbook), candidates_(context.store, context.playbook) {}

  Response Import(const Request& request) {
    ImportFormat format = FormatOf(request);
    if (format == ImportFormat::kUnsupported) {
      return ErrorResponse(415, "unsupported_media_type",
                           "send the file as text/csv or application/json (JSON Resume)");
    }
    std::string opening_id = request.QueryParam("opening_id").value_or("");
    std::string skip = request.QueryParam("skip_bad_rows").value_or("false");
    if (skip != "true" && skip != "false") {
      return ErrorResponse(422, "invalid_input", "skip_bad_rows must be true or false",
                           "skip_bad_rows");
    }
    if (!opening_id.empty()) {
      if (Status known = candidates_.CheckOpening(opening_id); !known.ok()) {
        return ErrorResponse(known);
      }
    }
    if (format == ImportFormat::kJson) {
      if (auto violation = CheckJsonLimits(request.body); violation && violation->too_large) {
        return ErrorResponse(413, "too_large", violation->message, violation->field);
      }
    }
    Result<CandidateImport> read =
        format == ImportFormat::kCsv
            ? ReadCandidatesCsv(request.body, "body", playbook_)
            : ReadCandidatesJsonResume(request.body, "body", playbook_);
    if (!read.ok()) {
      return ErrorResponse(read.status(), read.status().code() == Code::kTooLarge ? 413 : 400);
    }
    if (!read->problems.empty() && skip != "true") return BadRows(read->problems);
    auto stored = candidates_.Import(std::move(read->rows), opening_id, ActorOf(request));
    if (!stored.ok()) return ErrorResponse(stored.status());
    return Imported(*stored, read->problems);
  }

 private:
  const Playbook& playbook_;
  service::CandidateService candidates_;
};

const EndpointTable<ImportEndpoint>& ImportTable() {
  static const EndpointTable<ImportEndpoint> kTable = {
      {{.method = "POST",
        .path = "/api/v1/candidates/import",
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Import candidates from a CSV or JSON Resume file, all rows or none (or the good "
                   "rows with skip_bad_rows=true), in one transaction; at most 10,000 rows",
        .request = "CandidateImportFile",
        .text_body = "text/csv",
        .success = 201,
        .response = "CandidateImport",
        .errors = {400, 401, 403, 404, 413, 415, 422},
        .query = {"opening_id", "skip_bad_rows"}},
       &ImportEndpoint::Import},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> CandidateImportOperations() { return OperationsOf(ImportTable()); }

Status AddCandidateImportRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<ImportEndpoint>(context), ImportTable());
}

}  // namespace firsthire::http
