#include "cli/workout_progress.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/file_output.hpp"
#include "io/json_parse.hpp"

namespace hipfit::cli {

std::string workout_progress_path(const GlobalOptions& global, const Environment& environment) {
    return database_path(global.db, environment) + ".workout-progress.json";
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
    write_file_atomically(path, io::to_json(progress).dump() + "\n", "--db", database);
}

void remove_workout_progress(const std::string& path) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
}

}  // namespace hipfit::cli
