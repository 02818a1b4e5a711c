// hipfit assess: the assessment for the stored profile; profile flags complete or override it for
// this run only, and nothing is stored.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/assessment_text.hpp"
#include "cli/commands/commands.hpp"
#include "cli/profile_flags.hpp"
#include "cli/stored_profile.hpp"
#include "core/assessment.hpp"
#include "io/assessment_json.hpp"

namespace hipfit::cli {

namespace {

struct AssessOptions {
    ProfileFlags profile;
    bool json = false;
};

int assess(const AssessOptions& options, const GlobalOptions& global, Environment& environment) {
    const std::optional<core::Profile> stored = load_stored_profile(database_path(global.db, environment));
    const core::ProfileChanges changes =
        parse_profile_flags(options.profile, units_for_numbers(options.profile, stored));
    const core::Date today = environment.clock.today();
    const core::Profile profile = core::apply_changes(stored, changes, today);
    const core::Assessment assessment = core::assess(profile, today);
    if (options.json) {
        environment.console.out << io::to_json(profile, assessment).dump(2) << '\n';
    } else {
        print_assessment(environment.console.out, profile, assessment);
    }
    return kExitOk;
}

}  // namespace

Action declare_assess(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<AssessOptions>();
    declare_profile_flags(app, options->profile);
    app.add_flag("--json", options->json, "Print the assessment as JSON");
    return [options, &global, &environment] { return assess(*options, global, environment); };
}

}  // namespace hipfit::cli
