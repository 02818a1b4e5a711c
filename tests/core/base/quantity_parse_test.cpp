#include "core/base/quantity_parse.hpp"

#include <array>
#include <charconv>
#include <random>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"

namespace hipfit::core {
namespace {

constexpr double kTight = 1e-9;

// Formats a double in plain decimal notation with the fewest digits that read back exactly.
std::string plain(double value) {
    std::array<char, 64> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
    return std::string(buffer.data(), result.ptr);
}

TEST(ParseDecimal, ReadsDigitsWithAnOptionalPoint) {
    EXPECT_EQ(parse_decimal("72", "--weight"), 72.0);
    EXPECT_EQ(parse_decimal("72.5", "--weight"), 72.5);
    EXPECT_EQ(parse_decimal("0.25", "--weight"), 0.25);
    EXPECT_EQ(parse_decimal(".5", "--weight"), 0.5);
    EXPECT_EQ(parse_decimal("5.", "--weight"), 5.0);
    EXPECT_EQ(parse_decimal("007", "--weight"), 7.0);
}

TEST(ParseDecimal, RejectsAnythingButAPlainNumberNamingTheField) {
    for (const std::string_view text :
         {"7O", "1e999", "1e3", "nan", "inf", "", "-5", "+3", "1.2.3", ".", " 72", "72 ", "0x10", "1,5"}) {
        try {
            (void)parse_decimal(text, "--pal");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--pal") << text;
            EXPECT_NE(std::string(error.what()).find("--pal"), std::string::npos) << error.what();
        }
    }
}

TEST(ParseDecimal, RejectsANumberTooLargeForADouble) {
    const std::string huge = "1" + std::string(400, '0');
    EXPECT_THROW((void)parse_decimal(huge, "--weight"), InvalidInput);
}

// 1 followed by 308 zeros is a finite double, but not once converted to centimetres or from stones
// (found by fuzz/quantity_fuzz.cpp: it read as an infinite length).
TEST(ParseQuantity, ANumberThatOverflowsItsConversionIsTooLarge) {
    const std::string huge = "1" + std::string(308, '0');
    auto expect_too_large = [](auto parse, const std::string& text) {
        try {
            (void)parse(text);
            ADD_FAILURE() << "accepted " << text.size() << " characters";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--fuzz");
            EXPECT_TRUE(std::string(error.what()).ends_with("' is too large")) << error.what();
        }
    };
    const auto length = [](const std::string& text) {
        return parse_length(text, UnitSystem::metric, "--fuzz");
    };
    const auto mass = [](const std::string& text) { return parse_mass(text, UnitSystem::metric, "--fuzz"); };
    for (const char* unit : {"m", "ft", "in"}) expect_too_large(length, huge + unit);
    expect_too_large(mass, huge + "st");
    EXPECT_EQ(finite_quantity(72.5, "72.5", "--weight"), 72.5);
}

TEST(ParseWholeNumber, ReadsDigitsOnly) {
    EXPECT_EQ(parse_whole_number("45", "--minutes"), 45);
    EXPECT_EQ(parse_whole_number("0", "--minutes"), 0);
    EXPECT_EQ(parse_whole_number("2147483647", "--minutes"), 2147483647);
}

TEST(ParseWholeNumber, RejectsSignsPointsBlanksAndOverflow) {
    for (const std::string_view text : {"", "-1", "+1", "4.5", "4 5", "45min", "2147483648", "1e2"}) {
        try {
            (void)parse_whole_number(text, "--minutes");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--minutes") << text;
        }
    }
}

TEST(ParseLength, ReadsEachUnitSuffix) {
    EXPECT_NEAR(parse_length("165cm", UnitSystem::metric, "--height").value(), 165.0, kTight);
    // 1.65 m · 100 = 165 cm
    EXPECT_NEAR(parse_length("1.65m", UnitSystem::metric, "--height").value(), 165.0, kTight);
    // 64.5 in · 2.54 = 163.83 cm
    EXPECT_NEAR(parse_length("64.5in", UnitSystem::metric, "--height").value(), 163.83, kTight);
    // 5 ft · 12 = 60 in; 60 · 2.54 = 152.4 cm
    EXPECT_NEAR(parse_length("5ft", UnitSystem::metric, "--height").value(), 152.4, kTight);
    // 5 ft 5 in = 65 in; 65 · 2.54 = 165.1 cm
    EXPECT_NEAR(parse_length("5ft5in", UnitSystem::metric, "--height").value(), 165.1, kTight);
    // 5 ft 10.5 in = 70.5 in; 70.5 · 2.54 = 179.07 cm
    EXPECT_NEAR(parse_length("5ft10.5in", UnitSystem::imperial, "--height").value(), 179.07, kTight);
}

TEST(ParseLength, SuffixIsIndependentOfTheDefaultSystem) {
    EXPECT_NEAR(parse_length("165cm", UnitSystem::imperial, "--height").value(), 165.0, kTight);
    EXPECT_NEAR(parse_length("64.5in", UnitSystem::imperial, "--height").value(), 163.83, kTight);
}

TEST(ParseLength, BareNumberIsCentimetresInMetricAndInchesInImperial) {
    EXPECT_NEAR(parse_length("165", UnitSystem::metric, "--height").value(), 165.0, kTight);
    // 165 in · 2.54 = 419.1 cm
    EXPECT_NEAR(parse_length("165", UnitSystem::imperial, "--height").value(), 419.1, kTight);
    // 32 in · 2.54 = 81.28 cm
    EXPECT_NEAR(parse_length("32", UnitSystem::imperial, "--waist").value(), 81.28, kTight);
}

TEST(ParseLength, RejectsMalformedTextNamingTheField) {
    for (const std::string_view text :
         {"7O", "1e999", "nan", "inf", "", "-5", "1.2.3", "5in5ft", "12xx", ".", "+3", " 72", "72 kg", "5ft5",
          "5ft5in3", "cm", "165CM", "1.65mm", "5in5in"}) {
        try {
            (void)parse_length(text, UnitSystem::metric, "--waist");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--waist") << text;
            EXPECT_NE(std::string(error.what()).find("--waist"), std::string::npos) << error.what();
        }
    }
}

TEST(ParseMass, ReadsEachUnitSuffix) {
    EXPECT_NEAR(parse_mass("72kg", UnitSystem::imperial, "--weight").value(), 72.0, kTight);
    // 158.7 lb · 0.45359237 = 71.985109119 kg
    EXPECT_NEAR(parse_mass("158.7lb", UnitSystem::metric, "--weight").value(), 71.985109119, kTight);
    EXPECT_NEAR(parse_mass("158.7lbs", UnitSystem::metric, "--weight").value(), 71.985109119, kTight);
    // 11 st 4 lb = 11 · 14 + 4 = 158 lb; 158 · 0.45359237 = 71.66759446 kg
    EXPECT_NEAR(parse_mass("11st4lb", UnitSystem::metric, "--weight").value(), 71.66759446, kTight);
    EXPECT_NEAR(parse_mass("11st4lbs", UnitSystem::metric, "--weight").value(), 71.66759446, kTight);
    // 12 st = 168 lb; 168 · 0.45359237 = 76.20351816 kg
    EXPECT_NEAR(parse_mass("12st", UnitSystem::metric, "--weight").value(), 76.20351816, kTight);
}

TEST(ParseMass, BareNumberIsKilogramsInMetricAndPoundsInImperial) {
    EXPECT_NEAR(parse_mass("72", UnitSystem::metric, "--weight").value(), 72.0, kTight);
    // 72 lb · 0.45359237 = 32.65865064 kg
    EXPECT_NEAR(parse_mass("72", UnitSystem::imperial, "--weight").value(), 32.65865064, kTight);
}

TEST(ParseMass, RejectsMalformedTextNamingTheField) {
    for (const std::string_view text : {"7O", "1e999", "nan", "inf", "", "-5", "1.2.3", "12xx", ".", "+3",
                                        " 72", "72 kg", "4lb11st", "11st4", "72KG", "11st4kg", "72g"}) {
        try {
            (void)parse_mass(text, UnitSystem::metric, "--weight");
            ADD_FAILURE() << "accepted '" << text << "'";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.field(), "--weight") << text;
        }
    }
}

TEST(ParseProperty, InchesTextParsesToTheConvertedLength) {
    std::mt19937 generator(165);
    std::uniform_real_distribution<double> inches(1.0, 100.0);
    for (int i = 0; i < 5000; ++i) {
        const double x = inches(generator);
        const std::string text = plain(x) + "in";
        ASSERT_EQ(parse_length(text, UnitSystem::metric, "--height").value(),
                  to_centimetres(Inches(x)).value())
            << text;
        ASSERT_EQ(parse_length(plain(x), UnitSystem::imperial, "--height").value(),
                  to_centimetres(Inches(x)).value())
            << text;
    }
}

TEST(ParseProperty, CentimetreTextRoundTrips) {
    std::mt19937 generator(254);
    std::uniform_real_distribution<double> centimetres(1.0, 300.0);
    for (int i = 0; i < 5000; ++i) {
        const double x = centimetres(generator);
        ASSERT_EQ(parse_length(plain(x) + "cm", UnitSystem::imperial, "--hip").value(), x) << plain(x);
        ASSERT_EQ(parse_length(plain(x), UnitSystem::metric, "--hip").value(), x) << plain(x);
    }
}

TEST(ParseProperty, FeetAndInchesAddUp) {
    std::mt19937 generator(12);
    std::uniform_int_distribution<int> feet(3, 7);
    std::uniform_int_distribution<int> inches(0, 11);
    for (int i = 0; i < 500; ++i) {
        const int ft = feet(generator);
        const int in = inches(generator);
        const std::string text = std::to_string(ft) + "ft" + std::to_string(in) + "in";
        const double expected = (ft * 12 + in) * 2.54;
        ASSERT_NEAR(parse_length(text, UnitSystem::metric, "--height").value(), expected, kTight) << text;
    }
}

TEST(ParseProperty, PoundsTextParsesToTheConvertedMass) {
    std::mt19937 generator(453);
    std::uniform_real_distribution<double> pounds(50.0, 600.0);
    for (int i = 0; i < 5000; ++i) {
        const double x = pounds(generator);
        ASSERT_EQ(parse_mass(plain(x) + "lb", UnitSystem::metric, "--weight").value(),
                  to_kilograms(Pounds(x)).value());
        ASSERT_EQ(parse_mass(plain(x) + "kg", UnitSystem::imperial, "--weight").value(), x);
    }
}

}  // namespace
}  // namespace hipfit::core
