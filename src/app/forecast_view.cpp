#include "app/forecast_view.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/person.hpp"
#include "app/read_once.hpp"
#include "core/assessment/assessment.hpp"
#include "core/body/profile_limits.hpp"
#include "core/energy/energy.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using nlohmann::json;

namespace {

// Without a journal or a plan: hipfit's default deficit (profile.hpp), so the forecast shows a plan.
std::vector<IntakeChange> default_changes() {
    return {{0, -Profile{}.deficit}};
}

}  // namespace

BodyModelPerson body_model_person(const Profile& profile, Date day, std::optional<double> body_fat_percent) {
    return {profile.sex,
            static_cast<double>(profile.age.years_on(day)),
            profile.weight,
            profile.height,
            physical_activity_level(profile),
            body_fat_percent};
}

std::string_view name_of(BodyFatSource source) {
    switch (source) {
        case BodyFatSource::given:
            return "given";
        case BodyFatSource::logged:
            return "logged";
        case BodyFatSource::tape:
            return "tape";
        case BodyFatSource::bmi:
            break;
    }
    return "bmi";
}

std::string_view description_of(BodyFatSource source) {
    switch (source) {
        case BodyFatSource::given:
            return "as given";
        case BodyFatSource::logged:
            return "as you logged it";
        case BodyFatSource::tape:
            return "estimated from your tape measurements";
        case BodyFatSource::bmi:
            break;
    }
    return "estimated from your BMI";
}

std::optional<double> measured_body_fat_percent(store::Repository* journal, Date day) {
    if (journal == nullptr)
        return std::nullopt;
    const std::vector<Entry> measures = journal->entries({EntryKind::measure, std::nullopt, day});
    for (auto it = measures.rbegin(); it != measures.rend(); ++it) {
        if (it->measurements.body_fat_percent)
            return it->measurements.body_fat_percent;
    }
    return std::nullopt;
}

StartingBodyFat starting_body_fat(store::Repository* journal, const Profile& profile, Date day) {
    if (const std::optional<double> logged = measured_body_fat_percent(journal, day))
        return {logged, BodyFatSource::logged};
    // A profile always holds waist, hip and neck; assess refuses tape that gives an implausible figure.
    return {assess(profile, day).body_fat_percent, BodyFatSource::tape};
}

BodyModelPerson burning(BodyModelPerson person, Kilocalories expenditure) {
    const double pal = person.pal * expenditure.value() / holding_intake(person).value();
    if (pal >= kPalRange.min && pal <= kPalRange.max)
        person.pal = pal;
    return person;
}

JournalPerson journal_person(store::Repository* journal, Date day) {
    const Profile profile = view_profile(journal, day);
    const StartingBodyFat body_fat = starting_body_fat(journal, profile, day);
    const BodyModelPerson person = body_model_person(profile, day, body_fat.percent);
    const AdoptedTarget target = target_in_force(journal, day);
    return {burning(person, target.expenditure), body_fat.source, target.kcal};
}

std::vector<IntakeChange> planned_intake_changes(Kilocalories target_in_force,
                                                 const BodyModelPerson& person) {
    return {{0, target_in_force - holding_intake(person)}};
}

ForecastView forecast_view(store::Repository* source, const ForecastRequest& request, Date today) {
    check_forecast_step(request.step);
    std::optional<ReadOnce> reads;  // the profile and the latest weight, read for each figure, once
    if (source != nullptr)
        reads.emplace(*source);
    store::Repository* journal = reads ? &*reads : nullptr;
    ForecastView view;
    view.start = today;
    view.step = request.step;
    std::optional<Kilocalories> journal_target;  // read once, with the journal's person
    if (request.person) {
        view.person = *request.person;
        view.body_fat_source = request.body_fat_source;
        view.units = journal_units(journal);
    } else {
        const JournalPerson known = journal_person(journal, today);
        journal_target = known.target_in_force;
        view.person = known.person;
        view.body_fat_source = known.body_fat_source;
        view.units = journal_units(journal);
    }
    if (request.changes) {
        view.changes = *request.changes;
    } else if (journal != nullptr && journal->load_profile()) {
        view.target_in_force = journal_target ? *journal_target : target_in_force(journal, today).kcal;
        view.changes = planned_intake_changes(*view.target_in_force, view.person);
        view.changes_from_plan = true;
    } else {
        view.changes = default_changes();
    }
    view.forecast = forecast(view.person, view.changes, request.days, request.goal);
    return view;
}

json to_json(const ForecastView& view) {
    const Forecast& f = view.forecast;
    json changes = json::array();
    for (const IntakeChange& change : view.changes)
        changes.push_back({{"from_day", change.from_day}, {"kcal", change.change.value()}});
    json days = json::array();
    for (const ForecastDay& d : f.days) {
        if (d.day % view.step != 0 && d.day != f.days.back().day)
            continue;
        days.push_back({{"day", d.day},
                        {"date", format_date(add_days(view.start, d.day))},
                        {"intake_kcal", d.intake.value()},
                        {"weight_kg", d.weight.value()},
                        {"fat_mass_kg", d.fat.value()},
                        {"fat_free_mass_kg", (d.weight - d.fat).value()},
                        {"lean_tissue_kg", d.lean.value()},
                        {"weight_low_kg", d.weight_low.value()},
                        {"weight_high_kg", d.weight_high.value()},
                        {"rule_weight_kg", d.rule_weight.value()}});
    }
    json goal = nullptr;
    if (f.goal) {
        goal = {{"weight_kg", f.goal->weight.value()},
                {"day_reached", f.goal->day_reached ? json(*f.goal->day_reached) : json(nullptr)},
                {"date_reached", f.goal->day_reached
                                     ? json(format_date(add_days(view.start, *f.goal->day_reached)))
                                     : json(nullptr)},
                {"maintenance_intake_kcal",
                 f.goal->maintenance_intake ? json(f.goal->maintenance_intake->value()) : json(nullptr)}};
    }
    const BodyModelPerson& p = view.person;
    return {{"start_date", format_date(view.start)},
            {"person",
             {{"sex", std::string(name_of(kSexNames, p.sex))},
              {"age_years", p.age_years},
              {"weight_kg", p.weight.value()},
              {"height_cm", p.height.value()},
              {"pal", p.pal},
              // The model's own estimate when none was known (from BMI), so it always matches fat_mass_kg.
              {"body_fat_percent", 100.0 * f.baseline.fat.value() / p.weight.value()},
              {"body_fat_source", std::string(name_of(view.body_fat_source))},
              {"body_fat_source_text", std::string(description_of(view.body_fat_source))},
              {"body_fat_measured", view.body_fat_source == BodyFatSource::logged ||
                                        view.body_fat_source == BodyFatSource::given}}},
            {"plan",
             {{"from_profile", view.changes_from_plan},
              {"target_in_force_kcal",
               view.target_in_force ? json(view.target_in_force->value()) : json(nullptr)},
              {"intake_changes", changes}}},
            {"baseline",
             {{"intake_kcal", f.baseline.intake.value()},
              {"resting_kcal", f.baseline.resting.value()},
              {"fat_mass_kg", f.baseline.fat.value()},
              {"fat_free_mass_kg", (view.person.weight - f.baseline.fat).value()},
              {"lean_tissue_kg", f.baseline.lean.value()}}},
            {"step", view.step},
            {"days", days},
            {"intake_logging_error", kIntakeLoggingError},
            {"rule_explanation", f.rule_explanation},
            {"goal", goal},
            {"warnings", f.warnings}};
}

}  // namespace hipfit::app
