#include "core/base/quantity_parse.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::core {
namespace {

// Pounds in a stone: 14, by definition of the imperial stone.
constexpr double kPoundsPerStone = 14.0;

struct Term {
    std::string_view number;
    std::string_view unit;
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string quoted(std::string_view text) {
    return "'" + printable(text) + "'";
}

[[noreturn]] void malformed(std::string_view text, std::string_view field, std::string_view expected) {
    throw InvalidInput(std::string(field),
                       std::string(field) + ": " + quoted(text) + " is not " + std::string(expected));
}

// Splits "5ft5in" into {5, ft}, {5, in}. Any other character makes the text malformed.
std::vector<Term> split_terms(std::string_view text, std::string_view field, std::string_view expected) {
    std::vector<Term> terms;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t number_start = i;
        while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
        const std::size_t unit_start = i;
        while (i < text.size() && is_letter(text[i])) ++i;
        if (number_start == unit_start)
            malformed(text, field, expected);
        terms.push_back(
            {text.substr(number_start, unit_start - number_start), text.substr(unit_start, i - unit_start)});
    }
    if (terms.empty())
        malformed(text, field, expected);
    return terms;
}

bool unit_is(std::string_view unit, std::initializer_list<std::string_view> names) {
    for (auto name : names) {
        if (unit == name)
            return true;
    }
    return false;
}

}  // namespace

double parse_decimal(std::string_view text, std::string_view field) {
    constexpr std::string_view expected = "a number (digits with an optional decimal point, e.g. 72.5)";
    int digits = 0;
    int points = 0;
    for (char c : text) {
        if (is_digit(c)) {
            ++digits;
        } else if (c == '.') {
            ++points;
        } else {
            malformed(text, field, expected);
        }
    }
    if (digits == 0 || points > 1)
        malformed(text, field, expected);
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        malformed(text, field, expected);
    }
    return value;
}

int parse_whole_number(std::string_view text, std::string_view field) {
    constexpr std::string_view expected = "a whole number (digits only, e.g. 45)";
    if (text.empty())
        malformed(text, field, expected);
    for (char c : text) {
        if (!is_digit(c))
            malformed(text, field, expected);
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        throw InvalidInput(std::string(field), std::string(field) + ": " + quoted(text) + " is too large");
    if (error != std::errc() || end != text.data() + text.size())
        malformed(text, field, expected);
    return value;
}

namespace {

Centimetres length_of(std::string_view text, UnitSystem default_units, std::string_view field) {
    constexpr std::string_view expected = "a length such as 165cm, 1.65m, 64.5in or 5ft5in";
    const auto terms = split_terms(text, field, expected);
    auto number = [&](const Term& term) { return parse_decimal(term.number, field); };
    if (terms.size() == 1) {
        const Term& term = terms.front();
        if (term.unit.empty()) {
            return default_units == UnitSystem::metric ? Centimetres(number(term))
                                                       : to_centimetres(Inches(number(term)));
        }
        if (unit_is(term.unit, {"cm"}))
            return Centimetres(number(term));
        if (unit_is(term.unit, {"m"}))
            return Centimetres(number(term) * 100.0);
        if (unit_is(term.unit, {"in"}))
            return to_centimetres(Inches(number(term)));
        if (unit_is(term.unit, {"ft"}))
            return to_centimetres(Inches(number(term) * kInchesPerFoot));
    } else if (terms.size() == 2 && unit_is(terms[0].unit, {"ft"}) && unit_is(terms[1].unit, {"in"})) {
        const double inches = number(terms[1]);
        if (inches >= kInchesPerFoot)
            throw InvalidInput(std::string(field), std::string(field) + ": " + quoted(text) +
                                                       " is not a length: the inches after the feet "
                                                       "must be under 12 (e.g. 5ft11in)");
        return to_centimetres(Inches(number(terms[0]) * kInchesPerFoot + inches));
    }
    malformed(text, field, expected);
}

Kilograms mass_of(std::string_view text, UnitSystem default_units, std::string_view field) {
    constexpr std::string_view expected = "a mass such as 72kg, 158.7lb or 11st4lb";
    const auto terms = split_terms(text, field, expected);
    auto number = [&](const Term& term) { return parse_decimal(term.number, field); };
    if (terms.size() == 1) {
        const Term& term = terms.front();
        if (term.unit.empty()) {
            return default_units == UnitSystem::metric ? Kilograms(number(term))
                                                       : to_kilograms(Pounds(number(term)));
        }
        if (unit_is(term.unit, {"kg"}))
            return Kilograms(number(term));
        if (unit_is(term.unit, {"lb", "lbs"}))
            return to_kilograms(Pounds(number(term)));
        if (unit_is(term.unit, {"st"}))
            return to_kilograms(Pounds(number(term) * kPoundsPerStone));
    } else if (terms.size() == 2 && unit_is(terms[0].unit, {"st"}) && unit_is(terms[1].unit, {"lb", "lbs"})) {
        const double pounds = number(terms[1]);
        if (pounds >= kPoundsPerStone)
            throw InvalidInput(std::string(field), std::string(field) + ": " + quoted(text) +
                                                       " is not a mass: the pounds after the stones "
                                                       "must be under 14 (e.g. 11st13lb)");
        return to_kilograms(Pounds(number(terms[0]) * kPoundsPerStone + pounds));
    }
    malformed(text, field, expected);
}

}  // namespace

double finite_quantity(double value, std::string_view text, std::string_view field) {
    if (!std::isfinite(value))
        throw InvalidInput(std::string(field), std::string(field) + ": " + quoted(text) + " is too large");
    return value;
}

Centimetres parse_length(std::string_view text, UnitSystem default_units, std::string_view field) {
    return Centimetres(finite_quantity(length_of(text, default_units, field).value(), text, field));
}

Kilograms parse_mass(std::string_view text, UnitSystem default_units, std::string_view field) {
    return Kilograms(finite_quantity(mass_of(text, default_units, field).value(), text, field));
}

}  // namespace hipfit::core
