#include "cli/profile_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/energy.hpp"

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

std::string field_value(std::string_view flag, const Profile& p, Date today) {
    if (flag == "--units")
        return std::string(name_of(kUnitSystemNames, p.units));
    if (flag == "--sex")
        return std::string(name_of(kSexNames, p.sex));
    if (flag == "--age")
        return std::to_string(p.age.years_on(today));
    if (flag == "--height")
        return format_length(p.height, p.units);
    if (flag == "--weight")
        return format_mass(p.weight, p.units);
    if (flag == "--waist")
        return format_length(p.waist, p.units);
    if (flag == "--hip")
        return format_length(p.hip, p.units);
    if (flag == "--neck")
        return format_length(p.neck, p.units);
    if (flag == "--thigh")
        return p.thigh ? format_length(*p.thigh, p.units) : "";
    if (flag == "--activity") {
        return p.pal_override ? fmt::format("PAL {:g}", *p.pal_override)
                              : std::string(name_of(kActivityNames, p.activity));
    }
    if (flag == "--goal")
        return std::string(name_of(kGoalNames, p.goal));
    if (flag == "--equipment")
        return join_names(kEquipmentNames, p.equipment);
    if (flag == "--days")
        return join_names(kWeekdayNames, p.days);
    if (flag == "--minutes")
        return std::to_string(p.minutes_per_session);
    if (flag == "--time")
        return format_time_of_day(p.preferred_time);
    if (flag == "--level")
        return std::string(name_of(kLevelNames, p.level));
    return "";
}

}  // namespace hipfit::cli
