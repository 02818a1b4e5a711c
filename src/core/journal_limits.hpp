// The accepted range of every journal value: plausible for one entry by one adult; outside is a typo.
#pragma once

#include <string_view>

#include "core/date.hpp"
#include "core/journal.hpp"
#include "core/profile_limits.hpp"

namespace hipfit::core {

// hipfit's judgement: wide enough for any real day, narrow enough to catch a slipped digit.
inline constexpr Range kFoodRangeKcal{1.0, 5000.0};     // one entry
inline constexpr Range kProteinRangeGrams{0.0, 400.0};  // one entry
inline constexpr Range kWaterRangeMl{10.0, 5000.0};     // one entry
inline constexpr Range kSleepRangeHours{0.25, 16.0};
inline constexpr Range kStepsRange{1.0, 100000.0};
inline constexpr Range kAlcoholRangeDrinks{0.5, 30.0};  // standard drinks
inline constexpr Range kCigarettesRange{1.0, 100.0};
inline constexpr Range kStressRangeMinutes{1.0, 600.0};  // meditation, yoga, breathing
inline constexpr Range kStandupRange{1.0, 48.0};         // standing breaks in a day
inline constexpr Range kBodyFatRangePercent{2.0, 70.0};
inline constexpr Range kRepsRange{1.0, 200.0};
inline constexpr Range kLoadRangeKg{0.0, 500.0};
inline constexpr Range kHoldRangeSeconds{1.0, 600.0};
inline constexpr Range kRpeRange{1.0, 10.0};  // Zourdos et al. 2016
inline constexpr Range kBoutMinutesRange{1.0, 600.0};
inline constexpr Range kDistanceRangeKm{0.01, 300.0};
inline constexpr Range kRoundsRange{1.0, 100.0};
inline constexpr Range kIntervalSecondsRange{1.0, 600.0};
inline constexpr std::size_t kMaxNoteLength = 1000;
inline constexpr Date kEarliestEntryDate{std::chrono::year(1900), std::chrono::month(1), std::chrono::day(1)};

Range value_range(EntryKind kind);

}  // namespace hipfit::core
