// Files only their owner may read: the SQLite database, its WAL and shared
// memory files, its lock file, the data directory and backups hold password
// and token hashes and personal data, so they are created 0600 (files) and
// 0700 (directories) whatever the umask, and an existing one that others may
// read or write is reported.
#ifndef FIRSTHIRE_STORE_PRIVATE_FILES_H_
#define FIRSTHIRE_STORE_PRIVATE_FILES_H_

#include <string>
#include <vector>

#include "firsthire/status.h"

namespace firsthire {

// Creates `dir` and its missing parents; each one created here gets mode
// 0700 (existing ones are left as they are). kUnavailable on failure.
Status CreatePrivateDirectories(const std::string& dir);

// Creates `path` empty with mode 0600 when it does not exist (SQLite then
// gives its -wal and -shm files the same mode). An existing file is left
// alone. kUnavailable on failure.
Status CreatePrivateFile(const std::string& path);

// One warning per existing file among `paths` that group or others may
// access, e.g. "/d/firsthire.db can be read or written by other users (mode
// 0644); chmod 600 /d/firsthire.db".
std::vector<std::string> LooseModeWarnings(const std::vector<std::string>& paths);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_PRIVATE_FILES_H_
