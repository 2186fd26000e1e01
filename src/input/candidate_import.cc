#include "input/candidate_import.h"

#include <map>
#include <optional>
#include <unordered_map>

#include "input/csv_reader.h"
#include "input/document.h"
#include "input/json_resume.h"
#include "input/pool_builder.h"
#include "input/suggest.h"
#include "input/utf8.h"
#include "input/yaml_json.h"

namespace firsthire {
namespace {

// Something@something with no spaces: enough to catch a shifted column.
bool LooksLikeEmail(std::string_view text) {
  size_t at = text.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < text.size() &&
         text.find('@', at + 1) == std::string_view::npos &&
         text.find_first_of(" \t\r\n") == std::string_view::npos;
}

// Checks a stage id against the playbook's pipeline; "" when fine.
std::string StageProblem(const Playbook& playbook, const std::string& stage) {
  if (playbook.pipeline.FindStage(stage) != nullptr) return "";
  std::vector<std::string> ids;
  for (const PipelineStage& s : playbook.pipeline.stages) ids.push_back(s.id);
  return "unknown stage '" + stage + "'; expected " + JoinAlternatives(ids) +
         DidYouMean(stage, ids);
}

Status TooManyRows(const std::string& source, int line) {
  return Status::TooLarge("the file has more than " + std::to_string(kMaxImportRows) +
                              " candidates; split it into smaller files",
                          Location{source, line, 0, ""});
}

enum class Column { kName, kEmail, kStage, kId, kCost, kCodes, kTrait, kOther };

struct CsvColumn {
  Column kind = Column::kOther;
  std::string header;  // as written, trimmed: the field of a problem
  size_t trait = 0;    // kTrait only
};

CsvColumn ClassifyColumn(const Playbook& playbook, const std::string& written) {
  static const std::map<std::string, Column> kFixed = {{"name", Column::kName},
                                                       {"email", Column::kEmail},
                                                       {"stage", Column::kStage},
                                                       {"id", Column::kId},
                                                       {"cost", Column::kCost},
                                                       {"codes", Column::kCodes}};
  CsvColumn column;
  column.header = written;
  std::string lower = LowerAscii(written);
  if (auto fixed = kFixed.find(lower); fixed != kFixed.end()) {
    column.kind = fixed->second;
  } else if (auto trait = FindTraitIndex(playbook, lower)) {
    column.kind = Column::kTrait;
    column.trait = *trait;
  }
  return column;
}

// One cell into `row`; the problem's message, or "" when the cell is fine.
std::string ReadCell(const Playbook& playbook, const CsvColumn& column, const std::string& value,
                     ImportRow& row) {
  switch (column.kind) {
    case Column::kName:
      if (value.empty()) return "the name is empty";
      row.name = value;
      return "";
    case Column::kEmail:
      if (!value.empty() && !LooksLikeEmail(value)) return "'" + value + "' is not an email address";
      row.email = value;
      return "";
    case Column::kStage:
      if (value.empty()) return "";
      row.stage = value;
      return StageProblem(playbook, value);
    case Column::kId:
      if (!value.empty()) row.profile["external_id"] = value;
      return "";
    case Column::kCost: {
      double cost = 0;
      if (value.empty()) return "";
      if (!ParseCellNumber(value, &cost) || cost < 0) {
        return "cost '" + value + "' is not a number of at least 0";
      }
      row.profile["cost"] = cost;
      return "";
    }
    case Column::kCodes: {
      if (value.empty()) return "";
      std::optional<bool> codes = ParseCellYesNo(LowerAscii(value));
      if (!codes) return "codes '" + value + "' is not yes or no";
      row.profile["codes"] = *codes;
      return "";
    }
    case Column::kTrait: {
      if (value.empty()) return "";
      std::optional<int> level = ParseCellLevel(value);
      const std::string& trait = playbook.traits[column.trait].id;
      if (!level) return "level '" + value + "' for trait '" + trait + "' is not a whole number from 0 to 5";
      row.profile["traits"][trait] = *level;
      return "";
    }
    case Column::kOther: {
      std::string key = LowerAscii(column.header);
      bool reserved = key == "source" || key == "traits" || key == "resume";
      if (!value.empty() && !reserved) row.profile[key] = value;
      return "";
    }
  }
  return "";
}

// Reads one data record; the problem is recorded in `out` when there is one.
void ReadCsvRow(const Playbook& playbook, const std::vector<CsvColumn>& columns,
                const std::vector<std::string>& fields, int line,
                std::unordered_map<std::string, int>& seen_ids, CandidateImport& out) {
  if (fields.size() != columns.size()) {
    out.problems.push_back({line, "",
                            "the row has " + std::to_string(fields.size()) +
                                " fields; the header has " + std::to_string(columns.size())});
    return;
  }
  ImportRow row;
  row.line = line;
  row.profile["source"] = "csv";
  for (size_t c = 0; c < fields.size(); ++c) {
    std::string problem = ReadCell(playbook, columns[c], TrimCell(fields[c]), row);
    if (!problem.empty()) {
      out.problems.push_back({line, columns[c].header, std::move(problem)});
      return;
    }
  }
  if (auto id = row.profile.find("external_id"); id != row.profile.end()) {
    auto [first, fresh] = seen_ids.emplace(id->get<std::string>(), line);
    if (!fresh) {
      out.problems.push_back({line, "id",
                              "id '" + first->first + "' is already on line " +
                                  std::to_string(first->second)});
      return;
    }
  }
  out.rows.push_back(std::move(row));
}

}  // namespace

Result<CandidateImport> ReadCandidatesCsv(std::string_view text, const std::string& source,
                                          const Playbook& playbook) {
  FH_RETURN_IF_ERROR(CheckUtf8(text, source));
  CsvReader reader(text);
  std::vector<std::string> fields;
  int line = 1;
  std::string error;
  if (!reader.Next(&fields, &line, &error) || !error.empty() || IsBlankRecord(fields)) {
    return Status::InvalidInput(
        error.empty() ? "the CSV file is empty; expected a header row naming the columns" : error,
        Location{source, line, 0, ""});
  }
  std::vector<CsvColumn> columns;
  bool has_name = false;
  for (const std::string& field : fields) {
    columns.push_back(ClassifyColumn(playbook, TrimCell(field)));
    has_name = has_name || columns.back().kind == Column::kName;
  }
  if (!has_name) {
    return Status::InvalidInput("the header row has no 'name' column",
                                Location{source, line, 0, "name"});
  }
  CandidateImport out;
  std::unordered_map<std::string, int> seen_ids;
  size_t rows = 0;
  while (reader.Next(&fields, &line, &error)) {
    if (IsBlankRecord(fields)) continue;
    if (++rows > kMaxImportRows) return TooManyRows(source, line);
    if (!error.empty()) {
      out.problems.push_back({line, "", error});
      break;  // the rest of the file is inside the open quote
    }
    ReadCsvRow(playbook, columns, fields, line, seen_ids, out);
  }
  if (rows == 0) {
    return Status::InvalidInput("the CSV file has a header row and no candidates",
                                Location{source, 1, 0, ""});
  }
  return out;
}

namespace {

// Where a resume's problem is: its own line, and its path within the file.
void ReadResume(const Playbook& playbook, const InputNode& item, CandidateImport& out) {
  int line = item.location().line;
  auto problem = [&](std::string field, std::string message) {
    out.problems.push_back({line, std::move(field), std::move(message)});
  };
  if (!item.IsMap()) return problem("", "expected a JSON Resume object");
  nlohmann::json resume = YamlToJson(item.yaml());
  const nlohmann::json basics = resume.value("basics", nlohmann::json::object());
  const nlohmann::json meta = resume.value("meta", nlohmann::json::object());
  auto text = [](const nlohmann::json& object, const char* key) {
    auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? TrimCell(it->get<std::string>()) : "";
  };
  ImportRow row;
  row.line = line;
  row.name = text(basics, "name");
  if (row.name.empty()) return problem("basics.name", "the resume has no basics.name");
  row.email = text(basics, "email");
  if (!row.email.empty() && !LooksLikeEmail(row.email)) {
    return problem("basics.email", "'" + row.email + "' is not an email address");
  }
  row.profile["source"] = "json_resume";
  if (std::string role = text(basics, "label"); !role.empty()) row.profile["role"] = role;
  if (std::string id = text(meta, "id"); !id.empty()) row.profile["external_id"] = id;
  if (meta.is_object() && meta.contains("cost")) {
    const nlohmann::json& cost = meta["cost"];
    if (!cost.is_number() || cost.get<double>() < 0) {
      return problem("meta.cost", "meta.cost must be a number of at least 0");
    }
    row.profile["cost"] = cost;
  }
  std::vector<uint8_t> levels = ResumeLevels(resume, playbook);
  for (size_t t = 0; t < levels.size(); ++t) row.profile["traits"][playbook.traits[t].id] = levels[t];
  row.profile["resume"] = std::move(resume);
  out.rows.push_back(std::move(row));
}

}  // namespace

Result<CandidateImport> ReadCandidatesJsonResume(std::string_view text, const std::string& source,
                                                 const Playbook& playbook) {
  FH_ASSIGN_OR_RETURN(Document document, Document::ParseJson(text, source));
  Diagnostics diagnostics;
  InputNode root = document.root(&diagnostics);
  std::vector<InputNode> items = root.IsSequence() ? root.Items() : std::vector<InputNode>{root};
  if (items.empty()) {
    return Status::InvalidInput("the file holds no resumes", Location{source, 1, 1, ""});
  }
  if (items.size() > kMaxImportRows) return TooManyRows(source, 1);
  CandidateImport out;
  for (const InputNode& item : items) ReadResume(playbook, item, out);
  return out;
}

}  // namespace firsthire
