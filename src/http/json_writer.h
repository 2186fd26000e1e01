// JsonWriter: compact JSON appended to one string, value by value, for
// answers built from many stored records (a page of candidates), where a
// nlohmann::json tree would allocate for every key and value and then be
// serialised again. nlohmann::json stays the one JSON library: it checks
// the stored JSON texts this writer splices in, and it writes any string that
// is not well-formed UTF-8 (with U+FFFD for the bad bytes, as JsonResponse
// does), so both paths send the same text for the same value.
//
// The caller writes a well-nested document: Key() before every value inside
// an object and nowhere else. Commas are placed by the writer. Misuse
// (a value without its key in an object, unbalanced End*) is a bug and is
// caught by assertions in debug builds, not reported as a Status.
#ifndef FIRSTHIRE_HTTP_JSON_WRITER_H_
#define FIRSTHIRE_HTTP_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace firsthire::http {

class JsonWriter {
 public:
  // Reserves `capacity` bytes for the output up front.
  explicit JsonWriter(std::size_t capacity = 0);

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();

  // The name of the next member of the current object (a name the code
  // chose: it is not checked for UTF-8).
  void Key(std::string_view name);

  void String(std::string_view value);
  // "" is written as null (an absent reference, e.g. no opening).
  void StringOrNull(std::string_view value);
  // An absent optional is written as null.
  void OptionalString(const std::optional<std::string>& value);
  void OptionalInt(std::optional<std::int64_t> value);
  // A number as nlohmann dumps it (it reads back the same); null when absent
  // or not finite.
  void OptionalDouble(std::optional<double> value);
  void Int(std::int64_t value);
  void Bool(bool value);
  void Null();

  // A JSON text from the store (written there by JsonText()): spliced in as
  // it is when it is one valid JSON value, written as a JSON string when it
  // is not (so a damaged row cannot break the answer), null when empty —
  // the same value StoredJson() gives.
  void Stored(std::string_view text);

  // Array elements a JsonWriter wrote earlier, as one comma-separated run
  // ("1,{...}"): appended as they are, unchecked (they were written by this
  // code, not read from the store). Empty text writes nothing.
  void WrittenElements(std::string_view elements);

  // The text written so far; the writer is empty afterwards.
  std::string Take();

 private:
  void BeforeValue();

  std::string out_;
  // One entry per open container: true until its first element is written.
  std::vector<bool> first_;
  bool after_key_ = false;  // Key() was written; its value comes next
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_JSON_WRITER_H_
