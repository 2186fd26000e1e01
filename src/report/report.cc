#include "report/report.h"

#include <algorithm>

namespace firsthire {
namespace {

// ANSI styles, used only when colour is on.
constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";

const char* ToneColor(Tone tone) {
  switch (tone) {
    case Tone::kGood: return "\033[32m";
    case Tone::kBad: return "\033[31m";
    case Tone::kWarn: return "\033[33m";
    case Tone::kMuted: return "\033[2m";
    case Tone::kNormal: return "";
  }
  return "";
}

// Display width of UTF-8 text: counts code points, not bytes.
int DisplayWidth(const std::string& s) {
  int width = 0;
  for (unsigned char c : s) width += (c & 0xC0) != 0x80;
  return width;
}

std::string Styled(const std::string& text, const char* style, bool color) {
  if (!color || style[0] == '\0') return text;
  return std::string(style) + text + kReset;
}

std::string PadRight(const std::string& s, int width) {
  int w = DisplayWidth(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

std::string MarkdownCell(const std::string& text) {
  std::string out;
  for (char c : EscapeMarkdown(text)) {
    if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

void Report::Title(std::string text) { blocks_.push_back({Kind::kTitle, std::move(text)}); }
void Report::Heading(std::string text) { blocks_.push_back({Kind::kHeading, std::move(text)}); }
void Report::Subheading(std::string text) {
  blocks_.push_back({Kind::kSubheading, std::move(text)});
}
void Report::Paragraph(std::string text, Tone tone) {
  Block b{Kind::kParagraph, std::move(text)};
  b.tone = tone;
  blocks_.push_back(std::move(b));
}
void Report::Bullet(std::string text, Tone tone, std::string label, int indent) {
  Block b{Kind::kBullet, std::move(text), std::move(label), tone, indent};
  blocks_.push_back(std::move(b));
}
void Report::KeyValue(std::string key, std::string value, Tone tone) {
  Block b{Kind::kKeyValue, std::move(value), std::move(key), tone};
  blocks_.push_back(std::move(b));
}
void Report::Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  Block b{Kind::kTable};
  b.header = std::move(header);
  b.rows = std::move(rows);
  blocks_.push_back(std::move(b));
}
void Report::Note(std::string text) { blocks_.push_back({Kind::kNote, std::move(text)}); }

std::string SanitizeForTerminal(const std::string& text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool control = c < 0x20 || c == 0x7F;
    // C1 controls encoded in UTF-8 (U+0080..U+009F) are C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (control && !(keep_newlines && (c == '\n' || c == '\t'))) {
      out += c == '\n' || c == '\t' ? " " : "\xEF\xBF\xBD";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string EscapeMarkdown(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#':
        out += '\\';
        out += c;
        break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 && c != '\n' ? ' ' : c;
    }
  }
  return out;
}

std::string WrapText(const std::string& text, int width, const std::string& first,
                     const std::string& rest) {
  std::string out;
  std::string line = first;
  int line_width = DisplayWidth(first);
  const int rest_width = DisplayWidth(rest);
  bool line_has_word = false;
  size_t i = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
    line = rest;
    line_width = rest_width;
    line_has_word = false;
  };
  while (i < text.size()) {
    if (text[i] == '\n') {
      flush();
      ++i;
      continue;
    }
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = text.find_first_of(" \n", i);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(i, end - i);
    i = end;
    int w = DisplayWidth(word);
    if (line_has_word && line_width + 1 + w > width) flush();
    // A word longer than a whole line is cut at the width.
    while (line_width + (line_has_word ? 1 : 0) + w > width && w > width - rest_width) {
      int room = width - line_width - (line_has_word ? 1 : 0);
      if (room <= 0) {
        flush();
        continue;
      }
      size_t cut = 0;
      for (int n = 0; cut < word.size() && n < room; ++n) {
        ++cut;
        while (cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) ++cut;
      }
      line += (line_has_word ? " " : "") + word.substr(0, cut);
      word = word.substr(cut);
      w = DisplayWidth(word);
      flush();
    }
    if (word.empty()) continue;
    line += (line_has_word ? " " : "") + word;
    line_width += (line_has_word ? 1 : 0) + w;
    line_has_word = true;
  }
  if (line_has_word || out.empty()) flush();
  return out;
}

std::string Report::RenderText(const TextOptions& options) const {
  const int width = std::max(options.width, 30);
  const bool color = options.color;
  std::string out;
  for (const Block& b : blocks_) {
    std::string text = SanitizeForTerminal(b.text, b.kind == Kind::kParagraph);
    std::string label = SanitizeForTerminal(b.label);
    switch (b.kind) {
      case Kind::kTitle: {
        out += Styled(text, kBold, color) + "\n";
        out += std::string(std::min(DisplayWidth(text), width), '=') + "\n";
        break;
      }
      case Kind::kHeading:
        out += "\n" + Styled(text, kBold, color) + "\n";
        break;
      case Kind::kSubheading:
        out += "\n" + Styled(text, kBold, color) + "\n";
        break;
      case Kind::kParagraph:
        out += Styled(WrapText(text, width, "", ""), ToneColor(b.tone), color);
        break;
      case Kind::kBullet: {
        std::string indent(2 * b.indent, ' ');
        std::string first = indent + "- ";
        if (!label.empty()) first += label + " ";
        std::string wrapped = WrapText(text, width, first, indent + "  ");
        if (!label.empty() && color) {
          size_t at = wrapped.find(label);
          wrapped.replace(at, label.size(),
                          std::string(kBold) + ToneColor(b.tone) + label + kReset);
        } else if (color && b.tone != Tone::kNormal) {
          wrapped = Styled(wrapped, ToneColor(b.tone), true);
        }
        out += wrapped;
        break;
      }
      case Kind::kKeyValue: {
        std::string first = label + ": ";
        std::string wrapped = WrapText(text, width, first, std::string(2, ' '));
        if (color) {
          wrapped.replace(0, label.size(), Styled(label, kBold, true));
          if (b.tone != Tone::kNormal) {
            size_t at = wrapped.find(": ") + 2;
            size_t end = wrapped.find('\n', at);
            wrapped.insert(end, kReset);
            wrapped.insert(at, ToneColor(b.tone));
          }
        }
        out += wrapped;
        break;
      }
      case Kind::kTable: {
        std::vector<int> widths(b.header.size(), 0);
        auto measure = [&](const std::vector<std::string>& row) {
          for (size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], DisplayWidth(SanitizeForTerminal(row[c])));
        };
        measure(b.header);
        for (const auto& row : b.rows) measure(row);
        // The last column takes what is left and wraps.
        int used = 0;
        for (size_t c = 0; c + 1 < widths.size(); ++c) used += widths[c] + 2;
        int last = std::max(10, width - used);
        auto emit = [&](const std::vector<std::string>& row, bool bold) {
          std::string prefix;
          for (size_t c = 0; c + 1 < widths.size(); ++c)
            prefix += PadRight(c < row.size() ? SanitizeForTerminal(row[c]) : "", widths[c]) + "  ";
          std::string tail = row.size() >= widths.size() ? SanitizeForTerminal(row.back()) : "";
          std::string wrapped =
              WrapText(tail, used + last, prefix, std::string(static_cast<size_t>(used), ' '));
          out += bold ? Styled(wrapped, kBold, color) : wrapped;
        };
        emit(b.header, true);
        for (const auto& row : b.rows) emit(row, false);
        break;
      }
      case Kind::kNote:
        out += Styled(WrapText(text, width, "    ", "    "), ToneColor(Tone::kMuted), color);
        break;
    }
  }
  return out;
}

std::string Report::RenderMarkdown() const {
  std::string out;
  Kind previous = Kind::kTitle;
  bool first = true;
  for (const Block& b : blocks_) {
    bool list_like = b.kind == Kind::kBullet || b.kind == Kind::kKeyValue;
    bool previous_list_like = previous == Kind::kBullet || previous == Kind::kKeyValue;
    if (!first && !(list_like && previous_list_like) && b.kind != Kind::kNote) out += "\n";
    first = false;
    switch (b.kind) {
      case Kind::kTitle: out += "# " + MarkdownCell(b.text) + "\n"; break;
      case Kind::kHeading: out += "## " + MarkdownCell(b.text) + "\n"; break;
      case Kind::kSubheading: out += "### " + MarkdownCell(b.text) + "\n"; break;
      case Kind::kParagraph: out += EscapeMarkdown(b.text) + "\n"; break;
      case Kind::kBullet:
        out += std::string(2 * b.indent, ' ') + "- " +
               (b.label.empty() ? "" : "**" + MarkdownCell(b.label) + "** ") + MarkdownCell(b.text) + "\n";
        break;
      case Kind::kKeyValue:
        out += "- **" + MarkdownCell(b.label) + ":** " + MarkdownCell(b.text) + "\n";
        break;
      case Kind::kTable: {
        out += "|";
        for (const auto& h : b.header) out += " " + MarkdownCell(h) + " |";
        out += "\n|";
        for (size_t i = 0; i < b.header.size(); ++i) out += " --- |";
        out += "\n";
        for (const auto& row : b.rows) {
          out += "|";
          for (size_t c = 0; c < b.header.size(); ++c) out += " " + (c < row.size() ? MarkdownCell(row[c]) : "") + " |";
          out += "\n";
        }
        break;
      }
      case Kind::kNote:
        out += (previous_list_like ? "  " : "") + std::string("<sub>") + MarkdownCell(b.text) + "</sub>\n";
        break;
    }
    previous = b.kind == Kind::kNote ? previous : b.kind;
  }
  return out;
}

}  // namespace firsthire
