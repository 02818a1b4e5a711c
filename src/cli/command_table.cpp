#include <array>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"

namespace hipfit::cli {

std::span<const Command> commands() {
    static constexpr std::array table{
        Command{"init", "Create or update your profile (by flags, or by questions on a terminal)",
                &declare_init},
        Command{"assess", "Your assessment: BMI, waist ratios, body fat, expenditure and daily targets",
                &declare_assess},
        Command{"exercises", "The exercise catalog, filtered by --muscle, --equipment or --kind",
                &declare_exercises},
        Command{"exercise", "One exercise: how to do it, common mistakes, prescription", &declare_exercise},
        Command{"plan", "Your multi-week program (text, --json, --markdown or --ics FILE)", &declare_plan},
        Command{"today", "Today's session, targets and what you have logged against them", &declare_today},
        Command{"workout", "Today's session as a guided workout: each step, countdowns, then it is logged",
                &declare_workout},
        Command{"log", "Log weight, measurements, food, water, sleep, steps, habits or a workout",
                &declare_log},
        Command{"history", "Your journal, filtered by --kind, --since and --until", &declare_history},
        Command{"edit", "Change a journal entry", &declare_edit},
        Command{"delete", "Delete a journal entry ('undo' brings it back)", &declare_delete},
        Command{"undo", "Revert the last change to the journal; repeatable", &declare_undo},
        Command{"stats", "Trends and averages for --week, --month or --since a date", &declare_stats},
        Command{"forecast", "Where your weight is heading on your plan (Hall's model), and a goal's date",
                &declare_forecast},
        Command{"checkin", "The weekly check-in: your real expenditure from the journal, and a new target",
                &declare_checkin},
        Command{"report", "The week (or --month) in numbers and advice; --html FILE with charts",
                &declare_report},
        Command{"export", "Write every record as JSON or CSV", &declare_export},
        Command{"import", "Bring records from a hipfit export or another app's (Strong, Apple Health, …)",
                &declare_import},
        Command{"backup", "A consistent copy of the database, even while it is in use", &declare_backup},
        Command{"migrate",
                "Copy the whole database to another (a file ⇄ PostgreSQL), checked before it is kept",
                &declare_migrate},
        Command{"serve", "Serve the web API on this database (default http://127.0.0.1:8080)",
                &declare_serve},
    };
    return table;
}

}  // namespace hipfit::cli
