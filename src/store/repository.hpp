// The journal's persistence, behind one interface: SQLite now, PostgreSQL for a hosted deployment.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/profile.hpp"

namespace hipfit::store {

class Repository {
  public:
    virtual ~Repository() = default;

    [[nodiscard]] virtual std::optional<core::Profile> load_profile() = 0;
    // Creates or replaces the profile, in one transaction.
    virtual void save_profile(const core::Profile& profile) = 0;
};

enum class Access { read, write };

// Opens the SQLite database at `path`. `write` creates it (and its folder) when missing and
// brings its schema up to date; `read` requires it to exist. A database whose schema is newer
// than this hipfit knows is refused and left untouched (StoreError).
std::unique_ptr<Repository> open_sqlite(const std::string& path, Access access);

}  // namespace hipfit::store
