#include "store/own_exercise_rows.hpp"

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "store/errors.hpp"

namespace hipfit::store {
namespace {

template <class Enum, std::size_t N, class Values>
std::string joined(const core::NameTable<Enum, N>& table, const Values& values) {
    std::string text;
    for (Enum value : values) {
        if (!text.empty())
            text += ',';
        text += core::name_of(table, value);
    }
    return text;
}

template <class Enum, std::size_t N>
std::vector<Enum> split(const core::NameTable<Enum, N>& table, std::string_view text,
                        std::string_view field) {
    std::vector<Enum> values;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        values.push_back(core::parse_name(table, text.substr(start, comma - start), field));
        start = comma + 1;
    }
    return values;
}

core::OwnExercise own_from_row(const sql::Statement& row) {
    core::OwnExercise own;
    own.id = row.column_text(0);
    own.name = row.column_text(1);
    try {
        own.kind = core::parse_name(core::kExerciseKindNames, row.column_text(2), "kind");
        own.primary_muscles = split(core::kMuscleNames, row.column_text(3), "primary_muscles");
        own.secondary_muscles = split(core::kMuscleNames, row.column_text(4), "secondary_muscles");
        for (core::Equipment e : split(core::kEquipmentNames, row.column_text(5), "equipment"))
            own.equipment.insert(e);
    } catch (const core::InvalidInput& error) {
        throw StoreError(fmt::format("the stored exercise '{}' is damaged ({})", own.id, error.what()));
    }
    if (!row.is_null(6))
        own.met = row.column_double(6);
    return own;
}

}  // namespace

std::string_view own_exercise_insertion_order(sql::Dialect dialect) {
    // SQLite numbers rows as they come; PostgreSQL's table has a column for it (postgresql_migrations.cpp).
    return dialect == sql::Dialect::sqlite ? "rowid" : "added";
}

std::vector<core::OwnExercise> select_own_exercises(sql::Connection& connection, std::int64_t account) {
    sql::Statement select(
        connection, fmt::format("SELECT id, name, kind, primary_muscles, secondary_muscles, equipment, met "
                                "FROM own_exercises WHERE account_id = ?1 ORDER BY created_at, {}",
                                own_exercise_insertion_order(connection.dialect())));
    select.bind(1, account);
    std::vector<core::OwnExercise> own;
    while (select.step()) own.push_back(own_from_row(select));
    return own;
}

void insert_own_exercise(sql::Connection& connection, std::int64_t account, const core::OwnExercise& own) {
    sql::Statement insert(connection,
                          "INSERT INTO own_exercises (account_id, id, name, kind, primary_muscles, "
                          "secondary_muscles, equipment, met) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, account)
        .bind(2, std::string_view(own.id))
        .bind(3, std::string_view(own.name))
        .bind(4, core::name_of(core::kExerciseKindNames, own.kind))
        .bind(5, std::string_view(joined(core::kMuscleNames, own.primary_muscles)))
        .bind(6, std::string_view(joined(core::kMuscleNames, own.secondary_muscles)))
        .bind(7, std::string_view(joined(core::kEquipmentNames, own.equipment)))
        .bind(8, own.met);
    insert.run();
}

bool delete_own_exercise(sql::Connection& connection, std::int64_t account, std::string_view id) {
    sql::Statement remove(connection, "DELETE FROM own_exercises WHERE account_id = ?1 AND id = ?2");
    remove.bind(1, account).bind(2, id).run();
    return connection.changes() > 0;
}

std::int64_t count_sets_of(sql::Connection& connection, std::int64_t account, std::string_view exercise_id) {
    sql::Statement count(
        connection,
        "SELECT COUNT(*) FROM workout_sets JOIN entries ON entries.id = workout_sets.entry_id "
        "WHERE entries.account_id = ?1 AND workout_sets.exercise_id = ?2");
    count.bind(1, account).bind(2, exercise_id);
    count.step();
    return count.column_int(0);
}

void record_added_own_exercises(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                                const std::vector<std::string>& ids) {
    sql::Statement insert(
        connection, "INSERT INTO own_exercise_changes (batch, account_id, exercise_id) VALUES (?1, ?2, ?3)");
    for (const std::string& id : ids) {
        insert.reset();
        insert.bind(1, batch).bind(2, account).bind(3, std::string_view(id));
        insert.run();
    }
}

std::size_t undo_added_own_exercises(sql::Connection& connection, std::int64_t account, std::int64_t batch) {
    sql::Statement select(
        connection, "SELECT exercise_id FROM own_exercise_changes WHERE account_id = ?1 AND batch = ?2");
    select.bind(1, account).bind(2, batch);
    std::vector<std::string> ids;
    while (select.step()) ids.push_back(select.column_text(0));
    for (const std::string& id : ids) {
        // A set logged since the import keeps its exercise: the set must stay readable.
        if (count_sets_of(connection, account, id) == 0)
            delete_own_exercise(connection, account, id);
    }
    sql::Statement forget(connection,
                          "DELETE FROM own_exercise_changes WHERE account_id = ?1 AND batch = ?2");
    forget.bind(1, account).bind(2, batch).run();
    return ids.size();
}

}  // namespace hipfit::store
