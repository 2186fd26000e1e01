// LoadPool: a candidate pool from a file or a folder, by format; and the
// YAML pool loader (small pools, through the shared Document reader).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "firsthire/candidate_pool.h"
#include "input/document.h"
#include "input/pool_builder.h"
#include "input/record_readers.h"

namespace firsthire {

namespace {

namespace fs = std::filesystem;

std::string Extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Reads a whole file without the 16 MiB limit of other inputs.
Result<std::string> ReadPoolFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound("no such file: " + path, Location{path});
  auto size = fs::file_size(path, ec);
  if (ec) return Status::IoError("cannot read " + path + ": " + ec.message(), Location{path});
  if (size > kMaxPoolBytes) {
    return Status::TooLarge("the pool file " + path + " is larger than 4 GiB", Location{path});
  }
  if (size == 0) return Status::InvalidInput("the pool file is empty", Location{path});
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::IoError("cannot open " + path, Location{path});
  std::string text(size, '\0');
  if (std::fread(text.data(), 1, size, f.get()) != size) {
    return Status::IoError("cannot read " + path, Location{path});
  }
  return text;
}

Result<CandidatePool> LoadResumeFolder(const std::string& dir, const Playbook& playbook,
                                       const PoolLoadOptions& options, Diagnostics* diagnostics) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && Extension(entry.path().string()) == ".json") {
      files.push_back(entry.path());
    }
  }
  if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message(), Location{dir});
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    return Status::InvalidInput("the folder " + dir + " holds no JSON Resume (.json) files",
                                Location{dir});
  }
  CandidatePool pool(playbook.TraitIds());
  for (size_t i = 0; i < files.size(); ++i) {
    std::string path = files[i].string();
    auto text = ReadPoolFile(path);
    Status s = text.ok() ? AddJsonResume(*text, path, files[i].stem().string(), playbook, &pool,
                                         diagnostics)
                         : text.status();
    if (!s.ok()) {
      if (!options.skip_bad_rows) return s;
      diagnostics->AddWarning(Location{path}, "skipped resume: " + s.message());
    }
    if (options.progress) options.progress(i + 1, files.size());
  }
  if (!options.skip_bad_rows && diagnostics->has_errors()) return diagnostics->FirstError();
  return pool;
}

}  // namespace

Result<CandidatePool> LoadPoolYaml(std::string_view text, const std::string& source,
                                   const Playbook& playbook, const PoolLoadOptions& options,
                                   Diagnostics* diagnostics) {
  FH_ASSIGN_OR_RETURN(Document doc, Document::Parse(text, source));
  InputNode root = doc.root(diagnostics);
  if (!root.ExpectMap({"candidates"})) return diagnostics->FirstError();
  InputNode list = root.Get("candidates");
  list.Require();
  return ReadPoolCandidates(list, playbook, options);
}

Result<CandidatePool> ReadPoolCandidates(const InputNode& list, const Playbook& playbook,
                                         const PoolLoadOptions& options) {
  PoolBuilder builder(playbook, options, list.diagnostics());
  std::vector<std::string> trait_ids = playbook.TraitIds();
  for (const InputNode& item : list.Items()) {
    // Type and range errors are reported where they are (and fail the load);
    // a missing or duplicate id follows the skip-bad-rows policy.
    CandidateDraft draft = builder.NewDraft();
    draft.where = item.location();
    if (!item.IsMap()) {
      draft.bad = true;
      draft.problem = "expected a candidate mapping {id, name, traits, codes, cost, role}";
      if (!builder.Finish(draft)) break;
      continue;
    }
    item.ExpectMap({"id", "name", "traits", "codes", "cost", "role"});
    InputNode id = item.Get("id");
    if (id.Require()) draft.id = id.String().value_or("");
    draft.name = item.Get("name").String().value_or("");
    draft.role = item.Get("role").String().value_or("");
    draft.codes = item.Get("codes").Bool();
    draft.cost = item.Get("cost").Number(0, 1e15).value_or(0);
    ReadTraitLevels(item.Get("traits"), trait_ids, &draft.levels);
    if (!builder.Finish(draft)) break;
  }
  return builder.Take();
}

Result<CandidatePool> LoadPool(const std::string& path, const Playbook& playbook,
                               const PoolLoadOptions& options, Diagnostics* diagnostics) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return LoadResumeFolder(path, playbook, options, diagnostics);
  std::string ext = Extension(path);
  if (ext != ".csv" && ext != ".json" && ext != ".yaml" && ext != ".yml") {
    return Status::InvalidInput("cannot tell the format of the pool " + path +
                                    " from its extension; expected .csv, .json, .yaml or .yml, "
                                    "or a folder of JSON Resume files",
                                Location{path});
  }
  FH_ASSIGN_OR_RETURN(std::string text, ReadPoolFile(path));
  if (ext == ".csv") return LoadPoolCsv(text, path, playbook, options, diagnostics);
  if (ext == ".json") {
    if (LooksLikeJsonResume(text)) {
      CandidatePool pool(playbook.TraitIds());
      fs::path p(path);
      FH_RETURN_IF_ERROR(AddJsonResume(text, path, p.stem().string(), playbook, &pool, diagnostics));
      return pool;
    }
    return LoadPoolJson(text, path, playbook, options, diagnostics);
  }
  return LoadPoolYaml(text, path, playbook, options, diagnostics);
}

}  // namespace firsthire
