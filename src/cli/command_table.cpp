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
    };
    return table;
}

}  // namespace hipfit::cli
