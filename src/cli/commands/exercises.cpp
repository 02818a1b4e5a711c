// hipfit exercises: the catalog and the person's own exercises, filtered by muscle, equipment or kind;
// 'exercises add' and 'exercises remove' keep the person's own (docs/exercises.md).
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/exercise_filter.hpp"
#include "app/own_exercises.hpp"
#include "cli/commands/commands.hpp"
#include "cli/journal_access.hpp"
#include "core/base/quantity_parse.hpp"
#include "io/plan_json.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

struct ExercisesOptions {
    std::optional<std::string> muscle;
    std::optional<std::string> equipment;
    std::optional<std::string> kind;
    bool mine = false;
    bool json = false;
};

struct AddOptions {
    std::string name;
    std::string kind;
    std::string muscles;
    std::optional<std::string> also;
    std::optional<std::string> equipment;
    std::optional<std::string> met;
};

app::ExerciseFilter parse_filter(const ExercisesOptions& o) {
    return app::parse_exercise_filter(o.muscle, o.equipment, o.kind, "--");
}

int list(const ExercisesOptions& options, const GlobalOptions& global, Environment& environment) {
    const app::ExerciseFilter filter = parse_filter(options);
    const auto catalog = app::person_catalog(open_journal_for_reading(global, environment).get());
    std::ostream& out = environment.console.out;
    nlohmann::json array = nlohmann::json::array();
    int shown = 0;
    // The kind column prints the words --kind takes (one table: kExerciseKindNames), not the block of
    // the session an exercise sits in ('hipfit exercise ID' says that).
    for (const Exercise& e : catalog->exercises()) {
        if (!filter.keeps(e) || (options.mine && !e.own))
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
        fmt::print(out, "{} exercise{}{}. 'hipfit exercise ID' shows one.\n", shown, shown == 1 ? "" : "s",
                   options.mine ? " of your own" : "");
        if (options.mine && shown == 0)
            fmt::print(out, "'hipfit exercises add NAME --kind KIND --muscles MUSCLE,…' adds one.\n");
    }
    return kExitOk;
}

template <class Enum, std::size_t N>
std::vector<Enum> listed(const NameTable<Enum, N>& table, const std::string& text, std::string_view flag) {
    const std::set<Enum> values = parse_name_set(table, text, flag);
    return {values.begin(), values.end()};
}

// Checked against the person's own exercises before the journal is opened to write: bad input writes
// nothing, not even a new database.
int add(const AddOptions& options, const GlobalOptions& global, Environment& environment) {
    OwnExerciseInput input;
    input.name = options.name;
    input.kind = parse_name(kExerciseKindNames, options.kind, "--kind");
    input.primary_muscles = listed(kMuscleNames, options.muscles, "--muscles");
    if (options.also)
        input.secondary_muscles = listed(kMuscleNames, *options.also, "--also");
    if (options.equipment && *options.equipment != "none")
        input.equipment = parse_name_set(kEquipmentNames, *options.equipment, "--equipment");
    if (options.met)
        input.met = parse_decimal(*options.met, "--met");
    {
        const auto reader = open_journal_for_reading(global, environment);
        (void)make_own_exercise(input, reader ? reader->own_exercises() : std::vector<OwnExercise>{});
    }
    const OwnExercise own = app::add_own_exercise(*open_journal_for_writing(global, environment), input);
    const Exercise shown = as_exercise(own);
    fmt::print(environment.console.out,
               "Added {} ({}), {}, {:g} MET{}. 'hipfit log workout --exercise {}:SETS' logs it.\n", own.name,
               own.id, name_of(kExerciseKindNames, own.kind), shown.met, own.met ? "" : " (the kind's usual)",
               own.id);
    return kExitOk;
}

int remove(const std::string& id, const GlobalOptions& global, Environment& environment) {
    std::string name = id;  // said by its name, as it was added
    {
        const auto reader = open_journal_for_reading(global, environment);
        if (!reader)
            throw InvalidInput("ID", fmt::format("you have no exercise of your own '{}'", printable(id)));
        for (const OwnExercise& own : reader->own_exercises()) {
            if (own.id == id)
                name = own.name;
        }
    }
    app::remove_own_exercise(*open_journal_for_writing(global, environment), id);
    fmt::print(environment.console.out, "Removed {} ({}).\n", name, id);
    return kExitOk;
}

}  // namespace

Action declare_exercises(CLI::App& app, const GlobalOptions& global, Environment& environment) {
    auto options = std::make_shared<ExercisesOptions>();
    app.add_option("--muscle", options->muscle,
                   "Only exercises that work this muscle, as a main or helping muscle (e.g. gluteus-medius)")
        ->type_name("MUSCLE");
    app.add_option("--equipment", options->equipment,
                   "Only what this equipment alone allows ('none': body weight)")
        ->type_name("EQUIPMENT");
    app.add_option("--kind", options->kind, "Only exercises of this kind: " + names_of(kExerciseKindNames))
        ->type_name("KIND");
    app.add_flag("--mine", options->mine, "Only your own exercises");
    app.add_flag("--json", options->json, "Print the exercises as JSON");

    CLI::App* add_command = app.add_subcommand("add", "Add an exercise of your own");
    add_command->fallthrough();  // --db after the command
    auto added = std::make_shared<AddOptions>();
    add_command->add_option("name", added->name, "Its name, 1–60 characters (quoted when it has spaces)")
        ->required();
    add_command->add_option("--kind", added->kind, "Its kind: " + names_of(kExerciseKindNames))
        ->type_name("KIND")
        ->required();
    add_command
        ->add_option("--muscles", added->muscles, "The muscles it works most: " + names_of(kMuscleNames))
        ->type_name("MUSCLE,…")
        ->required();
    add_command->add_option("--also", added->also, "The muscles it works less")->type_name("MUSCLE,…");
    add_command
        ->add_option("--equipment", added->equipment,
                     "What it needs: " + names_of(kEquipmentNames) + " (none: body weight)")
        ->type_name("EQUIPMENT,…");
    add_command->add_option("--met", added->met, "Its MET (default: the kind's usual one)")->type_name("X");

    CLI::App* remove_command =
        app.add_subcommand("remove", "Remove an exercise of your own that no logged set uses");
    remove_command->fallthrough();
    auto removed = std::make_shared<std::string>();
    remove_command->add_option("id", *removed, "Its id (own-…)")->required();

    return [options, added, removed, add_command, remove_command, &global, &environment] {
        if (add_command->parsed())
            return add(*added, global, environment);
        if (remove_command->parsed())
            return remove(*removed, global, environment);
        return list(*options, global, environment);
    };
}

}  // namespace hipfit::cli
