// The names other apps give exercises, mapped to hipfit's catalog (data/import/exercise-names.json):
// "Hip Thrust (Barbell)" is hipfit's glute bridge. docs/import.md lists them.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/body/profile.hpp"

namespace hipfit::io {

// The catalog exercise an app's exercise name stands for, matched with case and runs of spaces aside;
// none for a name the table does not hold.
std::optional<std::string> catalog_exercise_for(std::string_view app_name);

// Whether a name hipfit does not know says it is cardio ("Rowing (Machine)", "Treadmill"): one of the
// table's cardio words is in it, case aside. Apps log a bout's time as they log a hold's.
bool sounds_like_cardio(std::string_view app_name);

// The equipment a name says an exercise needs ("Romanian Deadlift (Barbell)": a barbell), by the table's
// equipment words; none for a name that says none.
std::set<core::Equipment> equipment_named_in(std::string_view app_name);

// The same name as the table compares it: lower case ASCII, runs of spaces as one, trimmed.
std::string exercise_name_key(std::string_view name);

}  // namespace hipfit::io
