// The weekly check-in: once a week the calorie target follows what the journal says a person burns
// (expenditure_estimate.hpp), within guards that keep it safe and steady. docs/checkin.md gives every rule
// and its source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/units.hpp"
#include "core/body/profile.hpp"
#include "core/checkin/expenditure_estimate.hpp"
#include "core/energy/targets.hpp"

namespace hipfit::core {

// A check-in is due a week after the last one: MacroFactor's weekly check-in (docs/sources.md#macrofactor).
inline constexpr int kCheckinIntervalDays = 7;
// The target moves at most 150 kcal/day per check-in. hipfit's judgement: a month of data still leaves
// the estimate about ±100–150 kcal/day uncertain (docs/checkin.md), so one week's reading is not followed
// all at once; a real change is reached in a few weeks.
inline constexpr double kMaxStepPerCheckinKcal = 150.0;
// Below this SD the estimate is followed fully; above it the target moves only kConfidentSdKcal / SD of the
// way. hipfit's judgement: 100 kcal/day is about what four weeks of daily weigh-ins and food logs give.
inline constexpr double kConfidentSdKcal = 100.0;
// Changes smaller than this are not made. hipfit's judgement: below logging precision, and a target that
// shifts by a few kcal every week only distracts.
inline constexpr double kMinChangeKcal = 20.0;

struct CheckinInput {
    Profile profile;  // sex, goal, deficit and surplus
    Date today{};
    std::optional<Date> last_checkin;
    ExpenditureEstimate estimate;
    Kilocalories current_target;       // per day
    Kilocalories formula_expenditure;  // Mifflin × PAL, per day
    Kilocalories resting;              // resting expenditure, per day: calorie_target's floor too
    Kilograms current_weight;
    Kilograms fat_mass;  // for the energy per kilogram of change (docs/sources.md#energy-per-kg)
};

struct CheckinResult {
    bool due = false;  // false: nothing was decided, the target stays
    Kilocalories new_target;
    Kilocalories previous_target;
    bool changed = false;
    std::vector<std::string> reasons;  // plain sentences for the person, in the order applied
    // The numbers used: the goal's target from the estimate before any guard, and the share of the way
    // to it the estimate's uncertainty allowed.
    std::optional<Kilocalories> goal_target;
    double trust = 0;
};

// True when there has been no check-in yet, or the last was kCheckinIntervalDays or more ago.
bool checkin_due(std::optional<Date> last_checkin, Date today);

// Expenditure − deficit (lose-fat), + surplus (gain-lean), or equal (tone, maintain): the rule of
// calorie_target (targets.hpp), applied to the estimate.
Kilocalories goal_target(const Profile& profile, Kilocalories expenditure);

// The share of the way to the goal's target to move: 1 up to kConfidentSdKcal, then kConfidentSdKcal / SD.
double trust_in_estimate(Kilocalories expenditure_sd);

// A target after one rule, and the sentence saying what the rule did (empty when it did nothing).
struct RuleStep {
    Kilocalories target;
    std::string reason;
};

RuleStep move_with_trust(Kilocalories current, Kilocalories goal, double trust);
RuleStep limit_step(Kilocalories current, Kilocalories proposed);
RuleStep limit_loss_rate(Kilocalories proposed, Kilocalories expenditure, Kilograms weight,
                         Kilograms fat_mass);
RuleStep raise_to_floor(Kilocalories proposed, Sex sex, Kilocalories resting);
RuleStep ignore_small_change(Kilocalories current, Kilocalories proposed);

// What the estimate says, in a sentence: how the trend moved against what was logged, and how far the
// result is from the formula's guess.
std::string explain_estimate(const ExpenditureEstimate& estimate, Kilocalories formula_expenditure);

// Once due, sets the new target: the goal's target from the estimate, moved only part of the way while the
// estimate is uncertain, at most kMaxStepPerCheckinKcal, never above the safe rate of loss nor below the
// floor. Without an available estimate the target stays (still raised to the floor) and the reasons say why.
CheckinResult weekly_checkin(const CheckinInput& input);

// 1850 → "1,850": kcal figures read as people write them.
std::string kcal_text(double kcal);

}  // namespace hipfit::core
