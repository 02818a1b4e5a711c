// The guided workout (docs/workout.md): its session script, the same JSON as 'hipfit workout --json', and
// what a player did at each step, recorded as the terminal player records it, with the personal bests set.
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/entries.hpp"
#include "app/person.hpp"
#include "app/plan_swaps.hpp"
#include "app/workout.hpp"
#include "core/workout/workout_player.hpp"
#include "io/catalog_json.hpp"
#include "io/entry_json.hpp"
#include "io/workout_json.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"
#include "server/server_state.hpp"

namespace hipfit::server::handlers {
namespace {

constexpr std::array<std::string_view, 5> kPlayedKeys{"date", "time", "steps", "events", "swaps"};

// The script of `day`; 404 without a profile or a session that day.
core::WorkoutScript script_of(store::Repository& journal, core::Date day) {
    if (!journal.load_profile())
        throw not_found("there is no profile yet: PUT /api/profile creates it");
    std::optional<core::WorkoutScript> script = app::workout_script(&journal, day);
    if (!script)
        throw not_found(fmt::format("no session is planned on {}", core::format_date(day)));
    return std::move(*script);
}

}  // namespace

Response get_workout(Call& call) {
    const std::optional<std::string_view> date = call.request.query_value("date");
    const core::Date day = date ? core::parse_date(*date, "date") : call.today;
    const auto journal = call.journal();
    core::WorkoutScript script = script_of(*journal, day);
    // ?swaps=[{"step", "exercise"}, …]: the script after the swaps made so far in this session.
    if (const std::optional<std::string_view> swaps = call.request.query_value("swaps")) {
        const nlohmann::json list = nlohmann::json::parse(*swaps, nullptr, false);
        app::swap_in_workout(journal.get(), script, app::profile_as_of(journal.get(), day),
                             app::workout_swaps_from_json(list, "swaps"));
    }
    return json_response(200, io::to_json(script));
}

// {"date", "time", "steps", "events"}: the session of `date` (default today) as played, `steps` the
// number of steps its script had, `events` what happened at each step, replayed by core's player.
Response post_workout(Call& call) {
    const nlohmann::json body = call.json_body();
    for (const auto& [key, value] : body.items()) {
        if (std::find(kPlayedKeys.begin(), kPlayedKeys.end(), key) == kPlayedKeys.end())
            throw invalid(key, fmt::format("{}: is not a field of a played workout", core::printable(key)));
    }
    auto text = [&](const char* key) -> std::optional<std::string> {
        if (!body.contains(key))
            return std::nullopt;
        if (!body[key].is_string())
            throw invalid(key, fmt::format("{}: expected a string", key));
        return body[key].get<std::string>();
    };
    const std::optional<std::string> date = text("date");
    const std::optional<std::string> time = text("time");
    const core::Date day = date ? core::parse_date(*date, "date") : call.today;
    const core::TimeOfDay at = time ? core::parse_time_of_day(*time, "time") : call.state.time_of_day();
    if (!body.contains("steps") || !body["steps"].is_number_unsigned())
        throw invalid("steps", "steps: expected the number of steps of the script played");
    if (!body.contains("events"))
        throw invalid("events", "events: missing; give what was done at each step");
    const std::vector<core::StepEvent> events = io::step_events_from_json(body["events"], "events");

    const auto journal = call.journal();
    core::WorkoutScript script = script_of(*journal, day);
    if (body.contains("swaps")) {
        app::swap_in_workout(journal.get(), script, app::profile_as_of(journal.get(), day),
                             app::workout_swaps_from_json(body["swaps"], "swaps"));
    }
    const auto played = body["steps"].get<std::uint64_t>();
    if (played != script.steps.size()) {
        throw conflict(
            fmt::format("the session of {} has changed since it was played: it has {} steps now, not {}",
                        core::format_date(day), script.steps.size(), played),
            "steps");
    }
    const core::WorkoutResult result = core::replay_workout(script, events, "events");
    const std::optional<core::Entry> entry =
        app::record_workout(script, result, at, {journal.get(), call.today, "workout", {}});
    if (!entry)
        return no_content();  // no set was done: nothing to record
    // The stored entry, and the personal bests it sets, for the end of the workout to name.
    nlohmann::json answer = io::to_json(*entry);
    answer["personal_bests"] = nlohmann::json::array();
    const core::UnitSystem units = app::journal_units(journal.get());
    const auto catalog = call.catalog();
    for (const core::PersonalBest& best : app::new_personal_bests(*journal, *entry)) {
        answer["personal_bests"].push_back({{"exercise", best.exercise_id},
                                            {"text", core::personal_best_text(best, *catalog, units)},
                                            {"now", core::effort_text(best.now, units)},
                                            {"before", core::effort_text(best.before, units)}});
    }
    Response response = json_response(201, answer);
    response.headers.emplace_back("Location", fmt::format("/api/entries/{}", entry->id));
    return response;
}

}  // namespace hipfit::server::handlers
