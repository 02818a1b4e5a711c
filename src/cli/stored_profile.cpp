#include "cli/stored_profile.hpp"

#include <filesystem>

#include "store/repository.hpp"

namespace hipfit::cli {

std::optional<core::Profile> load_stored_profile(const std::string& path) {
    if (!std::filesystem::exists(path))
        return std::nullopt;
    return store::open_sqlite(path, store::OpenFor::read)->load_profile();
}

}  // namespace hipfit::cli
