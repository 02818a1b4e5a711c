#include "core/body/profile.hpp"

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/body/profile_limits.hpp"

namespace hipfit::core {
namespace {

template <class T, class U>
void take(std::optional<T>& target, const std::optional<U>& change) {
    if (change)
        target = *change;
}

template <class T>
void take(T& target, const std::optional<T>& change) {
    if (change)
        target = *change;
}

// A profile to fill in when nothing is stored yet: the defaults of Profile, with the required
// measurements left for `changes` to supply (missing_fields() checks they do).
Profile starting_point(const std::optional<Profile>& base) {
    return base ? *base : Profile{};
}

void check_consistency(const Profile& profile, Date today) {
    if (profile.age.born && *profile.age.born > today) {
        throw InvalidInput("born", fmt::format("born: {} is in the future", format_date(*profile.age.born)));
    }
    check_age(profile.age.years_on(today), profile.age.born ? "born" : "age_years");
    // The US Navy formula takes the logarithm of these differences; they must be positive.
    if (profile.waist <= profile.neck) {
        throw InvalidInput("waist_cm",
                           fmt::format("waist_cm: {:.1f} cm must be larger than neck_cm {:.1f} cm",
                                       profile.waist.value(), profile.neck.value()),
                           {"neck_cm"});
    }
    if (profile.waist + profile.hip <= profile.neck) {
        throw InvalidInput("hip_cm", "hip_cm: waist + hip must be larger than neck");
    }
    if (profile.equipment.size() > 1 && profile.equipment.contains(Equipment::none)) {
        throw InvalidInput("equipment", "equipment: 'none' cannot be combined with other equipment");
    }
}

}  // namespace

int AgeRecord::years_on(Date today) const {
    if (born)
        return age_in_years(*born, today);
    return years_given + age_in_years(given_on, today);
}

bool ProfileChanges::empty() const {
    return !sex && !age_years && !born && !height && !weight && !waist && !hip && !neck && !thigh &&
           !activity && !pal && !goal && !deficit && !surplus && !units && !equipment && !days &&
           !minutes_per_session && !preferred_time && !level && !low_impact;
}

std::vector<std::string_view> missing_fields(const std::optional<Profile>& base,
                                             const ProfileChanges& changes) {
    if (base)
        return {};
    std::vector<std::string_view> missing;
    if (!changes.sex)
        missing.push_back("sex");
    if (!changes.age_years && !changes.born)
        missing.push_back("age_years");
    if (!changes.height)
        missing.push_back("height_cm");
    if (!changes.weight)
        missing.push_back("weight_kg");
    if (!changes.waist)
        missing.push_back("waist_cm");
    if (!changes.hip)
        missing.push_back("hip_cm");
    if (!changes.neck)
        missing.push_back("neck_cm");
    return missing;
}

Profile apply_changes(const std::optional<Profile>& base, const ProfileChanges& changes, Date today) {
    check_field_ranges(changes);
    if (const auto missing = missing_fields(base, changes); !missing.empty()) {
        throw InvalidInput(std::string(missing.front()),
                           fmt::format("{}: required for a new profile (missing: {})", missing.front(),
                                       fmt::join(missing, ", ")),
                           std::vector<std::string>(missing.begin(), missing.end()));
    }
    Profile profile = starting_point(base);
    if (!base)
        profile.program_start = today;
    take(profile.sex, changes.sex);
    if (changes.born) {
        profile.age = AgeRecord{changes.born, 0, today};
    } else if (changes.age_years) {
        profile.age = AgeRecord{std::nullopt, *changes.age_years, today};
    }
    take(profile.height, changes.height);
    take(profile.weight, changes.weight);
    take(profile.waist, changes.waist);
    take(profile.hip, changes.hip);
    take(profile.neck, changes.neck);
    take(profile.thigh, changes.thigh);
    if (changes.activity) {
        profile.activity = *changes.activity;
        profile.pal_override.reset();  // a named level given now replaces an earlier PAL
    }
    take(profile.pal_override, changes.pal);
    take(profile.goal, changes.goal);
    take(profile.deficit, changes.deficit);
    take(profile.surplus, changes.surplus);
    take(profile.units, changes.units);
    take(profile.equipment, changes.equipment);
    take(profile.days, changes.days);
    take(profile.minutes_per_session, changes.minutes_per_session);
    take(profile.preferred_time, changes.preferred_time);
    take(profile.level, changes.level);
    take(profile.low_impact, changes.low_impact);
    check_consistency(profile, today);
    return profile;
}

}  // namespace hipfit::core
