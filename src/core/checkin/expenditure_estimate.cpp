// The expenditure filter: state x = [weight kg, expenditure kcal/day], one step a day (TDEETracker;
// docs/sources.md#tdeetracker; with ρ from Forbes instead of 7,700 kcal/kg: docs/sources.md#energy-per-kg),
// then a Rauch–Tung–Striebel pass for the weight trend.
#include "core/checkin/expenditure_estimate.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "core/energy/energy.hpp"

namespace hipfit::core {
namespace {

// A 2×2 matrix [[a, b], [c, d]] and a 2-vector: all the linear algebra a two-state filter needs.
struct Mat2 {
    double a = 0, b = 0, c = 0, d = 0;
};
struct Vec2 {
    double w = 0, e = 0;
};

Mat2 operator*(const Mat2& x, const Mat2& y) {
    return {x.a * y.a + x.b * y.c, x.a * y.b + x.b * y.d, x.c * y.a + x.d * y.c, x.c * y.b + x.d * y.d};
}
Mat2 operator+(const Mat2& x, const Mat2& y) {
    return {x.a + y.a, x.b + y.b, x.c + y.c, x.d + y.d};
}
Mat2 operator-(const Mat2& x, const Mat2& y) {
    return {x.a - y.a, x.b - y.b, x.c - y.c, x.d - y.d};
}
Vec2 operator*(const Mat2& m, const Vec2& v) {
    return {m.a * v.w + m.b * v.e, m.c * v.w + m.d * v.e};
}
Vec2 operator+(const Vec2& x, const Vec2& y) {
    return {x.w + y.w, x.e + y.e};
}
Vec2 operator-(const Vec2& x, const Vec2& y) {
    return {x.w - y.w, x.e - y.e};
}
Mat2 transposed(const Mat2& m) {
    return {m.a, m.c, m.b, m.d};
}
Mat2 inverse(const Mat2& m) {
    const double det = m.a * m.d - m.b * m.c;
    return {m.d / det, -m.b / det, -m.c / det, m.a / det};
}

struct Belief {
    Vec2 x;
    Mat2 p;  // covariance
};

// One day: x' = F x + u, P' = F P Fᵀ + Q.
struct Transition {
    Mat2 f;
    Vec2 u;
    Mat2 q;
};

// Weight moves by (intake − expenditure)/ρ a day; the intake's logging error passes into the weight's
// process noise. A day without food logged is read as the average logged day with a wide SD: the day
// still shows the usual deficit or surplus, but its weight change weighs little on the estimate. With no
// food logged at all the balance is unknown and the days say nothing about expenditure.
Transition day_transition(std::optional<Kilocalories> intake, std::optional<Kilocalories> usual_intake,
                          const Belief& belief, double rho, double expenditure_scale) {
    const double drift = kWeightDriftSdFraction * belief.x.w;
    const double wander = kExpenditureDriftSdFraction * expenditure_scale;
    const double unknown = kUnloggedDayIntakeSdKcal / rho;
    if (!intake && !usual_intake)
        return {{1, 0, 0, 1}, {}, Mat2{drift * drift + unknown * unknown, 0, 0, wander * wander}};
    const double eaten = intake.value_or(*usual_intake).value();
    const double error = intake ? kIntakeLogSdFraction * eaten / rho : unknown;
    return {{1, -1.0 / rho, 0, 1}, {eaten / rho, 0}, {drift * drift + error * error, 0, 0, wander * wander}};
}

Belief predict(const Belief& belief, const Transition& t) {
    return {t.f * belief.x + t.u, t.f * belief.p * transposed(t.f) + t.q};
}

// The measurement z = weight, H = [1, 0], robust to a reading far off the prediction (KalorieKalman).
Belief update(const Belief& prior, double weighed_kg) {
    const double scale = kWeighInSdFraction * prior.x.w;
    double noise = scale * scale;
    const double innovation = weighed_kg - prior.x.w;
    const double spread = prior.p.a + noise;
    const double distance = innovation * innovation / spread;
    if (distance > kOutlierChiSquare) {
        const double inflation = distance / kOutlierChiSquare;
        noise = (inflation - 1.0) * prior.p.a + inflation * noise;
    }
    const double gain_w = prior.p.a / (prior.p.a + noise);
    const double gain_e = prior.p.c / (prior.p.a + noise);
    Belief posterior = prior;
    posterior.x = prior.x + Vec2{gain_w * innovation, gain_e * innovation};
    // P' = (I − K H) P, kept symmetric.
    posterior.p.a = (1.0 - gain_w) * prior.p.a;
    posterior.p.b = (1.0 - gain_w) * prior.p.b;
    posterior.p.c = posterior.p.b;
    posterior.p.d = prior.p.d - gain_e * prior.p.b;
    return posterior;
}

// Each day's filtered belief and the step that led into it (none for the first day).
struct Pass {
    std::vector<Belief> filtered;
    std::vector<Belief> predicted;  // [k] = the prediction for day k before its weigh-in
    std::vector<Transition> steps;  // [k] = the step from day k−1 to day k
};

// Rauch–Tung–Striebel: the weight trend at the first day, seen with every later weigh-in.
Belief smoothed_first(const Pass& pass) {
    Belief smoothed = pass.filtered.back();
    for (std::size_t k = pass.filtered.size() - 1; k > 0; --k) {
        const Belief& f = pass.filtered[k - 1];
        const Mat2 gain = f.p * transposed(pass.steps[k].f) * inverse(pass.predicted[k].p);
        smoothed.x = f.x + gain * (smoothed.x - pass.predicted[k].x);
        smoothed.p = f.p + gain * (smoothed.p - pass.predicted[k].p) * transposed(gain);
    }
    return smoothed;
}

struct Counts {
    int weigh_ins = 0;
    int intake_days = 0;
    std::optional<Kilocalories> average_intake;
};

// `window` runs from the first weigh-in to the last day, whose intake is not used.
Counts count(std::span<const DailyLog> window) {
    Counts counts;
    double intake_total = 0;
    for (std::size_t i = 0; i < window.size(); ++i) {
        counts.weigh_ins += window[i].weight ? 1 : 0;
        if (window[i].intake && i + 1 < window.size()) {
            ++counts.intake_days;
            intake_total += window[i].intake->value();
        }
    }
    if (counts.intake_days > 0)
        counts.average_intake = Kilocalories(intake_total / counts.intake_days);
    return counts;
}

// Day by day from the first weigh-in (window.front()) to the last day; days missing from `window` are
// unlogged.
Pass run_filter(std::span<const DailyLog> window, std::optional<Kilocalories> usual_intake,
                Kilocalories prior, double rho) {
    const DailyLog& start = window.front();
    const double scale = kWeighInSdFraction * start.weight->value();
    Pass pass;
    pass.filtered.push_back({{start.weight->value(), prior.value()},
                             {scale * scale, 0, 0, kPriorExpenditureSdKcal * kPriorExpenditureSdKcal}});
    pass.predicted.push_back(pass.filtered.back());
    pass.steps.push_back({});
    std::size_t next = 1;
    std::optional<Kilocalories> intake = start.intake;
    for (Date day = add_days(start.date, 1); day <= window.back().date; day = add_days(day, 1)) {
        const Transition step =
            day_transition(intake, usual_intake, pass.filtered.back(), rho, prior.value());
        const Belief predicted = predict(pass.filtered.back(), step);
        const bool logged = window[next].date == day;
        const DailyLog today = logged ? window[next++] : DailyLog{day, {}, {}};
        pass.steps.push_back(step);
        pass.predicted.push_back(predicted);
        pass.filtered.push_back(today.weight ? update(predicted, today.weight->value()) : predicted);
        intake = today.intake;
    }
    return pass;
}

std::string more_days(int n) {
    return fmt::format("{} more {}", n, n == 1 ? "day" : "days");
}

std::string why_not_available(const ExpenditureEstimate& estimate) {
    if (estimate.weigh_ins == 0)
        return "hipfit can estimate what you burn once you weigh yourself: each morning is best.";
    if (estimate.weigh_in_span_days < kMinWeighInSpanDays) {
        return fmt::format(
            "The estimate of what you burn needs {} of weigh-ins: it uses two weeks of them, and yours span "
            "{} {} so far.",
            more_days(kMinWeighInSpanDays - estimate.weigh_in_span_days), estimate.weigh_in_span_days,
            estimate.weigh_in_span_days == 1 ? "day" : "days");
    }
    if (estimate.weigh_ins < kMinWeighIns) {
        return fmt::format(
            "The estimate of what you burn needs at least {} weigh-ins (3 a week); you have {}: weigh "
            "yourself on {}.",
            kMinWeighIns, estimate.weigh_ins, more_days(kMinWeighIns - estimate.weigh_ins));
    }
    if (estimate.intake_days < kMinIntakeDays) {
        return fmt::format(
            "The estimate of what you burn needs your food logged on at least {} days; it has {}: log "
            "everything you eat on {}.",
            kMinIntakeDays, estimate.intake_days, more_days(kMinIntakeDays - estimate.intake_days));
    }
    return "";
}

void check_order(std::span<const DailyLog> logs) {
    for (std::size_t i = 1; i < logs.size(); ++i) {
        if (logs[i].date <= logs[i - 1].date)
            throw std::invalid_argument("estimate_expenditure: daily logs must be in increasing date order");
    }
}

}  // namespace

ExpenditureEstimate estimate_expenditure(std::span<const DailyLog> logs, Kilocalories prior_expenditure,
                                         Kilograms fat_mass) {
    check_order(logs);
    ExpenditureEstimate estimate;
    estimate.expenditure = prior_expenditure;
    estimate.expenditure_sd = Kilocalories(kPriorExpenditureSdKcal);
    const auto first = std::ranges::find_if(logs, [](const DailyLog& log) { return log.weight.has_value(); });
    if (first == logs.end()) {
        estimate.why_not = why_not_available(estimate);
        return estimate;
    }
    const std::span<const DailyLog> window(first, logs.end());
    const Counts counts = count(window);
    const Pass pass = run_filter(window, counts.average_intake, prior_expenditure,
                                 energy_per_kilogram_change(fat_mass).value());
    const Belief& last = pass.filtered.back();
    const auto last_weigh_in = std::ranges::find_if(
        logs.rbegin(), logs.rend(), [](const DailyLog& log) { return log.weight.has_value(); });
    estimate.expenditure = Kilocalories(last.x.e);
    estimate.expenditure_sd = Kilocalories(std::sqrt(last.p.d));
    estimate.trend_weight = Kilograms(last.x.w);
    estimate.trend_weight_sd = Kilograms(std::sqrt(last.p.a));
    estimate.trend_change = Kilograms(last.x.w - smoothed_first(pass).x.w);
    estimate.days_used = static_cast<int>(pass.filtered.size());
    estimate.weigh_ins = counts.weigh_ins;
    estimate.intake_days = counts.intake_days;
    estimate.average_intake = counts.average_intake.value_or(Kilocalories(0));
    estimate.weigh_in_span_days = static_cast<int>(days_between(first->date, last_weigh_in->date)) + 1;
    estimate.why_not = why_not_available(estimate);
    estimate.available = estimate.why_not.empty();
    return estimate;
}

std::vector<DailyLog> daily_logs(std::span<const Entry> entries, Date first, Date last) {
    const long days = days_between(first, last) + 1;
    std::vector<DailyLog> logs;
    for (long i = 0; i < days; ++i) logs.push_back({add_days(first, i), {}, {}});
    std::vector<std::optional<TimeOfDay>> weighed_at(logs.size());
    for (const Entry& entry : entries) {
        if (entry.date < first || entry.date > last)
            continue;
        const auto i = static_cast<std::size_t>(days_between(first, entry.date));
        if (entry.kind == EntryKind::weight && (!weighed_at[i] || *weighed_at[i] <= entry.time)) {
            logs[i].weight = Kilograms(entry.value);
            weighed_at[i] = entry.time;
        } else if (entry.kind == EntryKind::food) {
            logs[i].intake = logs[i].intake.value_or(Kilocalories(0)) + Kilocalories(entry.value);
        }
    }
    return logs;
}

}  // namespace hipfit::core
