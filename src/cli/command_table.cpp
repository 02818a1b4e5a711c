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
    };
    return table;
}

}  // namespace hipfit::cli
