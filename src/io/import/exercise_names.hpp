// The names other apps give exercises, mapped to hipfit's catalog (data/import/exercise-names.json):
// "Hip Thrust (Barbell)" is hipfit's glute bridge. docs/import.md lists them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hipfit::io {

// The catalog exercise an app's exercise name stands for, matched with case and runs of spaces aside;
// none for a name the table does not hold.
std::optional<std::string> catalog_exercise_for(std::string_view app_name);

// Whether a name hipfit does not know says it is cardio ("Rowing (Machine)", "Treadmill"): one of the
// table's cardio words is in it, case aside. Apps log a bout's time as they log a hold's.
bool sounds_like_cardio(std::string_view app_name);

// The same name as the table compares it: lower case ASCII, runs of spaces as one, trimmed.
std::string exercise_name_key(std::string_view name);

}  // namespace hipfit::io
