// The profile's JSON codec: profile_to_json and the strict profile_from_json.
#include "io/profile_json.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/errors.hpp"
#include "io/export_format.hpp"
#include "io/json_fields.hpp"
#include "io/json_keys.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using detail::JsonFields;
using nlohmann::json;

namespace {

template <class Enum, std::size_t N>
json words(const NameTable<Enum, N>& table, const std::set<Enum>& values) {
    json out = json::array();
    for (const Enum value : values) out.push_back(name_of(table, value));
    return out;
}

template <class Enum, std::size_t N>
auto word_of(const NameTable<Enum, N>& table) {
    return [&table](const std::string& text, const char* key) { return parse_name(table, text, key); };
}

// The keys of a profile, as profile_to_json writes them.
constexpr std::string_view kProfileKeys[] = {"sex",
                                             "age_years",
                                             "age_given_on",
                                             "height_cm",
                                             "weight_kg",
                                             "waist_cm",
                                             "hip_cm",
                                             "neck_cm",
                                             "activity",
                                             "goal",
                                             "deficit_kcal",
                                             "surplus_kcal",
                                             "units",
                                             "equipment",
                                             "days",
                                             "minutes_per_session",
                                             "preferred_time",
                                             "level",
                                             "low_impact",
                                             "program_start",
                                             "born",
                                             "thigh_cm",
                                             "pal"};

}  // namespace

json profile_to_json(const Profile& p) {
    json out = {{"sex", name_of(kSexNames, p.sex)},
                {"age_years", p.age.years_given},
                {"age_given_on", format_date(p.age.given_on)},
                {"height_cm", p.height.value()},
                {"weight_kg", p.weight.value()},
                {"waist_cm", p.waist.value()},
                {"hip_cm", p.hip.value()},
                {"neck_cm", p.neck.value()},
                {"activity", name_of(kActivityNames, p.activity)},
                {"goal", name_of(kGoalNames, p.goal)},
                {"deficit_kcal", p.deficit.value()},
                {"surplus_kcal", p.surplus.value()},
                {"units", name_of(kUnitSystemNames, p.units)},
                {"equipment", words(kEquipmentNames, p.equipment)},
                {"days", words(kWeekdayNames, p.days)},
                {"minutes_per_session", p.minutes_per_session},
                {"preferred_time", format_time_of_day(p.preferred_time)},
                {"level", name_of(kLevelNames, p.level)},
                {"low_impact", p.low_impact},
                {"program_start", format_date(p.program_start)}};
    if (p.age.born)
        out["born"] = format_date(*p.age.born);
    if (p.thigh)
        out["thigh_cm"] = p.thigh->value();
    if (p.pal_override)
        out["pal"] = *p.pal_override;
    return out;
}

Profile profile_from_json(const json& node, const std::string& where) {
    const JsonFields f(node, where);
    refuse_unknown_keys(node, kProfileKeys, where, "is not a field of a profile");
    Profile p;
    p.sex = f.parsed("sex", word_of(kSexNames));
    if (f.has("born"))
        p.age.born = f.parsed("born", parse_date);
    p.age.years_given = f.whole("age_years");
    p.age.given_on = f.parsed("age_given_on", parse_date);
    p.height = Centimetres(f.number("height_cm"));
    p.weight = Kilograms(f.number("weight_kg"));
    p.waist = Centimetres(f.number("waist_cm"));
    p.hip = Centimetres(f.number("hip_cm"));
    p.neck = Centimetres(f.number("neck_cm"));
    if (f.has("thigh_cm"))
        p.thigh = Centimetres(f.number("thigh_cm"));
    p.activity = f.parsed("activity", word_of(kActivityNames));
    if (f.has("pal"))
        p.pal_override = f.number("pal");
    p.goal = f.parsed("goal", word_of(kGoalNames));
    p.deficit = Kilocalories(f.number("deficit_kcal"));
    p.surplus = Kilocalories(f.number("surplus_kcal"));
    p.units = f.parsed("units", word_of(kUnitSystemNames));
    p.equipment = f.word_set(kEquipmentNames, "equipment");
    p.days = f.word_set(kWeekdayNames, "days");
    p.minutes_per_session = f.whole("minutes_per_session");
    p.preferred_time = f.parsed("preferred_time", parse_time_of_day);
    p.level = f.parsed("level", word_of(kLevelNames));
    p.low_impact = f.flag("low_impact");
    p.program_start = f.parsed("program_start", parse_date);
    return p;
}

ProfileChanges profile_changes_from_json(const json& node, const std::string& where,
                                         std::span<const std::string_view> allowed) {
    const JsonFields f(node, where);
    refuse_unknown_keys(node, allowed, where, "is not a field that can be set here");
    ProfileChanges c;
    if (f.has("sex"))
        c.sex = f.parsed("sex", word_of(kSexNames));
    if (f.has("age_years"))
        c.age_years = f.whole("age_years");
    if (f.has("born"))
        c.born = f.parsed("born", parse_date);
    const std::pair<const char*, std::optional<Centimetres>*> lengths[] = {{"height_cm", &c.height},
                                                                           {"waist_cm", &c.waist},
                                                                           {"hip_cm", &c.hip},
                                                                           {"neck_cm", &c.neck},
                                                                           {"thigh_cm", &c.thigh}};
    for (const auto& [key, field] : lengths) {
        if (f.has(key))
            *field = Centimetres(f.number(key));
    }
    if (f.has("weight_kg"))
        c.weight = Kilograms(f.number("weight_kg"));
    if (f.has("activity"))
        c.activity = f.parsed("activity", word_of(kActivityNames));
    if (f.has("pal"))
        c.pal = f.number("pal");
    if (f.has("goal"))
        c.goal = f.parsed("goal", word_of(kGoalNames));
    if (f.has("deficit_kcal"))
        c.deficit = Kilocalories(f.number("deficit_kcal"));
    if (f.has("surplus_kcal"))
        c.surplus = Kilocalories(f.number("surplus_kcal"));
    if (f.has("units"))
        c.units = f.parsed("units", word_of(kUnitSystemNames));
    if (f.has("equipment"))
        c.equipment = f.word_set(kEquipmentNames, "equipment");
    if (f.has("days"))
        c.days = f.word_set(kWeekdayNames, "days");
    if (f.has("minutes_per_session"))
        c.minutes_per_session = f.whole("minutes_per_session");
    if (f.has("preferred_time"))
        c.preferred_time = f.parsed("preferred_time", parse_time_of_day);
    if (f.has("level"))
        c.level = f.parsed("level", word_of(kLevelNames));
    if (f.has("low_impact"))
        c.low_impact = f.flag("low_impact");
    return c;
}

}  // namespace hipfit::io
