// 'hipfit checkin' and /api/checkin: the week's check-in from the journal — what the person really
// burns (core/checkin/expenditure_estimate.hpp), the new calorie target (core/checkin/checkin.hpp), and why.
#pragma once

#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "core/checkin/checkin.hpp"
#include "core/checkin/checkin_record.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// How far back the estimate reads: twelve weeks. hipfit's judgement: the filter forgets older days
// anyway (its expenditure drifts 1 % a day, core/checkin/expenditure_estimate.hpp), and a bounded read keeps
// the check-in fast on a journal of years.
inline constexpr int kCheckinLookbackDays = 84;

struct CheckinView {
    core::Date today{};
    std::optional<core::CheckinRecord> last;  // the check-in before this one
    core::Date next_due{};                    // when the next one is due (today when due now)
    core::ExpenditureEstimate estimate;
    core::Kilocalories formula_expenditure;
    core::CheckinResult result;
    bool saved = false;  // kept in the journal as today's check-in (by this run, or earlier today)
    core::UnitSystem units = core::UnitSystem::metric;
};

// Decides today's check-in. With `keep`, a due check-in whose estimate is available is saved (a second
// one on the same day is decided anew and replaces the first). Not due, or nothing to go on yet: the
// target stays, nothing is written, and the view says why. Without `keep`, once today's is kept the view
// shows it: not due, `saved`, its target and reasons, the next due a week on.
CheckinView run_checkin(store::Repository& journal, core::Date today, bool keep);

nlohmann::json to_json(const CheckinView& view);

}  // namespace hipfit::app
