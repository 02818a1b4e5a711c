#include "core/workout/workout_player.hpp"

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/journal/journal_limits.hpp"

namespace hipfit::core {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

bool counts_down(const WorkoutStep& step) {
    return step.kind != StepKind::reps;
}

PlayerTime duration_of(const WorkoutStep& step) {
    return seconds(countdown_seconds(step));
}

int whole_seconds_up(milliseconds time) {
    return static_cast<int>((time.count() + 999) / 1000);
}

}  // namespace

WorkoutPlayer::WorkoutPlayer(WorkoutScript script, PlayerTime now, std::size_t index, WorkoutResult kept)
    : script_(std::move(script)), result_(std::move(kept)), index_(std::min(index, script_.steps.size())) {
    result_.steps.resize(script_.steps.size());
    start(now);
}

PlayerTime WorkoutPlayer::elapsed(PlayerTime now) const {
    const PlayerTime stopped = paused_since_ ? now - *paused_since_ : PlayerTime{0};
    return std::max(PlayerTime{0}, now - started_ - paused_total_ - stopped);
}

std::optional<Countdown> WorkoutPlayer::countdown(PlayerTime now) const {
    if (finished() || !counts_down(step()))
        return std::nullopt;
    const WorkoutStep& s = step();
    const PlayerTime ran = std::min(elapsed(now), duration_of(s));
    if (s.kind != StepKind::intervals)
        return Countdown{whole_seconds_up(duration_of(s) - ran), 0, false};
    const milliseconds work = seconds(s.work_seconds.value_or(0));
    const milliseconds period = work + seconds(s.rest_seconds.value_or(0));
    const int rounds = s.rounds.value_or(1);
    const int round = period.count() > 0 ? std::min<int>(static_cast<int>(ran / period), rounds - 1) : 0;
    const milliseconds within = ran - period * round;
    if (within < work || round == rounds - 1)
        return Countdown{whole_seconds_up(work - std::min(within, work)), round + 1, false};
    return Countdown{whole_seconds_up(period - within), round + 1, true};
}

std::optional<PlayerTime> WorkoutPlayer::countdown_end() const {
    if (finished() || paused() || !counts_down(step()))
        return std::nullopt;
    return started_ + paused_total_ + duration_of(step());
}

int WorkoutPlayer::tick(PlayerTime now) {
    int ended = 0;
    while (const std::optional<PlayerTime> end = countdown_end()) {
        if (now < *end)
            break;
        finish(kept(ran_for(duration_of(step()))), *end);
        ++ended;
    }
    return ended;
}

// What a countdown measured after running for `ran`: the whole seconds, or the rounds whose work was
// finished.
StepResult WorkoutPlayer::ran_for(PlayerTime ran) const {
    const WorkoutStep& s = step();
    StepResult result;
    if (s.kind == StepKind::intervals) {
        const milliseconds work = seconds(s.work_seconds.value_or(0));
        const milliseconds period = work + seconds(s.rest_seconds.value_or(0));
        result.rounds = period.count() > 0 ? static_cast<int>((ran + period - work) / period) : 0;
    } else if (s.kind == StepKind::timed || s.kind == StepKind::hold) {
        result.seconds = static_cast<int>(std::chrono::duration_cast<seconds>(ran).count());
    }
    return result;
}

// What the current step keeps once done: only the values of its kind. A countdown keeps at most its
// length and an interval block at least one round, or "done" would be a skip.
StepResult WorkoutPlayer::kept(const StepResult& measured) const {
    const WorkoutStep& s = step();
    StepResult result;
    result.outcome = StepOutcome::done;
    switch (s.kind) {
        case StepKind::reps:
            result.reps = measured.reps.value_or(s.reps.value_or(1));
            result.load = measured.load;
            result.rpe = measured.rpe;
            break;
        case StepKind::timed:
        case StepKind::hold:
            result.seconds =
                std::clamp(measured.seconds.value_or(countdown_seconds(s)), 0, countdown_seconds(s));
            result.rpe = measured.rpe;
            break;
        case StepKind::intervals: {
            const int rounds = s.rounds.value_or(1);
            result.rounds = std::clamp(measured.rounds.value_or(rounds), 1, rounds);
            result.rpe = measured.rpe;
            break;
        }
        default:  // a rest or a switch of sides: nothing to keep
            break;
    }
    return result;
}

void WorkoutPlayer::done(PlayerTime now, const StepResult& answers) {
    if (finished())
        return;
    StepResult measured = answers;
    measured.seconds.reset();
    measured.rounds.reset();
    if (counts_down(step())) {
        const StepResult ran = ran_for(std::min(elapsed(now), duration_of(step())));
        measured.seconds = ran.seconds;
        measured.rounds = ran.rounds;
    }
    finish(kept(measured), now);
}

void WorkoutPlayer::done_as_measured(PlayerTime now, const StepResult& measured) {
    if (finished())
        return;
    finish(kept(measured), now);
}

void WorkoutPlayer::skip(PlayerTime now) {
    if (finished())
        return;
    StepResult skipped;
    skipped.outcome = StepOutcome::skipped;
    finish(skipped, now);
}

void WorkoutPlayer::back(PlayerTime now) {
    std::size_t target = index_;
    while (target > 0) {
        --target;
        if (script_.steps[target].is_exercise()) {
            for (std::size_t i = target; i < result_.steps.size() && i <= index_; ++i) result_.steps[i] = {};
            index_ = target;
            start(now);
            return;
        }
    }
}

void WorkoutPlayer::toggle_pause(PlayerTime now) {
    if (finished())
        return;
    if (paused_since_) {
        paused_total_ += now - *paused_since_;
        paused_since_.reset();
    } else {
        paused_since_ = now;
    }
}

void WorkoutPlayer::finish(StepResult result, PlayerTime now) {
    result_.steps[index_] = std::move(result);
    ++index_;
    start(now);
}

void WorkoutPlayer::start(PlayerTime now) {
    started_ = now;
    paused_total_ = PlayerTime{0};
    paused_since_.reset();
}

namespace {

[[noreturn]] void refuse(std::string_view field, const std::string& message) {
    throw InvalidInput(std::string(field), message);
}

void check_range(const std::optional<double>& value, const Range& range, std::string_view key,
                 const std::string& where, std::string_view field) {
    if (value && !range.contains(*value)) {
        refuse(field, fmt::format("{}: {}: {:g} is outside the accepted range {:g}–{:g}", where, key, *value,
                                  range.min, range.max));
    }
}

std::optional<double> number(const std::optional<int>& value) {
    return value ? std::optional<double>(*value) : std::nullopt;
}

std::string_view described(StepKind kind) {
    switch (kind) {
        case StepKind::reps:
            return "a set of reps";
        case StepKind::hold:
            return "a hold";
        case StepKind::intervals:
            return "an interval block";
        case StepKind::rest:
            return "a rest";
        case StepKind::switch_sides:
            return "a switch of sides";
        default:
            return "a timed step";
    }
}

// A done step's values: only those its kind takes, each in its range.
void check_done(const WorkoutStep& step, const StepResult& v, const std::string& where,
                std::string_view field) {
    const bool reps = step.kind == StepKind::reps;
    const bool timed = step.kind == StepKind::timed || step.kind == StepKind::hold;
    const bool intervals = step.kind == StepKind::intervals;
    const std::array<std::pair<std::string_view, bool>, 5> misplaced{{{"reps", v.reps && !reps},
                                                                      {"load_kg", v.load && !reps},
                                                                      {"seconds", v.seconds && !timed},
                                                                      {"rounds", v.rounds && !intervals},
                                                                      {"rpe", v.rpe && !step.is_exercise()}}};
    for (const auto& [key, wrong] : misplaced) {
        if (wrong) {
            refuse(field, fmt::format("{}: step {} is {}, which takes no {}", where, step.index,
                                      described(step.kind), key));
        }
    }
    check_range(number(v.reps), kRepsRange, "reps", where, field);
    check_range(v.load ? std::optional<double>(v.load->value()) : std::nullopt, kLoadRangeKg, "load_kg",
                where, field);
    check_range(number(v.rpe), kRpeRange, "rpe", where, field);
    // What a countdown measured: from nothing up to the step's own length.
    check_range(number(v.seconds), Range{0.0, static_cast<double>(countdown_seconds(step))}, "seconds", where,
                field);
    check_range(number(v.rounds), Range{0.0, static_cast<double>(step.rounds.value_or(1))}, "rounds", where,
                field);
}

bool any_value(const StepResult& v) {
    return v.reps || v.load || v.seconds || v.rounds || v.rpe;
}

}  // namespace

WorkoutResult replay_workout(const WorkoutScript& script, std::span<const StepEvent> events,
                             std::string_view field) {
    if (events.size() > kMaxStepEvents) {
        refuse(field, fmt::format("{}: {} events are more than a workout has (at most {})", field,
                                  events.size(), kMaxStepEvents));
    }
    const PlayerTime now{0};  // the events carry what was measured: time plays no part
    WorkoutPlayer player(script, now);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const StepEvent& event = events[i];
        const std::string where = fmt::format("{}[{}]", field, i);
        if (player.finished()) {
            refuse(field, fmt::format("{}: the workout had already ended after its {} steps", where,
                                      script.steps.size()));
        }
        if (event.step != player.index()) {
            refuse(field, fmt::format("{}: at step {}, but the player was at step {} (events come in the "
                                      "order they happened)",
                                      where, event.step, player.index()));
        }
        if (event.action != StepAction::done && any_value(event.values)) {
            refuse(field,
                   fmt::format("{}: a {} carries no values", where, name_of(kStepActionNames, event.action)));
        }
        switch (event.action) {
            case StepAction::done:
                check_done(player.step(), event.values, where, field);
                player.done_as_measured(now, event.values);
                break;
            case StepAction::skip:
                player.skip(now);
                break;
            case StepAction::back:
                player.back(now);
                break;
        }
    }
    return player.result();
}

}  // namespace hipfit::core
