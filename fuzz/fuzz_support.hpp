// What the fuzz targets share: what counts as a finding, how an expected refusal must look, and equality of
// decoded values for the round trips. A finding is reported by abort(), which libFuzzer turns into a crash
// file; anything thrown that is not an expected refusal escapes the target and crashes it too.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "core/body/profile.hpp"
#include "core/checkin/checkin_record.hpp"
#include "core/journal/journal.hpp"
#include "io/json_parse.hpp"

namespace hipfit::fuzz {

// A property does not hold: say which, and stop with a crash libFuzzer keeps as a reproducer.
[[noreturn]] inline void finding(std::string_view what) {
    std::fprintf(stderr, "\nFINDING: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

inline void require(bool ok, std::string_view what) {
    if (!ok)
        finding(what);
}

// The input being run: a refusal may quote it, so words found in the input are not held against the message.
inline std::string_view& current_input() {
    static std::string_view input;
    return input;
}

// A refusal is for a person: it says something, and never in the JSON library's words ("[json.exception.
// type_error.302] …"). A refusal may quote the input, so the words count only when the input cannot have
// brought them (it holds neither "exception" nor a \u escape that could spell it).
inline void check_message(std::string_view message) {
    require(!message.empty(), "a refusal without a message");
    const std::string_view input = current_input();
    const bool input_could_say_it =
        input.find("exception") != std::string_view::npos || input.find("\\u") != std::string_view::npos;
    require(message.find("json.exception") == std::string_view::npos || input_could_say_it,
            "a refusal in the JSON library's words (json.exception)");
}

inline void check_refusal(const core::InvalidInput& error) {
    require(!error.field().empty(), "an InvalidInput naming no field");
    check_message(error.what());
}

// Runs `parse`; true when it refused the input the expected way (core::InvalidInput or io::JsonSyntaxError,
// both checked). Anything else thrown escapes, and the fuzzer reports it.
template <class Parse>
bool refused(Parse&& parse) {
    try {
        parse();
        return false;
    } catch (const core::InvalidInput& error) {
        check_refusal(error);
        return true;
    } catch (const io::JsonSyntaxError& error) {
        check_message(error.what());
        return true;
    }
}

using core::valid_utf8;

// Field by field, doubles compared exactly: a round trip must give back the very same value.
inline bool same_measurements(const core::Measurements& a, const core::Measurements& b) {
    return a.waist == b.waist && a.hip == b.hip && a.thigh == b.thigh && a.thigh_left == b.thigh_left &&
           a.thigh_right == b.thigh_right && a.neck == b.neck && a.body_fat_percent == b.body_fat_percent;
}

inline bool same_entry(const core::Entry& a, const core::Entry& b) {
    return a.id == b.id && a.kind == b.kind && a.date == b.date && a.time == b.time && a.value == b.value &&
           a.protein_g == b.protein_g && a.note == b.note &&
           same_measurements(a.measurements, b.measurements) && a.sets == b.sets &&
           a.energy_kcal == b.energy_kcal && a.warm_up_skipped == b.warm_up_skipped;
}

inline bool same_entries(const std::vector<core::Entry>& a, const std::vector<core::Entry>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!same_entry(a[i], b[i]))
            return false;
    }
    return true;
}

inline bool same_profile(const core::Profile& a, const core::Profile& b) {
    return a.sex == b.sex && a.age.born == b.age.born && a.age.years_given == b.age.years_given &&
           a.age.given_on == b.age.given_on && a.height == b.height && a.weight == b.weight &&
           a.waist == b.waist && a.hip == b.hip && a.neck == b.neck && a.thigh == b.thigh &&
           a.activity == b.activity && a.pal_override == b.pal_override && a.goal == b.goal &&
           a.deficit == b.deficit && a.surplus == b.surplus && a.units == b.units &&
           a.equipment == b.equipment && a.days == b.days && a.minutes_per_session == b.minutes_per_session &&
           a.preferred_time == b.preferred_time && a.level == b.level && a.low_impact == b.low_impact &&
           a.program_start == b.program_start;
}

// `value` as a plain decimal that reads back to exactly the same double (never in exponent form, which
// hipfit's number parser refuses): the shortest form when it has no exponent, else every digit.
inline std::string exact_decimal(double value) {
    std::string text = fmt::format("{}", value);
    if (text.find_first_of("eE") == std::string::npos)
        return text;
    text = fmt::format("{:.1100f}", value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

// The input as text, kept as the current input for check_message.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    current_input() = {reinterpret_cast<const char*>(data), size};
    return current_input();
}

}  // namespace hipfit::fuzz
