// Quantities as people type them: core/base/quantity_parse.hpp (decimals, whole numbers, lengths, masses) and
// core/journal/journal_values.hpp (volumes, durations, each journal kind's value). The whole input is the
// text, read by every parser in both unit systems.
//
// Properties: a value accepted is finite and not negative (no parser takes a sign); a refusal is an
// InvalidInput naming the field it was given; a number written back in canonical form reads back exactly
// (decimal, whole number, cm, kg); a bare number means the same as the number with the default unit.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/journal/journal_values.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

using namespace hipfit;
using core::UnitSystem;
using fuzz::require;

constexpr const char* kField = "--fuzz";

// Runs `parse`; the value when it was accepted (checked finite and not negative), else none, the refusal
// checked to name kField.
template <class Parse>
std::optional<double> accepted(Parse&& parse) {
    try {
        const double value = parse();
        require(std::isfinite(value), "a parsed quantity is not finite");
        require(value >= 0, "a parsed quantity is negative");
        return value;
    } catch (const core::InvalidInput& error) {
        fuzz::check_refusal(error);
        require(error.field() == kField, "a quantity's refusal names another field");
        return std::nullopt;
    }
}

bool has_letter(std::string_view text) {
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    }
    return false;
}

void numbers(std::string_view text) {
    if (const auto value = accepted([&] { return core::parse_decimal(text, kField); })) {
        const auto again = accepted([&] { return core::parse_decimal(fuzz::exact_decimal(*value), kField); });
        require(again == value, "parse_decimal: the value written back reads differently");
    }
    if (const auto value = accepted([&] { return double(core::parse_whole_number(text, kField)); })) {
        require(*value == std::floor(*value), "parse_whole_number: not whole");
        const auto again = accepted([&] {
            return double(core::parse_whole_number(std::to_string(static_cast<int>(*value)), kField));
        });
        require(again == value, "parse_whole_number: the value written back reads differently");
    }
}

void lengths_and_masses(std::string_view text, UnitSystem units) {
    const auto length = accepted([&] { return core::parse_length(text, units, kField).value(); });
    if (length) {
        const auto again = accepted(
            [&] { return core::parse_length(fuzz::exact_decimal(*length) + "cm", units, kField).value(); });
        require(again == length, "parse_length: the length written back in cm reads differently");
    }
    const auto mass = accepted([&] { return core::parse_mass(text, units, kField).value(); });
    if (mass) {
        const auto again = accepted(
            [&] { return core::parse_mass(fuzz::exact_decimal(*mass) + "kg", units, kField).value(); });
        require(again == mass, "parse_mass: the mass written back in kg reads differently");
    }
    if (!text.empty() && !has_letter(text)) {
        const std::string unit_length = std::string(text) + (units == UnitSystem::metric ? "cm" : "in");
        const std::string unit_mass = std::string(text) + (units == UnitSystem::metric ? "kg" : "lb");
        require(length == accepted([&] { return core::parse_length(unit_length, units, kField).value(); }),
                "parse_length: a bare number differs from the number in the default unit");
        require(mass == accepted([&] { return core::parse_mass(unit_mass, units, kField).value(); }),
                "parse_mass: a bare number differs from the number in the default unit");
    }
}

void journal_values(std::string_view text, UnitSystem units) {
    accepted([&] { return core::parse_volume(text, units, kField).value(); });
    accepted([&] { return core::parse_hours(text, kField); });
    for (const auto& named : core::kEntryKindNames) {
        const core::EntryKind kind = named.first;
        if (kind == core::EntryKind::measure || kind == core::EntryKind::workout) {
            require(!accepted([&] { return core::parse_entry_value(kind, text, units, kField); }),
                    "parse_entry_value: a measure or workout has a single value");
            continue;
        }
        accepted([&] { return core::parse_entry_value(kind, text, units, kField); });
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    numbers(text);
    for (const UnitSystem units : {UnitSystem::metric, UnitSystem::imperial}) {
        lengths_and_masses(text, units);
        journal_values(text, units);
    }
    return 0;
}
