#include "store/checkin_rows.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/errors.hpp"

namespace hipfit::store {
namespace {

std::optional<core::Kilocalories> optional_kcal(const sqlite::Statement& row, int column) {
    if (row.is_null(column))
        return std::nullopt;
    return core::Kilocalories(row.column_double(column));
}

std::optional<double> optional_value(const std::optional<core::Kilocalories>& kcal) {
    return kcal ? std::optional<double>(kcal->value()) : std::nullopt;
}

std::vector<std::string> reasons_from(const std::string& text) {
    const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_array())
        throw StoreError("a stored check-in is damaged (its reasons are not a list)");
    std::vector<std::string> reasons;
    for (const nlohmann::json& reason : parsed) {
        if (!reason.is_string())
            throw StoreError("a stored check-in is damaged (a reason is not text)");
        reasons.push_back(reason.get<std::string>());
    }
    return reasons;
}

}  // namespace

void upsert_checkin(sqlite::Connection& connection, std::int64_t account,
                    const core::CheckinRecord& checkin) {
    sqlite::Statement upsert(connection,
                             "INSERT OR REPLACE INTO checkins (account_id, date, target_kcal, "
                             "previous_target_kcal, expenditure_kcal, expenditure_sd_kcal, reasons) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    upsert.bind(1, account)
        .bind(2, core::format_date(checkin.date))
        .bind(3, checkin.target.value())
        .bind(4, checkin.previous_target.value())
        .bind(5, optional_value(checkin.expenditure))
        .bind(6, optional_value(checkin.expenditure_sd))
        .bind(7, nlohmann::json(checkin.reasons).dump());
    upsert.run();
}

std::vector<core::CheckinRecord> select_checkins(sqlite::Connection& connection, std::int64_t account) {
    sqlite::Statement select(
        connection,
        "SELECT date, target_kcal, previous_target_kcal, expenditure_kcal, "
        "expenditure_sd_kcal, reasons FROM checkins WHERE account_id = ?1 ORDER BY date");
    select.bind(1, account);
    std::vector<core::CheckinRecord> checkins;
    while (select.step()) {
        core::CheckinRecord checkin;
        checkin.date = core::parse_date(select.column_text(0), "checkins.date");
        checkin.target = core::Kilocalories(select.column_double(1));
        checkin.previous_target = core::Kilocalories(select.column_double(2));
        checkin.expenditure = optional_kcal(select, 3);
        checkin.expenditure_sd = optional_kcal(select, 4);
        checkin.reasons = reasons_from(select.column_text(5));
        checkins.push_back(std::move(checkin));
    }
    return checkins;
}

}  // namespace hipfit::store
