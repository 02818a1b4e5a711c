#include "cli/workout_progress.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/file_output.hpp"
#include "core/base/errors.hpp"
#include "io/json_parse.hpp"
#include "store/open.hpp"

namespace hipfit::cli {

std::string workout_progress_path(const GlobalOptions& global, const Environment& environment) {
    const std::string location = database_location(global.db, environment);
    if (!store::is_postgresql_location(location))
        return location + ".workout-progress.json";
    // A shared database has no folder of this person's: the workout in progress stays on this computer.
    const std::optional<std::string> folder = local_data_folder(environment);
    if (!folder) {
        throw core::InvalidInput("--db",
                                 "--db: a workout in progress on a PostgreSQL database is kept in "
                                 "XDG_DATA_HOME or HOME: set one of them");
    }
    return *folder + "/postgresql.workout-progress.json";
}

std::optional<io::WorkoutProgress> load_workout_progress(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    try {
        return io::workout_progress_from_json(io::parse_json(text));
    } catch (const io::JsonSyntaxError&) {
        return std::nullopt;  // damaged: the workout starts afresh
    }
}

void save_workout_progress(const std::string& path, const io::WorkoutProgress& progress,
                           const std::string& database) {
    std::error_code ignored;  // a folder that cannot be made fails the write, which says why
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ignored);
    write_file_atomically(path, io::to_json(progress).dump() + "\n", "--db", database);
}

void remove_workout_progress(const std::string& path) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
}

}  // namespace hipfit::cli
