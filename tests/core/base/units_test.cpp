#include "core/base/units.hpp"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace hipfit::core {
namespace {

constexpr double kExact = 1e-12;

TEST(UnitConstants, AreTheInternationalDefinitions) {
    EXPECT_EQ(kKilogramsPerPound, 0.45359237);
    EXPECT_EQ(kCentimetresPerInch, 2.54);
    EXPECT_EQ(kInchesPerFoot, 12.0);
}

TEST(MassConversion, OnePoundIsExactly0_45359237Kilograms) {
    EXPECT_NEAR(to_kilograms(Pounds(1.0)).value(), 0.45359237, kExact);
    // 100 · 0.45359237 = 45.359237
    EXPECT_NEAR(to_kilograms(Pounds(100.0)).value(), 45.359237, kExact);
    // 158 lb (11 st 4 lb) · 0.45359237 = 71.66759446
    EXPECT_NEAR(to_kilograms(Pounds(158.0)).value(), 71.66759446, kExact);
}

TEST(MassConversion, KilogramsToPoundsDividesByTheDefinition) {
    EXPECT_NEAR(to_pounds(Kilograms(0.45359237)).value(), 1.0, kExact);
    // 45.359237 / 0.45359237 = 100
    EXPECT_NEAR(to_pounds(Kilograms(45.359237)).value(), 100.0, kExact);
    // 1 / 0.45359237 = 2.2046226218487757
    EXPECT_NEAR(to_pounds(Kilograms(1.0)).value(), 2.2046226218487757, kExact);
}

TEST(LengthConversion, OneInchIsExactly2_54Centimetres) {
    EXPECT_NEAR(to_centimetres(Inches(1.0)).value(), 2.54, kExact);
    // 65 in · 2.54 = 165.1 cm (5 ft 5 in)
    EXPECT_NEAR(to_centimetres(Inches(65.0)).value(), 165.1, kExact);
    // 12 in · 2.54 = 30.48 cm (one foot)
    EXPECT_NEAR(to_centimetres(Inches(12.0)).value(), 30.48, kExact);
}

TEST(LengthConversion, CentimetresToInchesDividesByTheDefinition) {
    // 254 / 2.54 = 100
    EXPECT_NEAR(to_inches(Centimetres(254.0)).value(), 100.0, kExact);
    // 1 / 2.54 = 0.39370078740157477
    EXPECT_NEAR(to_inches(Centimetres(1.0)).value(), 0.39370078740157477, kExact);
}

TEST(LengthConversion, MetresAreCentimetresOverAHundred) {
    EXPECT_NEAR(to_metres(Centimetres(175.0)), 1.75, kExact);
    EXPECT_NEAR(to_metres(Centimetres(0.0)), 0.0, kExact);
}

TEST(ConversionProperty, PoundKilogramRoundTripsKeepTheValue) {
    std::mt19937 generator(20240615);
    std::uniform_real_distribution<double> value(0.001, 1000.0);
    for (int i = 0; i < 10000; ++i) {
        const double x = value(generator);
        const double via_kg = to_pounds(to_kilograms(Pounds(x))).value();
        const double via_lb = to_kilograms(to_pounds(Kilograms(x))).value();
        ASSERT_LT(std::abs(via_kg - x) / x, 1e-12) << "x = " << x;
        ASSERT_LT(std::abs(via_lb - x) / x, 1e-12) << "x = " << x;
    }
}

TEST(ConversionProperty, InchCentimetreRoundTripsKeepTheValue) {
    std::mt19937 generator(19590701);
    std::uniform_real_distribution<double> value(0.001, 1000.0);
    for (int i = 0; i < 10000; ++i) {
        const double x = value(generator);
        const double via_cm = to_inches(to_centimetres(Inches(x))).value();
        const double via_in = to_centimetres(to_inches(Centimetres(x))).value();
        ASSERT_LT(std::abs(via_cm - x) / x, 1e-12) << "x = " << x;
        ASSERT_LT(std::abs(via_in - x) / x, 1e-12) << "x = " << x;
    }
}

TEST(ConversionProperty, ConversionsAreLinear) {
    std::mt19937 generator(7);
    std::uniform_real_distribution<double> value(0.1, 500.0);
    for (int i = 0; i < 1000; ++i) {
        const double a = value(generator);
        const double b = value(generator);
        const double sum_kg = to_kilograms(Pounds(a) + Pounds(b)).value();
        const double kg_sum = (to_kilograms(Pounds(a)) + to_kilograms(Pounds(b))).value();
        ASSERT_LT(std::abs(sum_kg - kg_sum) / sum_kg, 1e-12);
    }
}

TEST(QuantityArithmetic, DefaultIsZero) {
    EXPECT_EQ(Kilograms().value(), 0.0);
}

TEST(QuantityArithmetic, AddsSubtractsAndNegates) {
    const Kilograms a(70.5);
    const Kilograms b(2.25);
    EXPECT_NEAR((a + b).value(), 72.75, kExact);
    EXPECT_NEAR((a - b).value(), 68.25, kExact);
    EXPECT_NEAR((-a).value(), -70.5, kExact);
    Kilograms c(10.0);
    c += Kilograms(5.0);
    EXPECT_NEAR(c.value(), 15.0, kExact);
    c -= Kilograms(7.5);
    EXPECT_NEAR(c.value(), 7.5, kExact);
}

TEST(QuantityArithmetic, CompoundAssignmentReturnsTheObject) {
    Centimetres c(1.0);
    (c += Centimetres(2.0)) += Centimetres(3.0);
    EXPECT_NEAR(c.value(), 6.0, kExact);
    (c -= Centimetres(1.0)) -= Centimetres(1.0);
    EXPECT_NEAR(c.value(), 4.0, kExact);
}

TEST(QuantityArithmetic, ScalesByPlainNumbersOnEitherSide) {
    const Kilocalories k(2000.0);
    EXPECT_NEAR((k * 1.55).value(), 3100.0, kExact);
    EXPECT_NEAR((0.8 * k).value(), 1600.0, kExact);
    EXPECT_NEAR((k / 4.0).value(), 500.0, kExact);
}

TEST(QuantityArithmetic, RatioOfSameUnitIsAPlainNumber) {
    const double ratio = Centimetres(80.0) / Centimetres(100.0);
    EXPECT_NEAR(ratio, 0.8, kExact);
}

TEST(QuantityComparison, OrdersByValue) {
    EXPECT_LT(Kilograms(1.0), Kilograms(2.0));
    EXPECT_GT(Kilograms(2.0), Kilograms(1.0));
    EXPECT_LE(Kilograms(2.0), Kilograms(2.0));
    EXPECT_GE(Kilograms(2.0), Kilograms(2.0));
    EXPECT_EQ(Kilograms(3.5), Kilograms(3.5));
    EXPECT_NE(Kilograms(3.5), Kilograms(3.6));
    EXPECT_FALSE(Kilograms(2.0) < Kilograms(2.0));
    EXPECT_TRUE(Millilitres(-1.0) < Millilitres(0.0));
}

TEST(QuantityComparison, WorksAtCompileTime) {
    static_assert(Grams(1.0) + Grams(2.0) == Grams(3.0));
    static_assert(to_centimetres(Inches(10.0)) == Centimetres(25.4));
    static_assert(Kilograms(1.0) < Kilograms(1.5));
    SUCCEED();
}

}  // namespace
}  // namespace hipfit::core
