// Strong unit types. A quantity carries its unit in its type, so a pound can never be added to a
// kilogram: conversions between systems are explicit named functions.
#pragma once

#include <compare>

namespace hipfit::core {

template <class Unit>
class Quantity {
  public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value) : value_(value) {}

    [[nodiscard]] constexpr double value() const { return value_; }

    constexpr Quantity& operator+=(Quantity other) {
        value_ += other.value_;
        return *this;
    }
    constexpr Quantity& operator-=(Quantity other) {
        value_ -= other.value_;
        return *this;
    }
    friend constexpr Quantity operator+(Quantity a, Quantity b) { return Quantity(a.value_ + b.value_); }
    friend constexpr Quantity operator-(Quantity a, Quantity b) { return Quantity(a.value_ - b.value_); }
    friend constexpr Quantity operator-(Quantity a) { return Quantity(-a.value_); }
    friend constexpr Quantity operator*(Quantity a, double factor) { return Quantity(a.value_ * factor); }
    friend constexpr Quantity operator*(double factor, Quantity a) { return Quantity(a.value_ * factor); }
    friend constexpr Quantity operator/(Quantity a, double divisor) { return Quantity(a.value_ / divisor); }
    // The ratio of two quantities of the same unit is a plain number.
    friend constexpr double operator/(Quantity a, Quantity b) { return a.value_ / b.value_; }
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

  private:
    double value_ = 0.0;
};

struct KilogramUnit {};
struct PoundUnit {};
struct CentimetreUnit {};
struct InchUnit {};
struct KilocalorieUnit {};
struct GramUnit {};
struct MillilitreUnit {};

using Kilograms = Quantity<KilogramUnit>;
using Pounds = Quantity<PoundUnit>;
using Centimetres = Quantity<CentimetreUnit>;
using Inches = Quantity<InchUnit>;
using Kilocalories = Quantity<KilocalorieUnit>;  // energy; per day where a name says so
using Grams = Quantity<GramUnit>;
using Millilitres = Quantity<MillilitreUnit>;

// Exact by definition: the international yard and pound agreement (1959).
inline constexpr double kKilogramsPerPound = 0.45359237;
inline constexpr double kCentimetresPerInch = 2.54;
inline constexpr double kInchesPerFoot = 12.0;

constexpr Kilograms to_kilograms(Pounds pounds) {
    return Kilograms(pounds.value() * kKilogramsPerPound);
}
constexpr Pounds to_pounds(Kilograms kilograms) {
    return Pounds(kilograms.value() / kKilogramsPerPound);
}
constexpr Centimetres to_centimetres(Inches inches) {
    return Centimetres(inches.value() * kCentimetresPerInch);
}
constexpr Inches to_inches(Centimetres centimetres) {
    return Inches(centimetres.value() / kCentimetresPerInch);
}
constexpr double to_metres(Centimetres centimetres) {
    return centimetres.value() / 100.0;
}

}  // namespace hipfit::core
