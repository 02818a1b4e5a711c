#include "core/forecast/body_model_batch.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>

#include "core/base/errors.hpp"

// With GCC on x86-64 the day's integration is also compiled for AVX2 and the loader picks the version
// the processor runs (function multi-versioning): four doubles per instruction instead of SSE2's two,
// about 1.6 times as fast. AVX2 without FMA rounds exactly as SSE2 does (every operation is a single
// IEEE operation), so the numbers do not depend on the machine; the helpers are forced inline so that
// they are compiled into each version.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define HIPFIT_VECTOR_CLONES [[gnu::target_clones("avx2", "default")]]
#define HIPFIT_INLINE [[gnu::always_inline]] inline
#else
#define HIPFIT_VECTOR_CLONES
#define HIPFIT_INLINE inline
#endif

namespace hipfit::core {
namespace {

// Forbes' partition written in energy units: p = C / (C + F), C = 10.4 kg · ρ_L / ρ_F
// (docs/sources.md#forbes-1987).
constexpr double kForbesEnergyC =
    kForbesConstantKg * kLeanEnergyDensityKcalPerKg / kFatEnergyDensityKcalPerKg;
// With the synthesis costs η, Eq. 3 and Eq. 5 solve to dF/dt = F·u/ρ_F and dL/dt = C·u/ρ_L, where
// u = (intake − ρ_G·dG/dt − E) / ((1 + η_L/ρ_L)·C + (1 + η_F/ρ_F)·F) and E is the expenditure without
// the η terms (appendix Eq. 9; bw's Adult::R). One division per evaluation.
constexpr double kPartitionLean =
    (1.0 + kLeanSynthesisKcalPerKg / kLeanEnergyDensityKcalPerKg) * kForbesEnergyC;
constexpr double kPartitionFat = 1.0 + kFatSynthesisKcalPerKg / kFatEnergyDensityKcalPerKg;
constexpr double kPerFatDensity = 1.0 / kFatEnergyDensityKcalPerKg;
constexpr double kLeanRate = kForbesEnergyC / kLeanEnergyDensityKcalPerKg;
constexpr double kPerGlycogenDensity = 1.0 / kGlycogenEnergyDensityKcalPerKg;
constexpr double kFluidReturnPerDay = kSodiumExcretionMgPerLitreDay / kSodiumMgPerLitre;
constexpr double kPerThermogenesisDays = 1.0 / kAdaptiveThermogenesisDays;

// People per block: the block's arrays (about 18 × 64 doubles) stay in the L1 cache through the
// day's sub-steps, and being local they cannot alias, so the compiler vectorizes the inner loop.
constexpr std::size_t kBlock = 64;

struct State {
    double fat, lean, glycogen, ecf, thermogenesis;
};

// What drives one person through one day: their constants and the day's intake, folded so that a
// stage costs as few operations as possible (the benchmark's goal; docs/forecast.md).
struct Drive {
    double net_intake;    // EI + ΔEI − CI − K − β_TEF·ΔEI: intake less carbohydrate and fixed costs
    double carbohydrate;  // CI = 0.5 · (EI + ΔEI)
    double clearance;     // k_G
    double fat_cost;      // γ_F + δ, kcal/d per kg of fat (resting plus moving it)
    double lean_cost;     // γ_L + δ
    double fluid_cost;    // δ, for the fluid in the body weight
    double glycogen_cost;       // 3.7·δ, glycogen and its water
    double fluid_rate;          // (ξ_Na·ECF0 − ξ_CI·(1 − CI/CI_b)) / [Na], no change of sodium intake
    double thermogenesis_rate;  // β_AT·ΔEI / τ_AT
};

// Eqs 1, 2, 3, 5, 6, 7 of Hall et al. 2011's web appendix (docs/sources.md#hall-2011) with the glycogen
// term in kcal (ρ_G·dG/dt, as in bw's fix; docs/sources.md#bw):
// intake − ρ_G·dG/dt − E = net_intake + k_G·G² − (γ_F + δ)·F − (γ_L + δ)·L − δ·ECF − 3.7·δ·G − AT.
HIPFIT_INLINE State rates(const State& y, const Drive& d) {
    const double glycogen_use = d.clearance * y.glycogen * y.glycogen;
    const double imbalance = d.net_intake + glycogen_use - d.fat_cost * y.fat - d.lean_cost * y.lean -
                             d.fluid_cost * y.ecf - d.glycogen_cost * y.glycogen - y.thermogenesis;
    const double u = imbalance / (kPartitionLean + kPartitionFat * y.fat);
    return {u * y.fat * kPerFatDensity, u * kLeanRate, (d.carbohydrate - glycogen_use) * kPerGlycogenDensity,
            d.fluid_rate - kFluidReturnPerDay * y.ecf,
            d.thermogenesis_rate - kPerThermogenesisDays * y.thermogenesis};
}

HIPFIT_INLINE State along(const State& y, double h, const State& k) {
    return {y.fat + h * k.fat, y.lean + h * k.lean, y.glycogen + h * k.glycogen, y.ecf + h * k.ecf,
            y.thermogenesis + h * k.thermogenesis};
}

// One block of people as arrays of each field, so that the inner loops read them with plain vector loads.
struct Block {
    std::array<double, kBlock> fat, lean, glycogen, ecf, thermogenesis;
    std::array<double, kBlock> net_intake, carbohydrate, clearance, fat_cost, lean_cost, fluid_cost,
        glycogen_cost, fluid_rate, thermogenesis_rate;
};

// The rates of one RK4 stage for everyone in a block.
struct Stage {
    std::array<double, kBlock> fat, lean, glycogen, ecf, thermogenesis;

    HIPFIT_INLINE void set(std::size_t i, const State& k) {
        fat[i] = k.fat;
        lean[i] = k.lean;
        glycogen[i] = k.glycogen;
        ecf[i] = k.ecf;
        thermogenesis[i] = k.thermogenesis;
    }
    [[nodiscard]] HIPFIT_INLINE State get(std::size_t i) const {
        return {fat[i], lean[i], glycogen[i], ecf[i], thermogenesis[i]};
    }
};

HIPFIT_INLINE State state_of(const Block& b, std::size_t i) {
    return {b.fat[i], b.lean[i], b.glycogen[i], b.ecf[i], b.thermogenesis[i]};
}

HIPFIT_INLINE Drive drive_of(const Block& b, std::size_t i) {
    return {b.net_intake[i], b.carbohydrate[i],  b.clearance[i],  b.fat_cost[i],          b.lean_cost[i],
            b.fluid_cost[i], b.glycogen_cost[i], b.fluid_rate[i], b.thermogenesis_rate[i]};
}

// Classic fourth-order Runge–Kutta on all five states together, one stage at a time over the whole
// block: the people of a block are independent, so each stage's loop keeps the vector units busy
// instead of waiting on one person's chain of stages (1.6 times as fast as person by person).
HIPFIT_INLINE void rk4_step(Block& b, std::size_t count, double h, std::array<Stage, 3>& k) {
    for (std::size_t i = 0; i < count; ++i) k[0].set(i, rates(state_of(b, i), drive_of(b, i)));
    for (std::size_t i = 0; i < count; ++i)
        k[1].set(i, rates(along(state_of(b, i), 0.5 * h, k[0].get(i)), drive_of(b, i)));
    for (std::size_t i = 0; i < count; ++i)
        k[2].set(i, rates(along(state_of(b, i), 0.5 * h, k[1].get(i)), drive_of(b, i)));
    const double w = h / 6.0;
    for (std::size_t i = 0; i < count; ++i) {
        const State y = state_of(b, i);
        const State k1 = k[0].get(i);
        const State k2 = k[1].get(i);
        const State k3 = k[2].get(i);
        const State k4 = rates(along(y, h, k3), drive_of(b, i));
        b.fat[i] = y.fat + w * (k1.fat + 2.0 * (k2.fat + k3.fat) + k4.fat);
        b.lean[i] = y.lean + w * (k1.lean + 2.0 * (k2.lean + k3.lean) + k4.lean);
        b.glycogen[i] = y.glycogen + w * (k1.glycogen + 2.0 * (k2.glycogen + k3.glycogen) + k4.glycogen);
        b.ecf[i] = y.ecf + w * (k1.ecf + 2.0 * (k2.ecf + k3.ecf) + k4.ecf);
        b.thermogenesis[i] =
            y.thermogenesis +
            w * (k1.thermogenesis + 2.0 * (k2.thermogenesis + k3.thermogenesis) + k4.thermogenesis);
    }
}

HIPFIT_VECTOR_CLONES void integrate_day(Block& block, std::size_t count, int steps_per_day) {
    std::array<Stage, 3> stages;
    for (int step = 0; step < steps_per_day; ++step) rk4_step(block, count, 1.0 / steps_per_day, stages);
}

}  // namespace

double BodyState::weight_kg() const {
    return fat_kg + lean_kg + ecf_kg + kGlycogenWeightFactor * glycogen_kg;
}

BodyBatch::BodyBatch(std::span<const BodyBaseline> people) {
    for (const BodyBaseline& person : people) {
        fat_.push_back(person.state.fat_kg);
        lean_.push_back(person.state.lean_kg);
        glycogen_.push_back(person.state.glycogen_kg);
        ecf_.push_back(person.state.ecf_kg);
        thermogenesis_.push_back(person.state.adaptive_thermogenesis_kcal);
        intake_.push_back(person.intake.value());
        other_expenditure_.push_back(person.other_expenditure.value());
        activity_.push_back(person.activity_kcal_per_kg_day);
        glycogen_clearance_.push_back(person.glycogen_clearance);
        baseline_carbohydrate_.push_back(person.baseline_carbohydrate.value());
        baseline_ecf_.push_back(person.state.ecf_kg);
    }
}

BodyState BodyBatch::state(std::size_t person) const {
    return {fat_[person], lean_[person], glycogen_[person], ecf_[person], thermogenesis_[person]};
}

void BodyBatch::advance_day(std::span<const double> intake_change, int steps_per_day) {
    if (intake_change.size() != size())
        throw InvalidInput("intake-change",
                           fmt::format("{} intake changes for {} people", intake_change.size(), size()));
    if (steps_per_day < 1)
        throw InvalidInput("steps-per-day",
                           fmt::format("steps per day must be at least 1, not {}", steps_per_day));
    for (std::size_t i = 0; i < size(); ++i) {
        if (intake_[i] + intake_change[i] < 0.0)
            throw InvalidInput(
                "intake-change",
                fmt::format("an intake change of {:.0f} kcal/day would leave an intake below zero "
                            "(the baseline is {:.0f} kcal/day)",
                            intake_change[i], intake_[i]));
    }
    Block block;
    for (std::size_t first = 0; first < size(); first += kBlock) {
        const std::size_t count = std::min(kBlock, size() - first);
        for (std::size_t j = 0; j < count; ++j) {
            const std::size_t i = first + j;
            const double change = intake_change[i];
            const double carbohydrate = kCarbohydrateFraction * (intake_[i] + change);
            block.fat[j] = fat_[i];
            block.lean[j] = lean_[i];
            block.glycogen[j] = glycogen_[i];
            block.ecf[j] = ecf_[i];
            block.thermogenesis[j] = thermogenesis_[i];
            const double delta = activity_[i];
            block.net_intake[j] =
                intake_[i] + change - carbohydrate - other_expenditure_[i] - kThermicEffectOfFood * change;
            block.carbohydrate[j] = carbohydrate;
            block.clearance[j] = glycogen_clearance_[i];
            block.fat_cost[j] = kFatRestingKcalPerKgDay + delta;
            block.lean_cost[j] = kLeanRestingKcalPerKgDay + delta;
            block.fluid_cost[j] = delta;
            block.glycogen_cost[j] = kGlycogenWeightFactor * delta;
            block.fluid_rate[j] = (kSodiumExcretionMgPerLitreDay * baseline_ecf_[i] -
                                   kCarbSodiumMgPerDay * (1.0 - carbohydrate / baseline_carbohydrate_[i])) /
                                  kSodiumMgPerLitre;
            block.thermogenesis_rate[j] = kAdaptiveThermogenesis * change / kAdaptiveThermogenesisDays;
        }
        integrate_day(block, count, steps_per_day);
        for (std::size_t j = 0; j < count; ++j) {
            const std::size_t i = first + j;
            fat_[i] = block.fat[j];
            lean_[i] = block.lean[j];
            glycogen_[i] = block.glycogen[j];
            ecf_[i] = block.ecf[j];
            thermogenesis_[i] = block.thermogenesis[j];
        }
    }
}

}  // namespace hipfit::core
