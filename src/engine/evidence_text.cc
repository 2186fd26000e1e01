// Clauses, words and cue patterns for evidence.
#include "engine/evidence_text.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace firsthire {
namespace {

bool IsCurlyQuote(std::string_view text, size_t i) {  // U+2019, the typographic apostrophe
  return i + 2 < text.size() + 0 && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0x99;
}

bool IsGeneralPunctuation(std::string_view text, size_t i) {  // U+2000..U+203F: dashes, quotes
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80;
}

bool IsWordByte(std::string_view text, size_t i, bool pattern) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (std::isalnum(c) || c == '_') return true;
  if (pattern && (c == '*' || c == '#')) return true;
  if (c >= 0x80) return !IsGeneralPunctuation(text, i) || IsCurlyQuote(text, i);
  return false;
}

// Joiners inside a word: "gpt-4", "3.5", "a/b", "didn't".
bool IsJoiner(char c) { return c == '-' || c == '.' || c == '/' || c == '\'' || c == '@'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "shipp" -> "ship" after a removed -ed/-ing; not "ll", "ss", "zz" ("rolled" -> "roll").
void Undouble(std::string* s) {
  size_t n = s->size();
  if (n >= 2 && (*s)[n - 1] == (*s)[n - 2] && !std::strchr("aeioulsz", (*s)[n - 1])) s->pop_back();
}

// Appends the word text[start, end) to `out`, expanding contractions.
void PushWord(std::string_view text, size_t start, size_t end, bool comma_before,
              std::vector<Word>* out) {
  std::string raw(text.substr(start, end - start));
  Word word;
  word.start = start;
  word.end = end;
  word.quote_start = start;
  word.comma_before = comma_before;
  word.capitalized = std::isupper(static_cast<unsigned char>(raw[0])) && raw != "I";
  word.has_digit = std::any_of(raw.begin(), raw.end(),
                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  // Find the apostrophe (ASCII or U+2019) and its byte length.
  size_t apostrophe = std::string::npos, length = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\'') { apostrophe = i; length = 1; }
    else if (IsCurlyQuote(raw, i)) { apostrophe = i; length = 3; }
  }
  if (apostrophe == std::string::npos || apostrophe == 0) {
    word.norm = Lower(raw);
    out->push_back(std::move(word));
    return;
  }
  std::string base = Lower(raw.substr(0, apostrophe));
  std::string suffix = Lower(raw.substr(apostrophe + length));
  size_t split = apostrophe;  // where the second piece starts in raw
  std::string second;
  if (suffix == "t" && !base.empty() && base.back() == 'n') {
    base.pop_back();
    --split;
    if (base == "ca") base = "can";
    else if (base == "wo") base = "will";
    else if (base == "sha") base = "shall";
    second = "not";
  } else if (suffix == "ll") { second = "will"; }
  else if (suffix == "d") { second = "would"; }
  else if (suffix == "re") { second = "are"; }
  else if (suffix == "ve") { second = "have"; }
  else if (suffix == "m") { second = "am";
  } else if (suffix == "s") {  // possessive or "is"/"has": the word alone, no gap word
    word.norm = base;
    out->push_back(std::move(word));
    return;
  } else {
    word.norm = Lower(raw);
    out->push_back(std::move(word));
    return;
  }
  Word first = word;
  first.norm = base;
  first.end = start + split;
  Word rest = word;
  rest.norm = second;
  rest.start = start + split;
  rest.comma_before = false;
  rest.capitalized = false;
  out->push_back(std::move(first));
  out->push_back(std::move(rest));
}

bool IsBreakByte(char c) {
  return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '(' ||
         c == ')' || c == '\r';
}

// Words of `text`; `breaks` receives, per word, whether a clause break
// precedes it. In pattern mode '*' is part of a word.
std::vector<Word> Tokenize(std::string_view text, bool pattern, std::vector<bool>* breaks) {
  std::vector<Word> words;
  bool comma = false, brk = false;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(text, i, pattern)) {
      char c = text[i];
      if (IsBreakByte(c)) brk = true;
      else if (c == ',' || c == '-' || IsGeneralPunctuation(text, i)) comma = true;
      i += IsGeneralPunctuation(text, i) ? 3 : 1;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      if (IsWordByte(text, i, pattern)) {
        i += IsGeneralPunctuation(text, i) ? 3 : 1;
      } else if (IsJoiner(text[i]) && i + 1 < text.size() && IsWordByte(text, i + 1, pattern) &&
                 !(text[i] == '.' && !std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
        ++i;
      } else {
        break;
      }
    }
    size_t before = words.size();
    PushWord(text, start, i, comma, &words);
    for (size_t k = before; k < words.size(); ++k) {
      words[k].stem = Stem(words[k].norm);
      breaks->push_back(k == before && brk);
    }
    comma = brk = false;
  }
  return words;
}

bool WordMatches(const WordPattern& p, const Word& word) {
  if (p.number) return word.has_digit;
  if (p.prefix) return word.norm.compare(0, p.text.size(), p.text) == 0;
  return word.norm == p.text || (!p.stem.empty() && word.stem == p.stem);
}

std::optional<size_t> MatchAlternative(const Alternative& alt, const Clause& clause, size_t at) {
  if (alt.empty() || at + alt.size() > clause.size()) return std::nullopt;
  for (size_t k = 0; k < alt.size(); ++k) {
    if (!WordMatches(alt[k], clause[at + k])) return std::nullopt;
  }
  return at + alt.size();
}

std::optional<size_t> MatchFrom(const Pattern& p, size_t segment, const Clause& clause, size_t at) {
  std::optional<size_t> best;
  for (const Alternative& alt : p.segments[segment]) {
    auto end = MatchAlternative(alt, clause, at);
    if (!end) continue;
    if (segment + 1 == p.segments.size()) {
      if (!best || *end < *best) best = end;
      continue;
    }
    const size_t max_gap = p.far[segment + 1] ? clause.size() : kMaxGapWords;
    for (size_t gap = 0; gap <= max_gap && *end + gap < clause.size(); ++gap) {
      if (auto rest = MatchFrom(p, segment + 1, clause, *end + gap)) {
        if (!best || *rest < *best) best = rest;
        break;
      }
    }
  }
  return best;
}

// The other spelling of a compound: "proof of concept" also as the one word
// "proof-of-concept", "spot-check*" also as "spot check*". Only plain words
// join (a `#` stays as written); a trailing `*` carries over. Nullopt when the
// alternative is neither a phrase of plain words nor one hyphenated word.
std::optional<Alternative> HyphenVariant(const Alternative& alt) {
  for (size_t k = 0; k < alt.size(); ++k) {
    if (alt[k].number || alt[k].text.empty() || (alt[k].prefix && k + 1 < alt.size())) {
      return std::nullopt;
    }
  }
  if (alt.size() > 1) {
    WordPattern joined{alt[0].text, "", alt.back().prefix, false};
    for (size_t k = 1; k < alt.size(); ++k) joined.text += "-" + alt[k].text;
    return Alternative{joined};
  }
  const std::string& word = alt[0].text;
  if (word.find('-') == std::string::npos || word.front() == '-' || word.back() == '-') {
    return std::nullopt;
  }
  Alternative parts;
  size_t begin = 0;
  for (size_t dash; (dash = word.find('-', begin)) != std::string::npos; begin = dash + 1) {
    parts.push_back({word.substr(begin, dash - begin), "", false, false});
  }
  parts.push_back({word.substr(begin), "", alt[0].prefix, false});
  for (const WordPattern& part : parts) {
    if (part.text.empty()) return std::nullopt;
  }
  return parts;
}

// The base form of a common irregular verb form, or nullptr.
const char* IrregularBase(const std::string& word) {
  static const std::pair<const char*, const char*> kForms[] = {
      {"built", "build"},   {"wrote", "write"},      {"written", "write"}, {"chose", "choose"},
      {"chosen", "choose"}, {"caught", "catch"},     {"gave", "give"},     {"given", "give"},
      {"sent", "send"},     {"spent", "spend"},      {"paid", "pay"},      {"took", "take"},
      {"taken", "take"},    {"brought", "bring"},    {"thought", "think"}, {"told", "tell"},
      {"knew", "know"},     {"known", "know"},       {"bought", "buy"},    {"sold", "sell"},
      {"broke", "break"},   {"broken", "break"},     {"held", "hold"},     {"understood", "understand"},
      {"taught", "teach"},  {"sought", "seek"},      {"drove", "drive"},   {"driven", "drive"},
      {"froze", "freeze"},  {"frozen", "freeze"},    {"spoke", "speak"},   {"spoken", "speak"}};
  for (const auto& [form, base] : kForms) {
    if (word == form) return base;
  }
  return nullptr;
}

}  // namespace

std::string Stem(const std::string& word) {
  if (const char* base = IrregularBase(word)) return Stem(base);
  if (word.size() < 4 || !std::all_of(word.begin(), word.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c));
      })) {
    return word;
  }
  std::string s = word;
  if (EndsWith(s, "ies") || EndsWith(s, "ied")) {
    s.replace(s.size() - 3, 3, "y");
  } else if (EndsWith(s, "ing")) {
    s.resize(s.size() - 3);
    Undouble(&s);
  } else if (EndsWith(s, "ed")) {
    s.resize(s.size() - 2);
    Undouble(&s);
  } else if (EndsWith(s, "ches") || EndsWith(s, "shes") || EndsWith(s, "sses") ||
             EndsWith(s, "xes") || EndsWith(s, "zes")) {
    s.resize(s.size() - 2);
  } else if (EndsWith(s, "s") && !EndsWith(s, "ss") && !EndsWith(s, "us") && !EndsWith(s, "is")) {
    s.pop_back();
  }
  if (s.size() > 3 && s.back() == 'e') s.pop_back();
  if (s.size() < 3) return word;
  // One spelling for -ise/-ize and -yse/-yze: "summarized" and "summarised" share a stem.
  if (s.size() >= 6 && (EndsWith(s, "iz") || EndsWith(s, "yz"))) s.back() = 's';
  if (s.size() >= 9 && (EndsWith(s, "ization") || EndsWith(s, "yzation"))) s[s.size() - 6] = 's';
  return s;
}

std::vector<Clause> SplitClauses(std::string_view text, const std::vector<std::string>& break_words) {
  std::vector<bool> breaks;
  std::vector<Word> words = Tokenize(text, false, &breaks);
  std::vector<Clause> clauses(1);
  for (size_t i = 0; i < words.size(); ++i) {
    bool break_word =
        std::find(break_words.begin(), break_words.end(), words[i].norm) != break_words.end();
    if ((breaks[i] || break_word) && !clauses.back().empty()) clauses.emplace_back();
    if (break_word) continue;
    if (clauses.back().empty()) words[i].comma_before = false;
    clauses.back().push_back(std::move(words[i]));
  }
  if (clauses.back().empty()) clauses.pop_back();
  return clauses;
}

Pattern CompilePattern(std::string_view text) {
  Pattern pattern;
  std::string padded = " " + std::string(text) + " ";
  size_t pos = 0;
  bool far = false;  // the segment being read follows " ... "
  while (pos < padded.size()) {
    size_t near_gap = padded.find(" .. ", pos), far_gap = padded.find(" ... ", pos);
    size_t gap = std::min(near_gap, far_gap);
    std::string segment_text = padded.substr(pos, gap == std::string::npos ? std::string::npos : gap - pos);
    Segment segment;
    size_t begin = 0;
    while (begin <= segment_text.size()) {
      size_t bar = segment_text.find('|', begin);
      if (bar == std::string::npos) bar = segment_text.size();
      std::vector<bool> ignored;
      Alternative alt;
      for (const Word& w : Tokenize(segment_text.substr(begin, bar - begin), true, &ignored)) {
        // A base form ("ship", "eyeball") matches its inflections too; an
        // inflected form ("shipped", "launched") only itself.
        bool base = w.stem == w.norm || w.stem + "e" == w.norm;
        WordPattern wp{w.norm, base ? w.stem : "", false};
        if (wp.text == "#") {
          wp.number = true;
        } else if (!wp.text.empty() && wp.text.back() == '*') {
          wp.text.pop_back();
          wp.prefix = true;
        }
        if (!wp.text.empty()) alt.push_back(std::move(wp));
      }
      if (!alt.empty()) {
        std::optional<Alternative> other = HyphenVariant(alt);
        segment.push_back(std::move(alt));
        if (other) segment.push_back(std::move(*other));
      }
      begin = bar + 1;
    }
    if (!segment.empty()) {
      pattern.segments.push_back(std::move(segment));
      pattern.far.push_back(far && pattern.segments.size() > 1);
    }
    if (gap == std::string::npos) break;
    far = gap == far_gap;
    pos = gap + (far ? 4 : 3);  // keep the space before the next segment
  }
  return pattern;
}

std::vector<Pattern> CompilePatterns(const std::vector<std::string>& texts) {
  std::vector<Pattern> out;
  for (const auto& t : texts) {
    Pattern p = CompilePattern(t);
    if (!p.segments.empty()) out.push_back(std::move(p));
  }
  return out;
}

std::optional<size_t> MatchAt(const Pattern& pattern, const Clause& clause, size_t from) {
  if (pattern.segments.empty() || from >= clause.size()) return std::nullopt;
  return MatchFrom(pattern, 0, clause, from);
}

std::optional<size_t> MatchAnyAt(const std::vector<Pattern>& patterns, const Clause& clause,
                                 size_t from) {
  for (const Pattern& p : patterns) {
    if (auto end = MatchAt(p, clause, from)) return end;
  }
  return std::nullopt;
}

}  // namespace firsthire
