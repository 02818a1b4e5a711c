#include "store/profile_rows.hpp"

namespace hipfit::store {

using namespace hipfit::core;

const std::string_view kSelectProfileSql =
    "SELECT sex, born, age_years, age_given_on, height_cm, weight_kg, waist_cm, hip_cm, neck_cm, thigh_cm, "
    "activity, pal, goal, deficit_kcal, surplus_kcal, units, equipment, days, minutes_per_session, "
    "preferred_time, level, low_impact, program_start FROM profiles WHERE account_id = ?1";

const std::string_view kUpsertProfileSql =
    "INSERT INTO profiles (account_id, sex, born, age_years, age_given_on, height_cm, weight_kg, waist_cm, "
    "hip_cm, "
    "neck_cm, thigh_cm, activity, pal, goal, deficit_kcal, surplus_kcal, units, equipment, days, "
    "minutes_per_session, preferred_time, level, low_impact, program_start) "
    "VALUES (?24, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
    "?21, ?22, ?23) "
    "ON CONFLICT (account_id) DO UPDATE SET sex = ?1, born = ?2, age_years = ?3, age_given_on = ?4, "
    "height_cm = ?5, "
    "weight_kg = ?6, waist_cm = ?7, hip_cm = ?8, neck_cm = ?9, thigh_cm = ?10, activity = ?11, pal = ?12, "
    "goal = ?13, deficit_kcal = ?14, surplus_kcal = ?15, units = ?16, equipment = ?17, days = ?18, "
    "minutes_per_session = ?19, preferred_time = ?20, level = ?21, low_impact = ?22, program_start = ?23, "
    "updated_at = excluded.updated_at";  // the column's default: now

Profile profile_from_row(const sql::Statement& row) {
    constexpr std::string_view field = "stored profile";
    Profile p;
    p.sex = parse_name(kSexNames, row.column_text(0), field);
    if (!row.is_null(1))
        p.age.born = parse_date(row.column_text(1), field);
    p.age.years_given = static_cast<int>(row.column_int(2));
    p.age.given_on = parse_date(row.column_text(3), field);
    p.height = Centimetres(row.column_double(4));
    p.weight = Kilograms(row.column_double(5));
    p.waist = Centimetres(row.column_double(6));
    p.hip = Centimetres(row.column_double(7));
    p.neck = Centimetres(row.column_double(8));
    if (!row.is_null(9))
        p.thigh = Centimetres(row.column_double(9));
    p.activity = parse_name(kActivityNames, row.column_text(10), field);
    if (!row.is_null(11))
        p.pal_override = row.column_double(11);
    p.goal = parse_name(kGoalNames, row.column_text(12), field);
    p.deficit = Kilocalories(row.column_double(13));
    p.surplus = Kilocalories(row.column_double(14));
    p.units = parse_name(kUnitSystemNames, row.column_text(15), field);
    p.equipment = parse_name_set(kEquipmentNames, row.column_text(16), field);
    p.days = parse_name_set(kWeekdayNames, row.column_text(17), field);
    p.minutes_per_session = static_cast<int>(row.column_int(18));
    p.preferred_time = parse_time_of_day(row.column_text(19), field);
    p.level = parse_name(kLevelNames, row.column_text(20), field);
    p.low_impact = row.column_int(21) != 0;
    p.program_start = row.is_null(22) ? p.age.given_on : parse_date(row.column_text(22), field);
    return p;
}

void bind_profile(sql::Statement& s, std::int64_t account, const Profile& p) {
    s.bind(24, account);
    s.bind(1, name_of(kSexNames, p.sex));
    if (p.age.born) {
        s.bind(2, std::string_view(format_date(*p.age.born)));
    } else {
        s.bind_null(2);
    }
    s.bind(3, p.age.years_given);
    s.bind(4, std::string_view(format_date(p.age.given_on)));
    s.bind(5, p.height.value());
    s.bind(6, p.weight.value());
    s.bind(7, p.waist.value());
    s.bind(8, p.hip.value());
    s.bind(9, p.neck.value());
    if (p.thigh) {
        s.bind(10, p.thigh->value());
    } else {
        s.bind_null(10);
    }
    s.bind(11, name_of(kActivityNames, p.activity));
    s.bind(12, p.pal_override);
    s.bind(13, name_of(kGoalNames, p.goal));
    s.bind(14, p.deficit.value());
    s.bind(15, p.surplus.value());
    s.bind(16, name_of(kUnitSystemNames, p.units));
    s.bind(17, std::string_view(join_names(kEquipmentNames, p.equipment)));
    s.bind(18, std::string_view(join_names(kWeekdayNames, p.days)));
    s.bind(19, p.minutes_per_session);
    s.bind(20, std::string_view(format_time_of_day(p.preferred_time)));
    s.bind(21, name_of(kLevelNames, p.level));
    s.bind(22, p.low_impact ? 1 : 0);
    s.bind(23, std::string_view(format_date(p.program_start)));
}

}  // namespace hipfit::store
