#include "cli/field_names.hpp"

#include <array>
#include <utility>

namespace hipfit::cli {
namespace {

// Two keys may share a flag when no command takes both: "--time" is an entry's time for 'log' and the
// preferred time for 'init'; "--days" the training days for 'init' and the forecast's length for
// 'forecast'.
constexpr std::array<std::pair<std::string_view, std::string_view>, 39> kFlagOfKey{{
    // the profile ('init', 'assess')
    {"sex", "--sex"},
    {"age_years", "--age"},
    {"born", "--born"},
    {"height_cm", "--height"},
    {"weight_kg", "--weight"},
    {"waist_cm", "--waist"},
    {"hip_cm", "--hip"},
    {"neck_cm", "--neck"},
    {"thigh_cm", "--thigh"},
    {"activity", "--activity"},
    {"pal", "--pal"},
    {"goal", "--goal"},
    {"deficit_kcal", "--deficit"},
    {"surplus_kcal", "--surplus"},
    {"units", "--units"},
    {"equipment", "--equipment"},
    {"days", "--days"},
    {"minutes_per_session", "--minutes"},
    {"preferred_time", "--time"},
    {"level", "--level"},
    {"low_impact", "--low-impact"},
    // a journal entry ('log', 'edit')
    {"date", "--date"},
    {"time", "--time"},
    {"note", "--note"},
    {"protein_g", "--protein"},
    {"thigh_left_cm", "--thigh-left"},
    {"thigh_right_cm", "--thigh-right"},
    {"body_fat_percent", "--body-fat"},
    {"sets", "--exercise"},
    // the entry kind core and exports call "stress": the command line's word for it (cli/entry_text.hpp)
    {"stress", "relaxation"},
    // the plan and the forecast
    {"start", "--start"},
    {"weeks", "--weeks"},
    {"goal_weight_kg", "--goal-weight"},
    {"intake_change", "--intake-change"},
    {"step", "--step"},
    // an own exercise ('exercises add')
    {"name", "NAME"},
    {"primary_muscles", "--muscles"},
    {"secondary_muscles", "--also"},
    {"met", "--met"},
}};

}  // namespace

std::string_view flag_of(std::string_view key) {
    for (const auto& [known, flag] : kFlagOfKey) {
        if (known == key)
            return flag;
    }
    return key;
}

std::string shown(const core::InvalidInput& error) {
    return core::renamed(error, flag_of);
}

std::string shown(const core::SafetyRefusal& refusal) {
    return core::renamed(refusal, flag_of);
}

}  // namespace hipfit::cli
