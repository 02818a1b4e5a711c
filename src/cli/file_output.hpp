// Writing a file whole or not at all: to a temporary name beside it, then renamed over it.
#pragma once

#include <string>

namespace hipfit::cli {

// Throws core::InvalidInput naming `flag` when the file cannot be written; leaves no partial file. Never
// writes over the database at `database`, nor over anything that exists and is not a regular file.
void write_file_atomically(const std::string& path, const std::string& content, const std::string& flag,
                           const std::string& database);

}  // namespace hipfit::cli
