#include "cli/prompt.hpp"

#include <istream>
#include <ostream>
#include <string>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/profile_flags.hpp"
#include "cli/profile_text.hpp"
#include "core/errors.hpp"
#include "core/profile_limits.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

bool already_given(const ProfileChanges& c, std::string_view flag) {
    if (flag == "--age")
        return c.age_years || c.born;
    if (flag == "--activity")
        return c.activity || c.pal;
    if (flag == "--units")
        return c.units.has_value();
    if (flag == "--sex")
        return c.sex.has_value();
    if (flag == "--height")
        return c.height.has_value();
    if (flag == "--weight")
        return c.weight.has_value();
    if (flag == "--waist")
        return c.waist.has_value();
    if (flag == "--hip")
        return c.hip.has_value();
    if (flag == "--neck")
        return c.neck.has_value();
    if (flag == "--thigh")
        return c.thigh.has_value();
    if (flag == "--goal")
        return c.goal.has_value();
    if (flag == "--equipment")
        return c.equipment.has_value();
    if (flag == "--days")
        return c.days.has_value();
    if (flag == "--minutes")
        return c.minutes_per_session.has_value();
    if (flag == "--time")
        return c.preferred_time.has_value();
    if (flag == "--level")
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
            parse_profile_field(q.flag, answer, units, candidate);
            check_field_ranges(candidate);
            changes = candidate;
            return true;
        } catch (const InvalidInput& error) {
            fmt::print(console.out, "  {}\n", answer.empty() ? "An answer is needed here." : error.what());
        }
    }
}

}  // namespace

void ask_profile_questions(Console& console, const std::optional<Profile>& stored, ProfileChanges& changes,
                           Date today) {
    const Profile defaults = stored.value_or(Profile{});
    for (const ProfileField& q : profile_fields()) {
        if (q.question == nullptr || already_given(changes, q.flag))
            continue;
        const bool must_answer = q.required && !stored;
        const std::string current = (stored || !q.required) ? field_value(q.flag, defaults, today) : "";
        const UnitSystem units = changes.units.value_or(defaults.units);
        if (!ask(console, q, current, must_answer, units, changes) && must_answer) {
            throw InvalidInput(q.flag, fmt::format("{}: no answer given (input ended)", q.flag));
        }
    }
}

}  // namespace hipfit::cli
