#include "core/journal/journal.hpp"

#include "core/journal/journal_limits.hpp"

namespace hipfit::core {

std::string_view value_unit(EntryKind kind) {
    switch (kind) {
        case EntryKind::weight:
            return "kg";
        case EntryKind::food:
            return "kcal";
        case EntryKind::water:
            return "ml";
        case EntryKind::sleep:
            return "h";
        case EntryKind::steps:
            return "steps";
        case EntryKind::alcohol:
            return "drinks";
        case EntryKind::cigarettes:
            return "cigarettes";
        case EntryKind::stress:
            return "min";
        case EntryKind::standup:
            return "breaks";
        case EntryKind::measure:
        case EntryKind::workout:
            return "";
    }
    return "";
}

Range value_range(EntryKind kind) {
    switch (kind) {
        case EntryKind::weight:
            return kWeightRangeKg;
        case EntryKind::food:
            return kFoodRangeKcal;
        case EntryKind::water:
            return kWaterRangeMl;
        case EntryKind::sleep:
            return kSleepRangeHours;
        case EntryKind::steps:
            return kStepsRange;
        case EntryKind::alcohol:
            return kAlcoholRangeDrinks;
        case EntryKind::cigarettes:
            return kCigarettesRange;
        case EntryKind::stress:
            return kStressRangeMinutes;
        case EntryKind::standup:
            return kStandupRange;
        case EntryKind::measure:
        case EntryKind::workout:
            break;
    }
    return {0, 0};
}

bool Measurements::empty() const {
    return !waist && !hip && !thigh && !thigh_left && !thigh_right && !neck && !body_fat_percent;
}

}  // namespace hipfit::core
