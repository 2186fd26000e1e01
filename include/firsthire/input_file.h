// Reading an input file (or standard input) with the limits every verb uses.
#ifndef FIRSTHIRE_INPUT_FILE_H_
#define FIRSTHIRE_INPUT_FILE_H_

#include <cstddef>
#include <string>

#include "firsthire/status.h"

namespace firsthire {

// Reads `path` whole; "-" reads standard input. Fails with NotFound when the
// path does not exist, TooLarge above `max_bytes`, InvalidInput when it
// cannot be read (a directory, no permission) or is empty. All of these are
// bad input (exit code 2). Messages name the path.
Result<std::string> ReadInputFile(const std::string& path, size_t max_bytes);

// How an input is named in messages: the path, or "<stdin>" for "-".
std::string InputName(const std::string& path);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_FILE_H_
