// LoadPoolJson: a JSON candidate pool, streamed through nlohmann::json's SAX
// interface so that a pool of a million candidates never becomes a tree.
// Positions are tracked by an iterator that remembers how far the parser has
// read; line and column are computed from it only when a problem is reported.
#include <cmath>
#include <iterator>
#include <nlohmann/json.hpp>

#include "firsthire/candidate_pool.h"
#include "input/pool_builder.h"
#include "input/suggest.h"

namespace firsthire {

namespace {

// A const char* that records, in *last, how far it has advanced.
struct TrackingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* p = nullptr;
  const char** last = nullptr;

  reference operator*() const { return *p; }
  TrackingIterator& operator++() {
    ++p;
    *last = p;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& o) const { return p == o.p; }
  bool operator!=(const TrackingIterator& o) const { return p != o.p; }
};

// Numeric ids are accepted while a double holds them exactly (2^53); a longer
// number would silently change, so it must be written as a string.
constexpr double kMaxExactId = 9007199254740992.0;

const std::vector<std::string> kCandidateKeys = {"id", "name", "traits", "codes", "cost", "role"};

class PoolSax {
 public:
  using json = nlohmann::json;

  PoolSax(std::string_view text, const std::string& source, PoolBuilder* builder)
      : text_(text), source_(source), builder_(builder), read_(text.data()) {}

  const char** read_position() { return &read_; }

  // Location of the parser's current read position (1-based line/column).
  // Lines are counted incrementally from the last call, so asking for every
  // candidate's location costs one pass over the text in all.
  Location Here(std::string field = {}) const {
    if (read_ < scanned_) {  // never happens while parsing forward; restart to be safe
      scanned_ = text_.data();
      line_ = 1;
      line_start_ = text_.data();
    }
    for (const char* p = scanned_; p < read_; ++p) {
      if (*p == '\n') {
        ++line_;
        line_start_ = p + 1;
      }
    }
    scanned_ = read_;
    Location loc;
    loc.file = source_;
    loc.line = line_;
    loc.column = static_cast<int>(read_ - line_start_) + 1;
    loc.field = std::move(field);
    return loc;
  }

  // --- SAX interface ---
  bool null() { return Scalar(Kind::kNull, 0, {}); }
  bool boolean(bool v) { return Scalar(Kind::kBool, v ? 1 : 0, {}); }
  bool number_integer(json::number_integer_t v) { return Scalar(Kind::kNumber, static_cast<double>(v), {}); }
  bool number_unsigned(json::number_unsigned_t v) {
    return Scalar(Kind::kNumber, static_cast<double>(v), {});
  }
  bool number_float(json::number_float_t v, const std::string&) { return Scalar(Kind::kNumber, v, {}); }
  bool string(std::string& v) { return Scalar(Kind::kString, 0, v); }
  bool binary(json::binary_t&) { return Scalar(Kind::kNull, 0, {}); }
  bool start_object(std::size_t) {
    if (EnterSkipped()) return true;
    switch (state_) {
      case State::kStart:
        state_ = State::kRoot;
        return true;
      case State::kCandidates:
        draft_ = builder_->NewDraft();
        draft_.where = Here(Path());
        state_ = State::kCandidate;
        return true;
      case State::kCandidate:
        if (field_ == "traits") {
          state_ = State::kTraits;
          return true;
        }
        return SkipContainer(BadField("a single value"));
      default:
        return Structure("a mapping");
    }
  }
  bool end_object() {
    if (skip_ > 0) return --skip_, true;
    switch (state_) {
      case State::kRoot:
        state_ = State::kDone;
        if (!saw_candidates_) {
          builder_->diagnostics()->AddError(Here(), "missing required field 'candidates'");
        }
        return true;
      case State::kTraits:
        state_ = State::kCandidate;
        field_.clear();
        return true;
      case State::kCandidate:
        state_ = State::kCandidates;
        ++index_;
        return builder_->Finish(draft_);
      default:
        return true;
    }
  }
  bool start_array(std::size_t) {
    if (EnterSkipped()) return true;
    if (state_ == State::kRoot && field_ == "candidates") {
      state_ = State::kCandidates;
      saw_candidates_ = true;
      return true;
    }
    if (state_ == State::kCandidate) {
      return SkipContainer(BadField(field_ == "traits" ? "a mapping" : "a single value"));
    }
    if (state_ == State::kTraits) return SkipContainer(BadTrait("a whole number from 0 to 5"));
    return Structure("a list");
  }
  bool end_array() {
    if (skip_ > 0) return --skip_, true;
    if (state_ == State::kCandidates) {
      state_ = State::kRoot;
      field_.clear();
      if (builder_->options().progress) builder_->options().progress(text_.size(), text_.size());
    }
    return true;
  }
  bool key(std::string& k) {
    if (skip_ > 0) return true;
    field_ = k;
    if (state_ == State::kRoot) {
      if (k != "candidates") {
        // Unknown top-level key: its value is skipped.
        builder_->diagnostics()->AddWarning(Here(k), "unknown key '" + k + "'" +
                                                         DidYouMean(k, {"candidates"}));
        skip_next_ = true;
      }
    } else if (state_ == State::kCandidate) {
      bool known = false;
      for (const auto& key : kCandidateKeys) known = known || key == k;
      if (!known) {
        if (index_ < 1000) {  // a few warnings are useful, a million are not
          builder_->diagnostics()->AddWarning(Here(Path() + "." + k),
                                              "unknown key '" + k + "'" + DidYouMean(k, kCandidateKeys));
        }
        skip_next_ = true;
      }
    } else if (state_ == State::kTraits) {
      trait_ = builder_->TraitIndex(k);
      if (!trait_) {
        Problem(Path() + ".traits." + k, "unknown trait '" + k + "'; expected " +
                                             JoinAlternatives(builder_->trait_ids()) +
                                             DidYouMean(k, builder_->trait_ids()));
        skip_next_ = true;
      }
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error ..."
    size_t colon = what.find(": ", what.find("parse error"));
    std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
    builder_->diagnostics()->AddError(Here(), "JSON syntax error: " + message);
    return false;
  }

 private:
  enum class State { kStart, kRoot, kCandidates, kCandidate, kTraits, kDone };
  enum class Kind { kNull, kBool, kNumber, kString };

  std::string Path() const { return "candidates[" + std::to_string(index_) + "]"; }

  bool Scalar(Kind kind, double number, const std::string& text) {
    if (skip_ > 0) return true;
    if (skip_next_) {
      skip_next_ = false;
      return true;
    }
    switch (state_) {
      case State::kCandidate:
        return CandidateField(kind, number, text);
      case State::kTraits:
        if (kind == Kind::kNull) return true;
        if (kind != Kind::kNumber || number < 0 || number > 5 || std::floor(number) != number) {
          return BadTrait("a whole number from 0 to 5");
        }
        if (trait_) draft_.levels[*trait_] = static_cast<uint8_t>(number);
        return true;
      case State::kCandidates:
        return Structure("a candidate mapping");
      default:
        return Structure(state_ == State::kStart ? "a mapping with 'candidates'" : "a list of candidates");
    }
  }

  bool CandidateField(Kind kind, double number, const std::string& text) {
    if (kind == Kind::kNull) return true;
    if (field_ == "id") {
      if (kind == Kind::kString) {
        draft_.id = text;
      } else if (kind == Kind::kNumber && std::floor(number) == number && std::fabs(number) <= kMaxExactId) {
        draft_.id = std::to_string(static_cast<long long>(number));
      } else {
        return BadField("a string (or a whole number of at most 15 digits)");
      }
    } else if (field_ == "name" || field_ == "role") {
      if (kind != Kind::kString) return BadField("a string");
      (field_ == "name" ? draft_.name : draft_.role) = text;
    } else if (field_ == "codes") {
      if (kind != Kind::kBool) return BadField("true or false");
      draft_.codes = number != 0;
    } else if (field_ == "cost") {
      if (kind != Kind::kNumber || number < 0 || !std::isfinite(number)) {
        return BadField("a number of at least 0");
      }
      draft_.cost = number;
    } else if (field_ == "traits") {
      return BadField("a mapping of trait levels");
    }
    return true;
  }

  // A problem with the current candidate: it becomes bad (reported when it
  // ends); a container value in its place is skipped.
  void Problem(std::string field, std::string message) {
    if (draft_.bad) return;
    draft_.bad = true;
    draft_.problem = std::move(message);
    draft_.where = Here(std::move(field));
  }
  bool BadField(const std::string& expected) {
    Problem(Path() + "." + field_, "expected " + expected + " for '" + field_ + "'");
    return true;
  }
  bool BadTrait(const std::string& expected) {
    Problem(Path() + ".traits." + field_, "expected " + expected + " for trait '" + field_ + "'");
    return true;
  }
  // Inside a skipped value, or at a value to skip (after an unknown key):
  // counts container depth. Returns true when the event is consumed.
  bool EnterSkipped() {
    if (skip_ > 0) {
      ++skip_;
      return true;
    }
    if (skip_next_) {
      skip_next_ = false;
      skip_ = 1;
      return true;
    }
    return false;
  }
  bool SkipContainer(bool result) {
    skip_ = 1;
    return result;
  }

  bool Structure(const std::string& expected) {
    builder_->diagnostics()->AddError(Here(), "expected " + expected);
    return false;
  }

 private:
  std::string_view text_;
  const std::string& source_;
  PoolBuilder* builder_;
  const char* read_;
  mutable const char* scanned_ = text_.data();
  mutable int line_ = 1;
  mutable const char* line_start_ = text_.data();
  State state_ = State::kStart;
  std::string field_;
  std::optional<size_t> trait_;
  bool skip_next_ = false;  // the next value follows an unknown key
  int skip_ = 0;            // depth inside a value being skipped
  bool saw_candidates_ = false;
  size_t index_ = 0;
  CandidateDraft draft_;
};

}  // namespace

Result<CandidatePool> LoadPoolJson(std::string_view text, const std::string& source,
                                   const Playbook& playbook, const PoolLoadOptions& options,
                                   Diagnostics* diagnostics) {
  PoolBuilder builder(playbook, options, diagnostics);
  builder.Reserve(text.size() / 120 + 16, text.size() / 8);
  PoolSax sax(text, source, &builder);
  TrackingIterator first{text.data(), sax.read_position()};
  TrackingIterator last{text.data() + text.size(), sax.read_position()};
  bool ok = nlohmann::json::sax_parse(first, last, &sax);
  if (!ok && !diagnostics->has_errors()) {
    diagnostics->AddError(sax.Here(), "could not read the candidate pool");
  }
  return builder.Take();
}

}  // namespace firsthire
