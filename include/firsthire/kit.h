// The interview kit for the role a brief calls for (docs/product.md section 6): the five
// ownership categories on the 1-5 scale, the questions with what strong and
// weak answers sound like, the signal map, the red flags, the gate, a request
// for a 30-60-90 plan, and warnings about how the hire is being planned.
//
// BuildKit is pure: (playbook, brief) -> InterviewKit, no I/O, no clock. It
// never fails: the role comes from the brief's shape (inferred when absent,
// exactly as `assess` infers it), and a thin brief gives a kit with
// warnings rather than an error. The record holds copies of the playbook's
// texts; it does not refer to the playbook or the brief.
//
// The record holds everything an interviewer needs. What a candidate may see
// (no anchors, fail signals, red flags, gate, signal map or warnings) is
// decided when it is rendered: see KitAudience in src/report/kit_report.h.
#ifndef FIRSTHIRE_KIT_H_
#define FIRSTHIRE_KIT_H_

#include <string>
#include <vector>

#include "firsthire/brief.h"
#include "firsthire/plan.h"
#include "firsthire/playbook.h"

namespace firsthire {

struct InterviewKit {

  // The role the kit interviews for, and why.
  struct Role {
    std::string archetype;     // e.g. applied_ai_engineer (discovery_first for unclear_scope)
    std::string title;         // the archetype's title
    std::string description;   // the archetype's description
    std::string brief_title;   // the brief's role.title, "" when not given
    std::string shape;         // the project shape the archetype follows from
    std::string shape_rule;    // shape.given or shape.inferred.*
    std::string shape_reason;
    std::string rule;          // "first_hire.<shape>"
    std::string reason;        // the shape's `why`
  };

  // One of the five ownership categories, scored from scale_min to scale_max.
  struct Category {
    std::string id;
    std::string title;
    std::string strong;  // what a strong answer shows
    std::string fail;    // the signal that fails the category
  };

  struct Question {
    std::string id;
    std::string text;
    std::vector<std::string> categories;  // category ids it gathers evidence for
    std::string strong;  // anchor: what a strong answer sounds like
    std::string weak;    // anchor: what a weak answer sounds like
    // The archetype this question was added for ("" for the seven questions
    // every kit asks).
    std::string archetype;
  };

  // As the playbook defines them (playbook.h).
  using Signal = ::firsthire::Signal;
  using RedFlag = ::firsthire::RedFlag;

  // Below `threshold` on any of `categories`: a risky first hire for a
  // production workflow, whatever the average.
  struct Gate {
    std::vector<std::string> categories;
    double threshold = 0;
    std::string rule;    // the playbook's gate rule, gate.risky_first_hire
    std::string reason;  // the gate text naming the categories' titles
  };

  // Ask the candidate for their own 30-60-90 plan; the interviewer compares
  // it with `expected` (the plan BuildPlan makes for this brief).
  struct PlanQuestion {
    std::string text;
    std::vector<PlannedWindow> expected;
    std::string judgement_note;  // the playbook's plan.judgement_note
  };

  // Something to fix in how the hire is planned before interviewing.
  struct Warning {
    std::string id;  // a failure mode id, or "discovery_first"
    std::string title;
    std::string rule;
    std::string reason;
  };

  PlaybookInfo playbook;
  Role role;
  int scale_min = 1;
  int scale_max = 5;
  std::vector<Category> categories;  // playbook order
  // The playbook's common questions in order, then the archetype's own.
  std::vector<Question> questions;
  std::string answer_rule;
  // Probes for traits beyond the five categories, scored as optional trait
  // signals (0-5) on the scorecard; interviewer kit only.
  struct TraitProbe {
    std::string id;
    std::vector<std::string> traits;        // trait ids
    std::vector<std::string> trait_titles;  // their titles, same order
    std::string text;
    std::string strong;
    std::string weak;
    std::string rule;
  };
  std::vector<TraitProbe> trait_probes;
  std::vector<Signal> signal_map;
  std::vector<RedFlag> red_flags;
  Gate gate;
  PlanQuestion plan_question;
  std::vector<Warning> warnings;
  std::vector<std::string> scope_out;  // the brief's scope.out: what the role does not build
};

// Builds the interview kit for `brief`. Warnings (in this order): not_ready
// when `assess` would not say hire (naming the failing criteria; the kit is
// still produced), the role is discovery_first (the shape is unclear_scope: clarify before hiring), then
// the playbook's failure modes that concern the role or the interview
// (vague_workflow, familiarity_over_ownership, late_security,
// one_person_all_gaps), as `assess` raises them.
InterviewKit BuildKit(const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_KIT_H_
