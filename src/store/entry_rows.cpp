#include "store/entry_rows.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "store/errors.hpp"

namespace hipfit::store {

using namespace hipfit::core;

namespace {

constexpr std::string_view kEntryColumns =
    "id, kind, date, time, value, protein_g, note, energy_kcal, warm_up_skipped, waist_cm, hip_cm, thigh_cm, "
    "thigh_left_cm, thigh_right_cm, neck_cm, body_fat_percent, source";

std::optional<double> optional_double(const sql::Statement& row, int column) {
    if (row.is_null(column))
        return std::nullopt;
    return row.column_double(column);
}

std::optional<int> optional_int(const sql::Statement& row, int column) {
    if (row.is_null(column))
        return std::nullopt;
    return static_cast<int>(row.column_int(column));
}

std::optional<Centimetres> optional_length(const sql::Statement& row, int column) {
    if (row.is_null(column))
        return std::nullopt;
    return Centimetres(row.column_double(column));
}

std::optional<double> as_optional(const std::optional<Centimetres>& length) {
    return length ? std::optional<double>(length->value()) : std::nullopt;
}

Entry entry_from_row(const sql::Statement& row) {
    constexpr std::string_view field = "stored entry";
    Entry e;
    e.id = row.column_int(0);
    e.kind = parse_name(kEntryKindNames, row.column_text(1), field);
    e.date = parse_date(row.column_text(2), field);
    e.time = parse_time_of_day(row.column_text(3), field);
    e.value = row.is_null(4) ? 0.0 : row.column_double(4);
    e.protein_g = optional_double(row, 5);
    e.note = row.column_text(6);
    e.energy_kcal = optional_double(row, 7);
    e.warm_up_skipped = row.column_int(8) != 0;
    e.measurements.waist = optional_length(row, 9);
    e.measurements.hip = optional_length(row, 10);
    e.measurements.thigh = optional_length(row, 11);
    e.measurements.thigh_left = optional_length(row, 12);
    e.measurements.thigh_right = optional_length(row, 13);
    e.measurements.neck = optional_length(row, 14);
    e.measurements.body_fat_percent = optional_double(row, 15);
    if (!row.is_null(16))
        e.source = row.column_text(16);
    return e;
}

WorkoutSet set_from_row(const sql::Statement& row) {
    WorkoutSet s;
    s.exercise_id = row.column_text(1);
    s.reps = optional_int(row, 2);
    if (!row.is_null(3))
        s.load = Kilograms(row.column_double(3));
    s.hold_seconds = optional_int(row, 4);
    s.rpe = optional_int(row, 5);
    s.minutes = optional_double(row, 6);
    s.distance_km = optional_double(row, 7);
    s.rounds = optional_int(row, 8);
    s.work_seconds = optional_int(row, 9);
    s.rest_seconds = optional_int(row, 10);
    if (!row.is_null(11))
        s.swapped_from = row.column_text(11);
    s.warm_up = row.column_int(12) != 0;
    return s;
}

void insert_sets(sql::Connection& connection, std::int64_t id, const std::vector<WorkoutSet>& sets) {
    sql::Statement insert(
        connection,
        "INSERT INTO workout_sets (entry_id, position, exercise_id, reps, load_kg, hold_seconds, "
        "rpe, minutes, distance_km, rounds, work_seconds, rest_seconds, swapped_from, warm_up) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    int position = 0;
    for (const WorkoutSet& s : sets) {
        insert.reset();
        insert.bind(1, id).bind(2, ++position).bind(3, std::string_view(s.exercise_id)).bind(4, s.reps);
        insert.bind(5, s.load ? std::optional<double>(s.load->value()) : std::nullopt)
            .bind(6, s.hold_seconds);
        insert.bind(7, s.rpe).bind(8, s.minutes).bind(9, s.distance_km).bind(10, s.rounds);
        insert.bind(11, s.work_seconds).bind(12, s.rest_seconds).bind(13, s.swapped_from);
        insert.bind(14, s.warm_up ? 1 : 0);
        insert.run();
    }
}

// Attaches each entry's workout sets, read in one query.
void attach_sets(sql::Connection& connection, std::vector<Entry>& entries, std::string_view where,
                 auto bind) {
    std::map<std::int64_t, Entry*> workouts;
    for (Entry& e : entries) {
        if (e.kind == EntryKind::workout)
            workouts[e.id] = &e;
    }
    if (workouts.empty())
        return;
    sql::Statement select(
        connection, std::string("SELECT s.entry_id, s.exercise_id, s.reps, s.load_kg, s.hold_seconds, "
                                "s.rpe, s.minutes, s.distance_km, s.rounds, s.work_seconds, "
                                "s.rest_seconds, s.swapped_from, s.warm_up FROM workout_sets s JOIN entries "
                                "e ON e.id = s.entry_id ") +
                        std::string(where) + " ORDER BY s.entry_id, s.position");
    bind(select);
    while (select.step()) {
        if (auto it = workouts.find(select.column_int(0)); it != workouts.end()) {
            it->second->sets.push_back(set_from_row(select));
        }
    }
}

}  // namespace

std::int64_t insert_entry(sql::Connection& connection, std::int64_t account, const Entry& e,
                          std::int64_t id) {
    // The id column is named only when the caller chooses the id: PostgreSQL hands one out only when the
    // column is left out.
    const std::string_view id_column = id > 0 ? "id, " : "";
    const std::string_view id_value = id > 0 ? "?1, " : "";
    sql::Statement insert(
        connection,
        fmt::format("INSERT INTO entries ({}kind, date, time, value, protein_g, note, energy_kcal, "
                    "warm_up_skipped, waist_cm, hip_cm, thigh_cm, thigh_left_cm, thigh_right_cm, neck_cm, "
                    "body_fat_percent, account_id, source) VALUES ({}?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                    "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) RETURNING id",
                    id_column, id_value));
    if (id > 0) {
        connection.explicit_entry_id_used(id);
        insert.bind(1, id);
    }
    const bool has_value = e.kind != EntryKind::measure && e.kind != EntryKind::workout;
    const Measurements& m = e.measurements;
    insert.bind(2, name_of(kEntryKindNames, e.kind));
    insert.bind(3, std::string_view(format_date(e.date)))
        .bind(4, std::string_view(format_time_of_day(e.time)));
    insert.bind(5, has_value ? std::optional<double>(e.value) : std::nullopt).bind(6, e.protein_g);
    insert.bind(7, std::string_view(e.note)).bind(8, e.energy_kcal).bind(9, e.warm_up_skipped ? 1 : 0);
    insert.bind(10, as_optional(m.waist)).bind(11, as_optional(m.hip)).bind(12, as_optional(m.thigh));
    insert.bind(13, as_optional(m.thigh_left))
        .bind(14, as_optional(m.thigh_right))
        .bind(15, as_optional(m.neck));
    insert.bind(16, m.body_fat_percent).bind(17, account);
    insert.bind(18, e.source.empty() ? std::nullopt : std::optional<std::string>(e.source));
    insert.step();
    const std::int64_t stored = insert.column_int(0);
    insert_sets(connection, stored, e.sets);
    return stored;
}

bool remove_entry(sql::Connection& connection, std::int64_t account, std::int64_t id) {
    sql::Statement remove(connection, "DELETE FROM entries WHERE id = ?1 AND account_id = ?2");
    remove.bind(1, id).bind(2, account).run();
    return connection.changes() > 0;
}

bool entry_exists(sql::Connection& connection, std::int64_t id) {
    sql::Statement select(connection, "SELECT 1 FROM entries WHERE id = ?1");
    select.bind(1, id);
    return select.step();
}

std::optional<Entry> select_entry(sql::Connection& connection, std::int64_t account, std::int64_t id) {
    sql::Statement select(connection, std::string("SELECT ") + std::string(kEntryColumns) +
                                          " FROM entries WHERE id = ?1 AND account_id = ?2");
    select.bind(1, id).bind(2, account);
    if (!select.step())
        return std::nullopt;
    std::vector<Entry> found{entry_from_row(select)};
    attach_sets(connection, found, "WHERE e.id = ?1", [&](sql::Statement& s) { s.bind(1, id); });
    return found.front();
}

namespace {

// The WHERE clause of an entry query and its bindings: only the filters given go into it, so SQLite can
// use the kind and date indexes; the values are always bound, never written into the SQL.
class EntryFilter {
  public:
    EntryFilter(std::int64_t account, const EntryQuery& query)
        : account_(account),
          query_(query),
          kind_(query.kind ? std::string(name_of(kEntryKindNames, *query.kind)) : ""),
          since_(query.since ? format_date(*query.since) : ""),
          until_(query.until ? format_date(*query.until) : "") {
        where_ = "WHERE e.account_id = ?4";
        if (query.kind)
            where_ += " AND e.kind = ?1";
        if (query.since)
            where_ += " AND e.date >= ?2";
        if (query.until)
            where_ += " AND e.date <= ?3";
    }

    [[nodiscard]] const std::string& where() const { return where_; }

    void bind(sql::Statement& s) const {
        s.bind(4, account_);
        if (query_.kind)
            s.bind(1, std::string_view(kind_));
        if (query_.since)
            s.bind(2, std::string_view(since_));
        if (query_.until)
            s.bind(3, std::string_view(until_));
    }

  private:
    std::int64_t account_;
    EntryQuery query_;
    std::string kind_;
    std::string since_;
    std::string until_;
    std::string where_;
};

}  // namespace

std::vector<Entry> select_entries(sql::Connection& connection, std::int64_t account,
                                  const EntryQuery& query) {
    const EntryFilter filter(account, query);
    sql::Statement select(connection, std::string("SELECT ") + std::string(kEntryColumns) +
                                          " FROM entries e " + filter.where() +
                                          " ORDER BY e.date, e.time, e.id");
    filter.bind(select);
    std::vector<Entry> entries;
    while (select.step()) entries.push_back(entry_from_row(select));
    // Only workouts have sets: their sets are found from the workouts' index, not from every entry of
    // the days asked for (a day may hold hundreds of glasses of water).
    const EntryFilter workouts(account, {EntryKind::workout, query.since, query.until});
    attach_sets(connection, entries, workouts.where(), [&](sql::Statement& s) { workouts.bind(s); });
    return entries;
}

std::optional<Entry> select_latest_entry(sql::Connection& connection, std::int64_t account,
                                         const EntryQuery& query) {
    const EntryFilter filter(account, query);
    sql::Statement select(connection, std::string("SELECT ") + std::string(kEntryColumns) +
                                          " FROM entries e " + filter.where() +
                                          " ORDER BY e.date DESC, e.time DESC, e.id DESC LIMIT 1");
    filter.bind(select);
    if (!select.step())
        return std::nullopt;
    std::vector<Entry> found{entry_from_row(select)};
    const std::int64_t id = found.front().id;
    attach_sets(connection, found, "WHERE e.id = ?1", [&](sql::Statement& s) { s.bind(1, id); });
    return found.front();
}

std::vector<Date> select_entry_dates(sql::Connection& connection, std::int64_t account,
                                     const EntryQuery& query, EachDate each) {
    const EntryFilter filter(account, query);
    sql::Statement select(
        connection,
        each == EachDate::day
            ? "SELECT DISTINCT e.date FROM entries e " + filter.where() + " ORDER BY e.date"
            : "SELECT e.date FROM entries e " + filter.where() + " ORDER BY e.date, e.time, e.id");
    filter.bind(select);
    std::vector<Date> dates;
    while (select.step()) dates.push_back(parse_date(select.column_text(0), "stored entry"));
    return dates;
}

std::vector<WeighIn> select_weigh_ins(sql::Connection& connection, std::int64_t account,
                                      std::optional<Date> until) {
    const EntryFilter filter(account, {EntryKind::weight, std::nullopt, until});
    sql::Statement select(connection, "SELECT e.date, e.value FROM entries e " + filter.where() +
                                          " ORDER BY e.date, e.time, e.id");
    filter.bind(select);
    std::vector<WeighIn> weights;
    while (select.step()) {
        weights.push_back({parse_date(select.column_text(0), "stored entry"),
                           select.is_null(1) ? 0.0 : select.column_double(1)});
    }
    return weights;
}

std::vector<DailySum> select_daily_sums(sql::Connection& connection, std::int64_t account,
                                        const EntryQuery& query) {
    const EntryFilter filter(account, query);
    sql::Statement select(
        connection,
        "SELECT e.date, e.kind, COUNT(*), COALESCE(SUM(e.value), 0), "
        "COALESCE(SUM(e.protein_g), 0), COUNT(e.protein_g), COALESCE(SUM(e.energy_kcal), 0) "
        "FROM entries e " +
            filter.where() + " GROUP BY e.date, e.kind");
    filter.bind(select);
    std::vector<DailySum> sums;
    while (select.step()) {
        constexpr std::string_view field = "stored entry";
        sums.push_back({parse_date(select.column_text(0), field),
                        parse_name(kEntryKindNames, select.column_text(1), field), select.column_int(2),
                        select.column_double(3), select.column_double(4), select.column_int(5),
                        select.column_double(6)});
    }
    // By date, then in the order of the kinds, not of their names under a PostgreSQL collation.
    std::sort(sums.begin(), sums.end(), [](const DailySum& a, const DailySum& b) {
        return std::tie(a.date, a.kind) < std::tie(b.date, b.kind);
    });
    return sums;
}

std::vector<ExerciseEffort> select_best_efforts(sql::Connection& connection, std::int64_t account,
                                                Date until) {
    // The sets are read as they are and kept here by exercise, measure and load: faster on SQLite than
    // its GROUP BY, and the ids compared byte by byte (PostgreSQL would order them by its collation).
    sql::Statement select(
        connection,
        "SELECT s.exercise_id, s.reps, s.hold_seconds, s.load_kg FROM workout_sets s JOIN entries e "
        "ON e.id = s.entry_id WHERE e.account_id = ?1 AND e.kind = ?2 AND e.date <= ?3 AND "
        "s.warm_up = 0 AND (s.reps IS NOT NULL OR s.hold_seconds IS NOT NULL)");
    const std::string date = format_date(until);
    select.bind(1, account)
        .bind(2, name_of(kEntryKindNames, EntryKind::workout))
        .bind(3, std::string_view(date));
    std::map<std::tuple<std::string, bool, double>, int> most;
    std::string exercise;
    while (select.step()) {
        exercise = select.column_text(0);
        // A set with reps is counted by its reps, else by its hold (core::set_effort); no load is 0 kg.
        const bool hold = select.is_null(1);
        const int amount = static_cast<int>(select.column_int(hold ? 2 : 1));
        const double load = select.is_null(3) ? 0.0 : select.column_double(3);
        const auto [it, added] = most.try_emplace({exercise, hold, load}, amount);
        if (!added && amount > it->second)
            it->second = amount;
    }
    std::vector<ExerciseEffort> efforts;
    efforts.reserve(most.size());
    for (const auto& [key, amount] : most) {
        const auto& [id, hold, load] = key;
        efforts.push_back({id, Effort{hold, amount, load}});
    }
    return efforts;
}

}  // namespace hipfit::store
