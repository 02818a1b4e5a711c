#include "core/journal/journal_judge.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/journal/journal_progression_text.hpp"
#include "core/program/plan_slots.hpp"
#include "core/program/progression.hpp"

namespace hipfit::core {
namespace {

// Sets (rounds for intervals) and what goes with them: the rest between sets, an interval block's minutes.
void set_sets(PlannedExercise& p, const Exercise& e, int sets) {
    p.sets = sets;
    if (e.prescription.work_seconds) {
        const int round = p.work_seconds.value_or(0) + p.rest_seconds.value_or(0);
        p.minutes = std::max(1, static_cast<int>(std::lround(sets * round / 60.0)));
    } else if (sets > 1) {
        p.rest_seconds = e.prescription.rest_seconds;
    } else {
        p.rest_seconds.reset();
    }
}

// The rounds an interval block may hold: the catalog's range, or as many as fill the plan's
// kIntervalBlockMinutes (about 20 minutes in the hips-and-thighs article;
// docs/sources.md#article-hips-thighs) when that is more.
IntRange rounds_range(const Exercise& e, const PlannedExercise& p) {
    const int round = std::max(1, p.work_seconds.value_or(1) + p.rest_seconds.value_or(0));
    return {e.prescription.sets.min, std::max(e.prescription.sets.max, kIntervalBlockMinutes * 60 / round)};
}

IntRange range_of(const Exercise& e, Measure m, const PlannedExercise& p) {
    if (m == Measure::reps)
        return *e.prescription.reps;
    return m == Measure::hold ? *e.prescription.hold_seconds : rounds_range(e, p);
}

int value_of(const PlannedExercise& p, Measure m) {
    if (m == Measure::reps)
        return p.reps.value_or(0);
    return m == Measure::hold ? p.hold_seconds.value_or(0) : p.sets.value_or(1);
}

void set_value(PlannedExercise& p, const Exercise& e, Measure m, int value) {
    if (m == Measure::reps) {
        p.reps = value;
    } else if (m == Measure::hold) {
        p.hold_seconds = value;
    } else {
        set_sets(p, e, value);
    }
}

// What a log is judged against when no earlier log prescribed it: the sets as done at the bottom of the
// range, or for intervals the rounds as done.
PlannedExercise baseline(const Exercise& e, Measure m, const Performance& done, PlannedExercise p) {
    p.add_resistance = false;
    p.load = done.load;
    if (m == Measure::rounds) {
        const IntRange& work = *e.prescription.work_seconds;
        p.work_seconds =
            std::clamp(done.work_seconds.value_or(p.work_seconds.value_or(work.min)), work.min, work.max);
        p.rest_seconds = done.rest_seconds.value_or(p.rest_seconds.value_or(0));
        const IntRange rounds = rounds_range(e, p);
        set_sets(p, e, std::clamp(done.values.front(), rounds.min, rounds.max));
        return p;
    }
    set_sets(p, e, std::clamp(done.sets(), e.prescription.sets.min, e.prescription.sets.max));
    set_value(p, e, m, range_of(e, m, p).min);
    return p;
}

bool fell_short(const PlannedExercise& in_force, const Performance& done, Measure m) {
    if (m == Measure::rounds)
        return done.values.front() < in_force.sets.value_or(1);
    return done.sets() < in_force.sets.value_or(1) || done.weakest() < value_of(in_force, m);
}

// A variation the rules may switch to, as the plan's own switches.
const Exercise* variation(const Exercise& from, const std::optional<std::string>& id,
                          const ProgressionContext& context) {
    return allowed_variation(from, id, context.allowed, context.catalog);
}

// A switch to another variation, with as many sets as it allows; at the bottom of its range when harder,
// at the top when easier (the person had outgrown it before).
PlannedExercise switched(const Exercise& to, int sets, bool at_top) {
    PlannedExercise p = starting_prescription(to, Level::beginner);
    set_sets(p, to, std::clamp(sets, to.prescription.sets.min, to.prescription.sets.max));
    const Measure m = measure_of(to);
    if (at_top && (m == Measure::reps || m == Measure::hold))
        set_value(p, to, m, range_of(to, m, p).max);
    return p;
}

struct Verdict {
    PlannedExercise next;
    std::string why;   // what the log showed
    std::string what;  // what follows for next time
};

class Judge {
  public:
    Judge(const ProgressionContext& context, const Exercise& exercise, Measure m)
        : context_(context), e_(exercise), m_(m) {}

    // Done at least what was prescribed, below RPE 10.
    Verdict progress(const PlannedExercise& in_force, const Performance& done) const {
        Verdict v{in_force, "", ""};
        v.next.load = done.load;
        v.next.add_resistance = false;
        const IntRange range = range_of(e_, m_, in_force);
        const int value = std::min(done_value(done), range.max);
        const bool easy = done.rpe && *done.rpe <= kEasyRpe;
        if (m_ == Measure::rounds)
            return more_rounds(v, value, range, done);
        if (value < range.max) {
            const int room = m_ == Measure::reps ? kAddRepsMaxRpe : kEasyRpe;
            if (done.rpe && *done.rpe > room) {
                set_value(v.next, e_, m_, value);
                return same(v, fmt::format("hard at RPE {}", *done.rpe));
            }
            set_value(v.next, e_, m_, std::min(range.max, value + step()));
            v.why = done.rpe ? fmt::format("within the range at RPE {}", *done.rpe) : "within the range";
            v.what = m_ == Measure::reps ? fmt::format("aim for {} reps", *v.next.reps)
                                         : fmt::format("hold {} s", *v.next.hold_seconds);
            return v;
        }
        set_value(v.next, e_, m_, range.max);
        if (!done.rpe)
            return same(v, "the top of the range, no RPE logged", "; log how hard it felt to move on");
        if (!easy)
            return same(v, fmt::format("the top of the range at RPE {}", *done.rpe),
                        " until it feels like RPE 8");
        v.why = fmt::format("{} at the top of the range at RPE {}",
                            m_ == Measure::reps ? "every set" : "every hold", *done.rpe);
        return next_level(v);
    }

    // Short of the prescription, or RPE 10, once: the prescription in force again, never more. A set
    // taken to failure (RPE 10: nothing left, Zourdos et al. 2016) with more reps or load than prescribed
    // is not a new level to hold; the load is the lighter of the prescribed and the done.
    Verdict hold(const PlannedExercise& in_force, const Performance& done, const std::string& why) const {
        Verdict v{in_force, why, "the same again"};
        v.next.load = done.load && in_force.load ? std::min(*done.load, *in_force.load) : done.load;
        v.next.add_resistance = false;
        const IntRange range = range_of(e_, m_, in_force);
        set_value(v.next, e_, m_, std::clamp(value_of(in_force, m_), range.min, range.max));
        const bool did_more = done_value(done) > value_of(v.next, m_) ||
                              (done.load && v.next.load && *done.load > *v.next.load);
        if (did_more)
            v.what = fmt::format("stay at {}{}", target_text(v.next, m_),
                                 v.next.load ? " at " + mass_text(*v.next.load, context_.units) : "");
        return v;
    }

    // Short of the prescription, or RPE 10, twice in a row.
    Verdict step_back(const PlannedExercise& in_force, const Performance& done,
                      const std::string& why) const {
        Verdict v{in_force, why + " twice in a row", ""};
        v.next.load = done.load;
        v.next.add_resistance = false;
        const IntRange range = range_of(e_, m_, in_force);
        const int value = value_of(in_force, m_);
        const int sets = in_force.sets.value_or(1);
        if (v.next.load) {
            v.next.load = lighter(*v.next.load, context_.units);
            v.what = v.next.load ? fmt::format("step back to {}", mass_text(*v.next.load, context_.units))
                                 : "step back to no added load";
        } else if (value > range.min) {
            set_value(v.next, e_, m_, std::max(range.min, value - step()));
            v.what = "step back to " + target_text(v.next, m_);
        } else if (m_ != Measure::rounds && sets > e_.prescription.sets.min) {
            set_sets(v.next, e_, sets - 1);
            v.what = "step back to " + target_text(v.next, m_);
        } else if (const Exercise* easier = variation(e_, e_.easier, context_)) {
            v.next = switched(*easier, sets, true);
            v.what = "step back to " + easier->name;
        } else {
            v.what = "the same again, the easiest it goes";
        }
        return v;
    }

  private:
    int done_value(const Performance& done) const {
        return m_ == Measure::rounds ? done.values.front() : done.weakest();
    }

    int step() const { return m_ == Measure::reps ? kRepStep : (m_ == Measure::hold ? kHoldStepSeconds : 1); }

    static Verdict same(Verdict v, std::string why, std::string_view more = "") {
        v.why = std::move(why);
        v.what = fmt::format("the same again{}", more);
        return v;
    }

    Verdict more_rounds(Verdict v, int value, const IntRange& range, const Performance& done) const {
        set_sets(v.next, e_, std::max(range.min, value));
        if (!done.rpe)
            return same(v, "no RPE logged", "; log how hard it felt to earn another round");
        if (*done.rpe > kEasyRpe)
            return same(v, fmt::format("RPE {}", *done.rpe), " until it feels like RPE 8");
        v.why = fmt::format("every round at RPE {}", *done.rpe);
        if (value >= range.max) {
            v.what = fmt::format("the same again: {} rounds is the most", range.max);
            return v;
        }
        set_sets(v.next, e_, value + 1);
        v.what = fmt::format("one more round ({})", value + 1);
        return v;
    }

    // At the top of the range, proven easy: more load while the step is within ACSM's 10 %, else the
    // harder variation, else the plan's next step (one more set, or a flag to add resistance).
    Verdict next_level(Verdict v) const {
        const int sets = v.next.sets.value_or(1);
        const std::optional<Kilograms> load = v.next.load;
        if (load) {
            const Kilograms more = heavier(*load, context_.units);
            if (within_load_step(*load, more)) {
                v.what =
                    fmt::format("add {} ({}) and start again at {}", mass_text(more - *load, context_.units),
                                mass_text(more, context_.units), target_text(bottom(v.next), m_));
                v.next = bottom(v.next);
                v.next.load = more;
                return v;
            }
            v.why += fmt::format(", but {} would be {:.0f} % more, over the {:.0f} % a step ACSM advises",
                                 mass_text(more, context_.units), (more - *load) / *load * 100,
                                 kMaxLoadStepFraction * 100);
        }
        if (const Exercise* harder = variation(e_, e_.harder, context_)) {
            v.next = switched(*harder, sets, false);
            v.what = "move on to " + harder->name;
        } else {
            v.next = advance(v.next, e_, nullptr);
            if (!v.next.add_resistance)
                v.what = "one more set: " + target_text(v.next, m_);
            else
                v.what = load ? "add resistance another way, such as a band"
                              : "add resistance (a band or a weight)";
        }
        return v;
    }

    PlannedExercise bottom(PlannedExercise p) const {
        set_value(p, e_, m_, range_of(e_, m_, p).min);
        return p;
    }

    const ProgressionContext& context_;
    const Exercise& e_;
    Measure m_;
};

}  // namespace

Measure measure_of(const Exercise& e) {
    const PrescriptionRange& r = e.prescription;
    if (r.work_seconds)
        return Measure::rounds;
    if (r.reps)
        return Measure::reps;
    if (r.hold_seconds && (e.kind == ExerciseKind::isometric || e.kind == ExerciseKind::strength))
        return Measure::hold;
    return Measure::none;  // cardio, warm-up and cool-down moves follow the plan
}

void judge(Track& track, const Performance& logged, const ProgressionContext& context) {
    const Exercise& e = context.catalog.get(track.prescription.id);
    const Measure m = measure_of(e);
    const PlannedExercise in_force =
        track.prescribed ? track.prescription : baseline(e, m, logged, track.prescription);
    Performance done = logged;
    if (!done.load && track.prescribed)
        done.load = in_force.load;  // a set logged without a load was done at the suggested one
    const Judge rules(context, e, m);
    const bool short_of = fell_short(in_force, done, m);
    Verdict v;
    int misses = 0;
    if (short_of || done.rpe == kFailureRpe) {
        const std::string why = short_of ? "short of " + target_text(in_force, m) : "RPE 10, nothing left";
        misses = (track.prescribed ? track.misses : 0) + 1;
        if (misses >= kMissesBeforeStepBack) {
            v = rules.step_back(in_force, done, why);
            misses = 0;
        } else {
            v = rules.hold(in_force, done, why);
        }
    } else {
        v = rules.progress(in_force, done);
    }
    track.prescription = v.next;
    track.prescribed = true;
    track.misses = misses;
    track.note = fmt::format("Last time: {} — {}: {}.", describe(done, m, context.units), v.why, v.what);
}

}  // namespace hipfit::core
