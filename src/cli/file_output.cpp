#include "cli/file_output.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::cli {

void write_file_atomically(const std::string& path, const std::string& content, const std::string& flag,
                           const std::string& database) {
    namespace fs = std::filesystem;
    std::error_code error;
    const std::string shown = core::printable(path, core::kShowAll);
    if (fs::exists(path, error)) {
        if (fs::exists(database, error) && fs::equivalent(path, database, error)) {
            throw core::InvalidInput(
                flag, fmt::format("{}: {} is the hipfit database; choose another file", flag, shown));
        }
        if (!fs::is_regular_file(path, error))
            throw core::InvalidInput(flag,
                                     fmt::format("{}: {} exists and is not a regular file", flag, shown));
    }
    const std::string temporary = path + ".hipfit-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw core::InvalidInput(flag, fmt::format("{}: cannot write {}", flag, shown));
        }
    }
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw core::InvalidInput(flag, fmt::format("{}: cannot write {}: {}", flag, shown, error.message()));
    }
}

}  // namespace hipfit::cli
