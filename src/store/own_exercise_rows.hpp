// How a person's own exercises map onto the own_exercises table, and the undo log's record of those an
// import added (own_exercise_changes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/program/own_exercise.hpp"
#include "store/sql.hpp"

namespace hipfit::store {

// The column that orders a person's own exercises as they were added (after created_at, to the second).
[[nodiscard]] std::string_view own_exercise_insertion_order(sql::Dialect dialect);

// The account's own exercises, oldest first.
std::vector<core::OwnExercise> select_own_exercises(sql::Connection& connection, std::int64_t account);
void insert_own_exercise(sql::Connection& connection, std::int64_t account, const core::OwnExercise& own);
// False when the account has no such exercise.
bool delete_own_exercise(sql::Connection& connection, std::int64_t account, std::string_view id);
// How many of the account's logged sets are of this exercise.
std::int64_t count_sets_of(sql::Connection& connection, std::int64_t account, std::string_view exercise_id);

void record_added_own_exercises(sql::Connection& connection, std::int64_t account, std::int64_t batch,
                                const std::vector<std::string>& ids);
// Removes the own exercises the batch added (those no logged set uses any more); how many it recorded.
std::size_t undo_added_own_exercises(sql::Connection& connection, std::int64_t account, std::int64_t batch);

}  // namespace hipfit::store
