// What an import and the API check of entries, profiles and check-ins written as JSON: the ranges of
// 'hipfit log' and 'hipfit init', reported under the export's field names.
#include "app/import_checks.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/assessment/assessment.hpp"
#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/checkin/checkin_limits.hpp"
#include "core/journal/journal_limits.hpp"
#include "core/journal/journal_values.hpp"
#include "io/catalog_json.hpp"

namespace hipfit::app {

using namespace hipfit::core;
using io::located_error;

namespace {

// core names the fields by the export's keys, and a simple entry's value by its kind ("water: 5001 ml …"),
// which the export calls "value".
std::string_view export_field(std::string_view key) {
    for (const auto& [kind, name] : kEntryKindNames) {
        if (name == key)
            return "value";
    }
    return key;
}

}  // namespace

namespace {

// A set's values in range, the set named in the message. (The shape of a set is not checked: 'hipfit log
// --file' does not check it either, and an export must always import.)
void check_set(const WorkoutSet& s, const std::string& where, Date today, const Catalog& catalog) {
    if (catalog.find(s.exercise_id) == nullptr) {
        throw located_error(
            where, "exercise",
            fmt::format("no exercise '{}'; 'hipfit exercises' lists them", printable(s.exercise_id)));
    }
    Entry probe;
    probe.kind = EntryKind::workout;
    probe.date = today;
    probe.sets = {s};
    try {
        check_entry(probe, today);
    } catch (const InvalidInput& error) {
        throw InvalidInput("sets", located_error(error, where, "").what());
    }
}

// Values only where their kind uses them, as 'hipfit log' accepts them.
void check_applicable(const Entry& e, const std::string& where) {
    if (e.protein_g && e.kind != EntryKind::food)
        throw located_error(where, "protein_g", "applies to food entries only");
    const Measurements& m = e.measurements;
    const std::array<std::pair<const char*, bool>, 7> measurements{
        {{"waist_cm", m.waist.has_value()},
         {"hip_cm", m.hip.has_value()},
         {"thigh_cm", m.thigh.has_value()},
         {"thigh_left_cm", m.thigh_left.has_value()},
         {"thigh_right_cm", m.thigh_right.has_value()},
         {"neck_cm", m.neck.has_value()},
         {"body_fat_percent", m.body_fat_percent.has_value()}}};
    for (const auto& [field, present] : measurements) {
        if (present && e.kind != EntryKind::measure)
            throw located_error(where, field, "applies to measure entries only");
    }
}

}  // namespace

void check_entry_at(const Entry& e, const std::string& where, Date today, const Catalog& catalog) {
    if (e.id < 0)
        throw located_error(where, "id", "expected an entry id (a whole number from 1)");
    check_applicable(e, where);
    for (std::size_t i = 0; i < e.sets.size(); ++i)
        check_set(e.sets[i], fmt::format("{}, set {}", where, i + 1), today, catalog);
    if (e.energy_kcal && !kWorkoutEnergyRangeKcal.contains(*e.energy_kcal)) {
        throw located_error(
            where, "energy_kcal",
            fmt::format("{:g} kcal is outside the accepted range {:g}–{:g} kcal", *e.energy_kcal,
                        kWorkoutEnergyRangeKcal.min, kWorkoutEnergyRangeKcal.max));
    }
    try {
        check_entry(e, today);
        if (e.kind == EntryKind::workout)
            check_workout_time(e.sets, catalog, "sets");
    } catch (const InvalidInput& error) {
        throw located_error(error, where, export_field(error.field()));
    }
}

namespace {

ProfileChanges as_changes(const Profile& p, Date today) {
    ProfileChanges c;
    c.sex = p.sex;
    if (p.age.born) {
        c.born = p.age.born;
    } else {
        c.age_years = p.age.years_on(today);
    }
    c.height = p.height;
    c.weight = p.weight;
    c.waist = p.waist;
    c.hip = p.hip;
    c.neck = p.neck;
    c.thigh = p.thigh;
    c.activity = p.activity;
    c.pal = p.pal_override;
    c.goal = p.goal;
    c.deficit = p.deficit;
    c.surplus = p.surplus;
    c.units = p.units;
    c.equipment = p.equipment;
    c.days = p.days;
    c.minutes_per_session = p.minutes_per_session;
    c.preferred_time = p.preferred_time;
    c.level = p.level;
    c.low_impact = p.low_impact;
    return c;
}

}  // namespace

void check_profile_at(const Profile& p, const std::string& where, Date today) {
    for (const auto& [field, date] :
         {std::pair{"age_given_on", p.age.given_on}, {"program_start", p.program_start}}) {
        if (date > today)
            throw located_error(where, field, fmt::format("{} is in the future", format_date(date)));
    }
    try {
        assess(apply_changes(std::nullopt, as_changes(p, today), today), today);
    } catch (const InvalidInput& error) {
        throw located_error(error, where, export_field(error.field()));
    } catch (const SafetyRefusal& refusal) {
        throw SafetyRefusal(fmt::format("{}: {}", where, refusal.what()));
    }
}

namespace {

void check_kcal(std::optional<Kilocalories> kcal, Range range, const std::string& where, const char* field) {
    if (kcal && !range.contains(kcal->value())) {
        throw located_error(where, field,
                            fmt::format("{:g} kcal is outside the accepted range {:g}–{:g} kcal",
                                        kcal->value(), range.min, range.max));
    }
}

// One check-in a day, as the journal keeps them: a second one of a day in the file is refused rather than
// silently skipped.
void check_one_a_day(const std::vector<CheckinRecord>& checkins, const std::vector<std::string>& origins) {
    std::map<Date, std::size_t> seen;
    for (std::size_t k = 0; k < checkins.size(); ++k) {
        const auto [first, inserted] = seen.emplace(checkins[k].date, k);
        if (!inserted) {
            throw located_error(origins[k], "date",
                                fmt::format("{} has a check-in already (checkin {}); a day has one at most",
                                            format_date(checkins[k].date), first->second + 1));
        }
    }
}

}  // namespace

void check_checkin_at(const CheckinRecord& c, const std::string& where, Date today) {
    if (c.date > today)
        throw located_error(where, "date", fmt::format("{} is in the future", format_date(c.date)));
    if (c.date < kEarliestEntryDate) {
        throw located_error(
            where, "date",
            fmt::format("{} is before {}", format_date(c.date), format_date(kEarliestEntryDate)));
    }
    check_kcal(c.target, kCheckinTargetRangeKcal, where, "target_kcal");
    check_kcal(c.previous_target, kCheckinTargetRangeKcal, where, "previous_target_kcal");
    check_kcal(c.expenditure, kCheckinExpenditureRangeKcal, where, "expenditure_kcal");
    check_kcal(c.expenditure_sd, kCheckinExpenditureSdRangeKcal, where, "expenditure_sd_kcal");
    if (c.expenditure_sd && !c.expenditure)
        throw located_error(where, "expenditure_sd_kcal", "given without expenditure_kcal");
    // The reasons are shown to the person as they are: plain text, as a note is.
    for (const std::string& reason : c.reasons) {
        try {
            check_free_text(reason, "reasons", kMaxNoteLength);
        } catch (const InvalidInput& error) {
            throw located_error(error, where, "reasons");
        }
    }
}

namespace {

// The file's own exercises against the person's and each other; returns the person's with the file's new
// ones added.
std::vector<OwnExercise> checked_own_exercises(const io::ExportData& data,
                                               const std::vector<OwnExercise>& existing) {
    std::vector<OwnExercise> all = existing;
    for (std::size_t k = 0; k < data.own_exercises.size(); ++k) {
        const OwnExercise& own = data.own_exercises[k];
        const std::string& where = data.own_exercise_origins[k];
        const auto same_id =
            std::find_if(all.begin(), all.end(), [&](const OwnExercise& o) { return o.id == own.id; });
        if (same_id != all.end() && *same_id == own)
            continue;  // already there (the person's, or listed twice in the file)
        if (same_id != all.end()) {
            throw located_error(
                where, "id",
                fmt::format("'{}' is the id of another exercise of yours ('{}'); remove or rename "
                            "one of them",
                            own.id, printable(same_id->name)));
        }
        try {
            check_own_exercise(own, all);
        } catch (const InvalidInput& error) {
            throw located_error(error, where, error.field());
        }
        all.push_back(own);
    }
    return all;
}

}  // namespace

io::ExportData read_checked_export(std::string_view text, const std::string& file, Date today,
                                   const std::vector<OwnExercise>& existing) {
    io::ExportData data = io::read_export(text, file, core::person_catalog(io::builtin_catalog(), existing));
    const Catalog catalog =
        core::person_catalog(io::builtin_catalog(), checked_own_exercises(data, existing));
    if (data.profile)
        check_profile_at(*data.profile, data.profile_origin, today);
    for (std::size_t i = 0; i < data.entries.size(); ++i)
        check_entry_at(data.entries[i], data.origins[i], today, catalog);
    for (std::size_t k = 0; k < data.checkins.size(); ++k)
        check_checkin_at(data.checkins[k], data.checkin_origins[k], today);
    check_one_a_day(data.checkins, data.checkin_origins);
    return data;
}

}  // namespace hipfit::app
