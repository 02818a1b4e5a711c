// Reading numbers and measurements the way people type them: "72kg", "158.7lb", "165cm", "5ft5in".
#pragma once

#include <string_view>

#include "core/base/units.hpp"

namespace hipfit::core {

enum class UnitSystem { metric, imperial };

// A plain decimal number: digits with at most one decimal point. No sign, no exponent, no
// "nan"/"inf": a typo such as "7O" or "1e999" is an error, never a surprise value.
double parse_decimal(std::string_view text, std::string_view field);

// A whole number of digits only, e.g. minutes or a PAL-free count.
int parse_whole_number(std::string_view text, std::string_view field);

// `value` converted from `text`, refused as too large when the conversion overflowed: a number of 300
// digits is a valid decimal, but not a length or a mass.
double finite_quantity(double value, std::string_view text, std::string_view field);

// A length with an optional unit suffix: cm, m, in, ft, or ft and in together ("5ft5in").
// Without a suffix the number is in centimetres (metric) or inches (imperial).
Centimetres parse_length(std::string_view text, UnitSystem default_units, std::string_view field);

// A mass with an optional unit suffix: kg, lb/lbs, st, or st and lb together ("11st4lb").
// Without a suffix the number is in kilograms (metric) or pounds (imperial).
Kilograms parse_mass(std::string_view text, UnitSystem default_units, std::string_view field);

}  // namespace hipfit::core
