#include "cli/profile_flags.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/field_names.hpp"
#include "core/base/errors.hpp"
#include "core/base/quantity_parse.hpp"
#include "core/energy/energy.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// Every text-valued profile field: its key, its value's shape, its help line, and the question init
// asks on a terminal (none for fields only set by flag). Flags and questions come in this order.
constexpr ProfileField kProfileFields[] = {
    {"units", "metric|imperial", "Units for numbers typed without a suffix, and for display",
     "Units (metric or imperial)", false},
    {"sex", "female|male", "Sex, for the formulas that differ by sex",
     "Sex, for the body-fat and energy formulas (female or male)", true},
    {"age_years", "N", "Age in years (18 or over)", "Age in years", true},
    {"born", "YYYY-MM-DD", "Birth date, instead of --age (keeps the age right)", nullptr, false},
    {"height_cm", "LENGTH", "Height, e.g. 165cm, 1.65m, 5ft5in", "Height (e.g. 165cm or 5ft5in)", true},
    {"weight_kg", "MASS", "Weight, e.g. 72kg, 158.7lb, 11st4lb", "Weight (e.g. 64kg or 141lb)", true},
    {"waist_cm", "LENGTH", "Waist: women at the narrowest, men at the navel",
     "Waist — women at the narrowest point, men at the navel", true},
    {"hip_cm", "LENGTH", "Hips at the widest", "Hips at the widest point", true},
    {"neck_cm", "LENGTH", "Neck, just below the larynx", "Neck, just below the Adam's apple", true},
    {"thigh_cm", "LENGTH", "Thigh at the widest (optional)", "Thigh at the widest point (optional)", false},
    {"activity", "sedentary|light|moderate|active|very-active", "Everyday activity",
     "Everyday activity (sedentary, light, moderate, active, very-active)", false},
    {"pal", "X", "Physical activity level 1.2–2.5, instead of --activity", nullptr, false},
    {"goal", "lose-fat|tone|maintain|gain-lean", "What you want",
     "Goal (lose-fat, tone, maintain, gain-lean)", false},
    {"deficit_kcal", "KCAL", "Daily deficit for lose-fat (default 250; 200–300 recommended)", nullptr, false},
    {"surplus_kcal", "KCAL", "Daily surplus for gain-lean (default 300; 200–500 recommended)", nullptr,
     false},
    {"equipment", "LIST", "Comma list: none,band,dumbbells,barbell,step,ankle-weights,foam-roller",
     "Equipment you have (none, or a list: band,dumbbells,barbell,step,ankle-weights,foam-roller)", false},
    {"days", "LIST", "Training days, e.g. mon,wed,fri", "Training days (e.g. mon,wed,fri)", false},
    {"minutes_per_session", "N", "Minutes per session", "Minutes per session", false},
    {"preferred_time", "HH:MM", "Preferred training time", "Preferred training time (HH:MM)", false},
    {"level", "beginner|intermediate|advanced", "Training experience",
     "Experience (beginner, intermediate, advanced)", false},
};

double parse_energy(const std::string& text, std::string_view key) {
    return parse_decimal(text.ends_with("kcal") ? std::string_view(text).substr(0, text.size() - 4) : text,
                         key);
}

}  // namespace

std::span<const ProfileField> profile_fields() {
    return kProfileFields;
}

void declare_profile_flags(CLI::App& app, ProfileFlags& flags) {
    for (const ProfileField& spec : kProfileFields) {
        const std::string key = spec.key;
        app.add_option_function<std::string>(
               std::string(flag_of(key)), [&flags, key](const std::string& text) { flags.given[key] = text; },
               spec.help)
            ->type_name(spec.type);
    }
    app.add_flag_function(
        "--low-impact", [&flags](std::int64_t) { flags.low_impact_flags.insert(true); },
        "No jumping or sprinting");
    app.add_flag_function(
        "--no-low-impact", [&flags](std::int64_t) { flags.low_impact_flags.insert(false); },
        "Allow jumping and sprinting");
}

UnitSystem units_for_numbers(const ProfileFlags& flags, const std::optional<Profile>& stored) {
    if (const auto units = flags.given.find("units"); units != flags.given.end()) {
        return parse_name(kUnitSystemNames, units->second, "units");
    }
    return stored ? stored->units : UnitSystem::metric;
}

void parse_profile_field(std::string_view key, const std::string& text, UnitSystem units, ProfileChanges& c) {
    if (key == "sex")
        c.sex = parse_name(kSexNames, text, key);
    else if (key == "age_years")
        c.age_years = parse_whole_number(text, key);
    else if (key == "born")
        c.born = parse_date(text, key);
    else if (key == "height_cm")
        c.height = parse_length(text, units, key);
    else if (key == "weight_kg")
        c.weight = parse_mass(text, units, key);
    else if (key == "waist_cm")
        c.waist = parse_length(text, units, key);
    else if (key == "hip_cm")
        c.hip = parse_length(text, units, key);
    else if (key == "neck_cm")
        c.neck = parse_length(text, units, key);
    else if (key == "thigh_cm")
        c.thigh = parse_length(text, units, key);
    else if (key == "activity")
        c.activity = parse_name(kActivityNames, text, key);
    else if (key == "pal")
        c.pal = parse_decimal(text, key);
    else if (key == "goal")
        c.goal = parse_name(kGoalNames, text, key);
    else if (key == "deficit_kcal")
        c.deficit = Kilocalories(parse_energy(text, key));
    else if (key == "surplus_kcal")
        c.surplus = Kilocalories(parse_energy(text, key));
    else if (key == "units")
        c.units = parse_name(kUnitSystemNames, text, key);
    else if (key == "equipment")
        c.equipment = parse_name_set(kEquipmentNames, text, key);
    else if (key == "days")
        c.days = parse_name_set(kWeekdayNames, text, key);
    else if (key == "minutes_per_session")
        c.minutes_per_session = parse_whole_number(text, key);
    else if (key == "preferred_time")
        c.preferred_time = parse_time_of_day(text, key);
    else if (key == "level")
        c.level = parse_name(kLevelNames, text, key);
    else
        throw InvalidInput(std::string(key), fmt::format("unknown profile field {}", key));
}

ProfileChanges parse_profile_flags(const ProfileFlags& flags, UnitSystem units) {
    if (flags.given.contains("age_years") && flags.given.contains("born")) {
        throw InvalidInput("--born", "--born: give either --age or --born, not both");
    }
    if (flags.given.contains("activity") && flags.given.contains("pal")) {
        throw InvalidInput("--pal", "--pal: give either --activity or --pal, not both");
    }
    if (flags.low_impact_flags.size() > 1) {
        throw InvalidInput("--low-impact",
                           "--low-impact: give either --low-impact or --no-low-impact, not both");
    }
    ProfileChanges changes;
    for (const auto& [key, text] : flags.given) parse_profile_field(key, text, units, changes);
    if (!flags.low_impact_flags.empty())
        changes.low_impact = *flags.low_impact_flags.begin();
    return changes;
}

}  // namespace hipfit::cli
