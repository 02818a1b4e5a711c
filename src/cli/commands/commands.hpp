// Each command's declare function, one file per command.
#pragma once

#include "cli/command.hpp"

namespace hipfit::cli {

Action declare_init(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_assess(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_exercises(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_exercise(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_plan(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_log(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_history(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_edit(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_delete(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_undo(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_today(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_workout(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_forecast(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_checkin(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_report(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_stats(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_export(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_import(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_backup(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_migrate(CLI::App& app, const GlobalOptions& global, Environment& environment);
Action declare_serve(CLI::App& app, const GlobalOptions& global, Environment& environment);

}  // namespace hipfit::cli
