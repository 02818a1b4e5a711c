#include "core/journal/journal_progression.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/journal/journal_judge.hpp"
#include "core/program/plan_slots.hpp"
#include "core/program/progression.hpp"

namespace hipfit::core {
namespace {

std::optional<int> value_of(const WorkoutSet& s, Measure m) {
    switch (m) {
        case Measure::reps:
            return s.reps;
        case Measure::hold:
            return s.hold_seconds;
        case Measure::rounds:
            return s.rounds;
        case Measure::none:
            break;
    }
    return std::nullopt;
}

// What one workout shows of one exercise; none when it holds no set of it with its measure.
std::optional<Performance> performance_in(const Entry& entry, const std::string& id, Measure m) {
    Performance done;
    for (const WorkoutSet& s : entry.sets) {
        const std::optional<int> value = s.exercise_id == id && !s.warm_up ? value_of(s, m) : std::nullopt;
        if (!value)
            continue;
        if (m == Measure::rounds && !done.values.empty()) {
            done.values.front() += *value;  // interval blocks of one workout add up
        } else {
            done.values.push_back(*value);
        }
        if (s.load && s.load->value() > 0 && (!done.load || *s.load < *done.load))
            done.load = s.load;  // the load every loaded set was done with at least
        if (s.rpe && (!done.rpe || *s.rpe > *done.rpe))
            done.rpe = s.rpe;
        done.work_seconds = s.work_seconds ? s.work_seconds : done.work_seconds;
        done.rest_seconds = s.rest_seconds ? s.rest_seconds : done.rest_seconds;
    }
    if (done.values.empty())
        return std::nullopt;
    return done;
}

bool deload_week(const Profile& profile, Date day) {
    const int week = program_week(profile, day);
    return week > 0 && week % kDeloadEvery == 0;
}

bool follows_journal(Block block) {
    return block == Block::targeted || block == Block::strength || block == Block::intervals;
}

}  // namespace

PlannedExercise follow_journal(const PlannedExercise& planned, const std::vector<Entry>& workouts,
                               const ProgressionContext& context) {
    Track track{planned, false, 0, ""};
    for (const Entry& entry : workouts) {
        if (entry.kind != EntryKind::workout)
            continue;
        const Exercise* exercise = context.catalog.find(track.prescription.id);
        const Measure m = exercise != nullptr ? measure_of(*exercise) : Measure::none;
        if (m == Measure::none)
            return planned;
        if (const std::optional<Performance> done = performance_in(entry, track.prescription.id, m))
            judge(track, *done, context);
    }
    if (!track.prescribed)
        return planned;
    track.prescription.progression_note = track.note;
    return track.prescription;
}

Session follow_journal(const Session& planned, const Profile& profile, const Catalog& catalog,
                       const std::vector<Entry>& workouts) {
    const Date since{std::chrono::sys_days(planned.date) - std::chrono::days(kJournalLookbackDays)};
    std::vector<Entry> read;
    for (const Entry& e : workouts) {
        if (e.kind == EntryKind::workout && e.date < planned.date && e.date >= since &&
            !deload_week(profile, e.date))
            read.push_back(e);
    }
    if (read.empty())
        return planned;
    const std::vector<const Exercise*> allowed = allowed_exercises(profile, catalog);
    const ProgressionContext context{catalog, allowed, profile.units};
    const bool deload = deload_week(profile, planned.date);
    Session session = planned;
    for (PlannedBlock& block : session.blocks) {
        if (!follows_journal(block.kind))
            continue;
        for (PlannedExercise& p : block.exercises) {
            PlannedExercise next = follow_journal(p, read, context);
            if (next.progression_note.empty())
                continue;  // not logged: the plan's, deloaded already in a deload week
            if (deload) {
                const std::string note = "A deload week: lighter on purpose. " + next.progression_note;
                next = core::deload(next);
                next.progression_note = note;
            }
            p = std::move(next);
        }
    }
    return session;
}

}  // namespace hipfit::core
