// hipfit exercises: the catalog, filtered by muscle, equipment or kind.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/exercise_filter.hpp"
#include "cli/commands/commands.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ExercisesOptions {
    std::optional<std::string> muscle;
    std::optional<std::string> equipment;
    std::optional<std::string> kind;
    bool json = false;
};

app::ExerciseFilter parse_filter(const ExercisesOptions& o) {
    return app::parse_exercise_filter(o.muscle, o.equipment, o.kind, "--");
}

int list(const ExercisesOptions& options, Environment& environment) {
    const app::ExerciseFilter filter = parse_filter(options);
    std::ostream& out = environment.console.out;
    nlohmann::json array = nlohmann::json::array();
    int shown = 0;
    // The kind column prints the words --kind takes (one table: kExerciseKindNames), not the block of
    // the session an exercise sits in ('hipfit exercise ID' says that).
    for (const Exercise& e : io::builtin_catalog().exercises()) {
        if (!filter.keeps(e))
            continue;
        ++shown;
        if (options.json) {
            array.push_back(io::to_json(e));
            continue;
        }
        std::vector<std::string_view> needs;
        for (Equipment item : e.equipment) needs.push_back(name_of(kEquipmentNames, item));
        fmt::print(out, "{:<30} {:<32} {:<10} {}\n", e.id, e.name, name_of(kExerciseKindNames, e.kind),
                   needs.empty() ? "body weight" : fmt::format("{}", fmt::join(needs, ", ")));
    }
    if (options.json) {
        out << array.dump(2) << '\n';
    } else {
        fmt::print(out, "{} exercise{}. 'hipfit exercise ID' shows one.\n", shown, shown == 1 ? "" : "s");
    }
    return kExitOk;
}

}  // namespace

Action declare_exercises(CLI::App& app, const GlobalOptions&, Environment& environment) {
    auto options = std::make_shared<ExercisesOptions>();
    app.add_option("--muscle", options->muscle,
                   "Only exercises that work this muscle, as a main or helping muscle (e.g. gluteus-medius)")
        ->type_name("MUSCLE");
    app.add_option("--equipment", options->equipment,
                   "Only what this equipment alone allows ('none': body weight)")
        ->type_name("EQUIPMENT");
    app.add_option("--kind", options->kind, "Only exercises of this kind: " + names_of(kExerciseKindNames))
        ->type_name("KIND");
    app.add_flag("--json", options->json, "Print the exercises as JSON");
    return [options, &environment] { return list(*options, environment); };
}

}  // namespace hipfit::cli
