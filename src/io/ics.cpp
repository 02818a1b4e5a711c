#include "io/ics.hpp"

#include <fmt/format.h>

#include "io/plan_text.hpp"

namespace hipfit::io {

using namespace hipfit::core;

namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string escape_text(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        switch (c) {
            case '\\':
                escaped += "\\\\";
                break;
            case ';':
                escaped += "\\;";
                break;
            case ',':
                escaped += "\\,";
                break;
            case '\n':
                escaped += "\\n";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

// RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space; never inside a UTF-8
// character.
void append_line(std::string& out, std::string_view line) {
    std::size_t limit = 75;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;  // the leading space counts
    }
    out.append(line);
    out += "\r\n";
}

std::string compact_date(Date date) {
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
}

std::string session_description(const Session& session, const Catalog& catalog, bool deload) {
    std::string text = deload ? "A lighter deload week: same moves, less volume.\n" : "";
    for (const PlannedBlock& block : session.blocks) {
        text += block_title(block.kind) + ":\n";
        for (const PlannedExercise& p : block.exercises)
            text += "- " + planned_exercise_line(p, catalog) + "\n";
    }
    text += "Stop if anything hurts sharply; soreness a day later is normal.";
    return text;
}

void append_event(std::string& out, const Session& session, const PlanWeek& week, int index,
                  const Profile& profile, const Catalog& catalog, Date stamp) {
    append_line(out, "BEGIN:VEVENT");
    append_line(out, fmt::format("UID:{}-{}@hipfit", compact_date(session.date), index));
    append_line(out, fmt::format("DTSTAMP:{}T000000Z", compact_date(stamp)));
    // Floating local time (no zone): the session is at the preferred time wherever the person is.
    append_line(out, fmt::format("DTSTART:{}T{:02}{:02}00", compact_date(session.date),
                                 profile.preferred_time.hour, profile.preferred_time.minute));
    append_line(out, fmt::format("DURATION:PT{}M", session.minutes));
    append_line(out, "SUMMARY:" + escape_text(fmt::format("hipfit week {}{}: hips and thighs session",
                                                          week.number, week.deload ? " (deload)" : "")));
    append_line(out, "DESCRIPTION:" + escape_text(session_description(session, catalog, week.deload)));
    append_line(out, "CATEGORIES:Fitness");
    append_line(out, "BEGIN:VALARM");
    append_line(out, "ACTION:DISPLAY");
    append_line(out, "DESCRIPTION:" +
                         escape_text(fmt::format("hipfit session in {} minutes", kReminderMinutesBefore)));
    append_line(out, fmt::format("TRIGGER:-PT{}M", kReminderMinutesBefore));
    append_line(out, "END:VALARM");
    append_line(out, "END:VEVENT");
}

}  // namespace

std::string plan_to_ics(const Plan& plan, const Profile& profile, const Catalog& catalog, Date stamp) {
    std::string out;
    append_line(out, "BEGIN:VCALENDAR");
    append_line(out, "VERSION:2.0");
    append_line(out, "PRODID:-//hipfit//hipfit program//EN");
    append_line(out, "CALSCALE:GREGORIAN");
    append_line(out, "METHOD:PUBLISH");
    append_line(out, "X-WR-CALNAME:hipfit program");
    int index = 0;
    for (const PlanWeek& week : plan.weeks) {
        for (const Session& session : week.sessions)
            append_event(out, session, week, ++index, profile, catalog, stamp);
    }
    append_line(out, "END:VCALENDAR");
    return out;
}

}  // namespace hipfit::io
