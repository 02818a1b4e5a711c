// What a command may touch, passed in explicitly: the console, the clock and the process
// environment. Tests build one with string streams, a fixed clock and a fake environment.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/date.hpp"

namespace hipfit::cli {

struct Console {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    bool interactive = false;  // stdin and stdout are a terminal: init may ask questions
};

struct Environment {
    Console console;
    const core::Clock& clock;
    std::function<std::optional<std::string>(std::string_view)> variable;
};

// The real console, clock and environment variables of this process. HIPFIT_TODAY=YYYY-MM-DD fixes
// the date (for tests and demonstrations).
Environment process_environment();

// Where the database lives: --db, else $HIPFIT_DB, else $XDG_DATA_HOME/hipfit/hipfit.db, else
// ~/.local/share/hipfit/hipfit.db. A SQLite file's path or a postgresql:// URL (store/open.hpp).
std::string database_location(const std::optional<std::string>& db_flag, const Environment& environment);

// This computer's folder for hipfit's files: $XDG_DATA_HOME/hipfit, else ~/.local/share/hipfit; none when
// neither variable is set.
std::optional<std::string> local_data_folder(const Environment& environment);

}  // namespace hipfit::cli
