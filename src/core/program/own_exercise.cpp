#include "core/program/own_exercise.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {
namespace {

char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return ascii_lower(x) == ascii_lower(y);
           });
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// An own exercise sits where the catalog's exercises of its kind do.
Block block_of(ExerciseKind kind) {
    switch (kind) {
        case ExerciseKind::warm_up:
            return Block::warm_up;
        case ExerciseKind::strength:
        case ExerciseKind::isometric:
            return Block::strength;
        case ExerciseKind::cardio:
            return Block::cardio;
        case ExerciseKind::intervals:
            return Block::intervals;
        case ExerciseKind::stretch:
        case ExerciseKind::recovery:
            break;
    }
    return Block::cool_down;
}

// The prescription the catalog gives most exercises of the kind (ACSM 2009 for strength: 8–12 reps,
// 1–3 sets; docs/program.md), for a person who swaps an own exercise into their plan.
PrescriptionRange prescription_of(ExerciseKind kind) {
    PrescriptionRange p;
    switch (kind) {
        case ExerciseKind::warm_up:
            p.minutes = IntRange{1, 2};
            break;
        case ExerciseKind::strength:
            p.sets = {1, 3};
            p.reps = IntRange{8, 12};
            p.rest_seconds = 60;
            break;
        case ExerciseKind::isometric:
            p.sets = {1, 3};
            p.hold_seconds = IntRange{10, 60};
            p.rest_seconds = 45;
            break;
        case ExerciseKind::cardio:
            p.minutes = IntRange{20, 60};
            break;
        case ExerciseKind::intervals:
            p.sets = {6, 10};
            p.work_seconds = IntRange{20, 30};
            p.rest_ratio = RatioRange{1, 2};
            break;
        case ExerciseKind::stretch:
            p.sets = {1, 2};
            p.hold_seconds = IntRange{30, 60};
            break;
        case ExerciseKind::recovery:
            p.minutes = IntRange{3, 5};
            break;
    }
    return p;
}

void check_name(const std::string& name, const std::vector<OwnExercise>& existing) {
    if (name.empty())
        throw InvalidInput("name", "name: must not be empty");
    if (!valid_utf8(name) || first_control_character(name))
        throw InvalidInput("name", "name: must be text without control characters");
    if (utf8_length(name) > kMaxOwnNameCharacters) {
        throw InvalidInput(
            "name", fmt::format("name: {} characters; at most {}", utf8_length(name), kMaxOwnNameCharacters));
    }
    if (const OwnExercise* other = own_exercise_named(existing, name)) {
        throw InvalidInput("name", fmt::format("name: you already have an exercise called '{}' ({})",
                                               printable(other->name), other->id));
    }
}

void check_muscles(const std::vector<Muscle>& primary, const std::vector<Muscle>& secondary,
                   const std::set<Equipment>& equipment) {
    if (primary.empty())
        throw InvalidInput("primary_muscles", "primary_muscles: at least one muscle");
    for (Muscle m : secondary) {
        if (std::find(primary.begin(), primary.end(), m) != primary.end()) {
            throw InvalidInput(
                "secondary_muscles",
                fmt::format("secondary_muscles: {} is a primary muscle already", name_of(kMuscleNames, m)),
                {"primary_muscles"});
        }
    }
    if (equipment.contains(Equipment::none))
        throw InvalidInput("equipment", "equipment: list what is needed, or nothing for body weight");
}

}  // namespace

DefaultMet own_default_met(ExerciseKind kind) {
    switch (kind) {
        case ExerciseKind::warm_up:
            return {2.8, "02024"};  // the catalog's warm-ups
        case ExerciseKind::strength:
            return {3.5, "02054"};  // resistance training, multiple exercises, 8–15 repetitions
        case ExerciseKind::isometric:
            return {3.0, "02056"};  // as the wall sit
        case ExerciseKind::cardio:
            return {3.8, "17190"};  // walking: the catalog's gentlest cardio
        case ExerciseKind::intervals:
            return {8.8, "01305"};  // the catalog's gentlest intervals
        case ExerciseKind::stretch:
        case ExerciseKind::recovery:
            break;
    }
    return {2.3, "02101"};  // stretching, mild
}

const OwnExercise* own_exercise_named(const std::vector<OwnExercise>& existing, std::string_view name) {
    const std::string wanted = trimmed(name);
    for (const OwnExercise& own : existing) {
        if (same_name(own.name, wanted))
            return &own;
    }
    return nullptr;
}

std::string own_exercise_id(std::string_view name, const std::vector<OwnExercise>& existing) {
    std::string slug;
    for (char c : name) {
        const char lower = ascii_lower(c);
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            slug += lower;
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty())
        slug = "exercise";  // a name without ASCII letters or digits
    const std::string base = std::string(kOwnIdPrefix) + slug;
    auto taken = [&](const std::string& id) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const OwnExercise& o) { return o.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n) id = fmt::format("{}-{}", base, n);
    return id;
}

namespace {

void check_met(const std::optional<double>& met) {
    if (met && !(*met > 0 && *met <= kMaxMet))
        throw InvalidInput("met",
                           fmt::format("met: {:g} is outside the accepted range (0, {:g}]", *met, kMaxMet));
}

bool is_own_id(std::string_view id) {
    if (!id.starts_with(kOwnIdPrefix) || id.size() == kOwnIdPrefix.size() || id.back() == '-')
        return false;
    for (std::size_t i = kOwnIdPrefix.size(); i < id.size(); ++i) {
        const char c = id[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-')))
            return false;
    }
    return true;
}

}  // namespace

void check_own_exercise(const OwnExercise& own, const std::vector<OwnExercise>& others) {
    if (!is_own_id(own.id)) {
        throw InvalidInput("id", fmt::format("id: '{}' is not an own exercise's id (own-, then lower-case "
                                             "letters, digits and single hyphens)",
                                             printable(own.id)));
    }
    if (std::any_of(others.begin(), others.end(), [&](const OwnExercise& o) { return o.id == own.id; }))
        throw InvalidInput("id", fmt::format("id: '{}' is taken", own.id));
    if (own.name != trimmed(own.name))
        throw InvalidInput("name", "name: no spaces at its start or end");
    check_name(own.name, others);
    check_muscles(own.primary_muscles, own.secondary_muscles, own.equipment);
    check_met(own.met);
}

OwnExercise make_own_exercise(const OwnExerciseInput& input, const std::vector<OwnExercise>& existing) {
    const std::string name = trimmed(input.name);
    check_name(name, existing);
    check_muscles(input.primary_muscles, input.secondary_muscles, input.equipment);
    check_met(input.met);
    if (existing.size() >= kMaxOwnExercises) {
        throw InvalidInput("name", fmt::format("you have {} exercises of your own, the most hipfit keeps; "
                                               "remove one first",
                                               existing.size()));
    }
    return OwnExercise{own_exercise_id(name, existing),
                       name,
                       input.kind,
                       input.primary_muscles,
                       input.secondary_muscles,
                       input.equipment,
                       input.met};
}

Exercise as_exercise(const OwnExercise& own) {
    Exercise e;
    e.id = own.id;
    e.name = own.name;
    e.kind = own.kind;
    e.block = block_of(own.kind);
    e.primary_muscles = own.primary_muscles;
    e.secondary_muscles = own.secondary_muscles;
    e.equipment = own.equipment;
    e.prescription = prescription_of(own.kind);
    const DefaultMet fallback = own_default_met(own.kind);
    e.met = own.met.value_or(fallback.met);
    if (!own.met)
        e.compendium_code = std::string(fallback.compendium_code);
    e.own = true;
    return e;
}

Catalog person_catalog(const Catalog& builtin, const std::vector<OwnExercise>& own) {
    std::vector<Exercise> all = builtin.exercises();
    all.reserve(all.size() + own.size());
    for (const OwnExercise& o : own) all.push_back(as_exercise(o));
    return Catalog(std::move(all));
}

}  // namespace hipfit::core
