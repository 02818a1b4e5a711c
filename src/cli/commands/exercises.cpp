// hipfit exercises: the catalog, filtered by muscle, equipment or kind.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

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

// The filters, parsed once so a typo is an error rather than an empty list.
struct Filter {
    std::optional<Muscle> muscle;
    std::optional<Equipment> equipment;
    std::optional<ExerciseKind> kind;

    [[nodiscard]] bool keeps(const Exercise& e) const {
        if (muscle && !e.trains(*muscle) &&
            std::find(e.secondary_muscles.begin(), e.secondary_muscles.end(), *muscle) ==
                e.secondary_muscles.end()) {
            return false;
        }
        if (equipment) {
            // What can be done with this equipment alone ("none": body weight only).
            std::set<Equipment> available;
            if (*equipment != Equipment::none)
                available.insert(*equipment);
            if (!equipment_allows(available, e))
                return false;
        }
        return !kind || e.kind == *kind;
    }
};

Filter parse_filter(const ExercisesOptions& o) {
    Filter filter;
    if (o.muscle)
        filter.muscle = parse_name(kMuscleNames, *o.muscle, "--muscle");
    if (o.equipment)
        filter.equipment = parse_name(kEquipmentNames, *o.equipment, "--equipment");
    if (o.kind)
        filter.kind = parse_name(kExerciseKindNames, *o.kind, "--kind");
    return filter;
}

int list(const ExercisesOptions& options, Environment& environment) {
    const Filter filter = parse_filter(options);
    std::ostream& out = environment.console.out;
    nlohmann::json array = nlohmann::json::array();
    int shown = 0;
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
        fmt::print(out, "{:<30} {:<32} {:<10} {}\n", e.id, e.name, name_of(kBlockNames, e.block),
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
    app.add_option("--kind", options->kind, "warm-up|strength|isometric|cardio|intervals|stretch|recovery")
        ->type_name("KIND");
    app.add_flag("--json", options->json, "Print the exercises as JSON");
    return [options, &environment] { return list(*options, environment); };
}

}  // namespace hipfit::cli
