// LoadPoolCsv: a candidate pool exported from a spreadsheet. One header row
// names the columns; each further row is one candidate. Fields follow RFC
// 4180 (quotes, doubled quotes, separators and line breaks inside quotes).
// The text is scanned once, row by row, without building a table.
#include <cctype>
#include <charconv>
#include <cmath>

#include "firsthire/candidate_pool.h"
#include "input/pool_builder.h"
#include "input/suggest.h"
#include "input/utf8.h"

namespace firsthire {

namespace {

// Reads one record starting at `pos`; fills `fields`, advances `pos` past the
// line break and counts the lines it spans into `lines`. Returns false at the
// end of the text. `error` is set for an unterminated quote.
bool NextRecord(std::string_view text, size_t* pos, std::vector<std::string>* fields, int* lines,
                std::string* error) {
  fields->clear();
  *lines = 0;
  if (*pos >= text.size()) return false;
  std::string field;
  size_t i = *pos;
  bool quoted = false;
  bool was_quoted = false;
  while (i < text.size()) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        ++i;
        continue;
      }
      if (c == '\n') ++*lines;
      field += c;
      ++i;
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
      ++i;
      continue;
    }
    if (c == ',') {
      fields->push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      break;
    }
    field += c;
    ++i;
  }
  if (quoted) *error = "a quoted field is not closed";
  fields->push_back(std::move(field));
  ++*lines;
  *pos = i;
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ParseNumber(const std::string& s, double* out) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && p == end && std::isfinite(*out);
}

enum class Column { kId, kName, kCost, kCodes, kRole, kTrait, kIgnored };

}  // namespace

Result<CandidatePool> LoadPoolCsv(std::string_view text, const std::string& source,
                                  const Playbook& playbook, const PoolLoadOptions& options,
                                  Diagnostics* diagnostics) {
  PoolBuilder builder(playbook, options, diagnostics);
  builder.Reserve(text.size() / 40 + 16, text.size() / 3);
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  if (Status utf8 = CheckUtf8(text, source); !utf8.ok()) {
    diagnostics->AddError(utf8.location(), utf8.message());
    return utf8;
  }

  size_t pos = 0;
  int line = 1;
  std::vector<std::string> fields;
  int spanned = 0;
  std::string error;
  auto at = [&](int l, int column = 0, std::string field = {}) {
    return Location{source, l, column, std::move(field)};
  };
  if (!NextRecord(text, &pos, &fields, &spanned, &error) || !error.empty()) {
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
    std::string name = Lower(Trim(fields[c]));
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
                              "unknown column '" + Trim(fields[c]) + "' is ignored" +
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
  line += spanned;

  size_t rows = 0;
  while (true) {
    int row_line = line;
    error.clear();
    if (!NextRecord(text, &pos, &fields, &spanned, &error)) break;
    line += spanned;
    if (fields.size() == 1 && Trim(fields[0]).empty()) continue;  // blank line
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
      std::string value = Trim(fields[c]);
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
          if (!ParseNumber(value, &draft.cost) || draft.cost < 0) {
            bad("cost '" + value + "' is not a number of at least 0");
          }
          break;
        case Column::kCodes: {
          std::string v = Lower(value);
          if (v.empty()) break;
          if (v == "true" || v == "yes" || v == "y" || v == "1") draft.codes = true;
          else if (v == "false" || v == "no" || v == "n" || v == "0") draft.codes = false;
          else bad("codes '" + value + "' is not true or false");
          break;
        }
        case Column::kTrait: {
          if (value.empty()) break;
          double level = 0;
          if (!ParseNumber(value, &level) || level < 0 || level > 5 || std::floor(level) != level) {
            bad("level '" + value + "' for trait '" + playbook.traits[trait_of[c]].id +
                "' is not a whole number from 0 to 5");
          } else {
            draft.levels[trait_of[c]] = static_cast<uint8_t>(level);
          }
          break;
        }
        case Column::kIgnored:
          break;
      }
    }
    if (!draft.bad && draft.id.empty()) bad("the row has no id");
    if (!builder.Finish(draft)) break;
    if (options.progress && (rows & 0x3fff) == 0) options.progress(pos, text.size());
  }
  if (options.progress) options.progress(text.size(), text.size());
  return builder.Take();
}

}  // namespace firsthire
