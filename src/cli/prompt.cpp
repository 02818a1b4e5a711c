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

struct Question {
    const char* flag;
    const char* text;
    bool required;  // for a new profile
};

constexpr Question kQuestions[] = {
    {"--units", "Units (metric or imperial)", false},
    {"--sex", "Sex, for the body-fat and energy formulas (female or male)", true},
    {"--age", "Age in years", true},
    {"--height", "Height (e.g. 165cm or 5ft5in)", true},
    {"--weight", "Weight (e.g. 64kg or 141lb)", true},
    {"--waist", "Waist — women at the narrowest point, men at the navel", true},
    {"--hip", "Hips at the widest point", true},
    {"--neck", "Neck, just below the Adam's apple", true},
    {"--thigh", "Thigh at the widest point (optional)", false},
    {"--activity", "Everyday activity (sedentary, light, moderate, active, very-active)", false},
    {"--goal", "Goal (lose-fat, tone, maintain, gain-lean)", false},
    {"--equipment",
     "Equipment you have (none, or a list: band,dumbbells,barbell,step,ankle-weights,foam-roller)", false},
    {"--days", "Training days (e.g. mon,wed,fri)", false},
    {"--minutes", "Minutes per session", false},
    {"--time", "Preferred training time (HH:MM)", false},
    {"--level", "Experience (beginner, intermediate, advanced)", false},
};

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
bool ask(Console& console, const Question& q, const std::string& current, bool must_answer, UnitSystem units,
         ProfileChanges& changes) {
    while (true) {
        fmt::print(console.out, "{}{}: ", q.text, current.empty() ? "" : fmt::format(" [{}]", current));
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
    for (const Question& q : kQuestions) {
        if (already_given(changes, q.flag))
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
