// The store layer's error type: the database could not be opened, read or written.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace hipfit::store {

class StoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Another connection holds the lock and SQLite did not wait for it (where waiting could deadlock).
class StoreBusy : public StoreError {
  public:
    using StoreError::StoreError;
};

// A copy between databases refused before anything was written (store/database_copy.hpp): `side` says
// which location is wrong ("from" or "to").
class CopyRefused : public StoreError {
  public:
    CopyRefused(std::string side, const std::string& message) : StoreError(message), side_(std::move(side)) {}
    [[nodiscard]] const std::string& side() const { return side_; }

  private:
    std::string side_;
};

// The database server cannot be reached now (PostgreSQL restarting, the network down): trying again later
// may succeed. Nothing of the failed call was written.
class StoreUnavailable : public StoreError {
  public:
    using StoreError::StoreError;
};

// Two writers met (PostgreSQL found a deadlock or a conflict between transactions): the transaction was
// rolled back whole and may be run again.
class StoreConflict : public StoreError {
  public:
    using StoreError::StoreError;
};

}  // namespace hipfit::store
