// Facts about a brief that several assessment rules ask about.
#ifndef FIRSTHIRE_ENGINE_BRIEF_FACTS_H_
#define FIRSTHIRE_ENGINE_BRIEF_FACTS_H_

#include <string>
#include <vector>

#include "firsthire/brief.h"

namespace firsthire::assess_facts {

// constraints.regulated is true, or a data source is `regulated`.
bool IsRegulated(const Brief& brief);

// IsRegulated, or a data source is `confidential`.
bool HasSensitiveData(const Brief& brief);

// Names of the sources that are confidential or regulated, with their
// sensitivity: {"Claims DB (regulated)"}.
std::vector<std::string> SensitiveSources(const Brief& brief);

}  // namespace firsthire::assess_facts

#endif  // FIRSTHIRE_ENGINE_BRIEF_FACTS_H_
