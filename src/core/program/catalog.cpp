#include "core/program/catalog.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {
namespace {

bool is_kebab_case(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
        if (!ok)
            return false;
    }
    return true;
}

// Which blocks an exercise of each kind may sit in.
bool kind_fits_block(ExerciseKind kind, Block block) {
    switch (kind) {
        case ExerciseKind::warm_up:
            return block == Block::warm_up;
        case ExerciseKind::strength:
        case ExerciseKind::isometric:
            return block == Block::targeted || block == Block::strength;
        case ExerciseKind::cardio:
            return block == Block::cardio;
        case ExerciseKind::intervals:
            return block == Block::intervals;
        case ExerciseKind::stretch:
        case ExerciseKind::recovery:
            return block == Block::cool_down;
    }
    return false;
}

class EntryCheck {
  public:
    explicit EntryCheck(const Exercise& exercise) : exercise_(exercise) {}

    void require(bool condition, const std::string& field, const std::string& message) const {
        if (!condition)
            throw CatalogError(exercise_.id, field, message);
    }

    void range(const std::optional<IntRange>& range, const std::string& field, int max) const {
        if (!range)
            return;
        require(range->min > 0 && range->min <= range->max && range->max <= max, field,
                fmt::format("expected 0 < min ≤ max ≤ {}, got [{}, {}]", max, range->min, range->max));
    }

  private:
    const Exercise& exercise_;
};

void check_prescription(const Exercise& e, const EntryCheck& check) {
    const PrescriptionRange& p = e.prescription;
    check.require(p.sets.min >= 1 && p.sets.min <= p.sets.max && p.sets.max <= 10, "prescription.sets",
                  "expected 1 ≤ min ≤ max ≤ 10");
    const int measures = static_cast<int>(p.reps.has_value()) + static_cast<int>(p.hold_seconds.has_value()) +
                         static_cast<int>(p.minutes.has_value()) +
                         static_cast<int>(p.work_seconds.has_value());
    check.require(measures == 1, "prescription",
                  "exactly one of reps, hold_seconds, minutes and work_seconds must be given");
    check.range(p.reps, "prescription.reps", 100);
    check.range(p.hold_seconds, "prescription.hold_seconds", 300);
    check.range(p.minutes, "prescription.minutes", 90);
    check.range(p.work_seconds, "prescription.work_seconds", 120);
    check.require(p.rest_ratio.has_value() == p.work_seconds.has_value(), "prescription.rest_ratio",
                  "given exactly when work_seconds is");
    if (p.rest_ratio) {
        check.require(
            p.rest_ratio->min > 0 && p.rest_ratio->min <= p.rest_ratio->max && p.rest_ratio->max <= 10,
            "prescription.rest_ratio", "expected 0 < min ≤ max ≤ 10");
    }
    if (p.tempo) {
        check.require(p.tempo->up_seconds >= 1 && p.tempo->up_seconds <= 10 && p.tempo->down_seconds >= 1 &&
                          p.tempo->down_seconds <= 10,
                      "prescription.tempo", "up_seconds and down_seconds must be 1–10");
    }
    check.require(p.rest_seconds >= 0 && p.rest_seconds <= 300, "prescription.rest_seconds",
                  "expected 0–300");
    const bool measure_fits = [&] {
        switch (e.kind) {
            case ExerciseKind::strength:
            case ExerciseKind::isometric:
                return p.reps || p.hold_seconds;
            case ExerciseKind::warm_up:
                return p.minutes || p.reps;
            case ExerciseKind::cardio:
            case ExerciseKind::recovery:
                return p.minutes.has_value();
            case ExerciseKind::intervals:
                return p.work_seconds.has_value();
            case ExerciseKind::stretch:
                return p.hold_seconds.has_value();
        }
        return false;
    }();
    check.require(measure_fits, "prescription",
                  "this kind of exercise is measured otherwise (see data/SCHEMA.md)");
}

void check_entry(const Exercise& e) {
    const EntryCheck check(e);
    check.require(is_kebab_case(e.id), "id", "expected kebab-case, e.g. glute-bridge");
    // The prefix is the own exercises' alone, so that theirs and the catalog's ids never collide.
    check.require(
        e.id.starts_with(kOwnIdPrefix) == e.own, "id",
        e.own ? "an own exercise's id starts with 'own-'" : "'own-' starts own exercises' ids only");
    check.require(!e.name.empty(), "name", "must not be empty");
    check.require(kind_fits_block(e.kind, e.block), "block",
                  fmt::format("a {} exercise cannot sit in the {} block", name_of(kExerciseKindNames, e.kind),
                              name_of(kBlockNames, e.block)));
    check.require(!e.primary_muscles.empty(), "primary_muscles", "at least one muscle");
    check.require(!e.equipment.contains(Equipment::none), "equipment", "list what is needed; [] for none");
    check.require(e.difficulty >= 1 && e.difficulty <= 3, "difficulty", "expected 1, 2 or 3");
    check_prescription(e, check);
    check.require(e.met > 0 && e.met <= kMaxMet, "met",
                  fmt::format("expected a MET value in (0, {:g}]", kMaxMet));
    if (e.own)
        return;  // a person's own exercise: hipfit has no cues, mistakes or source for it
    check.require(e.cues.size() >= 2, "cues", "at least two form cues");
    check.require(!e.mistakes.empty(), "mistakes", "at least one common mistake");
    auto non_empty = [](const std::string& text) { return !text.empty(); };
    check.require(std::all_of(e.cues.begin(), e.cues.end(), non_empty), "cues", "no empty cue");
    check.require(std::all_of(e.mistakes.begin(), e.mistakes.end(), non_empty), "mistakes",
                  "no empty mistake");
    check.require(
        e.compendium_code.size() == 5 && std::all_of(e.compendium_code.begin(), e.compendium_code.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; }),
        "compendium_code", "expected five digits");
}

void check_links(const Catalog& catalog) {
    for (const Exercise& e : catalog.exercises()) {
        for (const auto& [link, field] : {std::pair{&e.easier, "easier"}, std::pair{&e.harder, "harder"}}) {
            if (!*link)
                continue;
            const Exercise* other = catalog.find(**link);
            if (other == nullptr)
                throw CatalogError(e.id, field, fmt::format("no exercise '{}'", **link));
            if (other->block != e.block)
                throw CatalogError(e.id, field, "a variation must be in the same block");
        }
    }
    // Every link exists now; following `harder` must end: at most as many steps as there are exercises.
    for (const Exercise& e : catalog.exercises()) {
        const Exercise* step = &e;
        for (std::size_t hops = 0; step->harder; ++hops) {
            if (hops > catalog.exercises().size())
                throw CatalogError(e.id, "harder", "the harder chain loops");
            step = catalog.find(*step->harder);
        }
    }
}

}  // namespace

bool Exercise::trains(Muscle muscle) const {
    return std::find(primary_muscles.begin(), primary_muscles.end(), muscle) != primary_muscles.end();
}

CatalogError::CatalogError(const std::string& id, const std::string& field, const std::string& message)
    : std::runtime_error(fmt::format("exercise '{}', field '{}': {}", id, field, message)) {}

Catalog::Catalog(std::vector<Exercise> exercises) : exercises_(std::move(exercises)) {
    std::unordered_set<std::string> ids;
    for (const Exercise& e : exercises_) {
        check_entry(e);
        if (!ids.insert(e.id).second)
            throw CatalogError(e.id, "id", "appears twice");
    }
    check_links(*this);
}

const Exercise* Catalog::find(std::string_view id) const {
    for (const Exercise& e : exercises_) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const Exercise& Catalog::get(std::string_view id) const {
    if (const Exercise* e = find(id))
        return *e;
    throw InvalidInput("exercise",
                       fmt::format("no exercise '{}'; 'hipfit exercises' lists them", printable(id)));
}

bool equipment_allows(const std::set<Equipment>& available, const Exercise& exercise) {
    return std::all_of(exercise.equipment.begin(), exercise.equipment.end(),
                       [&](Equipment needed) { return available.contains(needed); });
}

}  // namespace hipfit::core
