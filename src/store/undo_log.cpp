#include "store/undo_log.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "io/checkin_json.hpp"
#include "io/entry_json.hpp"
#include "store/checkin_rows.hpp"
#include "store/entry_rows.hpp"
#include "store/own_exercise_rows.hpp"

namespace hipfit::store {
namespace {

constexpr const char* kLatestBatchSql =
    "SELECT MAX(batch) FROM (SELECT batch FROM changes WHERE account_id = ?1 "
    "UNION ALL SELECT batch FROM checkin_changes WHERE account_id = ?1 "
    "UNION ALL SELECT batch FROM own_exercise_changes WHERE account_id = ?1) AS batches";

std::optional<std::int64_t> latest_batch(sql::Connection& connection, std::int64_t account) {
    sql::Statement select(connection, kLatestBatchSql);
    select.bind(1, account);
    if (!select.step() || select.is_null(0))
        return std::nullopt;
    return select.column_int(0);
}

// Newest first, as they are undone.
std::vector<EntryChange> entry_changes(sql::Connection& connection, std::int64_t account,
                                       std::int64_t batch) {
    sql::Statement select(connection,
                          "SELECT action, entry_id, before FROM changes WHERE account_id = ?1 AND batch = ?2 "
                          "ORDER BY sequence DESC");
    select.bind(1, account).bind(2, batch);
    std::vector<EntryChange> changes;
    while (select.step()) {
        changes.push_back(
            {select.column_text(0), select.column_int(1),
             select.is_null(2) ? std::nullopt : std::optional<std::string>(select.column_text(2))});
    }
    return changes;
}

std::vector<core::CheckinRecord> added_checkins(sql::Connection& connection, std::int64_t account,
                                                std::int64_t batch) {
    sql::Statement select(connection,
                          "SELECT added FROM checkin_changes WHERE account_id = ?1 AND batch = ?2");
    select.bind(1, account).bind(2, batch);
    std::vector<core::CheckinRecord> added;
    while (select.step())
        added.push_back(io::checkin_from_json(nlohmann::json::parse(select.column_text(0)), "undo log"));
    return added;
}

void revert(sql::Connection& connection, std::int64_t account, const EntryChange& change) {
    remove_entry(connection, account, change.entry_id);
    if (!change.before)
        return;
    const core::Entry before = io::entry_from_json(nlohmann::json::parse(*change.before), "undo snapshot");
    // Ids are shared by every account and reused after a delete: when another account has taken this one
    // meanwhile, the entry comes back under a new id.
    insert_entry(connection, account, before,
                 entry_exists(connection, change.entry_id) ? 0 : change.entry_id);
}

void forget(sql::Connection& connection, std::int64_t account, std::int64_t batch) {
    for (const char* sql : {"DELETE FROM changes WHERE account_id = ?1 AND batch = ?2",
                            "DELETE FROM checkin_changes WHERE account_id = ?1 AND batch = ?2"}) {
        sql::Statement remove(connection, sql);
        remove.bind(1, account).bind(2, batch).run();
    }
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string describe(const std::vector<EntryChange>& changes, std::size_t checkins, std::size_t exercises) {
    if (changes.empty() || changes.back().action == "import") {
        std::string what = changes.empty() ? "" : counted(changes.size(), "entry", "entries");
        if (checkins > 0)
            what += (what.empty() ? "" : " and ") + counted(checkins, "check-in", "check-ins");
        if (exercises > 0)
            what += (what.empty() ? "" : " and ") + counted(exercises, "own exercise", "own exercises");
        return "an import of " + what;
    }
    const EntryChange& first = changes.back();
    if (first.action == "add")
        return fmt::format("adding entry {}", first.entry_id);
    if (first.action == "edit")
        return fmt::format("editing entry {}", first.entry_id);
    return fmt::format("deleting entry {}", first.entry_id);
}

}  // namespace

std::int64_t next_batch(sql::Connection& connection) {
    // PostgreSQL: servers write at once, and a sequence never hands out one number twice.
    sql::Statement next(connection, connection.dialect() == sql::Dialect::postgresql
                                        ? "SELECT nextval('undo_batches')"
                                        : "SELECT MAX((SELECT COALESCE(MAX(batch), 0) FROM changes), "
                                          "(SELECT COALESCE(MAX(batch), 0) FROM checkin_changes), "
                                          "(SELECT COALESCE(MAX(batch), 0) FROM own_exercise_changes)) + 1");
    next.step();
    return next.column_int(0);
}

void record_entry_changes(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                          const std::vector<EntryChange>& changes) {
    sql::Statement insert(connection,
                          "INSERT INTO changes (batch, action, entry_id, before, account_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const EntryChange& change : changes) {
        insert.reset();
        insert.bind(1, batch).bind(2, std::string_view(change.action)).bind(3, change.entry_id);
        insert.bind(4, change.before).bind(5, account);
        insert.run();
    }
}

void record_added_checkins(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                           const std::vector<core::CheckinRecord>& added) {
    sql::Statement insert(connection,
                          "INSERT INTO checkin_changes (batch, account_id, added) VALUES (?1, ?2, ?3)");
    for (const core::CheckinRecord& checkin : added) {
        insert.reset();
        insert.bind(1, batch).bind(2, account).bind(3, io::checkin_to_json(checkin).dump());
        insert.run();
    }
}

std::optional<std::string> undo_latest_batch(sql::Connection& connection, std::int64_t account) {
    const std::optional<std::int64_t> batch = latest_batch(connection, account);
    if (!batch)
        return std::nullopt;
    const std::vector<EntryChange> changes = entry_changes(connection, account, *batch);
    for (const EntryChange& change : changes) revert(connection, account, change);
    const std::vector<core::CheckinRecord> checkins = added_checkins(connection, account, *batch);
    std::vector<std::string> kept;
    for (const core::CheckinRecord& checkin : checkins) {
        if (!remove_checkin_if_unchanged(connection, account, checkin))
            kept.push_back(core::format_date(checkin.date));
    }
    // After the entries: an exercise an imported set used can go once the set has.
    const std::size_t exercises = undo_added_own_exercises(connection, account, *batch);
    forget(connection, account, *batch);
    std::string description = describe(changes, checkins.size(), exercises);
    if (!kept.empty()) {
        description += fmt::format(" (kept the check-in{} of {}: replaced since by a newer one)",
                                   kept.size() == 1 ? "" : "s", fmt::join(kept, ", "));
    }
    return description;
}

}  // namespace hipfit::store
