// hipfit checkin: the weekly check-in. From the journal's weigh-ins and food, what the person really
// burns; from that, within the safety guards, the calorie target for the next week — and why.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/checkin_view.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct CheckinOptions {
    bool dry_run = false;
    bool json = false;
};

void print_estimate(std::ostream& out, const app::CheckinView& view) {
    const ExpenditureEstimate& e = view.estimate;
    if (!e.available) {
        fmt::print(out, "Estimate: not yet — {}\n", e.why_not);
        return;
    }
    fmt::print(out,
               "Estimate: you burn about {} kcal a day (± {}), from {} days with {} weigh-ins and {} days of "
               "food; the formula guessed {}.\n",
               kcal_text(e.expenditure.value()), kcal_text(e.expenditure_sd.value()), e.days_used,
               e.weigh_ins, e.intake_days, kcal_text(view.formula_expenditure.value()));
}

void print_text(std::ostream& out, const app::CheckinView& view, bool dry_run) {
    const CheckinResult& r = view.result;
    fmt::print(out, "Check-in {}\n", format_date(view.today));
    print_estimate(out, view);
    if (!r.due && view.saved) {
        fmt::print(out, "Checked in today: your target is {} kcal a day.\n", kcal_text(r.new_target.value()));
        for (const std::string& reason : r.reasons) fmt::print(out, "  - {}\n", reason);
        fmt::print(out,
                   "The next check-in is due on {}. Running 'hipfit checkin' again today decides it anew and "
                   "replaces it.\n",
                   format_date(view.next_due));
        return;
    }
    if (!r.due) {
        fmt::print(
            out,
            "Not due yet: the last check-in was on {}; the next is on {}. Your target stays at {} kcal a "
            "day.\n",
            format_date(view.last->date), format_date(view.next_due), kcal_text(r.previous_target.value()));
        return;
    }
    if (r.changed)
        fmt::print(out, "Target: {} → {} kcal a day.\n", kcal_text(r.previous_target.value()),
                   kcal_text(r.new_target.value()));
    else
        fmt::print(out, "Target: stays at {} kcal a day.\n", kcal_text(r.new_target.value()));
    // Without an estimate the reasons are why not (the line above it) and that the target stays (the line
    // above): each is said once; any other reason (the floor) is listed.
    const std::string stays =
        fmt::format("Your target stays at {} kcal a day.", kcal_text(r.new_target.value()));
    for (const std::string& reason : r.reasons) {
        if (view.estimate.available || (reason != view.estimate.why_not && reason != stays))
            fmt::print(out, "  - {}\n", reason);
    }
    if (view.saved)
        fmt::print(out, "Saved. The next check-in is due on {}.\n",
                   format_date(add_days(view.today, kCheckinIntervalDays)));
    else if (dry_run)
        fmt::print(out, "Nothing saved (--dry-run).\n");
    else
        fmt::print(out, "Nothing saved: check in again once the journal has enough to go on.\n");
}

int checkin(const CheckinOptions& options, const GlobalOptions& global, Environment& environment) {
    const Date today = environment.clock.today();
    // Without a profile there is nothing to check in on: refused before anything is created or written.
    require_profile(open_journal_for_reading(global, environment).get());
    const auto journal = options.dry_run ? open_journal_for_reading(global, environment)
                                         : open_journal_for_writing(global, environment);
    const app::CheckinView view = app::run_checkin(*journal, today, !options.dry_run);
    if (options.json) {
        environment.console.out << app::to_json(view).dump(2) << '\n';
    } else {
        print_text(environment.console.out, view, options.dry_run);
    }
    return kExitOk;
}

}  // namespace

Action declare_checkin(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<CheckinOptions>();
    app.add_flag("--dry-run", options->dry_run, "Show what the check-in would decide; save nothing");
    app.add_flag("--json", options->json, "Print the check-in as JSON");
    return [options, &global, &environment] { return checkin(*options, global, environment); };
}

}  // namespace hipfit::cli
