#include "core/program/plan_slots.hpp"

#include <algorithm>
#include <map>

#include "core/program/progression.hpp"
#include "core/program/session_time.hpp"

namespace hipfit::core {
namespace {

int level_cap(Level level) {
    return level == Level::beginner ? 1 : (level == Level::intermediate ? 2 : 3);
}

bool is_allowed(const Exercise& exercise, const std::vector<const Exercise*>& allowed) {
    return std::find(allowed.begin(), allowed.end(), &exercise) != allowed.end();
}

int weekday_index(Date date) {
    // Monday = 0 … Sunday = 6.
    return static_cast<int>(std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding()) - 1;
}

// The training days as offsets from the start date, in order.
std::vector<int> training_offsets(const std::set<Weekday>& days, Date start) {
    std::vector<int> offsets;
    const int first = weekday_index(start);
    for (Weekday day : days) offsets.push_back((static_cast<int>(day) - first + 7) % 7);
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

// Fills a warm-up or cool-down block with the allowed exercises of that block, at the person's level,
// until it lasts `minimum`.
PlannedBlock timed_block(Block kind, int minimum, const Profile& profile,
                         const std::vector<const Exercise*>& allowed, const Catalog& catalog) {
    PlannedBlock block{kind, {}};
    std::set<const Exercise*> used;
    int seconds = 0;
    for (const Exercise* e : allowed) {
        if (e->block != kind || seconds >= minimum)
            continue;
        const Exercise* variation = variation_for_level(*e, profile.level, allowed, catalog);
        if (variation == nullptr || !used.insert(variation).second)
            continue;
        block.exercises.push_back(starting_prescription(*variation, profile.level));
        seconds += estimated_seconds(block.exercises.back(), *variation);
    }
    return block;
}

bool overlaps(const std::set<Muscle>& muscles, const std::set<Muscle>& excluded) {
    return std::any_of(muscles.begin(), muscles.end(), [&](Muscle m) { return excluded.contains(m); });
}

class SlotFiller {
  public:
    SlotFiller(const Profile& profile, const std::vector<const Exercise*>& allowed, const Catalog& catalog,
               std::mt19937& rng)
        : profile_(profile), allowed_(allowed), catalog_(catalog), rng_(rng) {}

    void fill(Slot& slot) {
        const int starting_budget = static_cast<int>(slot.strength_budget_seconds * kStartingStrengthShare);
        std::vector<const Exercise*> targeted = candidates(Block::targeted, slot.excluded);
        std::vector<const Exercise*> compound = candidates(Block::strength, slot.excluded);
        int seconds = 0;
        // Alternate targeted and compound work; the first of each goes in if it fits the whole budget,
        // the rest only within the starting share.
        for (int round = 0; round < kMaxTargetedExercises; ++round) {
            const int budget = round == 0 ? slot.strength_budget_seconds : starting_budget;
            take(targeted, slot.targeted, seconds, budget);
            if (round < kMaxCompoundExercises)
                take(compound, slot.strength, seconds, budget);
        }
        slot.cardio = pick_one(Block::cardio);
    }

    // The least used exercise of a block so far, in the seed's order.
    std::string pick_one(Block block) {
        std::vector<const Exercise*> options = candidates(block, {});
        if (options.empty())
            return {};
        ++used_[options.front()->id];
        return options.front()->id;
    }

  private:
    // The exercises of a block this person may do, at their level, clear of excluded muscles; the ones
    // used least this week first, then in the seed's order.
    std::vector<const Exercise*> candidates(Block block, const std::set<Muscle>& excluded) {
        std::vector<std::pair<std::pair<int, std::uint32_t>, const Exercise*>> ranked;
        std::set<const Exercise*> seen;
        for (const Exercise* e : allowed_) {
            if (e->block != block)
                continue;
            const Exercise* variation = variation_for_level(*e, profile_.level, allowed_, catalog_);
            const auto key = static_cast<std::uint32_t>(rng_());  // mt19937 yields 32 bits
            if (variation == nullptr || !seen.insert(variation).second)
                continue;
            if (overlaps(strength_muscles(*variation), excluded))
                continue;
            ranked.push_back({{used_[variation->id], key}, variation});
        }
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<const Exercise*> ordered;
        for (const auto& entry : ranked) ordered.push_back(entry.second);
        return ordered;
    }

    // Moves the first option that fits the budget into the slot.
    void take(std::vector<const Exercise*>& options, std::vector<std::string>& into, int& seconds,
              int budget) {
        for (auto it = options.begin(); it != options.end(); ++it) {
            const int cost = estimated_seconds(starting_prescription(**it, profile_.level), **it);
            if (seconds + cost > budget)
                continue;
            seconds += cost;
            into.push_back((*it)->id);
            ++used_[(*it)->id];
            options.erase(it);
            return;
        }
    }

    const Profile& profile_;
    const std::vector<const Exercise*>& allowed_;
    const Catalog& catalog_;
    std::mt19937& rng_;
    std::map<std::string, int> used_;
};

std::set<Muscle> slot_muscles(const Slot& slot, const Catalog& catalog) {
    std::set<Muscle> muscles;
    for (const auto* ids : {&slot.targeted, &slot.strength}) {
        for (const std::string& id : *ids) {
            const auto trained = strength_muscles(catalog.get(id));
            muscles.insert(trained.begin(), trained.end());
        }
    }
    return muscles;
}

}  // namespace

std::set<Muscle> strength_muscles(const Exercise& exercise) {
    if (exercise.kind != ExerciseKind::strength && exercise.kind != ExerciseKind::isometric)
        return {};
    return {exercise.primary_muscles.begin(), exercise.primary_muscles.end()};
}

const Exercise* allowed_variation(const Exercise& from, const std::optional<std::string>& id,
                                  const std::vector<const Exercise*>& allowed, const Catalog& catalog) {
    const Exercise* to = id ? catalog.find(*id) : nullptr;
    if (to == nullptr || !is_allowed(*to, allowed))
        return nullptr;
    const auto before = strength_muscles(from);
    for (Muscle m : strength_muscles(*to)) {
        if (!before.contains(m))
            return nullptr;
    }
    return to;
}

std::vector<const Exercise*> allowed_exercises(const Profile& profile, const Catalog& catalog) {
    std::vector<const Exercise*> allowed;
    for (const Exercise& e : catalog.exercises()) {
        if (!equipment_allows(profile.equipment, e))
            continue;
        if (profile.low_impact && e.impact == Impact::high)
            continue;
        allowed.push_back(&e);
    }
    return allowed;
}

const Exercise* variation_for_level(const Exercise& exercise, Level level,
                                    const std::vector<const Exercise*>& allowed, const Catalog& catalog) {
    const Exercise* current = &exercise;
    while (current->difficulty > level_cap(level)) {
        const Exercise* easier = current->easier ? catalog.find(*current->easier) : nullptr;
        if (easier == nullptr || !is_allowed(*easier, allowed))
            return nullptr;
        current = easier;
    }
    return current;
}

SessionFrame session_frame(const Profile& profile, const std::vector<const Exercise*>& allowed,
                           const Catalog& catalog) {
    SessionFrame frame;
    frame.warm_up = timed_block(Block::warm_up, kMinWarmUpSeconds, profile, allowed, catalog);
    frame.cool_down = timed_block(Block::cool_down, kMinCoolDownSeconds, profile, allowed, catalog);
    frame.available_seconds = profile.minutes_per_session * 60 - estimated_seconds(frame.warm_up, catalog) -
                              estimated_seconds(frame.cool_down, catalog);
    return frame;
}

std::vector<Slot> choose_slots(const Profile& profile, const std::vector<const Exercise*>& allowed,
                               const Catalog& catalog, const SessionFrame& frame, Date start,
                               std::mt19937& rng) {
    const std::vector<int> offsets = training_offsets(profile.days, start);
    std::vector<Slot> slots(offsets.size());
    SlotFiller filler(profile, allowed, catalog, rng);
    const std::string intervals = filler.pick_one(Block::intervals);
    const int count = static_cast<int>(slots.size());
    // Days from one training day to the next (7 when there is only one a week).
    auto gap = [&](int from, int to) {
        const int days = (offsets[to] - offsets[from] + 7) % 7;
        return days == 0 ? 7 : days;
    };
    for (int i = 0; i < count; ++i) {
        Slot& slot = slots[i];
        slot.offset = offsets[i];
        // One interval session a week, the last, when its 20 minutes fit beside some strength work.
        const int interval_seconds = kIntervalBlockMinutes * 60;
        const bool interval_day = i == count - 1 && !intervals.empty() &&
                                  frame.available_seconds - interval_seconds >= kCardioReserveSeconds;
        if (interval_day)
            slot.intervals = intervals;
        slot.strength_budget_seconds =
            frame.available_seconds - (interval_day ? interval_seconds : kCardioReserveSeconds);
        // Neighbours within the recovery time that are already chosen: the previous slot, and for the last
        // slot the first one of the next week.
        if (count > 1 && i > 0 && gap(i - 1, i) < kMuscleRecoveryDays) {
            slot.excluded = slot_muscles(slots[i - 1], catalog);
        }
        if (count > 1 && i == count - 1 && gap(i, 0) < kMuscleRecoveryDays) {
            const auto next = slot_muscles(slots[0], catalog);
            slot.excluded.insert(next.begin(), next.end());
        }
        filler.fill(slot);
    }
    return slots;
}

}  // namespace hipfit::core
