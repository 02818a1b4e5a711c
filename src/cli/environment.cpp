#include "cli/environment.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "core/base/errors.hpp"

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

// HIPFIT_TODAY=YYYY-MM-DD fixes the date at noon; read when asked, so that a malformed value is an
// error run() reports (exit 2), not a crash before it starts.
class ProcessClock final : public core::Clock {
  public:
    [[nodiscard]] core::Date today() const override {
        if (const auto fixed = read_variable("HIPFIT_TODAY"))
            return core::parse_date(*fixed, "HIPFIT_TODAY");
        return system_.today();
    }
    [[nodiscard]] core::TimeOfDay time_of_day() const override {
        if (read_variable("HIPFIT_TODAY"))
            return {12, 0};
        return system_.time_of_day();
    }

  private:
    SystemClock system_;
};

const core::Clock& process_clock() {
    static const ProcessClock clock;
    return clock;
}

}  // namespace

Environment process_environment() {
    const bool interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1;
    return Environment{Console{std::cin, std::cout, std::cerr, interactive}, process_clock(), read_variable};
}

std::string database_location(const std::optional<std::string>& db_flag, const Environment& environment) {
    if (db_flag) {
        // SQLite opens "" as a throwaway temporary database: nothing would be kept.
        if (db_flag->empty())
            throw core::InvalidInput("--db", "--db: the path is empty");
        return *db_flag;
    }
    if (auto path = environment.variable("HIPFIT_DB"))
        return *path;
    if (auto folder = local_data_folder(environment))
        return *folder + "/hipfit.db";
    throw core::InvalidInput("--db", "--db: no database path: set --db, HIPFIT_DB, XDG_DATA_HOME or HOME");
}

std::optional<std::string> local_data_folder(const Environment& environment) {
    if (auto data_home = environment.variable("XDG_DATA_HOME"))
        return *data_home + "/hipfit";
    if (auto home = environment.variable("HOME"))
        return *home + "/.local/share/hipfit";
    return std::nullopt;
}

}  // namespace hipfit::cli
