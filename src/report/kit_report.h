// The interview kit for its two readers: the interviewer (everything: the
// scoring anchors, fail signals, signal map, red flags, gate, the plan to
// compare the candidate's with, and warnings) and the candidate (the role,
// the categories they will be scored on, the questions and the request for a
// 30-60-90 plan; nothing that tells them what a good answer sounds like).
#ifndef FIRSTHIRE_REPORT_KIT_REPORT_H_
#define FIRSTHIRE_REPORT_KIT_REPORT_H_

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

#include "firsthire/kit.h"
#include "report/report.h"

namespace firsthire {

enum class KitAudience { kInterviewer, kCandidate };

// "interviewer" | "candidate"; nullopt otherwise.
std::optional<KitAudience> ParseKitAudience(std::string_view name);
const char* KitAudienceName(KitAudience audience);

// The kit as JSON, keys as docs/product.md section 1 and include/firsthire/kit.h name
// them: playbook, audience, role, scale, categories, questions, answer_rule,
// signal_map, red_flags, gate, plan_question, warnings (not_ready first when
// the brief is not ready to hire), scope {out}. For the candidate
// only playbook, audience, role (archetype, title, description), scale,
// categories (id, title), questions (id, text, categories) and plan_question
// (text) are present.
nlohmann::json KitToJson(const InterviewKit& kit,
                         KitAudience audience = KitAudience::kInterviewer);

// The kit as a document: for the interviewer a kit to run the interview
// with (readable at 80 columns, a one-page Markdown kit with a scorecard to
// fill in); for the candidate a one-page note to send ahead.
Report KitReport(const InterviewKit& kit, KitAudience audience = KitAudience::kInterviewer);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_KIT_REPORT_H_
