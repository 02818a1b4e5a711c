#include "cli/profile_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/energy/energy.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

std::string format_length(Centimetres length, UnitSystem units) {
    if (units == UnitSystem::metric)
        return fmt::format("{:.1f} cm", length.value());
    return fmt::format("{:.1f} in", to_inches(length).value());
}

std::string format_mass(Kilograms mass, UnitSystem units) {
    if (units == UnitSystem::metric)
        return fmt::format("{:.1f} kg", mass.value());
    return fmt::format("{:.1f} lb", to_pounds(mass).value());
}

std::string field_value(std::string_view key, const Profile& p, Date today) {
    if (key == "units")
        return std::string(name_of(kUnitSystemNames, p.units));
    if (key == "sex")
        return std::string(name_of(kSexNames, p.sex));
    if (key == "age_years")
        return std::to_string(p.age.years_on(today));
    if (key == "height_cm")
        return format_length(p.height, p.units);
    if (key == "weight_kg")
        return format_mass(p.weight, p.units);
    if (key == "waist_cm")
        return format_length(p.waist, p.units);
    if (key == "hip_cm")
        return format_length(p.hip, p.units);
    if (key == "neck_cm")
        return format_length(p.neck, p.units);
    if (key == "thigh_cm")
        return p.thigh ? format_length(*p.thigh, p.units) : "";
    if (key == "activity") {
        return p.pal_override ? fmt::format("PAL {:g}", *p.pal_override)
                              : std::string(name_of(kActivityNames, p.activity));
    }
    if (key == "goal")
        return std::string(name_of(kGoalNames, p.goal));
    if (key == "equipment")
        return join_names(kEquipmentNames, p.equipment);
    if (key == "days")
        return join_names(kWeekdayNames, p.days);
    if (key == "minutes_per_session")
        return std::to_string(p.minutes_per_session);
    if (key == "preferred_time")
        return format_time_of_day(p.preferred_time);
    if (key == "level")
        return std::string(name_of(kLevelNames, p.level));
    return "";
}

}  // namespace hipfit::cli
