#include "core/workout_player.hpp"

#include <algorithm>

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
        finish(ran_for(duration_of(step())), *end);
        ++ended;
    }
    return ended;
}

StepResult WorkoutPlayer::ran_for(PlayerTime ran) const {
    const WorkoutStep& s = step();
    StepResult result;
    result.outcome = StepOutcome::done;
    if (s.kind == StepKind::intervals) {
        const milliseconds work = seconds(s.work_seconds.value_or(0));
        const milliseconds period = work + seconds(s.rest_seconds.value_or(0));
        const int finished_rounds = period.count() > 0 ? static_cast<int>((ran + period - work) / period) : 0;
        result.rounds = std::clamp(finished_rounds, 1, s.rounds.value_or(1));
    } else if (s.kind == StepKind::timed || s.kind == StepKind::hold) {
        result.seconds = static_cast<int>(std::chrono::duration_cast<seconds>(ran).count());
    }
    return result;
}

void WorkoutPlayer::done(PlayerTime now, const StepResult& answers) {
    if (finished())
        return;
    const WorkoutStep& s = step();
    if (counts_down(s)) {
        StepResult result = ran_for(std::min(elapsed(now), duration_of(s)));
        result.rpe = answers.rpe;
        finish(result, now);
        return;
    }
    StepResult result = answers;
    result.outcome = StepOutcome::done;
    result.reps = answers.reps.value_or(s.reps.value_or(1));
    result.seconds.reset();
    result.rounds.reset();
    finish(result, now);
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

}  // namespace hipfit::core
