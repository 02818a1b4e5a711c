#include "tests/support/process.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace hipfit::testing {
namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void redirect(const std::string& path, int target, int flags) {
    const int fd = open(path.c_str(), flags, 0600);
    if (fd < 0 || dup2(fd, target) < 0)
        _exit(126);
    close(fd);
}

}  // namespace

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment, const std::string& input) {
    TempDir io;
    const std::string in_path = io.file("stdin");
    const std::string out_path = io.file("stdout");
    const std::string err_path = io.file("stderr");
    std::ofstream(in_path, std::ios::binary) << input;

    std::vector<std::string> argv_storage{program};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<std::string> env_storage;
    for (const auto& [name, value] : environment) env_storage.push_back(name + "=" + value);

    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        redirect(in_path, STDIN_FILENO, O_RDONLY);
        redirect(out_path, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(err_path, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
        std::vector<char*> argv;
        for (auto& arg : argv_storage) argv.push_back(arg.data());
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (auto& entry : env_storage) envp.push_back(entry.data());
        envp.push_back(nullptr);
        execve(program.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = slurp(out_path);
    result.err = slurp(err_path);
    return result;
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hipfit-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string read_file_or_missing(const std::string& path) {
    if (!std::filesystem::exists(path))
        return "<missing>";
    return slurp(path);
}

}  // namespace hipfit::testing
