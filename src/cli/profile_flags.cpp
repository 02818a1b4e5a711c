#include "cli/profile_flags.hpp"

#include <CLI/CLI.hpp>

#include "core/energy.hpp"
#include "core/errors.hpp"
#include "core/quantity_parse.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// Every text-valued profile field: its flag, its value's shape, its help line, and the question init
// asks on a terminal (none for fields only set by flag). Flags and questions come in this order.
constexpr ProfileField kProfileFields[] = {
    {"--units", "metric|imperial", "Units for numbers typed without a suffix, and for display",
     "Units (metric or imperial)", false},
    {"--sex", "female|male", "Sex, for the formulas that differ by sex",
     "Sex, for the body-fat and energy formulas (female or male)", true},
    {"--age", "N", "Age in years (18 or over)", "Age in years", true},
    {"--born", "YYYY-MM-DD", "Birth date, instead of --age (keeps the age right)", nullptr, false},
    {"--height", "LENGTH", "Height, e.g. 165cm, 1.65m, 5ft5in", "Height (e.g. 165cm or 5ft5in)", true},
    {"--weight", "MASS", "Weight, e.g. 72kg, 158.7lb, 11st4lb", "Weight (e.g. 64kg or 141lb)", true},
    {"--waist", "LENGTH", "Waist: women at the narrowest, men at the navel",
     "Waist — women at the narrowest point, men at the navel", true},
    {"--hip", "LENGTH", "Hips at the widest", "Hips at the widest point", true},
    {"--neck", "LENGTH", "Neck, just below the larynx", "Neck, just below the Adam's apple", true},
    {"--thigh", "LENGTH", "Thigh at the widest (optional)", "Thigh at the widest point (optional)", false},
    {"--activity", "sedentary|light|moderate|active|very-active", "Everyday activity",
     "Everyday activity (sedentary, light, moderate, active, very-active)", false},
    {"--pal", "X", "Physical activity level 1.2–2.5, instead of --activity", nullptr, false},
    {"--goal", "lose-fat|tone|maintain|gain-lean", "What you want",
     "Goal (lose-fat, tone, maintain, gain-lean)", false},
    {"--deficit", "KCAL", "Daily deficit for lose-fat (default 250; 200–300 recommended)", nullptr, false},
    {"--surplus", "KCAL", "Daily surplus for gain-lean (default 300; 200–500 recommended)", nullptr, false},
    {"--equipment", "LIST", "Comma list: none,band,dumbbells,barbell,step,ankle-weights,foam-roller",
     "Equipment you have (none, or a list: band,dumbbells,barbell,step,ankle-weights,foam-roller)", false},
    {"--days", "LIST", "Training days, e.g. mon,wed,fri", "Training days (e.g. mon,wed,fri)", false},
    {"--minutes", "N", "Minutes per session", "Minutes per session", false},
    {"--time", "HH:MM", "Preferred training time", "Preferred training time (HH:MM)", false},
    {"--level", "beginner|intermediate|advanced", "Training experience",
     "Experience (beginner, intermediate, advanced)", false},
};

double parse_energy(const std::string& text, const std::string& flag) {
    return parse_decimal(text.ends_with("kcal") ? std::string_view(text).substr(0, text.size() - 4) : text,
                         flag);
}

}  // namespace

std::span<const ProfileField> profile_fields() {
    return kProfileFields;
}

void declare_profile_flags(CLI::App& app, ProfileFlags& flags) {
    for (const ProfileField& spec : kProfileFields) {
        const std::string name = spec.flag;
        app.add_option_function<std::string>(
               name, [&flags, name](const std::string& text) { flags.given[name] = text; }, spec.help)
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
    if (const auto units = flags.given.find("--units"); units != flags.given.end()) {
        return parse_name(kUnitSystemNames, units->second, "--units");
    }
    return stored ? stored->units : UnitSystem::metric;
}

void parse_profile_field(const std::string& flag, const std::string& text, UnitSystem units,
                         ProfileChanges& c) {
    if (flag == "--sex")
        c.sex = parse_name(kSexNames, text, flag);
    else if (flag == "--age")
        c.age_years = parse_whole_number(text, flag);
    else if (flag == "--born")
        c.born = parse_date(text, flag);
    else if (flag == "--height")
        c.height = parse_length(text, units, flag);
    else if (flag == "--weight")
        c.weight = parse_mass(text, units, flag);
    else if (flag == "--waist")
        c.waist = parse_length(text, units, flag);
    else if (flag == "--hip")
        c.hip = parse_length(text, units, flag);
    else if (flag == "--neck")
        c.neck = parse_length(text, units, flag);
    else if (flag == "--thigh")
        c.thigh = parse_length(text, units, flag);
    else if (flag == "--activity")
        c.activity = parse_name(kActivityNames, text, flag);
    else if (flag == "--pal")
        c.pal = parse_decimal(text, flag);
    else if (flag == "--goal")
        c.goal = parse_name(kGoalNames, text, flag);
    else if (flag == "--deficit")
        c.deficit = Kilocalories(parse_energy(text, flag));
    else if (flag == "--surplus")
        c.surplus = Kilocalories(parse_energy(text, flag));
    else if (flag == "--units")
        c.units = parse_name(kUnitSystemNames, text, flag);
    else if (flag == "--equipment")
        c.equipment = parse_name_set(kEquipmentNames, text, flag);
    else if (flag == "--days")
        c.days = parse_name_set(kWeekdayNames, text, flag);
    else if (flag == "--minutes")
        c.minutes_per_session = parse_whole_number(text, flag);
    else if (flag == "--time")
        c.preferred_time = parse_time_of_day(text, flag);
    else if (flag == "--level")
        c.level = parse_name(kLevelNames, text, flag);
    else
        throw InvalidInput(flag, "unknown profile field " + flag);
}

ProfileChanges parse_profile_flags(const ProfileFlags& flags, UnitSystem units) {
    if (flags.given.contains("--age") && flags.given.contains("--born")) {
        throw InvalidInput("--born", "--born: give either --age or --born, not both");
    }
    if (flags.given.contains("--activity") && flags.given.contains("--pal")) {
        throw InvalidInput("--pal", "--pal: give either --activity or --pal, not both");
    }
    if (flags.low_impact_flags.size() > 1) {
        throw InvalidInput("--low-impact",
                           "--low-impact: give either --low-impact or --no-low-impact, not both");
    }
    ProfileChanges changes;
    for (const auto& [flag, text] : flags.given) parse_profile_field(flag, text, units, changes);
    if (!flags.low_impact_flags.empty())
        changes.low_impact = *flags.low_impact_flags.begin();
    return changes;
}

}  // namespace hipfit::cli
