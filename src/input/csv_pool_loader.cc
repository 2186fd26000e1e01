// LoadPoolCsv: a candidate pool exported from a spreadsheet. One header row
// names the columns; each further row is one candidate. Fields follow RFC
// 4180 (quotes, doubled quotes, separators and line breaks inside quotes).
// The text is scanned once, row by row, without building a table.
#include "firsthire/candidate_pool.h"
#include "input/csv_reader.h"
#include "input/pool_builder.h"
#include "input/suggest.h"
#include "input/utf8.h"

namespace firsthire {

namespace {

enum class Column { kId, kName, kCost, kCodes, kRole, kTrait, kIgnored };

}  // namespace

Result<CandidatePool> LoadPoolCsv(std::string_view text, const std::string& source,
                                  const Playbook& playbook, const PoolLoadOptions& options,
                                  Diagnostics* diagnostics) {
  PoolBuilder builder(playbook, options, diagnostics);
  builder.Reserve(text.size() / 40 + 16, text.size() / 3);
  if (Status utf8 = CheckUtf8(text, source); !utf8.ok()) {
    diagnostics->AddError(utf8.location(), utf8.message());
    return utf8;
  }

  CsvReader reader(text);
  int line = 1;
  std::vector<std::string> fields;
  std::string error;
  auto at = [&](int l, int column = 0, std::string field = {}) {
    return Location{source, l, column, std::move(field)};
  };
  if (!reader.Next(&fields, &line, &error) || !error.empty()) {
    diagnostics->AddError(at(1), error.empty() ? "the CSV file is empty; expected a header row"
                                               : error);
    return diagnostics->FirstError();
  }

  // Header: which column is what.
  static const std::vector<std::string> kFixed = {"id", "name", "cost", "codes", "role"};
  std::vector<Column> columns;
  std::vector<size_t> trait_of;  // per column, the trait index (kTrait only)
  std::vector<std::string> known = kFixed;
  for (const auto& t : playbook.traits) known.push_back(t.id);
  bool has_id = false;
  std::vector<bool> trait_seen(playbook.traits.size(), false);
  for (size_t c = 0; c < fields.size(); ++c) {
    std::string name = LowerAscii(TrimCell(fields[c]));
    Column kind = Column::kIgnored;
    size_t trait = 0;
    if (name == "id") kind = Column::kId, has_id = true;
    else if (name == "name") kind = Column::kName;
    else if (name == "cost") kind = Column::kCost;
    else if (name == "codes") kind = Column::kCodes;
    else if (name == "role") kind = Column::kRole;
    else if (auto t = builder.TraitIndex(name)) {
      kind = Column::kTrait;
      trait = *t;
      trait_seen[*t] = true;
    } else {
      diagnostics->AddWarning(at(1, 0, fields[c]),
                              "unknown column '" + TrimCell(fields[c]) + "' is ignored" +
                                  DidYouMean(name, known));
    }
    columns.push_back(kind);
    trait_of.push_back(trait);
  }
  if (!has_id) {
    diagnostics->AddError(at(1), "the header row has no 'id' column; expected id, name, cost, "
                                 "codes, role and one column per trait");
    return diagnostics->FirstError();
  }
  std::vector<std::string> missing;
  for (size_t t = 0; t < trait_seen.size(); ++t) {
    if (!trait_seen[t]) missing.push_back(playbook.traits[t].id);
  }
  if (!missing.empty()) {
    diagnostics->AddWarning(at(1), "no column for " + JoinAlternatives(missing) +
                                       "; every candidate is taken to be at level 0 there");
  }

  size_t rows = 0;
  while (true) {
    int row_line = 0;
    error.clear();
    if (!reader.Next(&fields, &row_line, &error)) break;
    if (IsBlankRecord(fields)) continue;
    ++rows;
    CandidateDraft draft = builder.NewDraft();
    draft.where = at(row_line, 0, "row " + std::to_string(rows));
    auto bad = [&](std::string message) {
      if (!draft.bad) {
        draft.bad = true;
        draft.problem = std::move(message);
      }
    };
    if (!error.empty()) bad(error);
    if (fields.size() != columns.size()) {
      bad("the row has " + std::to_string(fields.size()) + " fields; the header has " +
          std::to_string(columns.size()));
    }
    for (size_t c = 0; c < fields.size() && c < columns.size() && !draft.bad; ++c) {
      std::string value = TrimCell(fields[c]);
      switch (columns[c]) {
        case Column::kId:
          draft.id = value;
          break;
        case Column::kName:
          draft.name = value;
          break;
        case Column::kRole:
          draft.role = value;
          break;
        case Column::kCost:
          if (value.empty()) break;
          if (!ParseCellNumber(value, &draft.cost) || draft.cost < 0) {
            bad("cost '" + value + "' is not a number of at least 0");
          }
          break;
        case Column::kCodes: {
          if (value.empty()) break;
          draft.codes = ParseCellYesNo(LowerAscii(value));
          if (!draft.codes) bad("codes '" + value + "' is not true or false");
          break;
        }
        case Column::kTrait: {
          if (value.empty()) break;
          std::optional<int> level = ParseCellLevel(value);
          if (!level) {
            bad("level '" + value + "' for trait '" + playbook.traits[trait_of[c]].id +
                "' is not a whole number from 0 to 5");
          } else {
            draft.levels[trait_of[c]] = static_cast<uint8_t>(*level);
          }
          break;
        }
        case Column::kIgnored:
          break;
      }
    }
    if (!draft.bad && draft.id.empty()) bad("the row has no id");
    if (!builder.Finish(draft)) break;
    if (options.progress && (rows & 0x3fff) == 0) options.progress(reader.position(), text.size());
  }
  if (options.progress) options.progress(text.size(), text.size());
  return builder.Take();
}

}  // namespace firsthire
