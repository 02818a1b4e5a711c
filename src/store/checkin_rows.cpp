#include "store/checkin_rows.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/errors.hpp"

namespace hipfit::store {
namespace {

constexpr const char* kColumns =
    "date, target_kcal, previous_target_kcal, expenditure_kcal, expenditure_sd_kcal, reasons";

std::optional<core::Kilocalories> optional_kcal(const sql::Statement& row, int column) {
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

// What an INSERT does when the account has a check-in that day already.
enum class OnConflict { replace, keep };

// Every column bound; the SQL is built from constants only.
void insert(sql::Connection& connection, std::int64_t account, const core::CheckinRecord& checkin,
            OnConflict on_conflict) {
    const bool replace = on_conflict == OnConflict::replace;
    sql::Statement statement(
        connection,
        fmt::format("INSERT INTO checkins (account_id, {}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                    "ON CONFLICT (account_id, date) DO {}",
                    kColumns,
                    replace ? "UPDATE SET target_kcal = excluded.target_kcal, previous_target_kcal = "
                              "excluded.previous_target_kcal, expenditure_kcal = excluded.expenditure_kcal, "
                              "expenditure_sd_kcal = excluded.expenditure_sd_kcal, reasons = excluded.reasons"
                            : "NOTHING"));
    statement.bind(1, account)
        .bind(2, core::format_date(checkin.date))
        .bind(3, checkin.target.value())
        .bind(4, checkin.previous_target.value())
        .bind(5, optional_value(checkin.expenditure))
        .bind(6, optional_value(checkin.expenditure_sd))
        .bind(7, nlohmann::json(checkin.reasons).dump());
    statement.run();
}

core::CheckinRecord checkin_from_row(const sql::Statement& row) {
    core::CheckinRecord checkin;
    checkin.date = core::parse_date(row.column_text(0), "checkins.date");
    checkin.target = core::Kilocalories(row.column_double(1));
    checkin.previous_target = core::Kilocalories(row.column_double(2));
    checkin.expenditure = optional_kcal(row, 3);
    checkin.expenditure_sd = optional_kcal(row, 4);
    checkin.reasons = reasons_from(row.column_text(5));
    return checkin;
}

}  // namespace

void upsert_checkin(sql::Connection& connection, std::int64_t account, const core::CheckinRecord& checkin) {
    insert(connection, account, checkin, OnConflict::replace);
}

bool insert_checkin_if_free(sql::Connection& connection, std::int64_t account,
                            const core::CheckinRecord& checkin) {
    insert(connection, account, checkin, OnConflict::keep);
    return connection.changes() > 0;
}

bool remove_checkin_if_unchanged(sql::Connection& connection, std::int64_t account,
                                 const core::CheckinRecord& checkin) {
    const std::string date = core::format_date(checkin.date);
    sql::Statement select(
        connection, fmt::format("SELECT {} FROM checkins WHERE account_id = ?1 AND date = ?2", kColumns));
    select.bind(1, account).bind(2, std::string_view(date));
    if (!select.step() || !(checkin_from_row(select) == checkin))
        return false;
    sql::Statement remove(connection, "DELETE FROM checkins WHERE account_id = ?1 AND date = ?2");
    remove.bind(1, account).bind(2, std::string_view(date)).run();
    return true;
}

std::vector<core::CheckinRecord> select_checkins(sql::Connection& connection, std::int64_t account) {
    sql::Statement select(
        connection, fmt::format("SELECT {} FROM checkins WHERE account_id = ?1 ORDER BY date", kColumns));
    select.bind(1, account);
    std::vector<core::CheckinRecord> checkins;
    while (select.step()) checkins.push_back(checkin_from_row(select));
    return checkins;
}

}  // namespace hipfit::store
