// The iCalendar output against RFC 5545: CRLF lines of at most 75 octets, folded with a leading space and
// never inside a UTF-8 character; TEXT escaping; one event per session with a reminder; deterministic.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/program/plan.hpp"
#include "io/catalog_json.hpp"
#include "io/ics.hpp"
#include "io/plan_text.hpp"

namespace hipfit::io {
namespace {

using namespace hipfit::core;
using Lines = std::vector<std::string>;

// Every exercise name carries the four characters TEXT values must escape.
constexpr const char* kAwkward = " (a,b;c\\d)";

core::Profile profile() {
    core::Profile p;
    p.days = {Weekday::mon, Weekday::wed, Weekday::fri};
    p.minutes_per_session = 45;
    p.preferred_time = {7, 5};
    return p;
}

Plan plan_for(const Catalog& catalog, std::uint32_t seed = 0) {
    return generate_plan(profile(), catalog, {4, parse_date("2026-11-23", "start"), seed});
}

const Catalog& awkward_catalog() {
    static const Catalog catalog = [] {
        std::ifstream in(std::string(HIPFIT_SOURCE_DIR) + "/data/exercises.json", std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        nlohmann::json document = nlohmann::json::parse(text.str());
        for (auto& e : document["exercises"]) e["name"] = e["name"].get<std::string>() + kAwkward;
        return parse_catalog(document.dump());
    }();
    return catalog;
}

std::string ics(const Catalog& catalog = builtin_catalog(), const std::string& stamp = "2026-11-21") {
    return plan_to_ics(plan_for(catalog), profile(), catalog, parse_date(stamp, "stamp"));
}

Lines split(const std::string& text, const std::string& separator) {
    Lines lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string::npos;
         start = end + separator.size())
        lines.push_back(text.substr(start, end - start));
    if (start < text.size())
        lines.push_back(text.substr(start) + "<no CRLF>");
    return lines;
}

Lines unfolded(const std::string& text) {
    std::string joined;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0)
            i += 2;
        else
            joined += text[i];
    }
    return split(joined, "\r\n");
}

std::vector<Lines> events(const Lines& lines) {
    std::vector<Lines> found;
    for (const std::string& line : lines) {
        if (line == "BEGIN:VEVENT")
            found.emplace_back();
        if (!found.empty() && (found.back().empty() || found.back().back() != "END:VEVENT"))
            found.back().push_back(line);
    }
    return found;
}

std::string value(const Lines& event, const std::string& name) {
    for (const std::string& line : event) {
        if (line.rfind(name + ":", 0) == 0)
            return line.substr(name.size() + 1);
    }
    return "<no " + name + ">";
}

// RFC 5545 §3.3.11, strictly: a bare ',' or ';' or an unknown escape is an error.
std::string unescape_text(const std::string& escaped) {
    std::string text;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c == ',' || c == ';')
            throw std::runtime_error(fmt::format("unescaped '{}' at {} in {}", c, i, escaped));
        if (c != '\\') {
            text += c;
            continue;
        }
        const char next = i + 1 < escaped.size() ? escaped[++i] : '?';
        if (next == 'n' || next == 'N')
            text += '\n';
        else if (next == '\\' || next == ',' || next == ';')
            text += next;
        else
            throw std::runtime_error(fmt::format("bad escape '\\{}' in {}", next, escaped));
    }
    return text;
}

bool valid_utf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

std::string compact(Date date) {
    const std::string text = format_date(date);
    return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

TEST(IcsFormat, EveryLineEndsInCrlfAndIsAtMost75Octets) {
    for (const std::string& text : {ics(), ics(awkward_catalog())}) {
        ASSERT_GE(text.size(), 2U);
        EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
        for (const std::string& line : split(text, "\r\n")) {
            EXPECT_LE(line.size(), 75U) << line;
            EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << "a bare CR or LF in: " << line;
        }
    }
}

TEST(IcsFormat, ContinuationLinesStartWithASpaceAndKeepCharactersWhole) {
    int continuations = 0;
    for (const std::string& line : split(ics(), "\r\n")) {
        EXPECT_TRUE(valid_utf8(line)) << "a fold split a UTF-8 character: " << line;
        if (line.front() == ' ') {
            ++continuations;
            continue;
        }
        const std::size_t name_end = line.find_first_of(":;");
        ASSERT_NE(name_end, std::string::npos) << "neither a property nor a continuation: " << line;
        EXPECT_EQ(line.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ-"), name_end) << line;
    }
    EXPECT_GT(continuations, 12) << "every session description is long enough to be folded";
}

TEST(IcsFormat, UnfoldingRestoresEveryBlockOfEverySession) {
    const Plan plan = plan_for(builtin_catalog());
    const std::vector<Lines> found = events(unfolded(ics()));
    std::size_t index = 0;
    for (const PlanWeek& week : plan.weeks) {
        for (const Session& session : week.sessions) {
            ASSERT_LT(index, found.size());
            const std::string description = unescape_text(value(found[index++], "DESCRIPTION"));
            for (const PlannedBlock& block : session.blocks) {
                std::string expected = block_title(block.kind) + ":\n";
                for (const PlannedExercise& p : block.exercises)
                    expected += "- " + planned_exercise_line(p, builtin_catalog()) + "\n";
                EXPECT_NE(description.find(expected), std::string::npos) << expected << "\nnot in\n"
                                                                         << description;
            }
            EXPECT_EQ(description.find("A lighter deload week") != std::string::npos, week.deload)
                << description;
        }
    }
    EXPECT_EQ(index, found.size());
}

TEST(IcsFormat, TextEscapesCommaSemicolonBackslashAndNewline) {
    const std::string text = ics(awkward_catalog());
    const Lines lines = unfolded(text);
    const std::vector<Lines> found = events(lines);
    ASSERT_FALSE(found.empty());
    for (const Lines& event : found) {
        const std::string raw = value(event, "DESCRIPTION");
        EXPECT_NE(raw.find("(a\\,b\\;c\\\\d)"), std::string::npos) << raw;
        EXPECT_NE(raw.find("\\n- "), std::string::npos) << raw;
        std::string description;
        ASSERT_NO_THROW(description = unescape_text(raw));
        EXPECT_NE(description.find("Leg swings (a,b;c\\d) — "), std::string::npos) << description;
        EXPECT_NE(description.find("\nCool-down:\n"), std::string::npos) << description;
        EXPECT_NO_THROW(unescape_text(value(event, "SUMMARY")));
    }
}

TEST(IcsFormat, OneEventPerSessionAtThePreferredTimeForItsMinutes) {
    const Plan plan = plan_for(builtin_catalog());
    const Lines lines = unfolded(ics());
    const std::vector<Lines> found = events(lines);
    ASSERT_EQ(found.size(), 12U);  // 4 weeks × mon, wed, fri
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "END:VEVENT"), 12);
    std::size_t index = 0;
    std::set<std::string> uids;
    for (const PlanWeek& week : plan.weeks) {
        for (const Session& session : week.sessions) {
            const Lines& event = found[index++];
            EXPECT_EQ(value(event, "DTSTART"), compact(session.date) + "T070500");
            EXPECT_EQ(session.minutes, 45);
            EXPECT_EQ(value(event, "DURATION"), fmt::format("PT{}M", session.minutes));
            EXPECT_EQ(value(event, "DTSTAMP"), "20261121T000000Z");
            EXPECT_NE(value(event, "SUMMARY").find(fmt::format("week {}", week.number)), std::string::npos);
            uids.insert(value(event, "UID"));
        }
    }
    EXPECT_EQ(value(found.front(), "DTSTART"), "20261123T070500");
    EXPECT_EQ(uids.size(), 12U);
}

TEST(IcsFormat, EveryEventHasADisplayReminderThirtyMinutesBefore) {
    for (const Lines& event : events(unfolded(ics()))) {
        const auto begin = std::find(event.begin(), event.end(), "BEGIN:VALARM");
        const auto trigger = std::find(event.begin(), event.end(), "TRIGGER:-PT30M");
        const auto end = std::find(event.begin(), event.end(), "END:VALARM");
        ASSERT_NE(begin, event.end());
        EXPECT_TRUE(begin < trigger && trigger < end) << value(event, "DTSTART");
        EXPECT_NE(std::find(begin, end, "ACTION:DISPLAY"), end);
        EXPECT_EQ(std::count(event.begin(), event.end(), "BEGIN:VALARM"), 1);
    }
}

TEST(IcsFormat, TheCalendarWrapsTheEvents) {
    const Lines lines = unfolded(ics());
    ASSERT_GE(lines.size(), 4U);
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "VERSION:2.0"), lines.end());
    EXPECT_NE(value(lines, "PRODID"), "<no PRODID>");
}

TEST(IcsFormat, IsDeterministicAndDependsOnlyOnThePlanAndTheStamp) {
    EXPECT_EQ(ics(), ics());
    const Lines today = split(ics(), "\r\n");
    const Lines later = split(ics(builtin_catalog(), "2027-01-02"), "\r\n");
    ASSERT_EQ(today.size(), later.size());
    for (std::size_t i = 0; i < today.size(); ++i) {
        if (today[i].rfind("DTSTAMP:", 0) == 0)
            EXPECT_EQ(later[i], "DTSTAMP:20270102T000000Z");
        else
            EXPECT_EQ(today[i], later[i]);
    }
    const Catalog& catalog = builtin_catalog();
    const Date stamp = parse_date("2026-11-21", "stamp");
    EXPECT_NE(plan_to_ics(plan_for(catalog, 0), profile(), catalog, stamp),
              plan_to_ics(plan_for(catalog, 7), profile(), catalog, stamp));
}

}  // namespace
}  // namespace hipfit::io
