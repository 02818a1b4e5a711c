// hipfit assess: the assessment for the stored profile; profile flags complete or override it for
// this run only, and nothing is stored.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/assessment_view.hpp"
#include "cli/assessment_text.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "cli/profile_flags.hpp"
#include "core/assessment/assessment.hpp"
#include "core/base/errors.hpp"

namespace hipfit::cli {

namespace {

struct AssessOptions {
    ProfileFlags profile;
    bool json = false;
};

int assess(const AssessOptions& options, const GlobalOptions& global, Environment& environment) {
    const core::Date today = environment.clock.today();
    // The person as they are now: the stored profile with the latest logged weight (--weight overrides).
    const auto journal = open_journal_for_reading(global, environment);
    const std::optional<core::Profile> stored =
        journal && journal->load_profile() ? std::optional<core::Profile>(profile_as_of(journal.get(), today))
                                           : std::nullopt;
    const core::ProfileChanges changes =
        parse_profile_flags(options.profile, units_for_numbers(options.profile, stored));
    // Nothing stored and nothing given: the way in is 'hipfit init', not a list of seven flags.
    if (!stored && changes.empty())
        throw core::InvalidInput("profile",
                                 "no profile yet: run 'hipfit init' first (or give --sex, --age, --height, "
                                 "--weight, --waist, --hip and --neck to assess without saving)");
    const core::Profile profile = core::apply_changes(stored, changes, today);
    const core::Assessment assessment = core::assess(profile, today);
    const std::optional<app::TargetInForce> in_force =
        stored ? app::target_in_force_beside(journal.get(), assessment, today) : std::nullopt;
    if (options.json) {
        environment.console.out << app::assessment_json(profile, assessment, in_force).dump(2) << '\n';
    } else {
        print_assessment(environment.console.out, profile, assessment, in_force);
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
