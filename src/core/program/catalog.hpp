// The exercise catalog: what each exercise trains, what it needs, and how the sources prescribe it.
// The content lives in data/exercises.json (see data/SCHEMA.md); this is its shape and its rules.
#pragma once

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/body/profile.hpp"

namespace hipfit::core {

enum class ExerciseKind { warm_up, strength, isometric, cardio, intervals, stretch, recovery };
enum class Block { warm_up, targeted, strength, cardio, intervals, cool_down };
enum class Impact { low, high };
enum class Muscle {
    gluteus_maximus,
    gluteus_medius,
    gluteus_minimus,
    hip_abductors,
    adductors,
    hip_flexors,
    quadriceps,
    hamstrings,
    calves,
    core,
    obliques,
    lower_back,
    upper_back,
    shoulders,
    grip,
    heart_and_lungs,
};

inline constexpr NameTable<ExerciseKind, 7> kExerciseKindNames{{{ExerciseKind::warm_up, "warm-up"},
                                                                {ExerciseKind::strength, "strength"},
                                                                {ExerciseKind::isometric, "isometric"},
                                                                {ExerciseKind::cardio, "cardio"},
                                                                {ExerciseKind::intervals, "intervals"},
                                                                {ExerciseKind::stretch, "stretch"},
                                                                {ExerciseKind::recovery, "recovery"}}};
inline constexpr NameTable<Block, 6> kBlockNames{{{Block::warm_up, "warm-up"},
                                                  {Block::targeted, "targeted"},
                                                  {Block::strength, "strength"},
                                                  {Block::cardio, "cardio"},
                                                  {Block::intervals, "intervals"},
                                                  {Block::cool_down, "cool-down"}}};
inline constexpr NameTable<Impact, 2> kImpactNames{{{Impact::low, "low"}, {Impact::high, "high"}}};
inline constexpr NameTable<Muscle, 16> kMuscleNames{{{Muscle::gluteus_maximus, "gluteus-maximus"},
                                                     {Muscle::gluteus_medius, "gluteus-medius"},
                                                     {Muscle::gluteus_minimus, "gluteus-minimus"},
                                                     {Muscle::hip_abductors, "hip-abductors"},
                                                     {Muscle::adductors, "adductors"},
                                                     {Muscle::hip_flexors, "hip-flexors"},
                                                     {Muscle::quadriceps, "quadriceps"},
                                                     {Muscle::hamstrings, "hamstrings"},
                                                     {Muscle::calves, "calves"},
                                                     {Muscle::core, "core"},
                                                     {Muscle::obliques, "obliques"},
                                                     {Muscle::lower_back, "lower-back"},
                                                     {Muscle::upper_back, "upper-back"},
                                                     {Muscle::shoulders, "shoulders"},
                                                     {Muscle::grip, "grip"},
                                                     {Muscle::heart_and_lungs, "heart-and-lungs"}}};

struct IntRange {
    int min = 0;
    int max = 0;
};

struct RatioRange {
    double min = 0;
    double max = 0;
};

struct Tempo {
    int up_seconds = 0;
    int down_seconds = 0;
};

// The range a source prescribes; the program picks a point in it and moves up it week by week.
// Exactly one of reps, hold_seconds, minutes and work_seconds is set.
struct PrescriptionRange {
    IntRange sets{1, 1};
    std::optional<IntRange> reps;
    std::optional<IntRange> hold_seconds;
    std::optional<IntRange> minutes;
    std::optional<IntRange> work_seconds;  // intervals: near-maximal work per round
    std::optional<RatioRange> rest_ratio;  // intervals: rest as a multiple of work
    bool per_side = false;
    std::optional<Tempo> tempo;
    int rest_seconds = 0;
};

// The highest MET a catalog entry may have (a rule of the catalog; its exercises stay well below it).
inline constexpr double kMaxMet = 20.0;

// Every own exercise's id starts so, and no catalog id may (Catalog refuses one), so a person's own
// exercises and the catalog's never collide: "My hip thrust" is own-my-hip-thrust (own_exercise.hpp).
inline constexpr std::string_view kOwnIdPrefix = "own-";

struct Exercise {
    std::string id;
    std::string name;
    ExerciseKind kind = ExerciseKind::strength;
    Block block = Block::targeted;
    std::vector<Muscle> primary_muscles;
    std::vector<Muscle> secondary_muscles;
    std::set<Equipment> equipment;  // all needed; empty = body weight only
    Impact impact = Impact::low;
    int difficulty = 1;  // 1 beginner … 3 advanced
    PrescriptionRange prescription;
    std::vector<std::string> cues;
    std::vector<std::string> mistakes;
    std::optional<std::string> easier;
    std::optional<std::string> harder;
    double met = 0;  // 2024 Adult Compendium of Physical Activities; in (0, kMaxMet]
    std::string compendium_code;
    std::string source;
    // A person's own exercise (own_exercise.hpp): no cues, mistakes or source, and a compendium code only
    // when its MET is the kind's default.
    bool own = false;

    [[nodiscard]] bool trains(Muscle muscle) const;
};

// A catalog entry that breaks a rule; names the entry and the field.
class CatalogError : public std::runtime_error {
  public:
    CatalogError(const std::string& id, const std::string& field, const std::string& message);
};

class Catalog {
  public:
    // Validates every entry and the links between them; throws CatalogError.
    explicit Catalog(std::vector<Exercise> exercises);

    [[nodiscard]] const std::vector<Exercise>& exercises() const { return exercises_; }
    [[nodiscard]] const Exercise* find(std::string_view id) const;
    [[nodiscard]] const Exercise& get(std::string_view id) const;  // throws InvalidInput for an unknown id

  private:
    std::vector<Exercise> exercises_;
};

// Whether a person with this equipment can do the exercise.
bool equipment_allows(const std::set<Equipment>& available, const Exercise& exercise);

}  // namespace hipfit::core
