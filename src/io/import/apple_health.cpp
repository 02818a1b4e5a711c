// Apple Health's export (docs/import.md): export.zip, or the export.xml inside it, streamed
// (apple_health_xml.hpp). Weights, body fat and waist are read record by record; steps, food, water and
// sleep are many partial records a day, summed into one entry per local day; workouts become one set
// each. Every other kind of record is counted as left out, by name.
#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#if __has_include(<sys/mman.h>)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define HIPFIT_MAPS_FILES 1
#endif

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"
#include "io/import/apple_health_xml.hpp"
#include "io/import/formats.hpp"
#include "io/import/import_values.hpp"
#include "io/import/zip_archive.hpp"

namespace hipfit::io {

namespace {

constexpr std::string_view kApp = "apple-health";
constexpr std::string_view kExportMember = "export.xml";

// Asleep time separated by less than this is one night's sleep, credited to the day it ends.
constexpr std::int64_t kSleepSessionGapSeconds = 3 * 3600;

// What hipfit does with a record type.
enum class Kept { nothing, weight, body_fat, waist, steps, energy, protein, water, sleep };

struct RecordType {
    std::string_view type;
    Kept kept;
    std::string_view left_out;  // when kept is nothing
};

constexpr std::string_view kOtherRecords = "records of other kinds";

constexpr std::array<RecordType, 32> kRecordTypes{{
    {"HKQuantityTypeIdentifierBodyMass", Kept::weight, ""},
    {"HKQuantityTypeIdentifierBodyFatPercentage", Kept::body_fat, ""},
    {"HKQuantityTypeIdentifierWaistCircumference", Kept::waist, ""},
    {"HKQuantityTypeIdentifierStepCount", Kept::steps, ""},
    {"HKQuantityTypeIdentifierDietaryEnergyConsumed", Kept::energy, ""},
    {"HKQuantityTypeIdentifierDietaryProtein", Kept::protein, ""},
    {"HKQuantityTypeIdentifierDietaryWater", Kept::water, ""},
    {"HKCategoryTypeIdentifierSleepAnalysis", Kept::sleep, ""},
    {"HKQuantityTypeIdentifierLeanBodyMass", Kept::nothing, "lean body mass records"},
    {"HKQuantityTypeIdentifierBodyMassIndex", Kept::nothing, "body mass index records"},
    {"HKQuantityTypeIdentifierHeight", Kept::nothing, "height records"},
    {"HKQuantityTypeIdentifierHeartRate", Kept::nothing, "heart-rate records"},
    {"HKQuantityTypeIdentifierRestingHeartRate", Kept::nothing, "heart-rate records"},
    {"HKQuantityTypeIdentifierWalkingHeartRateAverage", Kept::nothing, "heart-rate records"},
    {"HKQuantityTypeIdentifierHeartRateVariabilitySDNN", Kept::nothing, "heart-rate records"},
    {"HKQuantityTypeIdentifierActiveEnergyBurned", Kept::nothing, "active-energy records"},
    {"HKQuantityTypeIdentifierBasalEnergyBurned", Kept::nothing, "resting-energy records"},
    {"HKQuantityTypeIdentifierDistanceWalkingRunning", Kept::nothing, "distance records"},
    {"HKQuantityTypeIdentifierDistanceCycling", Kept::nothing, "distance records"},
    {"HKQuantityTypeIdentifierDistanceSwimming", Kept::nothing, "distance records"},
    {"HKQuantityTypeIdentifierFlightsClimbed", Kept::nothing, "flights-climbed records"},
    {"HKQuantityTypeIdentifierAppleExerciseTime", Kept::nothing, "exercise-minute records"},
    {"HKQuantityTypeIdentifierAppleStandTime", Kept::nothing, "stand records"},
    {"HKCategoryTypeIdentifierAppleStandHour", Kept::nothing, "stand records"},
    {"HKQuantityTypeIdentifierOxygenSaturation", Kept::nothing, "blood-oxygen records"},
    {"HKQuantityTypeIdentifierRespiratoryRate", Kept::nothing, "breathing-rate records"},
    {"HKQuantityTypeIdentifierVO2Max", Kept::nothing, "VO2 max records"},
    {"HKQuantityTypeIdentifierBloodPressureSystolic", Kept::nothing, "blood-pressure records"},
    {"HKQuantityTypeIdentifierBloodPressureDiastolic", Kept::nothing, "blood-pressure records"},
    {"HKQuantityTypeIdentifierWalkingSpeed", Kept::nothing, "walking-gait records"},
    {"HKQuantityTypeIdentifierWalkingStepLength", Kept::nothing, "walking-gait records"},
    {"HKQuantityTypeIdentifierEnvironmentalAudioExposure", Kept::nothing, "sound-exposure records"},
}};

// Other nutrients (fat, carbohydrates, vitamins, …) are one line of the summary.
constexpr std::string_view kDietaryPrefix = "HKQuantityTypeIdentifierDietary";
constexpr std::string_view kOtherNutrients = "nutrient records other than energy, protein and water";

RecordType classify(std::string_view type) {
    for (const RecordType& known : kRecordTypes) {
        if (known.type == type)
            return known;
    }
    if (type.starts_with(kDietaryPrefix))
        return {{}, Kept::nothing, kOtherNutrients};
    return {{}, Kept::nothing, kOtherRecords};
}

// A record type met in the file, and where its records left out are counted (a node of a std::map:
// it does not move).
struct SeenType {
    std::string name;
    Kept kept;
    std::size_t* left_out;
};

// A unit and what one of it is in hipfit's unit: value × times / per (per keeps kJ → kcal exact).
struct UnitScale {
    std::string_view unit;
    double times;
    double per = 1;
};

constexpr std::array<UnitScale, 4> kMassUnits{
    {{"kg", 1}, {"g", 1, 1000}, {"lb", core::kKilogramsPerPound}, {"st", 14 * core::kKilogramsPerPound}}};
constexpr std::array<UnitScale, 5> kLengthUnits{{{"cm", 1},
                                                 {"m", 100},
                                                 {"mm", 1, 10},
                                                 {"in", core::kCentimetresPerInch},
                                                 {"ft", 12 * core::kCentimetresPerInch}}};
constexpr std::array<UnitScale, 3> kEnergyUnits{
    {{"kcal", 1}, {"Cal", 1}, {"kJ", 1, kKilojoulesPerKilocalorie}}};
constexpr std::array<UnitScale, 3> kProteinUnits{{{"g", 1}, {"mg", 1, 1000}, {"kg", 1000}}};
constexpr std::array<UnitScale, 6> kVolumeUnits{{{"mL", 1},
                                                 {"L", 1000},
                                                 {"dL", 100},
                                                 {"fl_oz_us", 29.5735295625},
                                                 {"fl_oz_imp", 28.4130625},
                                                 {"cup_us", 236.5882365}}};
constexpr std::array<UnitScale, 5> kDistanceUnits{
    {{"km", 1}, {"m", 1, 1000}, {"mi", kKilometresPerMile}, {"yd", 0.9144, 1000}, {"ft", 0.3048, 1000}}};
constexpr std::array<UnitScale, 4> kDurationUnits{{{"min", 1}, {"s", 1, 60}, {"hr", 60}, {"h", 60}}};

template <std::size_t N>
std::optional<double> in_unit(double value, std::string_view unit, const std::array<UnitScale, N>& units) {
    for (const UnitScale& u : units) {
        if (u.unit == unit)
            return without_float_dust(value * u.times / u.per);
    }
    return std::nullopt;
}

// The attributes of a <Record> hipfit reads.
struct RecordFields {
    std::string_view type;
    std::string_view unit;
    std::string_view start;
    std::string_view end;
    std::string_view value;
};

std::string_view attribute(const char** attributes, std::string_view name) {
    for (; *attributes != nullptr; attributes += 2) {
        if (name == *attributes)
            return attributes[1];
    }
    return {};
}

// "TraditionalStrengthTraining" → "Traditional Strength Training".
std::string words_of(std::string_view camel) {
    std::string words;
    for (std::size_t i = 0; i < camel.size(); ++i) {
        const char c = camel[i];
        if (i > 0 && c >= 'A' && c <= 'Z' && camel[i - 1] >= 'a' && camel[i - 1] <= 'z')
            words += ' ';
        words += c;
    }
    return words;
}

constexpr std::string_view kActivityPrefix = "HKWorkoutActivityType";

// A day's sum of partial records, with the first record's place and time.
struct DaySum {
    double total = 0;
    std::optional<double> protein_g;  // food
    bool has_total = false;
    std::uint64_t line = 0;
    core::TimeOfDay time{};
};

// One asleep interval, in seconds since 1970 UTC.
struct AsleepInterval {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::uint64_t line = 0;
};

struct PendingWorkout {
    std::uint64_t line = 0;
    std::string start;
    LocalMoment local{};
    std::string name;
    std::optional<double> minutes;
    std::optional<double> distance_km;
    std::optional<double> energy_kcal;
    std::optional<double> statistics_distance_km;
    std::optional<double> statistics_energy_kcal;
};

class AppleHealthReader final : public XmlElements {
  public:
    AppleHealthReader(const ImportOptions& options, std::string file)
        : options_(options), file_(std::move(file)) {}

    void start(const char* name, const char** attributes, const XmlStream& at) override {
        const int depth = at.depth();
        if (depth == 1) {
            if (std::strcmp(name, "HealthData") != 0)
                refuse(at, fmt::format("the file's root element is <{}>, not <HealthData>: it is not Apple "
                                       "Health's export.xml",
                                       core::printable(name)));
            return;
        }
        if (depth == 2) {
            if (std::strcmp(name, "Record") == 0)
                record(attributes, at);
            else if (std::strcmp(name, "Workout") == 0)
                begin_workout(attributes, at);
            else if (std::strcmp(name, "ActivitySummary") == 0)
                ++left_out_["activity-ring summaries"];
            else if (std::strcmp(name, "Correlation") == 0)
                ++left_out_[std::string(kOtherRecords)];
            return;
        }
        if (depth == 3 && workout_ && std::strcmp(name, "WorkoutStatistics") == 0)
            workout_statistics(attributes, at);
    }

    // The skimmer drops records of these types before expat; they are counted all the same.
    bool skips_record(std::string_view type) override { return type_of(type).kept == Kept::nothing; }
    void skipped_record(std::string_view type) override { count_left_out(type_of(type)); }

    void end(const char* name, const XmlStream& at) override {
        if (at.depth() == 2 && workout_ && std::strcmp(name, "Workout") == 0)
            finish_workout();
    }

    ImportedHistory result(std::string format) {
        ImportedHistory history;
        history.app = SourceApp::apple_health;
        history.format = std::move(format);
        history.entries = std::move(entries_);
        add_day_sums(history.entries, steps_, core::EntryKind::steps, "steps");
        add_food(history.entries);
        add_day_sums(history.entries, water_, core::EntryKind::water, "water");
        add_sleep(history.entries);
        for (auto& [what, count] : left_out_) history.left_out[what] += count;
        return history;
    }

  private:
    [[noreturn]] static void refuse(const XmlStream& at, const std::string& why) {
        throw core::InvalidInput("FILE", fmt::format("{}: {}", at.where(), why));
    }

    std::string origin(std::uint64_t line) const { return fmt::format("{}:{}", file_, line); }

    // The type of most records is compared with the one before (exports group records by type).
    // The few types an export holds are classified once each; a record's type is compared with the
    // one before (exports group records by type), then with those seen.
    // Its line of the summary is made when the first is counted: the skimmer asks about records it may
    // then hand to expat after all.
    void count_left_out(SeenType& type) {
        if (type.left_out == nullptr)
            type.left_out = &left_out_[std::string(classify(type.name).left_out)];
        ++*type.left_out;
    }

    SeenType& type_of(std::string_view type) {
        if (last_seen_ < seen_.size() && seen_[last_seen_].name == type)
            return seen_[last_seen_];
        for (last_seen_ = 0; last_seen_ < seen_.size(); ++last_seen_) {
            if (seen_[last_seen_].name == type)
                return seen_[last_seen_];
        }
        seen_.push_back({std::string(type), classify(type).kept, nullptr});
        return seen_.back();
    }

    void record(const char** attributes, const XmlStream& at) {
        SeenType& type = type_of(attribute(attributes, "type"));
        if (type.kept == Kept::nothing) {
            count_left_out(type);
            return;
        }
        const Kept kept = type.kept;
        RecordFields f;
        for (const char** a = attributes; *a != nullptr; a += 2) {
            const std::string_view key = a[0];
            if (key == "unit")
                f.unit = a[1];
            else if (key == "startDate")
                f.start = a[1];
            else if (key == "endDate")
                f.end = a[1];
            else if (key == "value")
                f.value = a[1];
        }
        if (kept == Kept::sleep) {
            asleep(f, at);
            return;
        }
        const std::string where = at.where();
        const double value = required_number(f.value, where, "value");
        const WrittenMoment start = required_moment(f.start, where, "startDate");
        const LocalMoment local = on_local_day(start, options_.utc_offset_at);
        switch (kept) {
            case Kept::weight:
                return weight(value, f, local, where);
            case Kept::body_fat:
                return measure(f, local, where, value <= 1 ? value * 100 : value, std::nullopt);
            case Kept::waist:
                if (const auto cm = in_unit(value, f.unit, kLengthUnits))
                    return measure(f, local, where, std::nullopt, cm);
                return unknown_unit("waist", f.unit);
            case Kept::steps:
                return add_to_day(steps_, local, at.line(), value, std::nullopt);
            case Kept::energy:
                if (const auto kcal = in_unit(value, f.unit, kEnergyUnits))
                    return add_to_day(food_, local, at.line(), *kcal, std::nullopt);
                return unknown_unit("food energy", f.unit);
            case Kept::protein:
                if (const auto grams = in_unit(value, f.unit, kProteinUnits))
                    return add_to_day(food_, local, at.line(), std::nullopt, grams);
                return unknown_unit("protein", f.unit);
            case Kept::water:
                if (const auto ml = in_unit(value, f.unit, kVolumeUnits))
                    return add_to_day(water_, local, at.line(), *ml, std::nullopt);
                return unknown_unit("water", f.unit);
            default:
                return;
        }
    }

    static double required_number(std::string_view text, const std::string& where, std::string_view column) {
        const std::optional<double> value = import_number(text, where, column);
        if (!value)
            throw core::InvalidInput("FILE", fmt::format("{}: a record without its {}", where, column));
        return *value;
    }

    static WrittenMoment required_moment(std::string_view text, const std::string& where,
                                         std::string_view column) {
        const std::optional<WrittenMoment> moment = parse_iso_moment(text);
        if (!moment)
            throw core::InvalidInput("FILE", fmt::format("{}: {}: '{}' is not a date and time", where, column,
                                                         core::printable(text)));
        return *moment;
    }

    void unknown_unit(std::string_view what, std::string_view unit) {
        ++left_out_[fmt::format("{} records in a unit hipfit does not read ('{}')", what,
                                core::printable(unit))];
    }

    // Sources are unique in a file: a second record at the same moment (another device) is left out.
    bool first_of(const std::string& source, std::string_view what) {
        if (sources_.insert(source).second)
            return true;
        ++left_out_[fmt::format("{} repeated at the same moment", what)];
        return false;
    }

    void weight(double value, const RecordFields& f, const LocalMoment& local, const std::string& where) {
        const std::optional<double> kg = in_unit(value, f.unit, kMassUnits);
        if (!kg)
            return unknown_unit("weight", f.unit);
        std::string source = fmt::format("{}:weight:{}", kApp, f.start);
        if (!first_of(source, "weight records"))
            return;
        ImportedEntry imported;
        imported.entry.kind = core::EntryKind::weight;
        imported.entry.date = local.date;
        imported.entry.time = local.time;
        imported.entry.value = *kg;
        imported.entry.source = std::move(source);
        imported.origin = where;
        entries_.push_back(std::move(imported));
    }

    // Body fat and waist at one moment are one measure entry.
    void measure(const RecordFields& f, const LocalMoment& local, const std::string& where,
                 std::optional<double> body_fat_percent, std::optional<double> waist_cm) {
        const std::string start(f.start);
        auto found = measures_.find(start);
        if (found == measures_.end()) {
            ImportedEntry imported;
            imported.entry.kind = core::EntryKind::measure;
            imported.entry.date = local.date;
            imported.entry.time = local.time;
            imported.entry.source = fmt::format("{}:measure:{}", kApp, f.start);
            imported.origin = where;
            entries_.push_back(std::move(imported));
            found = measures_.emplace(start, entries_.size() - 1).first;
        }
        core::Measurements& m = entries_[found->second].entry.measurements;
        if (body_fat_percent) {
            if (m.body_fat_percent)
                ++left_out_["body fat records repeated at the same moment"];
            else
                m.body_fat_percent = without_float_dust(*body_fat_percent);
        }
        if (waist_cm) {
            if (m.waist)
                ++left_out_["waist records repeated at the same moment"];
            else
                m.waist = core::Centimetres(*waist_cm);
        }
    }

    static void add_to_day(std::map<core::Date, DaySum>& days, const LocalMoment& local, std::uint64_t line,
                           std::optional<double> amount, std::optional<double> protein_g) {
        auto [day, fresh] = days.try_emplace(local.date);
        DaySum& sum = day->second;
        if (fresh) {
            sum.line = line;
            sum.time = local.time;
        }
        if (amount) {
            sum.total += *amount;
            sum.has_total = true;
        }
        if (protein_g)
            sum.protein_g = sum.protein_g.value_or(0) + *protein_g;
    }

    static bool asleep_value(std::string_view value) {
        constexpr std::string_view prefix = "HKCategoryValueSleepAnalysis";
        if (!value.starts_with(prefix))
            return false;
        return value.substr(prefix.size()).starts_with("Asleep");  // Asleep, AsleepCore, AsleepDeep, …
    }

    std::int64_t utc_of(const WrittenMoment& m) const {
        if (m.utc_offset_minutes)
            return utc_seconds(m.date, m.hour, m.minute, m.second, *m.utc_offset_minutes);
        const std::int64_t as_if_utc = utc_seconds(m.date, m.hour, m.minute, m.second, 0);
        return as_if_utc - static_cast<std::int64_t>(options_.utc_offset_at(as_if_utc)) * 60;
    }

    void asleep(const RecordFields& f, const XmlStream& at) {
        if (!asleep_value(f.value)) {
            ++left_out_["sleep records of time in bed or awake"];
            return;
        }
        const std::string where = at.where();
        const std::int64_t start = utc_of(required_moment(f.start, where, "startDate"));
        const std::int64_t end = utc_of(required_moment(f.end, where, "endDate"));
        if (end <= start)
            return;
        sleep_.push_back({start, end, at.line()});
    }

    void begin_workout(const char** attributes, const XmlStream& at) {
        PendingWorkout w;
        w.line = at.line();
        const std::string where = at.where();
        std::string_view duration_unit = "min";
        std::string_view distance_unit = "km";
        std::string_view energy_unit = "kcal";
        std::string_view duration;
        std::string_view distance;
        std::string_view energy;
        for (const char** a = attributes; *a != nullptr; a += 2) {
            const std::string_view key = a[0];
            const std::string_view value = a[1];
            if (key == "workoutActivityType")
                w.name = words_of(value.starts_with(kActivityPrefix) ? value.substr(kActivityPrefix.size())
                                                                     : value);
            else if (key == "startDate")
                w.start = value;
            else if (key == "duration")
                duration = value;
            else if (key == "durationUnit")
                duration_unit = value;
            else if (key == "totalDistance")
                distance = value;
            else if (key == "totalDistanceUnit")
                distance_unit = value;
            else if (key == "totalEnergyBurned")
                energy = value;
            else if (key == "totalEnergyBurnedUnit")
                energy_unit = value;
        }
        if (w.name.empty())
            w.name = "Other";
        w.local = on_local_day(required_moment(w.start, where, "startDate"), options_.utc_offset_at);
        w.minutes = positive(duration, duration_unit, kDurationUnits, where, "duration");
        w.distance_km = positive(distance, distance_unit, kDistanceUnits, where, "totalDistance");
        w.energy_kcal = positive(energy, energy_unit, kEnergyUnits, where, "totalEnergyBurned");
        workout_ = std::move(w);
    }

    // A value above zero in a known unit; 0 means not measured.
    template <std::size_t N>
    std::optional<double> positive(std::string_view text, std::string_view unit,
                                   const std::array<UnitScale, N>& units, const std::string& where,
                                   std::string_view column) {
        const std::optional<double> value = import_number(text, where, column);
        if (!value || *value <= 0)
            return std::nullopt;
        const std::optional<double> converted = in_unit(*value, unit, units);
        if (!converted)
            unknown_unit(fmt::format("workout {}", column), unit);
        return converted;
    }

    void workout_statistics(const char** attributes, const XmlStream& at) {
        const std::string_view type = attribute(attributes, "type");
        const bool energy = type == "HKQuantityTypeIdentifierActiveEnergyBurned";
        const bool distance = type.starts_with("HKQuantityTypeIdentifierDistance");
        if (!energy && !distance)
            return;
        const std::string where = at.where();
        const std::string_view sum = attribute(attributes, "sum");
        const std::string_view unit = attribute(attributes, "unit");
        if (energy)
            workout_->statistics_energy_kcal = positive(sum, unit, kEnergyUnits, where, "sum");
        else if (!workout_->statistics_distance_km)
            workout_->statistics_distance_km = positive(sum, unit, kDistanceUnits, where, "sum");
    }

    void finish_workout() {
        PendingWorkout w = std::move(*workout_);
        workout_.reset();
        core::WorkoutSet set;
        set.minutes = w.minutes;
        set.distance_km = w.distance_km ? w.distance_km : w.statistics_distance_km;
        if (!set.minutes && !set.distance_km) {
            ++left_out_["workouts without a duration or distance"];
            return;
        }
        std::string source = fmt::format("{}:workout:{}", kApp, w.start);
        if (!first_of(source, "workouts"))
            return;
        ImportedEntry imported;
        imported.entry.kind = core::EntryKind::workout;
        imported.entry.date = w.local.date;
        imported.entry.time = w.local.time;
        imported.entry.sets.push_back(set);
        imported.entry.energy_kcal = w.energy_kcal ? w.energy_kcal : w.statistics_energy_kcal;
        imported.entry.source = std::move(source);
        imported.exercise_names.push_back(std::move(w.name));
        imported.origin = origin(w.line);
        entries_.push_back(std::move(imported));
    }

    void add_day_sums(std::vector<ImportedEntry>& out, const std::map<core::Date, DaySum>& days,
                      core::EntryKind kind, std::string_view key) const {
        for (const auto& [day, sum] : days) {
            ImportedEntry imported;
            imported.entry.kind = kind;
            imported.entry.date = day;
            imported.entry.time = sum.time;
            imported.entry.value = without_float_dust(sum.total);
            imported.entry.source = fmt::format("{}:{}:{}", kApp, key, core::format_date(day));
            imported.origin = origin(sum.line);
            out.push_back(std::move(imported));
        }
    }

    void add_food(std::vector<ImportedEntry>& out) {
        for (const auto& [day, sum] : food_) {
            if (!sum.has_total) {  // a food entry is its energy; protein alone is not one
                ++left_out_["days with protein but no food energy"];
                continue;
            }
            ImportedEntry imported;
            imported.entry.kind = core::EntryKind::food;
            imported.entry.date = day;
            imported.entry.time = sum.time;
            imported.entry.value = without_float_dust(sum.total);
            if (sum.protein_g)
                imported.entry.protein_g = without_float_dust(*sum.protein_g);
            imported.entry.source = fmt::format("{}:food:{}", kApp, core::format_date(day));
            imported.origin = origin(sum.line);
            out.push_back(std::move(imported));
        }
    }

    LocalMoment local_of(std::int64_t utc) const {
        const std::int64_t local = utc + static_cast<std::int64_t>(options_.utc_offset_at(utc)) * 60;
        const std::int64_t day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const std::int64_t in_day = local - day * 86400;
        return {core::Date{std::chrono::sys_days(std::chrono::days(day))},
                core::TimeOfDay{static_cast<int>(in_day / 3600), static_cast<int>(in_day % 3600 / 60)}};
    }

    // Asleep intervals from every source, overlaps counted once; a night (intervals less than
    // kSleepSessionGapSeconds apart) is credited to the local day it ends.
    void add_sleep(std::vector<ImportedEntry>& out) {
        std::sort(sleep_.begin(), sleep_.end(),
                  [](const AsleepInterval& a, const AsleepInterval& b) { return a.start < b.start; });
        std::map<core::Date, DaySum> nights;
        std::size_t i = 0;
        while (i < sleep_.size()) {
            std::int64_t asleep = 0;
            std::int64_t block_start = sleep_[i].start;
            std::int64_t block_end = sleep_[i].end;
            std::uint64_t line = sleep_[i].line;
            for (++i; i < sleep_.size() && sleep_[i].start < block_end + kSleepSessionGapSeconds; ++i) {
                line = std::min(line, sleep_[i].line);
                if (sleep_[i].start > block_end) {  // a gap awake: the block so far is done
                    asleep += block_end - block_start;
                    block_start = sleep_[i].start;
                }
                block_end = std::max(block_end, sleep_[i].end);
            }
            asleep += block_end - block_start;
            const LocalMoment woke = local_of(block_end);
            auto [night, fresh] = nights.try_emplace(woke.date);
            if (fresh) {
                night->second.time = woke.time;
                night->second.line = line;
            }
            night->second.line = std::min(night->second.line, line);
            night->second.total += static_cast<double>(asleep) / 3600;
        }
        add_day_sums(out, nights, core::EntryKind::sleep, "sleep");
    }

    const ImportOptions& options_;
    std::string file_;
    std::vector<ImportedEntry> entries_;           // weights, measures and workouts, in file order
    std::map<std::string, std::size_t> measures_;  // startDate → its entry
    std::set<std::string> sources_;
    std::map<core::Date, DaySum> steps_;
    std::map<core::Date, DaySum> food_;
    std::map<core::Date, DaySum> water_;
    std::vector<AsleepInterval> sleep_;
    std::optional<PendingWorkout> workout_;
    std::vector<SeenType> seen_;
    std::size_t last_seen_ = 0;
    std::map<std::string, std::size_t> left_out_;
};

bool mac_resource(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.ends_with(".DS_Store");
}

// The export's XML in its zip: export.xml, or on a phone set to another language its translation
// ("Exportieren.xml", "导出.xml") — an .xml at the top or in the top folder that is not the clinical
// records' (…_cda.xml); routes and ECGs lie deeper.
bool export_member(std::string_view name) {
    if (mac_resource(name) || !name.ends_with(".xml") || name.ends_with("_cda.xml"))
        return false;
    const std::size_t slash = name.find('/');
    return slash == std::string_view::npos || name.find('/', slash + 1) == std::string_view::npos;
}

// The member to read: export.xml when there is one, else the one translated name.
const ZipMember* export_in(const ZipArchive& archive) {
    if (const ZipMember* english = archive.find(kExportMember))
        return english;
    const ZipMember* found = nullptr;
    for (const ZipMember& member : archive.members()) {
        if (!export_member(member.name))
            continue;
        if (found != nullptr)
            return nullptr;  // two candidates: not one export
        found = &member;
    }
    return found;
}

// Whether the first bytes are Apple Health's XML.
bool health_data(std::string_view head) {
    return head.find("<!DOCTYPE HealthData") != std::string_view::npos ||
           head.find("<HealthData") != std::string_view::npos;
}

ImportedHistory read_stream(ByteStream& in, std::uint64_t total, std::string file, std::string format,
                            const ImportOptions& options, RecordSkimming skimming) {
    AppleHealthReader reader(options, file);
    XmlStream xml(std::move(file), reader, skimming);
    xml.read(in, total, options.progress);
    return reader.result(std::move(format));
}

ImportedHistory read_in_place(std::string_view bytes, const std::function<void(std::size_t)>& done_with,
                              std::string file, std::string format, const ImportOptions& options,
                              RecordSkimming skimming) {
    AppleHealthReader reader(options, file);
    XmlStream xml(std::move(file), reader, skimming);
    xml.read(bytes, options.progress, done_with);
    return reader.result(std::move(format));
}

#ifdef HIPFIT_MAPS_FILES
// A file mapped into memory, read in place: the kernel does not copy it into a buffer. Empty when it
// cannot be mapped (it is then read as a stream).
class MappedFile {
  public:
    explicit MappedFile(const std::filesystem::path& path) {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        struct stat info {};
        if (fd_ < 0 || ::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0)
            return;
        size_ = static_cast<std::size_t>(info.st_size);
        void* at = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
        if (at == MAP_FAILED) {
            size_ = 0;
            return;
        }
        at_ = static_cast<char*>(at);
        ::madvise(at_, size_, MADV_SEQUENTIAL);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() {
        if (at_ != nullptr)
            ::munmap(at_, size_);
        if (fd_ >= 0)
            ::close(fd_);
    }

    [[nodiscard]] std::string_view bytes() const {
        return at_ == nullptr ? std::string_view() : std::string_view(at_, size_);
    }

    // The pages before `n` are let go: mapped pages a process has read count as its memory (RSS).
    void done_with(std::size_t n) {
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t to = n / page * page;
        if (to < released_ + (2u << 20))  // a few MB at a time
            return;
        ::madvise(at_ + released_, to - released_, MADV_DONTNEED);
        released_ = to;
    }

  private:
    int fd_ = -1;
    char* at_ = nullptr;
    std::size_t size_ = 0;
    std::size_t released_ = 0;
};
#endif

// An export.xml read in place when it can be: bytes in memory, or a file mapped into memory.
std::optional<ImportedHistory> read_xml_in_place(const ImportInput& input, const ImportOptions& options,
                                                 RecordSkimming skimming) {
    const std::string format = "Apple Health (export.xml)";
    if (const auto* bytes = std::get_if<std::string_view>(&input.content()))
        return read_in_place(*bytes, {}, input.name(), format, options, skimming);
#ifdef HIPFIT_MAPS_FILES
    if (const auto* path = std::get_if<std::filesystem::path>(&input.content())) {
        MappedFile mapped(*path);
        if (!mapped.bytes().empty())
            return read_in_place(
                mapped.bytes(), [&mapped](std::size_t n) { mapped.done_with(n); }, input.name(), format,
                options, skimming);
    }
#endif
    return std::nullopt;
}

}  // namespace

bool recognises_apple_health(const FileSniff& sniff) {
    if (sniff.zip)
        return std::any_of(sniff.zip_members.begin(), sniff.zip_members.end(), export_member);
    return health_data(sniff.head);
}

ImportedHistory read_apple_health(const ImportInput& input, const ImportOptions& options) {
    return read_apple_health(input, options, RecordSkimming::on);
}

ImportedHistory read_apple_health(const ImportInput& input, const ImportOptions& options,
                                  RecordSkimming skimming) {
    if (!input.is_zip()) {
        // The size of a sniff (import_formats.cpp): the prologue and DTD come first.
        if (!health_data(input.head(64 * 1024)))
            throw core::InvalidInput("FILE",
                                     fmt::format("{}: is not Apple Health's export (export.zip, or the "
                                                 "export.xml in it): it holds no <HealthData>",
                                                 input.name()));
        if (std::optional<ImportedHistory> history = read_xml_in_place(input, options, skimming))
            return std::move(*history);
        const auto in = input.stream();
        return read_stream(*in, input.size(), input.name(), "Apple Health (export.xml)", options, skimming);
    }
    const ZipArchive archive(input);
    const ZipMember* member = export_in(archive);
    if (member == nullptr)
        throw core::InvalidInput(
            "FILE", fmt::format("{}: holds no export.xml: is it Apple Health's export.zip?", input.name()));
    const auto in = archive.open(*member);
    return read_stream(*in, member->size, fmt::format("{}/{}", input.name(), core::printable(member->name)),
                       "Apple Health (export.zip)", options, skimming);
}

}  // namespace hipfit::io
