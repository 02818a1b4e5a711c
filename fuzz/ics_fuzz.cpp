// The iCalendar writer (io::plan_to_ics, `hipfit plan --ics`), checked against RFC 5545 on plans derived from
// the input: a profile (training days, minutes, preferred time, level, equipment, impact), the plan's options
// (weeks, start, seed), the calendar's stamp, and text added to every exercise name (any UTF-8 the catalog
// could hold, with the characters TEXT escapes and characters of up to four octets, so folds meet them).
//
// Properties: every line ends in CRLF and holds no other CR or LF; no line is longer than 75 octets; a
// continuation line starts with one space and never inside a UTF-8 character; unfolded, each line is
// NAME:VALUE without control characters; TEXT values hold no unescaped ',' or ';' and only the escapes
// \\ \; \, \n; there is one VEVENT per session, at its date and the preferred time; and each event's
// DESCRIPTION, unescaped, holds every block and exercise line of its session exactly as plan_text writes it.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/body/profile_limits.hpp"
#include "core/program/plan.hpp"
#include "fuzz/fuzz_support.hpp"
#include "io/catalog_json.hpp"
#include "io/ics.hpp"
#include "io/plan_text.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

constexpr std::size_t kMaxOctets = 75;
// Long enough to fold any line it is in more than once; longer only makes the calendar slower to check.
constexpr std::size_t kMaxExtraName = 120;
// Weeks with one and two digits and three deloads; a longer plan repeats the same lines, only slower.
constexpr int kMaxWeeks = 14;

// Text a catalog name could hold: the input's valid UTF-8, without control characters other than a newline
// (which TEXT escapes) and a tab.
std::string name_text(const std::string& bytes) {
    std::string text;
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        const std::string piece = bytes.substr(i, length);
        i += length;
        if (!fuzz::valid_utf8(piece))
            continue;
        if (piece.size() == 1 && (lead < 0x20 || lead == 0x7F) && lead != '\n' && lead != '\t')
            continue;
        text += piece;
    }
    return text;
}

core::Catalog catalog_with(const std::string& extra) {
    std::vector<core::Exercise> exercises = io::builtin_catalog().exercises();
    for (core::Exercise& exercise : exercises) exercise.name += extra;
    return core::Catalog(std::move(exercises));
}

core::Date day_from(FuzzedDataProvider& input, core::Date first, core::Date last) {
    return core::add_days(first, input.ConsumeIntegralInRange<long>(0, core::days_between(first, last)));
}

core::Profile profile_from(FuzzedDataProvider& input) {
    core::Profile p;
    const auto days = input.ConsumeIntegral<std::uint8_t>();
    p.days.clear();
    for (int d = 0; d < 7; ++d) {
        if ((days >> d) & 1)
            p.days.insert(static_cast<core::Weekday>(d));
    }
    if (p.days.empty())
        p.days.insert(core::Weekday::mon);
    if (p.days.size() > static_cast<std::size_t>(core::kMaxTrainingDaysPerWeek))
        p.days.erase(core::Weekday::sun);
    p.minutes_per_session = input.ConsumeIntegralInRange<int>(30, 180);
    p.preferred_time = {input.ConsumeIntegralInRange<int>(0, 23), input.ConsumeIntegralInRange<int>(0, 59)};
    p.level = static_cast<core::Level>(input.ConsumeIntegralInRange<int>(0, 2));
    p.goal = static_cast<core::Goal>(input.ConsumeIntegralInRange<int>(0, 3));
    p.sex = input.ConsumeBool() ? core::Sex::female : core::Sex::male;
    p.low_impact = input.ConsumeBool();
    const auto equipment = input.ConsumeIntegral<std::uint8_t>();
    for (int e = 1; e < 7; ++e) {
        if ((equipment >> e) & 1)
            p.equipment.insert(static_cast<core::Equipment>(e));
    }
    return p;
}

// RFC 5545 §3.3.11, read back; none when an escape is unknown or a ',' or ';' is bare.
std::optional<std::string> unescaped(std::string_view value) {
    std::string text;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == ',' || c == ';')
            return std::nullopt;
        if (c != '\\') {
            text += c;
            continue;
        }
        if (++i == value.size())
            return std::nullopt;
        switch (value[i]) {
            case '\\':
            case ';':
            case ',':
                text += value[i];
                break;
            case 'n':
            case 'N':
                text += '\n';
                break;
            default:
                return std::nullopt;
        }
    }
    return text;
}

// The physical lines checked, then unfolded (RFC 5545 §3.1).
std::vector<std::string> unfolded_lines(const std::string& ics) {
    require(ics.ends_with("\r\n"), "the calendar does not end in CRLF");
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        const std::string_view line(ics.data() + start, end - start);
        start = end + 2;
        require(line.find_first_of("\r\n") == std::string_view::npos, "a CR or LF inside a line");
        require(line.size() <= kMaxOctets, "a line longer than 75 octets");
        if (line.starts_with(' ')) {
            require(!lines.empty(), "the calendar starts with a continuation line");
            require(line.size() > 1, "an empty continuation line");
            require((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80,
                    "a line folded inside a UTF-8 character");
            lines.back() += line.substr(1);
        } else {
            lines.emplace_back(line);
        }
    }
    return lines;
}

std::string compact(core::Date date) {
    return core::format_date(date).erase(7, 1).erase(4, 1);
}

// The block and exercise lines of a session, as its DESCRIPTION must hold them.
std::string session_lines(const core::Session& session, const core::Catalog& catalog) {
    std::string text;
    for (const core::PlannedBlock& block : session.blocks) {
        text += io::block_title(block.kind) + ":\n";
        for (const core::PlannedExercise& planned : block.exercises)
            text += "- " + io::planned_exercise_line(planned, catalog) + "\n";
    }
    return text;
}

void check_calendar(const std::string& ics, const core::Plan& plan, const core::Profile& profile,
                    const core::Catalog& catalog) {
    std::vector<const core::Session*> sessions;
    for (const core::PlanWeek& week : plan.weeks) {
        for (const core::Session& session : week.sessions) sessions.push_back(&session);
    }
    std::size_t events = 0;
    bool in_alarm = false;
    for (const std::string& line : unfolded_lines(ics)) {
        for (const char c : line) {
            const auto byte = static_cast<unsigned char>(c);
            require(!(byte < 0x20 && c != '\t') && byte != 0x7F, "a control character in a content line");
        }
        const std::size_t colon = line.find(':');
        require(colon != std::string::npos && colon > 0, "a content line that is not NAME:VALUE");
        const std::string name = line.substr(0, colon);
        const std::string value = line.substr(colon + 1);
        if (line == "BEGIN:VEVENT") {
            require(events < sessions.size(), "more events than sessions");
            ++events;
        }
        in_alarm = line == "BEGIN:VALARM" || (in_alarm && line != "END:VALARM");
        std::optional<std::string> text;
        if (name == "SUMMARY" || name == "DESCRIPTION") {
            text = unescaped(value);
            require(text.has_value(), "a TEXT value with a bare , or ; or an unknown escape");
        }
        if (events == 0)
            continue;
        const core::Session& session = *sessions[events - 1];
        if (name == "DTSTART") {
            require(value == fmt::format("{}T{:02}{:02}00", compact(session.date),
                                         profile.preferred_time.hour, profile.preferred_time.minute),
                    "an event's DTSTART is not its session's day at the preferred time");
        }
        if (name == "DESCRIPTION" && !in_alarm) {
            require(text->find(session_lines(session, catalog)) != std::string::npos,
                    "an event's DESCRIPTION does not hold its session's lines");
        }
    }
    require(events == sessions.size(), "fewer events than sessions");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const core::Profile profile = profile_from(input);
    core::PlanOptions options;
    options.weeks = input.ConsumeIntegralInRange<int>(1, kMaxWeeks);
    options.start = day_from(input, core::kEarliestPlanStart, core::kLatestPlanStart);
    options.seed = input.ConsumeIntegral<std::uint32_t>();
    const core::Date stamp = day_from(input, core::kEarliestPlanStart, core::kLatestPlanStart);
    const core::Catalog catalog = catalog_with(name_text(input.ConsumeRandomLengthString(kMaxExtraName)));
    core::Plan plan;
    if (fuzz::refused([&] { plan = core::generate_plan(profile, catalog, options); }))
        return 0;
    check_calendar(io::plan_to_ics(plan, profile, catalog, stamp), plan, profile, catalog);
    return 0;
}
