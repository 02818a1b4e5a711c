#include "app/exercise_filter.hpp"

#include <algorithm>
#include <set>

namespace hipfit::app {

using namespace hipfit::core;

bool ExerciseFilter::keeps(const Exercise& e) const {
    if (muscle && !e.trains(*muscle) &&
        std::find(e.secondary_muscles.begin(), e.secondary_muscles.end(), *muscle) ==
            e.secondary_muscles.end()) {
        return false;
    }
    if (equipment) {
        std::set<Equipment> available;
        if (*equipment != Equipment::none)
            available.insert(*equipment);
        if (!equipment_allows(available, e))
            return false;
    }
    return !kind || e.kind == *kind;
}

ExerciseFilter parse_exercise_filter(const std::optional<std::string>& muscle,
                                     const std::optional<std::string>& equipment,
                                     const std::optional<std::string>& kind, std::string_view prefix) {
    const std::string p(prefix);
    ExerciseFilter filter;
    if (muscle)
        filter.muscle = parse_name(kMuscleNames, *muscle, p + "muscle");
    if (equipment)
        filter.equipment = parse_name(kEquipmentNames, *equipment, p + "equipment");
    if (kind)
        filter.kind = parse_name(kExerciseKindNames, *kind, p + "kind");
    return filter;
}

}  // namespace hipfit::app
