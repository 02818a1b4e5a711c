// Runs a program as a child process with a given environment and standard input, and captures
// its exit status and output. For the end-to-end tests of the hipfit binary.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace hipfit::testing {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment,
                          const std::string& input = "");

// A fresh temporary folder, removed with everything in it when the object goes.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] std::string file(const std::string& name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

// The whole content of a file, or "<missing>" when it does not exist.
std::string read_file_or_missing(const std::string& path);

}  // namespace hipfit::testing
