// The check-in's JSON codec: checkin_to_json and the strict checkin_from_json.
#include "io/checkin_json.hpp"

#include <nlohmann/json.hpp>

#include "io/json_fields.hpp"
#include "io/json_keys.hpp"

namespace hipfit::io {

using namespace hipfit::core;
using nlohmann::json;

namespace {

json kcal_or_null(const std::optional<Kilocalories>& kcal) {
    return kcal ? json(kcal->value()) : json(nullptr);
}

std::optional<Kilocalories> optional_kcal(const detail::JsonFields& fields, const char* key) {
    if (const std::optional<double> kcal = fields.optional_number(key))
        return Kilocalories(*kcal);
    return std::nullopt;
}

}  // namespace

json checkin_to_json(const CheckinRecord& checkin) {
    return {{"date", format_date(checkin.date)},
            {"target_kcal", checkin.target.value()},
            {"previous_target_kcal", checkin.previous_target.value()},
            {"expenditure_kcal", kcal_or_null(checkin.expenditure)},
            {"expenditure_sd_kcal", kcal_or_null(checkin.expenditure_sd)},
            {"reasons", checkin.reasons}};
}

CheckinRecord checkin_from_json(const json& node, const std::string& where) {
    const detail::JsonFields fields(node, where);
    constexpr std::string_view kCheckinKeys[] = {
        "date", "target_kcal", "previous_target_kcal", "expenditure_kcal", "expenditure_sd_kcal", "reasons"};
    refuse_unknown_keys(node, kCheckinKeys, where, "is not a field of a check-in");
    CheckinRecord checkin;
    checkin.date = fields.parsed("date", parse_date);
    checkin.target = Kilocalories(fields.number("target_kcal"));
    checkin.previous_target = Kilocalories(fields.number("previous_target_kcal"));
    checkin.expenditure = optional_kcal(fields, "expenditure_kcal");
    checkin.expenditure_sd = optional_kcal(fields, "expenditure_sd_kcal");
    checkin.reasons = fields.strings("reasons");
    return checkin;
}

}  // namespace hipfit::io
