#include "store/sqlite_wal_index.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <string_view>

namespace firsthire {
namespace {

// From the WAL-index format: pages of 32 KiB, the header's two copies at the
// start of the first, the version the header carries.
constexpr int kWalIndexPageBytes = 32768;
constexpr std::uint32_t kWalIndexVersion = 3007000;
constexpr std::size_t kHeaderWords = 12;
constexpr int kTries = 8;

bool InWalMode(sqlite3* db) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr) != SQLITE_OK) {
    return false;
  }
  bool wal = false;
  if (sqlite3_step(statement) == SQLITE_ROW) {
    const auto* mode = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    wal = mode != nullptr && std::string_view(mode) == "wal";
  }
  sqlite3_finalize(statement);
  return wal;
}

// One copy of the header; the words are read atomically, in order.
WalIndexHeader::Words LoadCopy(volatile void* region, std::size_t copy) {
  auto* words = const_cast<std::uint32_t*>(static_cast<volatile std::uint32_t*>(region));
  WalIndexHeader::Words out;
  for (std::size_t i = 0; i < kHeaderWords; ++i) {
    out[i] = std::atomic_ref<std::uint32_t>(words[copy * kHeaderWords + i])
                 .load(std::memory_order_acquire);
  }
  return out;
}

}  // namespace

std::unique_ptr<WalIndexHeader> WalIndexHeader::Map(sqlite3* db) {
  if (!InWalMode(db)) return nullptr;
  sqlite3_file* file = nullptr;
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
      file == nullptr || file->pMethods == nullptr || file->pMethods->iVersion < 2 ||
      file->pMethods->xShmMap == nullptr) {
    return nullptr;
  }
  volatile void* region = nullptr;
  // Maps what is there (no extending): the connection's WAL already mapped it.
  if (file->pMethods->xShmMap(file, 0, kWalIndexPageBytes, 0, &region) != SQLITE_OK ||
      region == nullptr) {
    return nullptr;
  }
  return std::unique_ptr<WalIndexHeader>(new WalIndexHeader(region));
}

std::optional<WalIndexHeader::Words> WalIndexHeader::Read() const {
  for (int attempt = 0; attempt < kTries; ++attempt) {
    // The first copy first: a writer writes the second copy first.
    Words first = LoadCopy(region_, 0);
    Words second = LoadCopy(region_, 1);
    if (first != second) continue;  // a writer is between the copies
    unsigned char initialised = 0;  // the byte at offset 12 (isInit)
    std::memcpy(&initialised, &first[3], 1);
    if (first[0] != kWalIndexVersion || initialised == 0) return std::nullopt;
    return first;
  }
  return std::nullopt;
}

}  // namespace firsthire
