// The narrow reads of Repository (the latest entry, dates, days, weigh-ins, best efforts, sums by kind) give
// what the whole entries would, on every store: checked against entries() on a generated journal.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <tuple>

#include "store/repository.hpp"
#include "tests/support/test_databases.hpp"

namespace hipfit::store {
namespace {

using namespace hipfit::core;

const Date kFirst = parse_date("2026-08-01", "first");

Entry entry(EntryKind kind, int day, TimeOfDay time, double value) {
    Entry e;
    e.kind = kind;
    e.date = add_days(kFirst, day);
    e.time = time;
    e.value = value;
    return e;
}

WorkoutSet set(std::mt19937& rng, const std::vector<std::string>& exercises) {
    WorkoutSet s;
    s.exercise_id = exercises[rng() % exercises.size()];
    switch (rng() % 6) {
        case 0:
            s.hold_seconds = 20 + static_cast<int>(rng() % 4) * 10;
            break;
        case 1:
            s.minutes = 20.0;  // neither reps nor a hold: no effort
            break;
        case 2:
            s.reps = 8 + static_cast<int>(rng() % 5);
            s.hold_seconds = 30;  // counted by its reps
            break;
        default:
            s.reps = 6 + static_cast<int>(rng() % 8);
            break;
    }
    if (rng() % 3 != 0)
        s.load = Kilograms(2.5 * static_cast<double>(rng() % 5));  // 0 kg too: the same as none
    if (rng() % 7 == 0)
        s.warm_up = true;
    return s;
}

// 90 days of entries of several kinds, some days without any, several on a day at the same time (ids then
// order them), workouts of sets of every measure.
std::vector<Entry> generated_journal() {
    std::mt19937 rng(16);
    const std::vector<std::string> exercises = {"squat", "glute-bridge", "wall-sit", "walking", "clamshell"};
    std::vector<Entry> entries;
    for (int day = 0; day < 90; ++day) {
        if (rng() % 9 == 0)
            continue;
        if (rng() % 4 != 0)
            entries.push_back(entry(EntryKind::weight, day, {7, static_cast<int>(rng() % 3)},
                                    70 + static_cast<double>(rng() % 40) / 10.0));
        if (rng() % 5 == 0)
            entries.push_back(entry(EntryKind::weight, day, {7, 0}, 71));  // a second one at the same time
        entries.push_back(entry(EntryKind::food, day, {12, 0}, 600));
        if (rng() % 6 == 0) {
            Entry measure = entry(EntryKind::measure, day, {8, 0}, 0);
            measure.measurements.hip = Centimetres(100 - day / 10.0);
            entries.push_back(measure);
        }
        if (rng() % 3 == 0) {
            Entry workout = entry(EntryKind::workout, day, {18, 0}, 0);
            for (int i = 0, n = 1 + static_cast<int>(rng() % 5); i < n; ++i)
                workout.sets.push_back(set(rng, exercises));
            entries.push_back(workout);
        }
    }
    // Stored in another order than the journal's, so that ids do not follow dates.
    std::shuffle(entries.begin(), entries.end(), rng);
    return entries;
}

std::vector<EntryQuery> queries() {
    std::vector<EntryQuery> all;
    const std::vector<std::optional<EntryKind>> kinds = {std::nullopt, EntryKind::weight, EntryKind::workout,
                                                         EntryKind::sleep};
    const std::vector<std::optional<Date>> dates = {std::nullopt, add_days(kFirst, 10), add_days(kFirst, 45),
                                                    add_days(kFirst, 89)};
    for (const auto& kind : kinds) {
        for (const auto& since : dates) {
            for (const auto& until : dates) all.push_back({kind, since, until});
        }
    }
    return all;
}

std::string text(const EntryQuery& q) {
    auto date = [](const std::optional<Date>& d) { return d ? format_date(*d) : std::string("-"); };
    return std::string(q.kind ? name_of(kEntryKindNames, *q.kind) : "any") + " " + date(q.since) + " " +
           date(q.until);
}

class NarrowReads : public testing::OnEveryStore {
  protected:
    void SetUp() override {
        journal = open_repository(location(), OpenFor::write);
        journal->import(generated_journal(), std::nullopt, {});
    }
    std::unique_ptr<Repository> journal;
};

TEST_P(NarrowReads, TheLatestEntryIsTheLastOfTheQuery) {
    for (const EntryQuery& query : queries()) {
        const std::vector<Entry> all = journal->entries(query);
        const std::optional<Entry> latest = journal->latest_entry(query);
        ASSERT_EQ(latest.has_value(), !all.empty()) << text(query);
        if (latest) {
            EXPECT_EQ(latest->id, all.back().id) << text(query);
            EXPECT_EQ(latest->sets, all.back().sets) << text(query);
        }
    }
}

TEST_P(NarrowReads, DatesAndDaysAreThoseOfTheEntries) {
    for (const EntryQuery& query : queries()) {
        std::vector<Date> dates;
        for (const Entry& e : journal->entries(query)) dates.push_back(e.date);
        EXPECT_EQ(journal->entry_dates(query), dates) << text(query);
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        EXPECT_EQ(journal->entry_days(query), dates) << text(query);
    }
}

TEST_P(NarrowReads, WeighInsAreTheWeightEntries) {
    for (const std::optional<Date> until : {std::optional<Date>{}, std::optional(add_days(kFirst, 30))}) {
        std::vector<std::pair<Date, double>> expected;
        for (const Entry& e : journal->entries({EntryKind::weight, std::nullopt, until}))
            expected.emplace_back(e.date, e.value);
        std::vector<std::pair<Date, double>> read;
        for (const WeighIn& w : journal->weigh_ins(until)) read.emplace_back(w.date, w.kg);
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(read, expected);
    }
}

TEST_P(NarrowReads, BestEffortsAreTheMostAtEachLoadAndMeasure) {
    for (const int last_day : {-1, 40, 89}) {
        const Date until = add_days(kFirst, last_day);
        std::map<std::tuple<std::string, bool, double>, int> most;
        for (const Entry& e : journal->entries({EntryKind::workout, std::nullopt, until})) {
            for (const WorkoutSet& s : e.sets) {
                const std::optional<Effort> effort = set_effort(s);
                if (!effort || s.warm_up)
                    continue;
                int& amount = most[{s.exercise_id, effort->hold, effort->load_kg}];
                amount = std::max(amount, effort->amount);
            }
        }
        std::vector<ExerciseEffort> expected;
        for (const auto& [key, amount] : most)
            expected.push_back({std::get<0>(key), Effort{std::get<1>(key), amount, std::get<2>(key)}});
        EXPECT_EQ(journal->best_efforts(until), expected) << format_date(until);
        EXPECT_EQ(expected.empty(), last_day < 0) << format_date(until);
    }
}

TEST_P(NarrowReads, DailySumsAddUpTheEntriesOfEachKindOnEachDay) {
    journal->add_entry([] {
        Entry food = entry(EntryKind::food, 95, {13, 0}, 450.5);
        food.protein_g = 31.25;
        return food;
    }());
    journal->add_entry([] {
        Entry workout = entry(EntryKind::workout, 10, {19, 0}, 0);
        workout.energy_kcal = 180;
        return workout;
    }());
    journal->add_entry(entry(EntryKind::food, 95, {19, 0}, 600));
    journal->add_entry(entry(EntryKind::water, 95, {9, 0}, 250));
    journal->add_entry(entry(EntryKind::water, 95, {9, 0}, 300));
    for (const EntryQuery& query : queries()) {
        std::map<std::pair<Date, EntryKind>, DailySum> expected;
        for (const Entry& e : journal->entries(query)) {
            DailySum& sum = expected[{e.date, e.kind}];
            sum.date = e.date;
            sum.kind = e.kind;
            ++sum.entries;
            sum.value += e.value;
            sum.protein_g += e.protein_g.value_or(0);
            sum.with_protein += e.protein_g ? 1 : 0;
            sum.energy_kcal += e.energy_kcal.value_or(0);
        }
        const std::vector<DailySum> sums = journal->daily_sums(query);
        ASSERT_EQ(sums.size(), expected.size()) << text(query);
        auto want = expected.begin();
        for (const DailySum& sum : sums) {  // added in another order: equal but for rounding
            EXPECT_EQ(sum.date, want->second.date) << text(query);
            EXPECT_EQ(sum.kind, want->second.kind) << text(query);
            EXPECT_EQ(sum.entries, want->second.entries) << text(query);
            EXPECT_NEAR(sum.value, want->second.value, 1e-9 * std::abs(want->second.value)) << text(query);
            EXPECT_EQ(sum.protein_g, want->second.protein_g) << text(query);
            EXPECT_EQ(sum.with_protein, want->second.with_protein) << text(query);
            EXPECT_EQ(sum.energy_kcal, want->second.energy_kcal) << text(query);
            ++want;
        }
    }
    const Date day = add_days(kFirst, 95);
    const std::vector<DailySum> later = journal->daily_sums({std::nullopt, day, day});
    ASSERT_EQ(later.size(), 2U);  // food before water: the order of the kinds
    EXPECT_EQ(later[0], (DailySum{day, EntryKind::food, 2, 1050.5, 31.25, 1, 0}));
    EXPECT_EQ(later[1], (DailySum{day, EntryKind::water, 2, 550, 0, 0, 0}));
}

TEST_P(NarrowReads, AnotherAccountsEntriesAreNotRead) {
    auto other = open_repository(location(), OpenFor::write, 2);
    EXPECT_FALSE(other->latest_entry({}).has_value());
    EXPECT_TRUE(other->entry_dates({}).empty());
    EXPECT_TRUE(other->entry_days({}).empty());
    EXPECT_TRUE(other->weigh_ins(std::nullopt).empty());
    EXPECT_TRUE(other->best_efforts(add_days(kFirst, 89)).empty());
    EXPECT_TRUE(other->daily_sums({}).empty());
}

HIPFIT_INSTANTIATE_ON_EVERY_STORE(NarrowReads);

}  // namespace
}  // namespace hipfit::store
