// Reads a hipfit database directly with SQLite (after the server has stopped): what was really stored,
// independent of the server's own answers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace hipfit::testing {

struct StoredEntry {
    std::int64_t id = 0;
    std::int64_t account = 0;
    std::string kind;
    std::string note;
};

// Every row of the entries table, in id order. Throws std::runtime_error when it cannot be read.
std::vector<StoredEntry> stored_entries(const std::string& database);

// The result of PRAGMA integrity_check ("ok" when the file is sound).
std::string integrity_check(const std::string& database);

// Holds the database's write lock (BEGIN IMMEDIATE on a connection of its own), as another process
// writing would, until release() or the end of its life.
class WriteLock {
  public:
    explicit WriteLock(const std::string& database);
    ~WriteLock();
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    void release();

  private:
    ::sqlite3* connection_ = nullptr;
};

}  // namespace hipfit::testing
