// The JSON Resume keyword mapping on a resume already parsed, shared by the
// pool loaders (AddJsonResume) and the candidate import.
#ifndef FIRSTHIRE_INPUT_JSON_RESUME_H_
#define FIRSTHIRE_INPUT_JSON_RESUME_H_

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"

namespace firsthire {

// One level (0..5) per playbook trait, in the playbook's order, from the
// resume's skills, work and projects matched against
// playbook.team.json_resume (docs/team.md). Any JSON value is accepted; what
// is not a resume's shape counts for nothing.
std::vector<uint8_t> ResumeLevels(const nlohmann::json& resume, const Playbook& playbook);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_JSON_RESUME_H_
