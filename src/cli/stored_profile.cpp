#include "cli/stored_profile.hpp"

#include <filesystem>

#include "store/open.hpp"
#include "store/repository.hpp"

namespace hipfit::cli {

std::optional<core::Profile> load_stored_profile(const std::string& path) {
    if (!store::is_postgresql_location(path) && !std::filesystem::exists(path))
        return std::nullopt;
    return store::open_repository(path, store::OpenFor::read)->load_profile();
}

}  // namespace hipfit::cli
