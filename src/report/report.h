// Report: a document for people, built once and rendered for two readers:
// a terminal (text wrapped to a width, colour only when asked) and Markdown
// (a one-page document to paste into a doc or send to a candidate).
//
// Engines never format text; each record has a function that builds a
// Report from it (e.g. AssessmentReport) and a ToJson for machines.
// Rendering never fails. User-supplied text is made safe for each target:
// control characters (terminal escape sequences) are replaced in text
// output; Markdown and HTML metacharacters are escaped in Markdown output.
#ifndef FIRSTHIRE_REPORT_REPORT_H_
#define FIRSTHIRE_REPORT_REPORT_H_

#include <string>
#include <vector>

namespace firsthire {

// How an item should stand out: a pass, a failure, a caution, or small print.
enum class Tone { kNormal, kGood, kBad, kWarn, kMuted };

class Report {
 public:
  void Title(std::string text);                 // the document's title (once)
  void Heading(std::string text);               // a section
  void Subheading(std::string text);            // a part of a section
  void Paragraph(std::string text, Tone tone = Tone::kNormal);
  // A bullet; `label` (optional) is shown first in bold, e.g. "PASS".
  void Bullet(std::string text, Tone tone = Tone::kNormal, std::string label = "", int indent = 0);
  void KeyValue(std::string key, std::string value, Tone tone = Tone::kNormal);
  void Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
  // Small print under the previous item, e.g. "rule: readiness.owner".
  void Note(std::string text);

  struct TextOptions {
    int width = 80;
    bool color = false;
  };
  std::string RenderText(const TextOptions& options) const;
  std::string RenderMarkdown() const;

 private:
  enum class Kind { kTitle, kHeading, kSubheading, kParagraph, kBullet, kKeyValue, kTable, kNote };
  struct Block {
    Kind kind;
    std::string text;
    std::string label;  // bullet label or key
    Tone tone = Tone::kNormal;
    int indent = 0;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
  };
  std::vector<Block> blocks_;
};

// Wraps `text` to `width` columns (words longer than the width are split),
// prefixing the first line with `first` and the rest with `rest`.
std::string WrapText(const std::string& text, int width, const std::string& first,
                     const std::string& rest);

// Replaces control characters (ESC, BEL, CR, ...) with U+FFFD; keeps newlines
// and tabs when `keep_newlines`.
std::string SanitizeForTerminal(const std::string& text, bool keep_newlines = false);

// Escapes Markdown and HTML metacharacters in user text.
std::string EscapeMarkdown(const std::string& text);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_REPORT_H_
