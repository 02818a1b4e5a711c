#include "io/plan_markdown.hpp"

#include <fmt/format.h>

#include "io/plan_text.hpp"

namespace hipfit::io {

using namespace hipfit::core;

namespace {

std::string weekday_name(Date date) {
    static constexpr const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                             "Thursday", "Friday", "Saturday"};
    return kNames[std::chrono::weekday(std::chrono::sys_days(date)).c_encoding()];
}

std::string day_list(const std::vector<Date>& days) {
    std::string text;
    for (Date day : days) text += (text.empty() ? "" : ", ") + weekday_name(day) + " " + format_date(day);
    return text;
}

}  // namespace

std::string plan_to_markdown(const Plan& plan, const Catalog& catalog) {
    std::string out = fmt::format("# Your {}-week hipfit program\n\n", plan.weeks.size());
    out +=
        "Hips and thighs slim down as overall body fat falls; these sessions build the muscles underneath. "
        "Warm up first, cool down last, and stop if anything hurts sharply.\n";
    for (const PlanWeek& week : plan.weeks) {
        out += fmt::format("\n## Week {}{}\n", week.number,
                           week.deload ? " — deload (lighter: same moves, less volume)" : "");
        for (const Session& session : week.sessions) {
            out += fmt::format("\n### {} {} ({} min)\n", weekday_name(session.date),
                               format_date(session.date), session.minutes);
            for (const PlannedBlock& block : session.blocks) {
                out += fmt::format("\n**{}**\n\n", block_title(block.kind));
                for (const PlannedExercise& p : block.exercises) {
                    out += "- " + planned_exercise_line(p, catalog) + "\n";
                }
            }
        }
        out += "\n";
        for (const std::string& line : week_activity_lines(week, catalog)) out += line + "\n\n";
        out.pop_back();
        if (week.rest_day)
            out += "\nFull rest: " + day_list({*week.rest_day}) + "\n";
    }
    return out;
}

}  // namespace hipfit::io
