// Precision and recall of evidence extraction on the labelled notes
// (tests/data/evidence_notes.yaml): per category (both polarities), for
// signals overall and for suggested red flags, on each set of notes (the
// tuning sets n/h/k/m*, p*, q*, r*; the held-out s*), on each split and on all notes.
// Prints figures; not a test.
//   build/bench/evidence_bench [NOTES.yaml] [--misses] [--second-labels FILE]
// --second-labels FILE: the same held-out notes labelled again by a second,
// independent labeller; prints how far the two labellers agree (the second's
// labels scored against NOTES.yaml's), and the method against the second
// labeller's labels.
// --misses lists the wrong notes of the tune split only: a held-out set's
// misses are never printed, so reading them cannot steer the cues.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>

#include "engine/evidence_accuracy.h"
#include "firsthire/evidence.h"

namespace firsthire {
namespace {

std::string Figure(std::optional<double> value) {
  if (!value) return "  n/a";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%5.2f", *value);
  return buffer;
}

void PrintRow(const std::string& name, const Tally& t) {
  std::printf("  %-24s precision %s  recall %s  (tp %d, fp %d, fn %d)\n", name.c_str(),
              Figure(t.Precision()).c_str(), Figure(t.Recall()).c_str(), t.true_positives,
              t.false_positives, t.false_negatives);
}

// The notes whose id starts with one of `prefixes`.
std::vector<LabelledNote> Set(const std::vector<LabelledNote>& notes, std::string_view prefixes) {
  std::vector<LabelledNote> out;
  for (const LabelledNote& n : notes) {
    if (!n.id.empty() && prefixes.find(n.id[0]) != std::string_view::npos) out.push_back(n);
  }
  return out;
}

void PrintAccuracy(const Playbook& playbook, Accuracy a, const std::string& title) {
  std::printf("\n%s (%d notes)\n", title.c_str(), a.notes);
  for (const Category& c : playbook.categories) PrintRow(c.id, a.categories[c.id]);
  PrintRow("signals, all categories", a.signals);
  for (const RedFlag& f : playbook.red_flags) PrintRow("flag " + f.id, a.flags[f.id]);
  PrintRow("red flags, all", a.red_flags);
}

// The labelled notes of `path`, or nullopt after printing why not.
std::optional<std::vector<LabelledNote>> LoadNotes(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  Diagnostics diagnostics;
  auto notes = LoadLabelledNotes(text.str(), path, DefaultPlaybook(), &diagnostics);
  if (!notes.ok()) {
    std::fprintf(stderr, "evidence_bench: %s\n", notes.status().ToString().c_str());
    return std::nullopt;
  }
  return *std::move(notes);
}

void PrintSplit(const Playbook& playbook, const std::vector<LabelledNote>& notes,
                const std::string& title, const std::string& split, bool misses) {
  Accuracy a = MeasureAccuracy(playbook, notes, split);
  PrintAccuracy(playbook, a, title);
  if (!misses) return;
  for (const auto& m : a.misses) {
    std::printf("    miss %s\n", m.c_str());
    for (const LabelledNote& note : notes) {
      if (m.compare(0, note.id.size() + 1, note.id + ":") != 0) continue;
      NoteFindings found = FindEvidence(playbook, note.text, kSummaryNote);
      for (const auto& s : found.signals) {
        std::printf("      %s/%s \"%s\" (%s)\n", s.category.c_str(), IdOf(s.polarity).c_str(),
                    s.quote.c_str(), s.rule.c_str());
      }
      for (const auto& f : found.red_flags) {
        std::printf("      flag %s \"%s\"\n", f.id.c_str(), f.quote.c_str());
      }
    }
  }
}

}  // namespace
}  // namespace firsthire

int main(int argc, char** argv) {
  using namespace firsthire;
  std::string path = FIRSTHIRE_SOURCE_DIR "/tests/data/evidence_notes.yaml";
  std::string second_path;
  bool misses = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--misses") == 0)
      misses = true;
    else if (std::strcmp(argv[i], "--second-labels") == 0 && i + 1 < argc)
      second_path = argv[++i];
    else
      path = argv[i];
  }
  auto notes = LoadNotes(path);
  if (!notes) return 2;
  std::printf("Evidence extraction on %s\n", path.c_str());
  std::printf("tune: notes read while the playbook's cues were written and adjusted (n*: the\n");
  std::printf("  first set; h*, k*, m*, p*, q*, r*: earlier held-out sets, folded in after\n");
  std::printf("  their figures were taken);\n");
  std::printf(
      "holdout: notes written after the last change to the cues, never used to change them\n");
  std::printf("  (written and committed before their first measurement).\n");
  const Playbook& pb = DefaultPlaybook();
  PrintSplit(pb, Set(*notes, "nhkm"), "set n/h/k/m* (tuning)", "", false);
  PrintSplit(pb, Set(*notes, "p"), "set p*", "", false);
  PrintSplit(pb, Set(*notes, "q"), "set q*", "", false);
  PrintSplit(pb, Set(*notes, "r"), "set r*", "", false);
  PrintSplit(pb, *notes, "tune split", "tune", misses);
  PrintSplit(pb, *notes, "holdout split", "holdout", false);
  PrintSplit(pb, *notes, "all notes", "", false);
  if (second_path.empty()) return 0;
  auto second = LoadNotes(second_path);
  if (!second) return 2;
  std::printf("\nSecond labeller: %s\n", second_path.c_str());
  PrintAccuracy(pb, MeasureAgreement(*notes, *second, "holdout"),
                "holdout split: the second labeller scored against the first");
  PrintAccuracy(pb, MeasureAccuracy(pb, *second, "holdout"),
                "holdout split: the method scored against the second labeller");
  return 0;
}
