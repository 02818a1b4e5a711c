// Imports of other apps' exports (docs/import.md), shared by 'hipfit import' and POST /api/import: the
// file read (io/import), its exercise names mapped to hipfit's catalog or to the person's own exercises,
// every entry checked as 'hipfit log' would check it, and only then, in one transaction (one undo step),
// what is not stored already written.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/date.hpp"
#include "core/journal/journal.hpp"
#include "core/program/own_exercise.hpp"
#include "io/import/import_input.hpp"
#include "io/import/import_model.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// What one of the file's exercise names became.
enum class ExerciseMatchKind {
    catalog,  // a catalog exercise, by the name table (data/import/exercise-names.json) or its name
    own,      // one of the person's own exercises of that name
    new_own   // a new own exercise of that name, added with the import
};

struct ExerciseMatch {
    std::string name;         // as the file writes it
    std::string exercise_id;  // hipfit's
    std::string exercise_name;
    ExerciseMatchKind kind = ExerciseMatchKind::catalog;
    std::size_t sets = 0;  // of the file's, with this name
};

// An entry read from the file that hipfit cannot keep (a value outside its ranges), left out with why.
struct RefusedRecord {
    std::string origin;  // "FILE:LINE"
    std::string reason;
};

// What an import of another app's file would add: read, mapped and checked, nothing written.
struct ImportPlan {
    io::SourceApp app = io::SourceApp::csv;
    std::string format;
    std::vector<core::Entry> entries;  // sources set, exercises mapped, each accepted by the checks
    std::vector<core::OwnExercise> new_own;
    std::vector<ExerciseMatch> exercises;
    std::map<std::string, std::size_t> left_out;  // what the reader read and did not keep
    std::vector<RefusedRecord> refused;
};

// Reads `input` as `app`'s export and checks it against the person's catalog (their `own` exercises) and
// `today`. Throws InvalidInput naming the file (and line) for a file that cannot be read; a record whose
// values hipfit does not accept is left out into `refused`.
ImportPlan plan_import(const io::ImportInput& input, io::SourceApp app, const io::ImportOptions& options,
                       core::Date today, const std::vector<core::OwnExercise>& own);

struct PlanOutcome {
    std::size_t added = 0;                             // entries written (or, in a dry run, that would be)
    std::size_t already_there = 0;                     // entries whose source is stored already
    std::size_t own_added = 0;                         // own exercises added
    std::map<std::string, std::size_t> added_by_kind;  // "workout" → 12
};

// Writes a plan in one transaction (one undo step): the entries whose source is not stored yet and the
// new own exercises their sets use. `dry_run` writes nothing and says what would be written; its
// `journal` may be none (nothing has been logged yet).
PlanOutcome apply_plan(store::Repository* journal, const ImportPlan& plan, bool dry_run);

// The plan and its outcome, as 'hipfit import --json' and POST /api/import give them (docs/api.md).
nlohmann::json to_json(const ImportPlan& plan, const PlanOutcome& outcome, bool dry_run);

}  // namespace hipfit::app
