// What 'hipfit --version' prints: the project's version (CMakeLists.txt) and, built from a git clone,
// the commit it was configured at.
#pragma once

#include <string>

namespace hipfit::cli {

// "hipfit 0.1.0", or "hipfit 0.1.0 (git 1a2b3c4)".
std::string version_text();

}  // namespace hipfit::cli
