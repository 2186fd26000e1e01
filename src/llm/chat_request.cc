#include "llm/chat_request.h"

#include "firsthire/model_evidence.h"
#include "firsthire/scorecard.h"
#include "llm/chat_answer.h"

namespace firsthire::llm {
namespace {

using nlohmann::json;

// What the model is asked to do. The categories, red flags and notes come
// from the playbook and the scorecard, in the user message.
constexpr const char* kInstructions =
    "You help a hiring team check an interviewer's written notes. Read the notes and find the "
    "words that are evidence for (polarity \"strong\") or against (polarity \"fail\") each of the "
    "categories listed, and the words that suggest one of the red flags listed. Rules: copy every "
    "quote exactly as it is written, character for character, from a single note, and keep it "
    "short (a phrase or one sentence); name the note you quoted by its key; use only the category "
    "and red flag ids listed; a negated or planned thing (\"did not test\", \"would add tests "
    "later\") is not evidence that it was done. Do not score, rate, rank or recommend the "
    "candidate: you only point at words. Answer with one JSON object and nothing else, matching "
    "this JSON Schema; when you find nothing, answer {\"signals\": [], \"red_flags\": []}.\n";

json Notes(const Playbook& playbook, const Scorecard& card) {
  json notes = json::object();
  for (const auto& [note, text] : NotesInOrder(playbook, card)) notes[note] = *text;
  return notes;
}

std::string Question(const Playbook& playbook, const Scorecard& card) {
  json categories = json::array();
  for (const Category& c : playbook.categories) {
    categories.push_back(
        {{"id", c.id}, {"title", c.title}, {"strong", c.strong}, {"fail", c.fail}});
  }
  json flags = json::array();
  for (const RedFlag& f : playbook.red_flags) {
    flags.push_back({{"id", f.id}, {"title", f.title}, {"description", f.description}});
  }
  return "Categories:\n" + categories.dump(1) + "\n\nRed flags:\n" + flags.dump(1) +
         "\n\nNotes (key: text):\n" + Notes(playbook, card).dump(1) + "\n";
}

}  // namespace

nlohmann::json ChatRequestBody(const Playbook& playbook, const Scorecard& card,
                               const std::string& model) {
  return {{"model", model},
          {"temperature", 0},
          {"stream", false},
          {"response_format", {{"type", "json_object"}}},
          {"messages",
           {{{"role", "system"}, {"content", kInstructions + ModelAnswerSchema().dump()}},
            {{"role", "user"}, {"content", Question(playbook, card)}}}}};
}

}  // namespace firsthire::llm
