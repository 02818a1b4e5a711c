#include "cli/prompt.hpp"

#include <istream>
#include <ostream>
#include <string>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/field_names.hpp"
#include "cli/profile_flags.hpp"
#include "cli/profile_text.hpp"
#include "core/base/errors.hpp"
#include "core/body/profile_limits.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

bool already_given(const ProfileChanges& c, std::string_view key) {
    if (key == "age_years")
        return c.age_years || c.born;
    if (key == "activity")
        return c.activity || c.pal;
    if (key == "units")
        return c.units.has_value();
    if (key == "sex")
        return c.sex.has_value();
    if (key == "height_cm")
        return c.height.has_value();
    if (key == "weight_kg")
        return c.weight.has_value();
    if (key == "waist_cm")
        return c.waist.has_value();
    if (key == "hip_cm")
        return c.hip.has_value();
    if (key == "neck_cm")
        return c.neck.has_value();
    if (key == "thigh_cm")
        return c.thigh.has_value();
    if (key == "goal")
        return c.goal.has_value();
    if (key == "equipment")
        return c.equipment.has_value();
    if (key == "days")
        return c.days.has_value();
    if (key == "minutes_per_session")
        return c.minutes_per_session.has_value();
    if (key == "preferred_time")
        return c.preferred_time.has_value();
    if (key == "level")
        return c.level.has_value();
    return false;
}

// Asks one question until the answer is valid or empty (keep). False when input has ended.
bool ask(Console& console, const ProfileField& q, const std::string& current, bool must_answer,
         UnitSystem units, ProfileChanges& changes) {
    while (true) {
        fmt::print(console.out, "{}{}: ", q.question, current.empty() ? "" : fmt::format(" [{}]", current));
        console.out.flush();
        std::string answer;
        if (!std::getline(console.in, answer))
            return false;
        if (answer.empty() && !must_answer)
            return true;
        try {
            ProfileChanges candidate = changes;
            parse_profile_field(q.key, answer, units, candidate);
            check_field_ranges(candidate);
            changes = candidate;
            return true;
        } catch (const InvalidInput& error) {
            fmt::print(console.out, "  {}\n", answer.empty() ? "An answer is needed here." : shown(error));
        }
    }
}

}  // namespace

void ask_profile_questions(Console& console, const std::optional<Profile>& stored, ProfileChanges& changes,
                           Date today) {
    const Profile defaults = stored.value_or(Profile{});
    for (const ProfileField& q : profile_fields()) {
        if (q.question == nullptr || already_given(changes, q.key))
            continue;
        const bool must_answer = q.required && !stored;
        const std::string current = (stored || !q.required) ? field_value(q.key, defaults, today) : "";
        const UnitSystem units = changes.units.value_or(defaults.units);
        if (!ask(console, q, current, must_answer, units, changes) && must_answer) {
            throw InvalidInput(q.key, fmt::format("{}: no answer given (input ended)", q.key));
        }
    }
}

}  // namespace hipfit::cli
