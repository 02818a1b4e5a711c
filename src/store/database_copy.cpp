#include "store/database_copy.hpp"

#include <array>
#include <filesystem>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/errors.hpp"
#include "store/open.hpp"
#include "store/own_exercise_rows.hpp"
#include "store/postgresql.hpp"
#include "store/postgresql_migrations.hpp"
#include "store/sql_repository.hpp"
#include "store/sqlite.hpp"

namespace hipfit::store {
namespace {

enum class Type { integer, real, text };

struct Column {
    std::string_view name;
    Type type;
};

struct Table {
    std::string_view name;
    std::vector<Column> columns;  // the key first: rows are copied in its order
    // Copied per account in the order they were added, which orders them as people see them.
    bool in_order_added = false;
};

constexpr Type I = Type::integer;
constexpr Type R = Type::real;
constexpr Type T = Type::text;

// Every table of the schema but sessions, parents before the tables that refer to them. A table added by
// a migration is added here too (database_copy_test checks every table is either here or left out on
// purpose).
const std::vector<Table>& tables() {
    static const std::vector<Table> all{
        {"accounts", {{"id", I}, {"email", T}, {"password_hash", T}, {"role", T}, {"created_at", T}}},
        {"profiles", {{"account_id", I},
                      {"sex", T},
                      {"born", T},
                      {"age_years", I},
                      {"age_given_on", T},
                      {"height_cm", R},
                      {"weight_kg", R},
                      {"waist_cm", R},
                      {"hip_cm", R},
                      {"neck_cm", R},
                      {"thigh_cm", R},
                      {"activity", T},
                      {"pal", R},
                      {"goal", T},
                      {"deficit_kcal", R},
                      {"surplus_kcal", R},
                      {"units", T},
                      {"equipment", T},
                      {"days", T},
                      {"minutes_per_session", I},
                      {"preferred_time", T},
                      {"level", T},
                      {"low_impact", I},
                      {"program_start", T},
                      {"updated_at", T}}},
        {"entries",
         {{"id", I},
          {"account_id", I},
          {"kind", T},
          {"date", T},
          {"time", T},
          {"value", R},
          {"protein_g", R},
          {"note", T},
          {"energy_kcal", R},
          {"warm_up_skipped", I},
          {"waist_cm", R},
          {"hip_cm", R},
          {"thigh_cm", R},
          {"thigh_left_cm", R},
          {"thigh_right_cm", R},
          {"neck_cm", R},
          {"body_fat_percent", R},
          {"source", T}}},
        {"workout_sets",
         {{"entry_id", I},
          {"position", I},
          {"exercise_id", T},
          {"reps", I},
          {"load_kg", R},
          {"hold_seconds", I},
          {"rpe", I},
          {"minutes", R},
          {"distance_km", R},
          {"rounds", I},
          {"work_seconds", I},
          {"rest_seconds", I},
          {"swapped_from", T},
          {"warm_up", I}}},
        {"checkins",
         {{"account_id", I},
          {"date", T},
          {"target_kcal", R},
          {"previous_target_kcal", R},
          {"expenditure_kcal", R},
          {"expenditure_sd_kcal", R},
          {"reasons", T}}},
        {"own_exercises",
         {{"account_id", I},
          {"id", T},
          {"name", T},
          {"kind", T},
          {"primary_muscles", T},
          {"secondary_muscles", T},
          {"equipment", T},
          {"met", R},
          {"created_at", T}},
         true},
        {"plan_swaps", {{"account_id", I}, {"exercise_id", T}, {"replacement_id", T}}},
        {"coach_links", {{"client_id", I}, {"coach_id", I}, {"status", T}, {"created_at", T}}},
        {"changes",
         {{"sequence", I}, {"batch", I}, {"action", T}, {"entry_id", I}, {"before", T}, {"account_id", I}}},
        {"checkin_changes", {{"sequence", I}, {"batch", I}, {"account_id", I}, {"added", T}}},
        {"own_exercise_changes", {{"sequence", I}, {"batch", I}, {"account_id", I}, {"exercise_id", T}}},
        {"account_versions", {{"account_id", I}, {"version", I}, {"training_version", I}}},
    };
    return all;
}

std::string names_of(const Table& table) {
    std::vector<std::string_view> names;
    for (const Column& column : table.columns) names.push_back(column.name);
    return fmt::format("{}", fmt::join(names, ", "));
}

std::int64_t copy_table(sql::Connection& from, sql::Connection& to, const Table& table) {
    std::vector<std::string> parameters;
    for (std::size_t i = 1; i <= table.columns.size(); ++i) parameters.push_back(fmt::format("?{}", i));
    // Table and column names are hipfit's own constants above, never input.
    const std::string order =
        !table.in_order_added
            ? std::string(table.columns.front().name)
            : fmt::format("account_id, created_at, {}", own_exercise_insertion_order(from.dialect()));
    sql::Statement select(from,
                          fmt::format("SELECT {} FROM {} ORDER BY {}", names_of(table), table.name, order));
    sql::Statement insert(to, fmt::format("INSERT INTO {} ({}) VALUES ({})", table.name, names_of(table),
                                          fmt::join(parameters, ", ")));
    std::int64_t rows = 0;
    while (select.step()) {
        insert.reset();
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            const int parameter = column + 1;
            if (select.is_null(column)) {
                insert.bind_null(parameter);
            } else if (table.columns[i].type == Type::integer) {
                insert.bind(parameter, select.column_int(column));
            } else if (table.columns[i].type == Type::real) {
                insert.bind(parameter, select.column_double(column));
            } else {
                insert.bind(parameter, std::string_view(select.column_text(column)));
            }
        }
        insert.run();
        ++rows;
    }
    return rows;
}

// PostgreSQL hands out entry ids, undo batches and undo sequences from sequences: after rows came with
// their numbers, the sequences continue after the largest.
void continue_sequences(sql::Connection& to) {
    if (to.dialect() != sql::Dialect::postgresql)
        return;
    to.execute(
        "SELECT setval('entry_ids', GREATEST((SELECT MAX(id) FROM entries), 1), "
        "(SELECT MAX(id) FROM entries) IS NOT NULL)");
    to.execute(
        "SELECT setval('undo_batches', GREATEST(m, 1), m IS NOT NULL) FROM (SELECT MAX(batch) AS m FROM "
        "(SELECT batch FROM changes UNION ALL SELECT batch FROM checkin_changes UNION ALL SELECT batch FROM "
        "own_exercise_changes) AS b) AS largest");
    for (std::string_view table : {"changes", "checkin_changes", "own_exercise_changes"}) {
        to.execute(
            fmt::format("SELECT setval(pg_get_serial_sequence('{0}', 'sequence'), "
                        "GREATEST((SELECT MAX(sequence) FROM {0}), 1), "
                        "(SELECT MAX(sequence) FROM {0}) IS NOT NULL)",
                        table));
    }
}

std::int64_t count(sql::Connection& connection, std::string_view table) {
    sql::Statement select(connection, fmt::format("SELECT COUNT(*) FROM {}", table));
    select.step();
    return select.column_int(0);
}

}  // namespace

TableCounts count_rows(sql::Connection& connection) {
    TableCounts counts;
    for (const Table& table : tables()) counts[std::string(table.name)] = count(connection, table.name);
    return counts;
}

namespace {

std::vector<AccountId> accounts_with_journals(sql::Connection& connection) {
    sql::Statement select(connection,
                          "SELECT account_id FROM profiles UNION SELECT account_id FROM entries "
                          "UNION SELECT account_id FROM checkins ORDER BY 1");
    std::vector<AccountId> accounts;
    while (select.step()) accounts.push_back(select.column_int(0));
    return accounts;
}

// Copies inside `to`'s open transaction, `from` read in one snapshot; `check` runs before `from`'s snapshot
// ends.
TableCounts copy_in_transaction(sql::Connection& from, sql::Connection& to,
                                const std::function<void()>& check) {
    if (count(to, "accounts") > 0 || count(to, "entries") > 0 || count(to, "profiles") > 0)
        throw CopyRefused("to", "the database to copy into holds data already; copy into a new, empty one");
    // A snapshot of `from`: on PostgreSQL REPEATABLE READ (one view of every table), on SQLite the read
    // transaction itself.
    if (from.dialect() == sql::Dialect::postgresql) {
        from.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    } else {
        from.execute("BEGIN");
    }
    TableCounts copied;
    try {
        for (const Table& table : tables()) copied[std::string(table.name)] = copy_table(from, to, table);
        continue_sequences(to);
        if (check)
            check();
    } catch (...) {
        from.rollback();
        throw;
    }
    from.rollback();
    return copied;
}

}  // namespace

TableCounts copy_database(sql::Connection& from, sql::Connection& to) {
    sql::Transaction writing(to);
    const TableCounts copied = copy_in_transaction(from, to, {});
    writing.commit();
    return copied;
}

TableCounts move_database(const std::string& from, const std::string& to, const CopyCheck& check) {
    if (from == to)
        throw CopyRefused("to", "the database to copy into is the one to copy from");
    const bool file = !is_postgresql_location(from);
    if (file ? !std::filesystem::exists(from)
             : postgresql::schema_version(*std::make_unique<postgresql::Connection>(from)) == 0)
        throw CopyRefused("from", fmt::format("there is no hipfit database at {}", printable_location(from)));
    const std::shared_ptr<sql::Connection> source = open_connection_for_writing(from);
    const std::shared_ptr<sql::Connection> target = open_connection_for_writing(to);
    sql::Transaction writing(*target);
    const TableCounts copied = copy_in_transaction(*source, *target, [&] {
        const TableCounts there = count_rows(*target);
        const TableCounts here = count_rows(*source);
        for (const auto& [table, rows] : here) {
            if (there.at(table) != rows) {
                throw StoreError(
                    fmt::format("the copy of {} holds {} rows, the original {}: nothing was copied", table,
                                there.at(table), rows));
            }
        }
        const JournalOf journal_from = [&](AccountId account) { return make_repository(source, account); };
        const JournalOf journal_to = [&](AccountId account) { return make_repository(target, account); };
        check(journal_from, journal_to, accounts_with_journals(*source));
    });
    writing.commit();
    return copied;
}

void copy_whole_database(sql::Connection& from, const std::string& path) {
    if (from.dialect() == sql::Dialect::sqlite) {
        static_cast<sqlite::Connection&>(from).backup_to(path);
        return;
    }
    std::shared_ptr<sql::Connection> to = open_connection_for_writing(path);
    copy_database(from, *to);
}

}  // namespace hipfit::store
