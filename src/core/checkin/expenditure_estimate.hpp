// What a person really burns, estimated from their own journal: daily weigh-ins and logged food feed a
// two-state Kalman filter (TDEETracker; docs/sources.md#tdeetracker) whose energy per kilogram of weight
// change comes from Forbes' fat–lean partition (energy_per_kilogram_change; docs/sources.md#energy-per-kg),
// as in the Hall model. docs/checkin.md gives the model, every noise value and its source.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/units.hpp"
#include "core/journal/journal.hpp"

namespace hipfit::core {

// One day of the journal as the filter reads it: the day's last weigh-in and its food added up.
struct DailyLog {
    Date date{};
    std::optional<Kilograms> weight;
    std::optional<Kilocalories> intake;
};

// Prior: the formula's expenditure (Mifflin × PAL) with this SD. Between TDEETracker's ≈10 % of TDEE and
// KalorieKalman's 600 kcal/day (docs/sources.md#tdeetracker, docs/sources.md#kaloriekalman): a formula
// misses one person by a few hundred kcal/day.
inline constexpr double kPriorExpenditureSdKcal = 500.0;
// Scale noise: 0.8 % of body weight a reading, TDEETracker's rsdObsWeight (docs/sources.md#tdeetracker).
inline constexpr double kWeighInSdFraction = 0.008;
// Logged intake is off by 10 % a day, TDEETracker's rsdObsCal (docs/sources.md#tdeetracker).
inline constexpr double kIntakeLogSdFraction = 0.1;
// Body water and gut content drift 0.01 % of body weight a day, TDEETracker's rsdWeight
// (docs/sources.md#tdeetracker).
inline constexpr double kWeightDriftSdFraction = 0.0001;
// Expenditure itself wanders (activity, adaptation): a random walk of 1 % of it a day, TDEETracker's
// rsdTDEE (docs/sources.md#tdeetracker). This sets how fast a real change is followed.
inline constexpr double kExpenditureDriftSdFraction = 0.01;
// A day without food logged is not a day without food: it is read as the average logged day of the
// window, with an SD of 500 kcal (hipfit's judgement: about a quarter of a day's intake, wide enough that
// such days weigh little on the estimate). With no food logged at all, energy balance is assumed.
inline constexpr double kUnloggedDayIntakeSdKcal = 500.0;
// A weigh-in further from the prediction than χ²(0.95) is trusted less: its variance is inflated until it
// sits on that bound (KalorieKalman's robust update, threshold 5.99; docs/sources.md#kaloriekalman).
inline constexpr double kOutlierChiSquare = 5.99;

// When the estimate is worth acting on. Two weeks of weigh-ins: MacroFactor's first weekly check-ins
// likewise wait for about two weeks of data (docs/sources.md#macrofactor); the filter's SD only settles
// below the prior's after that. At least 6 weigh-ins: MacroFactor's minimum of 3 a week
// (docs/sources.md#macrofactor) over those two weeks. Food on at least 10 days: hipfit's judgement (5
// days in 7), so the energy input is known on most days.
inline constexpr int kMinWeighInSpanDays = 14;
inline constexpr int kMinWeighIns = 6;
inline constexpr int kMinIntakeDays = 10;

struct ExpenditureEstimate {
    bool available = false;
    std::string why_not;          // a sentence for the person when not available
    Kilocalories expenditure;     // per day, at the last day
    Kilocalories expenditure_sd;  // its standard deviation
    Kilograms trend_weight;       // the filtered weight at the last day
    Kilograms trend_weight_sd;
    Kilograms trend_change;       // the smoothed trend at the last day minus at the first weigh-in
    Kilocalories average_intake;  // per day, over the intake days used
    int days_used = 0;            // from the first weigh-in to the last day, both included
    int weigh_ins = 0;
    int intake_days = 0;         // days whose food entered the filter (the last day's does not)
    int weigh_in_span_days = 0;  // from the first weigh-in to the last, both included
};

// `logs` in increasing date order, at most one per day; days missing from it count as unlogged. The
// filter starts at the first weigh-in; a day's intake moves the next morning's weight, so the last day's
// (usually still incomplete) intake is not used. `fat_mass` gives the energy per kilogram of change.
// Throws std::invalid_argument when the dates are not increasing.
ExpenditureEstimate estimate_expenditure(std::span<const DailyLog> logs, Kilocalories prior_expenditure,
                                         Kilograms fat_mass);

// One DailyLog per day from `first` to `last`: the day's last weigh-in (by time of day, the later entry on
// a tie) and its food entries' kcal added up. Other kinds and days outside are ignored.
std::vector<DailyLog> daily_logs(std::span<const Entry> entries, Date first, Date last);

}  // namespace hipfit::core
