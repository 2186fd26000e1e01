// CsvReader: RFC 4180 text (quoted fields, doubled quotes, separators and
// line breaks inside quotes, CRLF or LF) read one record at a time, with the
// line each record starts on; and the cell readings every CSV input shares
// (numbers, yes/no, trait levels). Used by the pool loader and the candidate
// import, so a spreadsheet means the same thing to both.
#ifndef FIRSTHIRE_INPUT_CSV_READER_H_
#define FIRSTHIRE_INPUT_CSV_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace firsthire {

class CsvReader {
 public:
  // `text` must outlive the reader. A leading UTF-8 byte order mark is skipped.
  explicit CsvReader(std::string_view text);

  // Reads the next record into `fields` and the line it starts on into
  // `line`. Returns false at the end of the text. `error` is set (and the
  // record still returned) when a quoted field is not closed.
  bool Next(std::vector<std::string>* fields, int* line, std::string* error);

  // Bytes consumed so far, for progress reports.
  size_t position() const { return pos_; }
  size_t size() const { return text_.size(); }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
};

// Whitespace removed from both ends.
std::string TrimCell(std::string_view cell);
// ASCII lower case.
std::string LowerAscii(std::string text);
// A whole cell as a finite number (no trailing text).
bool ParseCellNumber(const std::string& cell, double* out);
// true/yes/y/1 or false/no/n/0 (lower case already), else nullopt.
std::optional<bool> ParseCellYesNo(const std::string& lower);
// A whole number from 0 to 5, else nullopt.
std::optional<int> ParseCellLevel(const std::string& cell);
// True when the record is one empty field (a blank line).
bool IsBlankRecord(const std::vector<std::string>& fields);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_CSV_READER_H_
