// Reading a file of candidates to import (POST /api/v1/candidates/import):
// a hiring team's spreadsheet as CSV, or JSON Resume documents (one object or
// an array of them). Each data row (or resume) becomes an ImportRow or a
// RowProblem naming its line and field, so a caller can refuse the whole file
// or keep the good rows.
//
// CSV (read by the same CsvReader and cell rules as the pool loader): the
// header names the columns, case-insensitively. `name` is required; `email`,
// `role`, `cost` (a number of at least 0), `codes` (yes/no), `id` (kept as
// the profile's external_id), `stage` (a pipeline stage id of the playbook)
// and one column per trait (its id or title; a whole number from 0 to 5) are
// read; any other column is kept in the profile as text (except `source`,
// `traits` and `resume`, which the import itself sets). Blank lines are
// skipped; an id seen on an earlier row is a problem.
//
// JSON Resume (read through Document, so every resume knows its line): each
// resume needs basics.name; basics.email, basics.label (the role), meta.id
// and meta.cost are read, trait levels come from the playbook's
// team.json_resume keywords, and the profile keeps the whole resume.
//
// Failure (the whole file): kInvalidInput with line and column for text that
// cannot be read (bad UTF-8, JSON syntax, no header, no `name` column, no
// rows); kTooLarge for more than kMaxImportRows rows.
#ifndef FIRSTHIRE_INPUT_CANDIDATE_IMPORT_H_
#define FIRSTHIRE_INPUT_CANDIDATE_IMPORT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

// Most rows (or resumes) one import may hold.
inline constexpr size_t kMaxImportRows = 10'000;

// One candidate ready to store.
struct ImportRow {
  int line = 0;         // where the row (or resume) starts in the file
  std::string name;
  std::string email;    // "" when not given
  std::string stage;    // "" when not given (the store's default)
  nlohmann::json profile = nlohmann::json::object();  // source, traits, codes, cost, role, ...
};

// One row that cannot be imported.
struct RowProblem {
  int line = 0;
  std::string field;  // the column (CSV) or path (JSON); "" for the row as a whole
  std::string message;
};

struct CandidateImport {
  std::vector<ImportRow> rows;
  std::vector<RowProblem> problems;  // in file order
};

Result<CandidateImport> ReadCandidatesCsv(std::string_view text, const std::string& source,
                                          const Playbook& playbook);
Result<CandidateImport> ReadCandidatesJsonResume(std::string_view text, const std::string& source,
                                                 const Playbook& playbook);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_CANDIDATE_IMPORT_H_
