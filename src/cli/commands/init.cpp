// hipfit init: creates or updates the profile, from flags or, on a terminal, by asking.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "cli/commands/commands.hpp"
#include "cli/profile_flags.hpp"
#include "cli/prompt.hpp"
#include "cli/stored_profile.hpp"
#include "core/assessment/assessment.hpp"
#include "core/checkin/checkin.hpp"
#include "store/open.hpp"
#include "store/repository.hpp"

namespace hipfit::cli {

namespace {

int init(const ProfileFlags& flags, const GlobalOptions& global, Environment& environment) {
    Console& console = environment.console;
    const std::string path = database_location(global.db, environment);
    const std::optional<core::Profile> stored = load_stored_profile(path);
    const core::Date today = environment.clock.today();
    core::ProfileChanges changes = parse_profile_flags(flags, units_for_numbers(flags, stored));

    // Ask on a terminal when creating a profile, or when no flag says what to change.
    if (console.interactive && (!stored || changes.empty())) {
        ask_profile_questions(console, stored, changes, today);
    }
    if (stored && changes.empty()) {
        fmt::print(console.out, "Nothing to change; your profile is in {}. Run 'hipfit assess' to see it.\n",
                   store::printable_location(path));
        return kExitOk;
    }
    const core::Profile profile = core::apply_changes(stored, changes, today);
    const core::Assessment assessment = core::assess(profile, today);  // refuses a goal that could harm

    const auto journal = store::open_repository(path, store::OpenFor::write);
    journal->save_profile(profile);
    fmt::print(console.out, "Profile {} in {}.\n", stored ? "updated" : "saved",
               store::printable_location(path));
    // The person as every view sees them now (the latest logged weight), and the target in force.
    const core::Assessment now = core::assess(app::view_profile(journal.get(), today), today);
    fmt::print(console.out,
               "BMI {:.1f}, calorie target in force {} kcal, protein {:.0f} g. Run 'hipfit assess' for the "
               "full assessment.\n",
               now.bmi, core::kcal_text(app::target_in_force(journal.get(), today).kcal.value()),
               now.protein.value());
    for (const std::string& warning : assessment.warnings) fmt::print(console.out, "Warning: {}\n", warning);
    return kExitOk;
}

}  // namespace

Action declare_init(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto flags = std::make_shared<ProfileFlags>();
    declare_profile_flags(app, *flags);
    return [flags, &global, &environment] { return init(*flags, global, environment); };
}

}  // namespace hipfit::cli
