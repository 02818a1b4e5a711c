#include "cli/environment.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "core/errors.hpp"

namespace hipfit::cli {
namespace {

// libstdc++ 12 has no time-zone database; localtime_r gives the local calendar date and time.
std::tm local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local;
}

class SystemClock final : public core::Clock {
  public:
    [[nodiscard]] core::Date today() const override {
        const std::tm local = local_now();
        return core::Date{std::chrono::year(local.tm_year + 1900),
                          std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
                          std::chrono::day(static_cast<unsigned>(local.tm_mday))};
    }

    [[nodiscard]] core::TimeOfDay time_of_day() const override {
        const std::tm local = local_now();
        return {local.tm_hour, local.tm_min};
    }
};

std::optional<std::string> read_variable(std::string_view name) {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string(value);
}

const core::Clock& process_clock() {
    if (const auto fixed = read_variable("HIPFIT_TODAY")) {
        static const core::FixedClock clock(core::parse_date(*fixed, "HIPFIT_TODAY"));
        return clock;
    }
    static const SystemClock clock;
    return clock;
}

}  // namespace

Environment process_environment() {
    const bool interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1;
    return Environment{Console{std::cin, std::cout, std::cerr, interactive}, process_clock(), read_variable};
}

std::string database_path(const std::optional<std::string>& db_flag, const Environment& environment) {
    if (db_flag)
        return *db_flag;
    if (auto path = environment.variable("HIPFIT_DB"))
        return *path;
    if (auto data_home = environment.variable("XDG_DATA_HOME"))
        return *data_home + "/hipfit/hipfit.db";
    if (auto home = environment.variable("HOME"))
        return *home + "/.local/share/hipfit/hipfit.db";
    throw core::InvalidInput("--db", "--db: no database path: set --db, HIPFIT_DB, XDG_DATA_HOME or HOME");
}

}  // namespace hipfit::cli
