// The coach and the stats read only what they need (issue 16, point 7): their last weeks entry by entry,
// and the weigh-ins, days and best efforts before them through narrow reads. What they say must be what
// they said when they read the whole journal: compared, day after day, on a generated journal that makes
// the rules speak.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include <nlohmann/json.hpp>

#include "app/calorie_target.hpp"
#include "app/coaching.hpp"
#include "app/own_exercises.hpp"
#include "app/person.hpp"
#include "app/stats_view.hpp"
#include "core/coach/coach_rules.hpp"
#include "core/coach/stats_focus.hpp"
#include "io/catalog_json.hpp"
#include "tests/app/journal_fixture.hpp"

namespace hipfit::testing {
namespace {

using namespace hipfit::core;

constexpr int kJournalDays = 150;

Entry entry(EntryKind kind, Date date, TimeOfDay time, double value) {
    Entry e;
    e.kind = kind;
    e.date = date;
    e.time = time;
    e.value = value;
    return e;
}

WorkoutSet strength(const std::string& id, int reps, double load, int rpe, bool warm_up = false) {
    WorkoutSet s;
    s.exercise_id = id;
    s.reps = reps;
    if (load > 0)
        s.load = Kilograms(load);
    s.rpe = rpe;
    s.warm_up = warm_up;
    return s;
}

// Five months of a person whose habits change in stretches, so that the rules speak on some days and not
// on others: fast loss, then a plateau; short sleep and drinking in some weeks; hard training on runs of
// days; loads that grow (personal bests) and hips that shrink (milestones); warm-ups skipped.
std::vector<Entry> changing_journal(Date first) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> noise(-0.3, 0.3);
    std::vector<Entry> entries;
    double weight = 80;
    for (int day = 0; day < kJournalDays; ++day) {
        const Date date = add_days(first, day);
        const int stretch = day / 21;
        weight -= stretch % 2 == 0 ? 0.16 : 0.002;
        if (rng() % 5 != 0)
            entries.push_back(entry(EntryKind::weight, date, {7, 0}, weight + noise(rng)));
        const double kcal = stretch == 3 ? 350 : 520;
        for (int meal = 0; meal < 3; ++meal) {
            if (rng() % 8 != 0) {
                Entry food = entry(EntryKind::food, date, {8 + 5 * meal, 0}, kcal);
                if (day % 10 != 0 && (meal != 2 || day % 3 != 0))
                    food.protein_g = 30;  // some meals, and every meal of some days, without their protein
                entries.push_back(food);
            }
        }
        for (int glass = 0; glass < day % 5; ++glass)
            entries.push_back(entry(EntryKind::water, date, {9 + glass, 0}, 250 + 50 * glass));
        entries.push_back(entry(EntryKind::sleep, date, {7, 5}, stretch == 2 ? 5.5 : 7.5));
        if (stretch == 4 && rng() % 2 == 0)
            entries.push_back(entry(EntryKind::alcohol, date, {20, 0}, 3));
        entries.push_back(entry(EntryKind::standup, date, {18, 0}, stretch == 1 ? 2 : 8));
        if (day % 7 == 0) {
            Entry measure = entry(EntryKind::measure, date, {7, 30}, 0);
            measure.measurements.hip = Centimetres(108 - day * 0.05);
            measure.measurements.waist = Centimetres(86 - day * 0.03);
            entries.push_back(measure);
        }
        const bool hard_run = stretch == 5 && day % 21 < 8;
        if (hard_run || day % 7 == 0 || day % 7 == 2 || day % 7 == 4) {
            Entry workout = entry(EntryKind::workout, date, {18, 0}, 0);
            const double load = 10 + 2.5 * (day / 20);
            workout.sets = {strength("dumbbell-squat", 10, load * 0.5, 5, true),
                            strength("dumbbell-squat", 8 + day % 4, load, hard_run ? 9 : 7),
                            strength("glute-bridge", 12 + day % 5, 0, 7), strength("glute-bridge", 12, 0, 7)};
            WorkoutSet wall_sit;
            wall_sit.exercise_id = "wall-sit";
            wall_sit.hold_seconds = 30 + day / 3;
            workout.sets.push_back(wall_sit);
            workout.warm_up_skipped = day % 11 == 0;
            workout.energy_kcal = 200;
            entries.push_back(workout);
        }
    }
    return entries;
}

// What the coach said when it read the whole journal up to today.
std::vector<Advice> whole_journal_advice(store::Repository& journal, Date today) {
    const Profile profile = app::view_profile(&journal, today);
    const std::vector<Entry> entries = journal.entries({std::nullopt, std::nullopt, today});
    const auto catalog = app::person_catalog(&journal);
    const CoachHistory history = coach_history(entries, today, *catalog);
    const std::vector<Date> planned = planned_session_dates(profile, io::builtin_catalog(), today);
    return coach({today, entries, history, *catalog, app::targets_in_force(&journal, today), profile.units,
                  profile.program_start, planned});
}

// What the stats said when they read every entry of their window and every weight before it.
nlohmann::json whole_window_stats(store::Repository& journal, Period period, Date today) {
    const Profile profile = app::view_profile(&journal, today);
    StatsContext context{period, today, app::targets_in_force(&journal, today), profile.program_start,
                         planned_session_dates(profile, io::builtin_catalog(), today)};
    const Period days = journal_window(period, today);
    const std::vector<Entry> window = journal.entries({std::nullopt, days.start, days.end});
    const std::vector<Entry> earlier =
        journal.entries({EntryKind::weight, std::nullopt, add_days(days.start, -1)});
    app::StatsView view;
    view.units = profile.units;
    view.stats = compute_stats(window, earlier, context);
    view.nothing_logged = window.empty() && earlier.empty();
    view.focus_line = view.nothing_logged ? "Nothing logged yet." : focus(view.stats, view.units);
    return app::to_json(view);
}

class NarrowViews : public JournalTest {
  protected:
    void SetUp() override {
        JournalTest::SetUp();
        Profile profile = woman_losing_fat();
        profile.weight = Kilograms(80);
        profile.program_start = first;
        journal->save_profile(profile);
        journal->import(changing_journal(first), std::nullopt, {});
    }

    const Date first = days_before(kJournalDays - 1);
};

TEST_P(NarrowViews, TheCoachSaysWhatItSaidReadingTheWholeJournal) {
    std::set<std::string> spoke;
    for (int day = 0; day <= kJournalDays + 3; day += 2) {
        const Date today = add_days(first, day);
        const std::vector<Advice> expected = whole_journal_advice(*journal, today);
        EXPECT_EQ(app::coach_advice(*journal, today), expected) << format_date(today);
        for (const Advice& a : expected) spoke.insert(a.rule);
    }
    // The journal makes most rules speak on some day, so the comparison covers them.
    for (const char* rule :
         {"overtraining-muscle", "overtraining-streak", "intake-below-floor", "loss-too-fast",
          "warm-up-skipped", "sleep-short", "alcohol-above-guideline", "long-sitting", "milestone-first-week",
          "milestone-weight", "milestone-hip", "milestone-personal-best"})
        EXPECT_TRUE(spoke.contains(rule)) << rule << " never spoke";
}

TEST_P(NarrowViews, TheStatsAreWhatTheyWereReadingTheWholeWindow) {
    for (int day = 0; day <= kJournalDays + 3; day += 5) {
        const Date today = add_days(first, day);
        for (const int days : {1, 7, 30, 400}) {
            const Period period = app::period_ending(days, today);
            EXPECT_EQ(app::to_json(app::stats_view(journal.get(), period, today)),
                      whole_window_stats(*journal, period, today))
                << format_date(today) << ", " << days << " days";
        }
    }
}

TEST_P(NarrowViews, TheCurrentWeightIsTheLatestWeighIn) {
    const std::vector<Entry> weights = journal->entries({EntryKind::weight, std::nullopt, kAppToday});
    ASSERT_FALSE(weights.empty());
    EXPECT_EQ(app::current_weight(journal.get(), kAppToday), Kilograms(weights.back().value));
    EXPECT_EQ(app::current_weight(journal.get(), add_days(first, -1)), Kilograms(80));  // the profile's
}

INSTANTIATE_TEST_SUITE_P(Store, NarrowViews, every_backend(), backend_name);

}  // namespace
}  // namespace hipfit::testing
