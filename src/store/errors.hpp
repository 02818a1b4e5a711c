// The store layer's error type: the database could not be opened, read or written.
#pragma once

#include <stdexcept>

namespace hipfit::store {

class StoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace hipfit::store
