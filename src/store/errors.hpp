// The store layer's error type: the database could not be opened, read or written.
#pragma once

#include <stdexcept>

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

}  // namespace hipfit::store
