#include "core/program/plan.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/program/plan_slots.hpp"
#include "core/program/progression.hpp"
#include "core/program/session_time.hpp"
#include "core/program/weekly_activity.hpp"

namespace hipfit::core {
namespace {

// The progression state of one slot: its strength exercises at their current prescription.
struct SlotState {
    std::vector<PlannedExercise> targeted;
    std::vector<PlannedExercise> strength;
    int interval_step = 0;
};

class Planner {
  public:
    Planner(const Profile& profile, const Catalog& catalog, const PlanOptions& options)
        : profile_(profile),
          catalog_(catalog),
          options_(options),
          rng_(options.seed),
          allowed_(allowed_exercises(profile, catalog)),
          frame_(session_frame(profile, allowed_, catalog)),
          walk_(walk_exercise(allowed_)),
          slots_(choose_slots(profile, allowed_, catalog, frame_, options.start, rng_)) {
        for (const Slot& slot : slots_) states_.push_back(starting_state(slot));
    }

    Plan build() {
        Plan plan;
        for (int number = 1; number <= options_.weeks; ++number) {
            const bool deload = number % kDeloadEvery == 0;
            // Every ordinary week steps up from the last ordinary one; a deload week lightens it.
            if (number > 1 && !deload)
                progress_all();
            plan.weeks.push_back(week(number, deload));
        }
        return plan;
    }

  private:
    SlotState starting_state(const Slot& slot) const {
        SlotState state;
        for (const std::string& id : slot.targeted) state.targeted.push_back(start(id));
        for (const std::string& id : slot.strength) state.strength.push_back(start(id));
        return state;
    }

    PlannedExercise start(const std::string& id) const {
        return starting_prescription(catalog_.get(id), profile_.level);
    }

    int strength_seconds(const SlotState& state) const {
        int total = 0;
        for (const auto* list : {&state.targeted, &state.strength}) {
            for (const PlannedExercise& p : *list) total += estimated_seconds(p, catalog_.get(p.id));
        }
        return total;
    }

    const Exercise* allowed_harder(const Exercise& exercise) const {
        return allowed_variation(exercise, exercise.harder, allowed_, catalog_);
    }

    // Each exercise steps up if the session still fits; otherwise it holds where it is this week.
    void progress_all() {
        for (std::size_t i = 0; i < slots_.size(); ++i) {
            SlotState& state = states_[i];
            for (auto* list : {&state.targeted, &state.strength}) {
                for (PlannedExercise& current : *list) {
                    const Exercise& exercise = catalog_.get(current.id);
                    const PlannedExercise previous = current;
                    current = advance(previous, exercise, allowed_harder(exercise));
                    if (strength_seconds(state) > slots_[i].strength_budget_seconds)
                        current = previous;
                }
            }
            ++state.interval_step;
        }
    }

    PlanWeek week(int number, bool deload) {
        PlanWeek result;
        result.number = number;
        result.deload = deload;
        const auto week_start = std::chrono::sys_days(options_.start) + std::chrono::days(7 * (number - 1));
        std::vector<bool> training(7, false);
        for (std::size_t i = 0; i < slots_.size(); ++i) {
            training[slots_[i].offset] = true;
            Session session = this->session(slots_[i], states_[i], deload);
            session.date = Date{week_start + std::chrono::days(slots_[i].offset)};
            result.sessions.push_back(std::move(session));
        }
        for (int offset = 6; offset >= 0; --offset) {
            if (training[offset])
                continue;
            const Date day{week_start + std::chrono::days(offset)};
            if (!result.rest_day) {
                result.rest_day = day;  // the week's last free day is the full rest day
            } else {
                result.active_days.insert(result.active_days.begin(), day);
            }
        }
        plan_weekly_activity(result, profile_.goal, walk_, catalog_);
        return result;
    }

    Session session(const Slot& slot, const SlotState& state, bool deload) const {
        Session session;
        session.minutes = profile_.minutes_per_session;
        session.blocks.push_back(frame_.warm_up);
        auto training_block = [&](Block kind, const std::vector<PlannedExercise>& exercises) {
            PlannedBlock block{kind, {}};
            for (const PlannedExercise& p : exercises)
                block.exercises.push_back(deload ? core::deload(p) : p);
            if (!block.exercises.empty())
                session.blocks.push_back(std::move(block));
        };
        training_block(Block::targeted, state.targeted);
        training_block(Block::strength, state.strength);
        const int used = strength_seconds(state);
        if (!slot.intervals.empty()) {
            PlannedExercise intervals =
                intervals_at(catalog_.get(slot.intervals), profile_.level, state.interval_step);
            session.blocks.push_back({Block::intervals, {deload ? core::deload(intervals) : intervals}});
        } else if (!slot.cardio.empty()) {
            session.blocks.push_back(
                {Block::cardio, {cardio(slot.cardio, frame_.available_seconds - used, deload)}});
        }
        session.blocks.push_back(frame_.cool_down);
        return session;
    }

    PlannedExercise cardio(const std::string& id, int seconds_left, bool deload) const {
        const Exercise& exercise = catalog_.get(id);
        PlannedExercise p;
        p.id = id;
        p.sets = 1;
        int minutes = std::min(exercise.prescription.minutes->max, seconds_left / 60);
        if (deload)
            minutes = static_cast<int>(std::lround(minutes * kDeloadVolumeFraction));
        p.minutes = std::max(1, minutes);
        return p;
    }

    const Profile& profile_;
    const Catalog& catalog_;
    const PlanOptions& options_;
    std::mt19937 rng_;
    std::vector<const Exercise*> allowed_;
    SessionFrame frame_;
    const Exercise* walk_;
    std::vector<Slot> slots_;
    std::vector<SlotState> states_;
};

}  // namespace

int program_week(const Profile& profile, Date day) {
    const auto days = (std::chrono::sys_days(day) - std::chrono::sys_days(profile.program_start)).count();
    if (days < 0)
        return 0;
    return static_cast<int>(days % kProgramCycleDays / 7) + 1;
}

std::optional<Session> planned_session(const Profile& profile, const Catalog& catalog, Date day) {
    const int week = program_week(profile, day);
    if (week == 0)
        return std::nullopt;
    const auto days = (std::chrono::sys_days(day) - std::chrono::sys_days(profile.program_start)).count();
    const auto cycle = days / kProgramCycleDays;
    PlanOptions options;
    options.weeks = week;
    options.start =
        Date{std::chrono::sys_days(profile.program_start) + std::chrono::days(cycle * kProgramCycleDays)};
    if (options.start > kLatestPlanStart)
        return std::nullopt;
    const Plan plan = generate_plan(profile, catalog, options);
    for (const Session& session : plan.weeks.back().sessions) {
        if (session.date == day)
            return session;
    }
    return std::nullopt;
}

void check_plan_day(Date day, std::string_view field) {
    if (day < kEarliestPlanStart || day > kLatestPlanStart) {
        throw InvalidInput(std::string(field),
                           fmt::format("{}: {} is outside {} to {}", field, format_date(day),
                                       format_date(kEarliestPlanStart), format_date(kLatestPlanStart)));
    }
}

Plan generate_plan(const Profile& profile, const Catalog& catalog, const PlanOptions& options) {
    check_plan_day(options.start, "start");
    if (options.weeks < 1 || options.weeks > kMaxPlanWeeks) {
        throw InvalidInput("weeks", fmt::format("weeks: {} is outside the accepted range 1–{}", options.weeks,
                                                kMaxPlanWeeks));
    }
    return Planner(profile, catalog, options).build();
}

}  // namespace hipfit::core
