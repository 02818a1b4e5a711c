// Apple Health's export (io/import/apple_health.cpp) over tests/fixtures/import/apple_health/: every kind
// of record read, sums per local day, sleep from two sources counted once, units converted exactly, both
// forms of workouts, the zip as Apple writes it, and the refusals (entities, truncation, giant stretches,
// a zip bomb).
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <unistd.h>

#include "core/base/errors.hpp"
#include "io/import/apple_health_xml.hpp"
#include "io/import/formats.hpp"
#include "io/import/import_formats.hpp"

namespace hipfit::io {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(HIPFIT_SOURCE_DIR) / "tests/fixtures/import";

std::string fixture_text(const std::string& name) {
    std::ifstream in(kFixtures / "apple_health" / name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The person lives in Central European (winter) time.
ImportOptions berlin() {
    ImportOptions options;
    options.utc_offset_at = [](std::int64_t) { return 60; };
    return options;
}

ImportedHistory read_fixture() {
    const ImportInput input(kFixtures / "apple_health/export.xml", "export.xml");
    return read_history(input, SourceApp::apple_health, berlin());
}

core::Date day(int y, unsigned m, unsigned d) {
    return core::Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

const ImportedEntry& by_source(const ImportedHistory& history, const std::string& source) {
    for (const ImportedEntry& e : history.entries) {
        if (e.entry.source == source)
            return e;
    }
    throw std::runtime_error("no entry " + source);
}

// The line of the first line of `text` holding `needle`, as "FILE:LINE".
std::string line_of(const std::string& text, const std::string& needle,
                    const std::string& file = "export.xml") {
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return fmt::format("{}:{}", file,
                       1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

std::string refusal(const std::string& bytes, const std::string& name) {
    const ImportInput input(std::string_view(bytes), name);
    try {
        (void)read_history(input, SourceApp::apple_health, berlin());
    } catch (const core::InvalidInput& e) {
        return e.what();
    }
    return "(read without a refusal)";
}

TEST(AppleHealth, ReadsEveryKindOfRecordItKeeps) {
    const ImportedHistory h = read_fixture();
    EXPECT_EQ(h.app, SourceApp::apple_health);
    EXPECT_EQ(h.format, "Apple Health (export.xml)");
    // 3 weights, 3 measures, 3 workouts, 2 days of steps, 1 of food, 1 of water, 2 nights.
    EXPECT_EQ(h.entries.size(), 15u);
    std::set<std::string> sources;
    for (const ImportedEntry& e : h.entries)
        EXPECT_TRUE(sources.insert(e.entry.source).second) << e.entry.source;
}

TEST(AppleHealth, WeightsOnePerRecordInKilograms) {
    const ImportedHistory h = read_fixture();
    const std::string text = fixture_text("export.xml");
    const ImportedEntry& kg = by_source(h, "apple-health:weight:2024-03-01 07:12:00 +0100");
    EXPECT_EQ(kg.entry.kind, core::EntryKind::weight);
    EXPECT_DOUBLE_EQ(kg.entry.value, 72.4);
    EXPECT_EQ(kg.entry.date, day(2024, 3, 1));
    EXPECT_EQ(kg.entry.time, (core::TimeOfDay{7, 12}));
    EXPECT_EQ(kg.origin, line_of(text, "creationDate=\"2024-03-01 07:12:41 +0100\""));
    // 160 lb × 0.45359237 = 72.5747792 kg, to the millionth.
    EXPECT_DOUBLE_EQ(by_source(h, "apple-health:weight:2024-03-02 07:30:00 +0100").entry.value, 72.574779);
    // 23:30 at UTC−5 is 04:30 UTC, 05:30 the next morning in Berlin.
    const ImportedEntry& travel = by_source(h, "apple-health:weight:2024-03-03 23:30:00 -0500");
    EXPECT_EQ(travel.entry.date, day(2024, 3, 4));
    EXPECT_EQ(travel.entry.time, (core::TimeOfDay{5, 30}));
    // The same weighing written again by another app is one weight.
    EXPECT_EQ(h.left_out.at("weight records repeated at the same moment"), 1u);
}

TEST(AppleHealth, BodyFatAndWaistAtOneMomentAreOneMeasure) {
    const ImportedHistory h = read_fixture();
    const core::Measurements& both =
        by_source(h, "apple-health:measure:2024-03-01 07:12:00 +0100").entry.measurements;
    ASSERT_TRUE(both.body_fat_percent && both.waist);
    EXPECT_DOUBLE_EQ(*both.body_fat_percent, 21.5);  // 0.215 as a fraction
    EXPECT_DOUBLE_EQ(both.waist->value(), 81.5);
    const core::Measurements& percent =
        by_source(h, "apple-health:measure:2024-03-05 07:00:00 +0100").entry.measurements;
    EXPECT_DOUBLE_EQ(*percent.body_fat_percent, 22.0);  // written 0–100
    EXPECT_FALSE(percent.waist);
    const core::Measurements& inches =
        by_source(h, "apple-health:measure:2024-03-08 08:00:00 +0100").entry.measurements;
    EXPECT_DOUBLE_EQ(inches.waist->value(), 81.28);  // 32 in
}

TEST(AppleHealth, StepsSumOnThePersonsLocalDay) {
    const ImportedHistory h = read_fixture();
    const std::string text = fixture_text("export.xml");
    const ImportedEntry& first = by_source(h, "apple-health:steps:2024-03-01");
    EXPECT_EQ(first.entry.kind, core::EntryKind::steps);
    EXPECT_DOUBLE_EQ(first.entry.value, 1200 + 3400);
    EXPECT_EQ(first.origin, line_of(text, "value=\"1200\""));
    // 23:50 UTC is 00:50 in Berlin: the next day's.
    const ImportedEntry& second = by_source(h, "apple-health:steps:2024-03-02");
    EXPECT_DOUBLE_EQ(second.entry.value, 150 + 250 + 5000);
    EXPECT_EQ(second.origin, line_of(text, "value=\"150\""));
    EXPECT_EQ(second.entry.time, (core::TimeOfDay{0, 50}));
}

TEST(AppleHealth, FoodAndWaterOneEntryADay) {
    const ImportedHistory h = read_fixture();
    const ImportedEntry& food = by_source(h, "apple-health:food:2024-03-01");
    EXPECT_EQ(food.entry.kind, core::EntryKind::food);
    EXPECT_DOUBLE_EQ(food.entry.value, 650 + 800 + 500);  // kcal, Cal, and 2092 kJ / 4.184
    EXPECT_DOUBLE_EQ(*food.entry.protein_g, 75.5);
    EXPECT_EQ(h.left_out.at("days with protein but no food energy"), 1u);
    const ImportedEntry& water = by_source(h, "apple-health:water:2024-03-01");
    EXPECT_EQ(water.entry.kind, core::EntryKind::water);
    EXPECT_DOUBLE_EQ(water.entry.value, 1545.735296);  // 500 mL + 0.75 L + 10 US fl oz (295.735295625 mL)
}

TEST(AppleHealth, SleepFromTwoSourcesCountedOnceOnTheWakeUpDay) {
    const ImportedHistory h = read_fixture();
    const std::string text = fixture_text("export.xml");
    // Watch: 23:00–02:00 asleep, 02:00–02:15 awake, 02:15–06:30 asleep; AutoSleep 23:30–01:30 inside it.
    const ImportedEntry& night = by_source(h, "apple-health:sleep:2024-03-02");
    EXPECT_EQ(night.entry.kind, core::EntryKind::sleep);
    EXPECT_DOUBLE_EQ(night.entry.value, 7.25);
    EXPECT_EQ(night.entry.time, (core::TimeOfDay{6, 30}));
    EXPECT_EQ(night.origin, line_of(text, "AsleepCore"));
    // 22:30–06:00 and a nap 14:00–14:30 the same day.
    EXPECT_DOUBLE_EQ(by_source(h, "apple-health:sleep:2024-03-03").entry.value, 8.0);
    EXPECT_EQ(h.left_out.at("sleep records of time in bed or awake"), 2u);
}

TEST(AppleHealth, WorkoutsOldAndNewFormsOneSetEach) {
    const ImportedHistory h = read_fixture();
    const std::string text = fixture_text("export.xml");
    const ImportedEntry& walk = by_source(h, "apple-health:workout:2024-03-02 17:00:00 +0100");
    EXPECT_EQ(walk.entry.kind, core::EntryKind::workout);
    ASSERT_EQ(walk.entry.sets.size(), 1u);
    EXPECT_EQ(walk.exercise_names, std::vector<std::string>{"Walking"});
    EXPECT_TRUE(walk.entry.sets[0].exercise_id.empty());
    EXPECT_DOUBLE_EQ(*walk.entry.sets[0].minutes, 45.5);
    EXPECT_DOUBLE_EQ(*walk.entry.sets[0].distance_km, 4.02336);  // 2.5 mi
    EXPECT_DOUBLE_EQ(*walk.entry.energy_kcal, 180);
    EXPECT_EQ(walk.entry.time, (core::TimeOfDay{17, 0}));
    EXPECT_EQ(walk.origin, line_of(text, "HKWorkoutActivityTypeWalking"));

    const ImportedEntry& strength = by_source(h, "apple-health:workout:2024-03-04 18:30:00 +0100");
    EXPECT_EQ(strength.exercise_names, std::vector<std::string>{"Traditional Strength Training"});
    EXPECT_DOUBLE_EQ(*strength.entry.sets[0].minutes, 52.25);
    EXPECT_FALSE(strength.entry.sets[0].distance_km);
    EXPECT_DOUBLE_EQ(*strength.entry.energy_kcal, 300);  // 1255.2 kJ; the basal energy is not the workout's

    const ImportedEntry& run = by_source(h, "apple-health:workout:2024-03-06 07:00:00 +0100");
    EXPECT_EQ(run.exercise_names, std::vector<std::string>{"Running"});
    EXPECT_DOUBLE_EQ(*run.entry.sets[0].distance_km, 5.2);  // 5200 m
    EXPECT_DOUBLE_EQ(*run.entry.energy_kcal, 350);
    // A mindfulness session has no duration or distance: no set to keep.
    EXPECT_EQ(h.left_out.at("workouts without a duration or distance"), 1u);
}

TEST(AppleHealth, CountsWhatItLeavesOutByName) {
    const ImportedHistory h = read_fixture();
    EXPECT_EQ(h.left_out.at("lean body mass records"), 2u);
    EXPECT_EQ(h.left_out.at("body mass index records"), 1u);
    EXPECT_EQ(h.left_out.at("heart-rate records"), 4u);  // 3 heart rates and 1 variability
    EXPECT_EQ(h.left_out.at("active-energy records"), 2u);
    EXPECT_EQ(h.left_out.at("nutrient records other than energy, protein and water"), 1u);
    EXPECT_EQ(h.left_out.at("records of other kinds"), 2u);  // headphone audio, a blood-pressure pair
    EXPECT_EQ(h.left_out.at("activity-ring summaries"), 1u);
}

TEST(AppleHealth, ReportsProgressAgainstTheFileSize) {
    const ImportInput input(kFixtures / "apple_health/export.xml", "export.xml");
    ImportOptions options = berlin();
    std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { reports.emplace_back(done, total); };
    (void)read_history(input, SourceApp::apple_health, options);
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.back().first, input.size());
    EXPECT_EQ(reports.back().second, input.size());
}

// A zip as the Health app shares it, written with libzip.
class ZipWriter {
  public:
    explicit ZipWriter(const fs::path& path) {
        int error = 0;
        zip_ = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        EXPECT_NE(zip_, nullptr);
    }
    void add(const std::string& name, std::string bytes) {
        kept_.push_back(std::make_unique<std::string>(std::move(bytes)));
        zip_source_t* source = zip_source_buffer(zip_, kept_.back()->data(), kept_.back()->size(), 0);
        const zip_int64_t index = zip_file_add(zip_, name.c_str(), source, ZIP_FL_OVERWRITE);
        ASSERT_GE(index, 0);
        zip_set_file_compression(zip_, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
    }
    void close() { ASSERT_EQ(zip_close(zip_), 0); }

  private:
    zip_t* zip_ = nullptr;
    std::vector<std::unique_ptr<std::string>> kept_;
};

fs::path temp_path(const std::string& name) {
    return fs::temp_directory_path() / fmt::format("hipfit-apple-health-{}-{}", ::getpid(), name);
}

TEST(AppleHealth, ReadsExportXmlFromTheZipPastMacJunk) {
    const fs::path path = temp_path("export.zip");
    ZipWriter zip(path);
    zip.add("__MACOSX/apple_health_export/._export.xml", std::string("\0\5\26\7junk", 8));
    zip.add(".DS_Store", "Bud1 junk");
    zip.add("apple_health_export/export_cda.xml", "<?xml version=\"1.0\"?><ClinicalDocument/>");
    zip.add("apple_health_export/export.xml", fixture_text("export.xml"));
    zip.add("apple_health_export/workout-routes/route_2024-03-02_5.45pm.gpx", "<gpx/>");
    zip.add("apple_health_export/electrocardiograms/ecg_2024-03-01.csv", "Name,Lena\n");
    zip.close();
    const ImportInput input(path, "export.zip");
    EXPECT_EQ(detect_source(input), SourceApp::apple_health);
    const ImportedHistory h = read_history(input, SourceApp::apple_health, berlin());
    fs::remove(path);
    EXPECT_EQ(h.format, "Apple Health (export.zip)");
    EXPECT_EQ(h.entries.size(), 15u);
    EXPECT_EQ(
        by_source(h, "apple-health:steps:2024-03-01").origin,
        line_of(fixture_text("export.xml"), "value=\"1200\"", "export.zip/apple_health_export/export.xml"));
}

// A phone set to another language names the file in its language; the zip is the same.
TEST(AppleHealth, ReadsTheExportOfAPhoneInAnotherLanguage) {
    const fs::path path = temp_path("Export.zip");
    ZipWriter zip(path);
    zip.add("apple_health_export/Exportieren_cda.xml", "<?xml version=\"1.0\"?><ClinicalDocument/>");
    zip.add("apple_health_export/Exportieren.xml", fixture_text("export.xml"));
    zip.add("apple_health_export/workout-routes/route_2024-03-02_5.45pm.gpx", "<gpx/>");
    zip.close();
    const ImportInput input(path, "Export.zip");
    EXPECT_EQ(detect_source(input), SourceApp::apple_health);
    const ImportedHistory h = read_history(input, SourceApp::apple_health, berlin());
    fs::remove(path);
    EXPECT_EQ(h.entries.size(), 15u);
}

// A file of another app read as Apple Health's says so, not what expat thinks of CSV.
TEST(AppleHealth, AFileOfAnotherKindIsNotAppleHealths) {
    const std::string csv = "Date,Workout Name,Exercise Name\n2026-11-02 18:00:00,Legs,Squat\n";
    const ImportInput input(std::string_view(csv), "ios.csv");
    try {
        (void)read_history(input, SourceApp::apple_health, berlin());
        FAIL() << "read a CSV as Apple Health's";
    } catch (const core::InvalidInput& e) {
        EXPECT_STREQ(e.what(),
                     "ios.csv: is not Apple Health's export (export.zip, or the export.xml in it): it "
                     "holds no <HealthData>");
    }
}

TEST(AppleHealth, RefusesAZipBomb) {
    const fs::path path = temp_path("bomb.zip");
    ZipWriter zip(path);
    std::string bomb = fixture_text("export.xml");
    bomb.insert(bomb.find("<HealthData"), std::string(8u << 20, ' '));
    zip.add("apple_health_export/export.xml", bomb);
    zip.close();
    const std::string why = [&] {
        const ImportInput input(path, "export.zip");
        try {
            (void)read_history(input, SourceApp::apple_health, berlin());
        } catch (const core::InvalidInput& e) {
            return std::string(e.what());
        }
        return std::string("(read)");
    }();
    fs::remove(path);
    EXPECT_TRUE(why.starts_with("export.zip: apple_health_export/export.xml would expand")) << why;
    EXPECT_NE(why.find("zip bomb"), std::string::npos) << why;
}

TEST(AppleHealth, RefusesAZipWithoutExportXml) {
    const fs::path path = temp_path("other.zip");
    ZipWriter zip(path);
    zip.add("apple_health_export/export_cda.xml", "<ClinicalDocument/>");
    zip.close();
    const ImportInput input(path, "other.zip");
    EXPECT_THROW(
        {
            try {
                (void)read_history(input, SourceApp::apple_health, berlin());
            } catch (const core::InvalidInput& e) {
                EXPECT_STREQ(e.what(), "other.zip: holds no export.xml: is it Apple Health's export.zip?");
                throw;
            }
        },
        core::InvalidInput);
    fs::remove(path);
}

TEST(AppleHealth, RefusesEntityDeclarations) {
    const std::string laughs = fixture_text("billion-laughs.xml");
    const std::string why = refusal(laughs, "laughs.xml");
    EXPECT_EQ(why,
              line_of(laughs, "<!ENTITY lol ", "laughs.xml") +
                  ": an entity declaration ('lol'): entity declarations are not in Apple Health exports, "
                  "refused");
}

TEST(AppleHealth, RefusesAnExternalEntityWithoutReadingIt) {
    const std::string text =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY secret SYSTEM "
        "\"file:///etc/passwd\">\n]>\n<HealthData>&secret;</HealthData>\n";
    EXPECT_TRUE(refusal(text, "x.xml").starts_with("x.xml:3: an entity declaration ('secret')"))
        << refusal(text, "x.xml");
}

TEST(AppleHealth, RefusesATruncatedFileWithItsLine) {
    const std::string whole = fixture_text("export.xml");
    const std::string cut =
        whole.substr(0, whole.find(" <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning"));
    const auto lines = std::count(cut.begin(), cut.end(), '\n');
    const std::string why = refusal(cut, "export.xml");
    EXPECT_EQ(why,
              fmt::format("export.xml:{}: no element found (the file ends with 1 element still open: was it "
                          "cut short?)",
                          lines + 1));
}

TEST(AppleHealth, RefusesMalformedXmlWithExpatsMessage) {
    const std::string text =
        "<?xml version=\"1.0\"?>\n<HealthData>\n <Record type=\"x\" value=\"1\">\n</HealthData>\n";
    EXPECT_EQ(refusal(text, "bad.xml"), "bad.xml:4: mismatched tag");
}

TEST(AppleHealth, RefusesAGiantAttribute) {
    std::string text =
        "<?xml version=\"1.0\"?>\n<HealthData>\n <Record type=\"HKQuantityTypeIdentifierBodyMass\" "
        "sourceName=\"";
    text.append(kMaxXmlStretchBytes + (2u << 20), 'a');
    text += "\"/>\n</HealthData>\n";
    const std::string why = refusal(text, "giant.xml");
    EXPECT_TRUE(why.starts_with("giant.xml:3: more than 16 MB without an element starting"))
        << why.substr(0, 200);
}

TEST(AppleHealth, RefusesAnotherRootAndBadValues) {
    EXPECT_EQ(
        refusal("<?xml version=\"1.0\"?>\n<ClinicalDocument/>\n", "export_cda.xml"),
        "export_cda.xml: is not Apple Health's export (export.zip, or the export.xml in it): it holds no "
        "<HealthData>");
    const std::string bad_value =
        "<HealthData>\n<Record type=\"HKQuantityTypeIdentifierBodyMass\" unit=\"kg\" "
        "startDate=\"2024-03-01 07:00:00 +0100\" value=\"seventy\"/>\n</HealthData>";
    EXPECT_EQ(refusal(bad_value, "e.xml"), "e.xml:2: value: 'seventy' is not a number");
    const std::string bad_date =
        "<HealthData>\n<Record type=\"HKQuantityTypeIdentifierStepCount\" unit=\"count\" "
        "startDate=\"yesterday\" value=\"12\"/>\n</HealthData>";
    EXPECT_EQ(refusal(bad_date, "e.xml"), "e.xml:2: startDate: 'yesterday' is not a date and time");
}

TEST(AppleHealth, RecognisesItsFilesAndNoOtherAppsFixtures) {
    const ImportInput xml(kFixtures / "apple_health/export.xml", "export.xml");
    EXPECT_EQ(detect_source(xml), SourceApp::apple_health);
    for (const auto& entry : fs::recursive_directory_iterator(kFixtures)) {
        if (!entry.is_regular_file() || entry.path().parent_path().filename() == "apple_health")
            continue;
        const ImportInput other(entry.path(), entry.path().filename().string());
        EXPECT_FALSE(recognises_apple_health(sniff(other))) << entry.path();
    }
}

}  // namespace
}  // namespace hipfit::io
