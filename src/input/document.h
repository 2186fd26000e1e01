// Document and InputNode: YAML or JSON text as a tree whose every value
// knows its path and its line and column, for loaders that report problems a
// person can find.
//
// Document::Parse accepts YAML 1.2 (JSON is read through the same parser) and
// fails with one InvalidInput status naming file, line and column for syntax
// errors; with TooLarge above the byte limit; with InvalidInput for an empty
// document, nesting deeper than kMaxDepth, or more than kMaxValues values
// (which also defeats alias bombs).
//
// InputNode reads values leniently: a wrong type or a value out of range is
// recorded in the Diagnostics passed to root(), and the read returns nothing,
// so one pass over a document finds every problem. Absent and null values are
// the same ("not given"). A Document must outlive the nodes taken from it.
#ifndef FIRSTHIRE_INPUT_DOCUMENT_H_
#define FIRSTHIRE_INPUT_DOCUMENT_H_

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/status.h"

namespace firsthire {

inline constexpr size_t kMaxInputBytes = 16u << 20;  // 16 MiB
inline constexpr int kMaxDepth = 64;
inline constexpr size_t kMaxValues = 2'000'000;

class InputNode;

class Document {
 public:
  static Result<Document> Parse(std::string_view text, std::string source_name,
                                size_t max_bytes = kMaxInputBytes);
  // As Parse, for text that must be JSON (request bodies): the text is first
  // checked against strict JSON syntax (no tree is built; a syntax error
  // names its line and column), then read once into the positioned tree.
  static Result<Document> ParseJson(std::string_view text, std::string source_name,
                                    size_t max_bytes = kMaxInputBytes);

  // The top-level value; problems found through it go to `diagnostics`,
  // which must outlive the returned node and its children.
  InputNode root(Diagnostics* diagnostics) const;
  const std::string& source_name() const { return source_name_; }

 private:
  Document(YAML::Node root, std::string source_name)
      : root_(std::move(root)), source_name_(std::move(source_name)) {}
  YAML::Node root_;
  std::string source_name_;
};

class InputNode {
 public:
  InputNode(YAML::Node node, std::string path, Location fallback, const std::string* source,
            Diagnostics* diagnostics);

  // Given and not null.
  bool present() const;
  bool IsMap() const { return present() && node_.IsMap(); }
  bool IsSequence() const { return present() && node_.IsSequence(); }
  bool IsScalar() const { return present() && node_.IsScalar(); }

  // Dotted path from the root, e.g. "data.sources[1].access"; "" for the root.
  const std::string& path() const { return path_; }
  // Where this value starts, or where its parent starts when it is absent.
  Location location() const;

  // Checks this is a mapping when present (error otherwise) and warns about
  // keys outside `known`, with a suggestion. Returns IsMap().
  bool ExpectMap(std::initializer_list<std::string_view> known) const;
  bool ExpectMap(const std::vector<std::string>& known) const;
  // Child of a mapping; an absent node when missing or this is not a mapping.
  InputNode Get(std::string_view key) const;
  // Elements of a sequence (error when present and not a sequence).
  std::vector<InputNode> Items() const;
  // Entries of a mapping in document order (error when present and not a
  // mapping). Keys must be scalars.
  std::vector<std::pair<std::string, InputNode>> Entries() const;

  // Typed reads. Absent → nullopt with no error (unless Require() is used).
  // Wrong type or out of range → an error naming what was expected, nullopt.
  std::optional<std::string> String() const;
  std::optional<bool> Bool() const;
  std::optional<int64_t> Integer(int64_t min, int64_t max) const;
  std::optional<double> Number(double min, double max) const;
  // One of `allowed`; `what` names the kind of value in the message
  // ("access level"), e.g. "unknown access level 'avialable'; expected
  // available, requested or unavailable (did you mean 'available'?)".
  std::optional<std::string> Enum(const std::vector<std::string>& allowed,
                                  std::string_view what) const;
  // A list of strings (a single string is accepted as a list of one).
  std::vector<std::string> Strings() const;

  // Records "missing required field 'x'" when absent; returns present().
  bool Require() const;
  void Error(std::string message) const;
  void Warning(std::string message) const;

  Diagnostics* diagnostics() const { return diagnostics_; }
  // The parsed value itself, for readers that keep it whole (YamlToJson).
  const YAML::Node& yaml() const { return node_; }

 private:
  InputNode Child(const YAML::Node& node, std::string path) const;
  std::string Describe() const;  // "a mapping", "a list", "'text'"

  YAML::Node node_;
  std::string path_;
  Location fallback_;
  const std::string* source_;
  Diagnostics* diagnostics_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_DOCUMENT_H_
