#include "service/mail_texts.h"

#include <cstdlib>
#include <optional>
#include <string>

#include "firsthire/diagnostics.h"
#include "input/document.h"

namespace firsthire {
// Generated from src/service/mail_texts.yaml (cmake/embed_file.cmake).
extern const unsigned char kMailTextsYaml[];
extern const unsigned long kMailTextsYaml_size;
}  // namespace firsthire

namespace firsthire::service {
namespace {

const char* const kKinds[] = {"invite",   "reset",         "assignment",
                              "reminder", "scorecards_in", "scorecard_reopened"};

Status ReadTexts(std::string_view yaml, const std::string& source_name, MailTexts& texts) {
  FH_ASSIGN_OR_RETURN(Document document, Document::Parse(yaml, source_name));
  Diagnostics diagnostics;
  InputNode root = document.root(&diagnostics);
  for (const auto& [kind, node] : root.Entries()) {
    bool known = false;
    for (const char* name : kKinds) known = known || kind == name;
    if (!known) {
      node.Error("unknown mail '" + kind +
                 "'; expected invite, reset, assignment, reminder, scorecards_in or "
                 "scorecard_reopened");
      continue;
    }
    for (const auto& [field, value] : node.Entries()) {
      if (field != "subject" && field != "body") {
        value.Error("unknown field '" + field + "'; expected subject or body");
        continue;
      }
      std::optional<std::string> text = value.String();
      if (!text) continue;
      (field == "subject" ? texts[kind].subject : texts[kind].body) = *text;
    }
  }
  return diagnostics.FirstError();
}

}  // namespace

const MailTexts& DefaultMailTexts() {
  static const MailTexts texts = [] {
    MailTexts built_in;
    Status read = ReadTexts(
        std::string_view(reinterpret_cast<const char*>(kMailTextsYaml), kMailTextsYaml_size),
        "mail_texts.yaml", built_in);
    if (!read.ok()) std::abort();  // the embedded file is checked by its test
    return built_in;
  }();
  return texts;
}

Result<MailTexts> LoadMailTexts(std::string_view yaml, const std::string& source_name) {
  MailTexts texts = DefaultMailTexts();
  FH_RETURN_IF_ERROR(ReadTexts(yaml, source_name, texts));
  return texts;
}

}  // namespace firsthire::service
