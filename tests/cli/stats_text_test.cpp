// The stats as text, from core::Stats directly: a change that rounds to zero at the shown precision has no
// minus sign ("+0.0 kg", never "-0.0 kg"), for weight, its weekly rate and the measurements, in both units.
#include <gmock/gmock.h>

#include <sstream>

#include "cli/stats_text.hpp"

namespace hipfit::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const core::Date kEnd{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(21)};

// A flat week: the trend and the hip moved by `change` (kg and cm), too little to show.
core::Stats flat_week(double change) {
    core::Stats stats;
    stats.period = {core::add_days(kEnd, -6), kEnd};
    stats.weight = {72.0, 72.0 + change, change, change, 72.0, 7};
    stats.measurements.hip_cm = core::Change{104.0, 104.0 + change};
    return stats;
}

std::string text_of(const core::Stats& stats, core::UnitSystem units) {
    std::ostringstream out;
    print_stats_text(out, stats, units, "sleep");
    return out.str();
}

TEST(StatsText, AChangeThatRoundsToZeroHasNoMinusSign) {
    for (const double change : {-0.01, -0.049, -1e-12, 0.0, 0.01}) {
        const std::string metric = text_of(flat_week(change), core::UnitSystem::metric);
        EXPECT_THAT(metric, HasSubstr("(+0.0 kg, +0.0 kg a week)")) << change << "\n" << metric;
        EXPECT_THAT(metric, HasSubstr("104.0 cm (+0.0 cm)")) << change << "\n" << metric;
        const std::string imperial = text_of(flat_week(change * 0.4), core::UnitSystem::imperial);
        EXPECT_THAT(imperial, HasSubstr("(+0.0 lb, +0.0 lb a week)")) << change << "\n" << imperial;
        EXPECT_THAT(imperial, HasSubstr("(+0.0 in)")) << change << "\n" << imperial;
        EXPECT_THAT(metric + imperial, Not(HasSubstr("-0.0"))) << change;
    }
}

TEST(StatsText, AChangeThatShowsKeepsItsSign) {
    const std::string loss = text_of(flat_week(-0.06), core::UnitSystem::metric);
    EXPECT_THAT(loss, HasSubstr("(-0.1 kg, -0.1 kg a week)")) << loss;
    EXPECT_THAT(loss, HasSubstr("103.9 cm (-0.1 cm)")) << loss;
    const std::string gain = text_of(flat_week(0.06), core::UnitSystem::metric);
    EXPECT_THAT(gain, HasSubstr("(+0.1 kg, +0.1 kg a week)")) << gain;
    EXPECT_THAT(gain, HasSubstr("104.1 cm (+0.1 cm)")) << gain;
}

}  // namespace
}  // namespace hipfit::cli
