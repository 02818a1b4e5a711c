#include "cli/file_output.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace hipfit::cli {

void write_file_atomically(const std::string& path, const std::string& content, const std::string& flag) {
    const std::string temporary = path + ".hipfit-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw core::InvalidInput(flag, fmt::format("{}: cannot write {}", flag, path));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw core::InvalidInput(flag, fmt::format("{}: cannot write {}: {}", flag, path, error.message()));
    }
}

}  // namespace hipfit::cli
