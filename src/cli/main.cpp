// The hipfit executable: everything lives in the library; main only hands over the process.
#include "cli/command.hpp"

int main(int argc, char** argv) {
    hipfit::cli::Environment environment = hipfit::cli::process_environment();
    return hipfit::cli::run(argc, argv, environment);
}
