// The coach: small named rules that read the journal and say one thing each — a safety concern, a
// warning, a tip or a milestone to celebrate. Pure: today, the journal's last weeks, what the rules read
// from before them (the weight trend, the hips, the efforts to beat) and the targets come in as arguments.
// docs/coaching.md gives every rule, its threshold and its source.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/personal_best.hpp"
#include "core/program/catalog.hpp"
#include "core/program/muscle_recovery.hpp"
#include "core/stats/stats.hpp"

namespace hipfit::core {

// In the order the coach speaks: what could harm first, celebrations last.
enum class Severity { safety, warning, tip, celebrate };

inline constexpr NameTable<Severity, 4> kSeverityNames{{{Severity::safety, "safety"},
                                                        {Severity::warning, "warning"},
                                                        {Severity::tip, "tip"},
                                                        {Severity::celebrate, "celebrate"}}};

struct Advice {
    std::string rule;  // a stable id, e.g. "overtraining-muscle"
    Severity severity = Severity::tip;
    std::string message;

    friend bool operator==(const Advice&, const Advice&) = default;
};

// A dated reading of a measure the milestones follow (the hip).
struct DatedValue {
    Date date{};
    double value = 0;

    friend bool operator==(const DatedValue&, const DatedValue&) = default;
};

// What the rules read from the whole journal, back to its first entry: the weight trend (every weigh-in
// moves it), the hip measurements (milestones count from the first), and the efforts a personal best
// beats. The store reads these narrowly (app/coaching.hpp); coach_history makes them from entries.
struct CoachHistory {
    std::vector<TrendPoint> trend;  // over every weigh-in up to today
    std::vector<DatedValue> hips;   // every hip measurement up to today, in date and time order
    // The efforts of the sets before this week (up to before_celebrate_week), by exercise: every one, or
    // only the most reps (or seconds) at each load and measure, which gives the same bests.
    EffortsByExercise efforts_before_week;
};

// What the rules read.
struct CoachContext {
    Date today{};
    // Every entry of coach_window(today), in date and time order (more, before it, changes nothing).
    std::span<const Entry> journal;
    const CoachHistory& history;
    const Catalog& catalog;  // what each logged exercise trains
    StatsTargets targets;    // goal, energy target and floor, alcohol guideline (stats_targets)
    UnitSystem units = UnitSystem::metric;
    Date program_start{};
    std::span<const Date> planned_sessions;  // the program's session dates, in order (planned_session_dates)
};

// --- Thresholds. Each is explained, with its source, in docs/coaching.md. ---

// The rest a muscle needs between hard sessions (kMuscleRecoveryDays) is core/program/muscle_recovery.hpp's.
// A set at RPE 8 or more ends two reps or fewer from failure (Zourdos et al. 2016;
// docs/sources.md#zourdos-2016).
inline constexpr int kHardRpe = 8;
// hipfit's judgement: six sets on one primary muscle in a day is a session built around it — what the
// beginner plan puts on its day's main muscle, half of the 12–20 weekly sets a 2022 meta-analysis
// suggests (docs/sources.md#weekly-sets-2022).
inline constexpr int kHardSetsPerMuscle = 6;
// hipfit's judgement: six hard days in a row leave no rest day in a week; the practitioner articles ask
// for 3–4 sessions a week and rest between them (docs/sources.md#practitioner-articles).
inline constexpr int kHardDaysInARow = 6;
// The days most rules read: the last seven complete days, today excluded because it is not over
// (a lunch logged at noon is not a day's intake).
inline constexpr int kCoachWeekDays = 7;
// hipfit's judgement: an average of fewer days is one bad day, not a habit.
inline constexpr int kMinDaysForAverage = 3;
// A trend whose last weigh-in is older than this says nothing about now (hipfit's judgement).
inline constexpr int kRecentWeighInDays = 7;
// The rate of loss is read over at least two weeks of trend: one week still carries the first days'
// water (hipfit's judgement; the trend is the Hacker's Diet's, docs/sources.md#hackers-diet).
inline constexpr int kLossRateSpanDays = 14;
// Plateau: the trend lost less than 0.1 % of body weight a week over at least 3 weeks (hipfit's
// judgement: under half of what the smallest recommended deficit, 200 kcal/day, takes off an adult), with
// weigh-ins twice a week, food logged 5 days a week, and the planned workouts done.
inline constexpr int kPlateauSpanDays = 21;
inline constexpr double kPlateauMaxWeeklyLossFraction = 0.001;
inline constexpr int kPlateauMinWeighIns = 6;
inline constexpr int kPlateauMinFoodDaysPerWeek = 5;
// The further cut the plateau may suggest, only while the target stays at or above the floor
// (hipfit's judgement: half the smallest recommended deficit of targets.hpp).
inline constexpr double kPlateauCutKcal = 100.0;
// Milestones: each further 2 % of the starting weight off the trend (lose-fat), each further 2 cm off the
// first hip measurement (lose-fat, tone); a milestone is celebrated for a week after it is first reached.
inline constexpr double kWeightMilestoneFraction = 0.02;
inline constexpr double kHipMilestoneCm = 2.0;
inline constexpr int kCelebrateDays = 7;

// The days whose entries the rules read one by one: the last four weeks, today included. The longest look
// back is overtraining_streak's; the first week's milestone reads the program's first week only in the
// week after it, so within this window too.
inline constexpr int kCoachLookbackDays = 4 * kCoachWeekDays;
Period coach_window(Date today);
// The last day before the week whose personal bests are celebrated (kCelebrateDays, today included).
Date before_celebrate_week(Date today);
// The history from a journal up to today, in date and time order.
CoachHistory coach_history(std::span<const Entry> journal, Date today, const Catalog& catalog);

// --- The rules. Each returns its advice, or nothing when it stays quiet. ---

std::optional<Advice> overtrained_muscle(const CoachContext& c);       // "overtraining-muscle", safety
std::optional<Advice> overtraining_streak(const CoachContext& c);      // "overtraining-streak", safety
std::optional<Advice> intake_below_floor(const CoachContext& c);       // "intake-below-floor", safety
std::optional<Advice> fast_loss(const CoachContext& c);                // "loss-too-fast", safety
std::optional<Advice> skipped_warm_ups(const CoachContext& c);         // "warm-up-skipped", warning
std::optional<Advice> below_planned_sessions(const CoachContext& c);   // "adherence", warning
std::optional<Advice> short_sleep(const CoachContext& c);              // "sleep-short", warning
std::optional<Advice> alcohol_above_guideline(const CoachContext& c);  // "alcohol-above-guideline", warning
std::optional<Advice> long_sitting(const CoachContext& c);             // "long-sitting", tip
std::optional<Advice> weight_plateau(const CoachContext& c);           // "plateau", tip
std::optional<Advice> first_week_milestone(const CoachContext& c);     // "milestone-first-week", celebrate
std::optional<Advice> weight_milestone(const CoachContext& c);         // "milestone-weight", celebrate
std::optional<Advice> hip_milestone(const CoachContext& c);            // "milestone-hip", celebrate
std::optional<Advice> personal_best_milestone(const CoachContext& c);  // "milestone-personal-best", celebrate

// Every rule that fires, in the fixed order above: safety first, celebrations last. No id twice. The
// weight milestone is left out while "loss-too-fast" or "intake-below-floor" fires: celebrating a loss
// the coach is warning about would reward it.
std::vector<Advice> coach(const CoachContext& c);

// --- Sentences on a figure, shared with stats' focus (stats_focus.hpp) so both say the same. ---

// Trend falling faster than kMaxWeeklyLossFraction of `trend_kg` a week (Helms et al. 2014).
std::optional<std::string> fast_loss_sentence(double weekly_rate_kg, double trend_kg);
// Average intake under the floor (2013 AHA/ACC/TOS; targets.hpp).
std::optional<std::string> below_floor_sentence(double average_kcal, double floor_kcal, double target_kcal);
std::optional<std::string> missed_sessions_sentence(int done, int planned);
// Under kSleepMinHours (Watson et al. 2015; Nedeltcheva et al. 2010).
std::optional<std::string> short_sleep_sentence(double average_h);
// Above the US Dietary Guidelines 2020–2025 for the week.
std::optional<std::string> alcohol_sentence(double drinks_per_week, double guideline_per_week);

// "71.8 kg" or "158.3 lb"; "101.5 cm" or "40.0 in".
std::string mass_text(double kg, UnitSystem units);
std::string length_text(double cm, UnitSystem units);

}  // namespace hipfit::core
