// How a process learns that the database changed under the caches it keeps
// in memory (CredentialCache, VersionCache).
//
// A ChangeFeed is a PostgreSQL LISTEN thread (postgres_listener.h) or, on
// SQLite, a look at the file before each lookup (sqlite_change_watch.h:
// the WAL index header, and data_version when that changed). It tells its ChangeListeners of every change announced
// (Invalidate) and whether it is up at all (SetListening): while it is down a
// change may go unseen, so the caches answer nothing from memory.
#ifndef FIRSTHIRE_STORE_CHANGE_FEED_H_
#define FIRSTHIRE_STORE_CHANGE_FEED_H_

namespace firsthire {

// A cache a ChangeFeed keeps told. Both calls are thread-safe.
class ChangeListener {
 public:
  virtual ~ChangeListener() = default;
  // A change was announced: drop what is kept, and do not keep what was read
  // before this call.
  virtual void Invalidate() = 0;
  // Whether the feed is up; a change of state also drops what is kept.
  virtual void SetListening(bool listening) = 0;
};

// Something that feeds ChangeListeners. Destroying it stops it.
class ChangeFeed {
 public:
  virtual ~ChangeFeed() = default;
  // Called before every lookup in a cache: a feed that learns of changes by
  // asking does so here and calls its listeners' Invalidate() when the
  // database changed since it last asked. Thread-safe.
  virtual void Poll() {}
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_CHANGE_FEED_H_
