// Reading Apple Health's export (io/import/apple_health.cpp) at the size real ones reach: a synthetic
// export.xml of about 350 MB, mostly records hipfit skips (heart rate, active and resting energy,
// distance) as in real exports, read as a file and from a deflated export.zip. Goals (docs/performance.md):
// at least 200 MB/s, a peak RSS under 64 MB, and ten times a Python iterparse pass over the same file
// (bench/apple_health_iterparse.py; bench/apple_health_bench.sh runs both).
//
// The file is written once to $HIPFIT_APPLE_HEALTH_BENCH_DIR (default $TMPDIR or /tmp, in
// hipfit-apple-health-bench/) and reused; delete the folder to write it again.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "io/import/import_formats.hpp"

namespace {

namespace fs = std::filesystem;

// About 156 KB of records a day: 6 years make some 350 MB.
constexpr int kDays = 6 * 365;

fs::path bench_dir() {
    if (const char* dir = std::getenv("HIPFIT_APPLE_HEALTH_BENCH_DIR"))
        return dir;
    return fs::temp_directory_path() / "hipfit-apple-health-bench";
}

// A small deterministic generator (the file is the same on every machine).
class Random {
  public:
    unsigned next(unsigned below) {
        state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<unsigned>((state_ >> 33) % below);
    }

  private:
    unsigned long long state_ = 42;
};

class Writer {
  public:
    explicit Writer(const fs::path& path) : file_(std::fopen(path.c_str(), "wb")) {
        if (file_ == nullptr)
            throw std::runtime_error("cannot write " + path.string());
    }
    ~Writer() {
        flush();
        std::fclose(file_);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    template <typename... Args>
    void put(fmt::format_string<Args...> format, Args&&... args) {
        fmt::format_to(std::back_inserter(buffer_), format, std::forward<Args>(args)...);
        if (buffer_.size() > (4u << 20))
            flush();
    }

  private:
    void flush() {
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        buffer_.clear();
    }
    std::FILE* file_;
    std::string buffer_;
};

// "2019-01-01 06:05:00 +0100" for a day from the start and a minute of it.
std::string moment(int day, int minute) {
    const auto date = std::chrono::year_month_day(std::chrono::sys_days(std::chrono::year(2019) / 1 / 1) +
                                                  std::chrono::days(day + minute / 1440));
    minute %= 1440;
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02} +0100", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), minute / 60,
                       minute % 60, (minute * 7) % 60);
}

constexpr std::string_view kWatch =
    R"(sourceName="Lena’s Apple Watch" sourceVersion="10.3" device="&lt;&lt;HKDevice: 0x281e4c0a0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.3&gt;")";
constexpr std::string_view kPhone =
    R"(sourceName="Lena’s iPhone" sourceVersion="17.3" device="&lt;&lt;HKDevice: 0x283e5c120&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:17.3&gt;")";

// Records of one type through every day, `per_day` of them spread over the waking hours.
template <typename Value>
void records(Writer& out, Random& random, std::string_view type, std::string_view unit,
             std::string_view source, int per_day, int span_minutes, Value value, bool metadata = false) {
    for (int day = 0; day < kDays; ++day) {
        for (int i = 0; i < per_day; ++i) {
            const int minute = 6 * 60 + i * (16 * 60) / per_day + static_cast<int>(random.next(5));
            const std::string start = moment(day, minute);
            out.put(
                R"( <Record type="{}" {} unit="{}" creationDate="{}" startDate="{}" endDate="{}" value="{}")",
                type, source, unit, moment(day, minute + span_minutes + 1), start,
                moment(day, minute + span_minutes), value(random));
            if (metadata && i % 3 == 0)
                out.put(
                    ">\n  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"{}\"/>\n "
                    "</Record>\n",
                    random.next(3));
            else
                out.put("/>\n");
        }
    }
}

void write_export(const fs::path& path) {
    Writer out(path);
    Random random;
    out.put(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n<!-- HealthKit Export Version: "
        "13 "
        "-->\n<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
        "<!ATTLIST HealthData\n  locale CDATA #REQUIRED\n>\n<!ELEMENT Record (MetadataEntry*)>\n"
        "<!ATTLIST Record\n  type CDATA #REQUIRED\n  unit CDATA #IMPLIED\n  value CDATA #IMPLIED\n"
        "  sourceName CDATA #REQUIRED\n  sourceVersion CDATA #IMPLIED\n  device CDATA #IMPLIED\n"
        "  creationDate CDATA #IMPLIED\n  startDate CDATA #REQUIRED\n  endDate CDATA #REQUIRED\n>\n"
        "<!ELEMENT MetadataEntry EMPTY>\n<!ATTLIST MetadataEntry\n  key CDATA #REQUIRED\n"
        "  value CDATA #REQUIRED\n>\n]>\n<HealthData locale=\"en_US\">\n"
        " <ExportDate value=\"2025-01-01 09:00:00 +0100\"/>\n"
        " <Me HKCharacteristicTypeIdentifierDateOfBirth=\"1988-06-14\" "
        "HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\"/>\n");
    // Exports list records type by type, each in time order.
    records(out, random, "HKQuantityTypeIdentifierBodyMass", "kg", kPhone, 1, 0,
            [](Random& r) { return fmt::format("{}.{}", 70 + r.next(4), r.next(10)); });
    records(
        out, random, "HKQuantityTypeIdentifierHeartRate", "count/min", kWatch, 150, 0,
        [](Random& r) { return 55 + r.next(60); }, true);
    records(out, random, "HKQuantityTypeIdentifierStepCount", "count", kPhone, 50, 10,
            [](Random& r) { return 20 + r.next(900); });
    records(out, random, "HKQuantityTypeIdentifierDistanceWalkingRunning", "km", kWatch, 60, 5,
            [](Random& r) { return fmt::format("0.{:04}", r.next(3000)); });
    records(out, random, "HKQuantityTypeIdentifierActiveEnergyBurned", "kcal", kWatch, 120, 4,
            [](Random& r) { return fmt::format("{}.{:03}", r.next(12), r.next(1000)); });
    records(out, random, "HKQuantityTypeIdentifierBasalEnergyBurned", "kcal", kWatch, 60, 15,
            [](Random& r) { return fmt::format("{}.{:03}", 15 + r.next(5), r.next(1000)); });
    records(out, random, "HKCategoryTypeIdentifierAppleStandHour", "", kWatch, 12, 60, [](Random& r) {
        return r.next(4) == 0 ? "HKCategoryValueAppleStandHourIdle" : "HKCategoryValueAppleStandHourStood";
    });
    records(out, random, "HKQuantityTypeIdentifierDietaryEnergyConsumed", "kcal", kPhone, 4, 0,
            [](Random& r) { return 300 + r.next(500); });
    records(out, random, "HKQuantityTypeIdentifierDietaryWater", "mL", kPhone, 5, 0,
            [](Random& r) { return 150 + r.next(350); });
    records(out, random, "HKCategoryTypeIdentifierSleepAnalysis", "", kWatch, 8, 45, [](Random& r) {
        return r.next(5) == 0 ? "HKCategoryValueSleepAnalysisAwake"
                              : "HKCategoryValueSleepAnalysisAsleepCore";
    });
    for (int day = 0; day < kDays; day += 2) {
        out.put(
            R"( <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="{}" durationUnit="min" {} )"
            R"(creationDate="{}" startDate="{}" endDate="{}">)"
            "\n",
            30 + random.next(40), kWatch, moment(day, 18 * 60 + 70), moment(day, 18 * 60),
            moment(day, 18 * 60 + 60));
        out.put(
            R"(  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="{}" endDate="{}" sum="{}" unit="kcal"/>)"
            "\n",
            moment(day, 18 * 60), moment(day, 18 * 60 + 60), 150 + random.next(200));
        out.put(" </Workout>\n");
    }
    out.put("</HealthData>\n");
}

void write_zip(const fs::path& xml, const fs::path& zip_path) {
    int error = 0;
    zip_t* zip = zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip == nullptr)
        throw std::runtime_error("cannot write " + zip_path.string());
    zip_source_t* source = zip_source_file(zip, xml.c_str(), 0, -1);
    const zip_int64_t index = zip_file_add(zip, "apple_health_export/export.xml", source, ZIP_FL_OVERWRITE);
    if (index < 0)
        throw std::runtime_error("cannot add to " + zip_path.string());
    zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6);
    if (zip_close(zip) != 0)
        throw std::runtime_error("cannot close " + zip_path.string());
}

// The export's paths, written on first use.
struct BenchFiles {
    fs::path xml;
    fs::path zip;
};

const BenchFiles& bench_files() {
    static const BenchFiles files = [] {
        const fs::path dir = bench_dir();
        fs::create_directories(dir);
        BenchFiles f{dir / "export.xml", dir / "export.zip"};
        const fs::path done = dir / "written";
        if (!fs::exists(done)) {
            const auto started = std::chrono::steady_clock::now();
            write_export(f.xml);
            write_zip(f.xml, f.zip);
            std::ofstream(done) << "ok\n";
            fmt::print(stderr, "wrote {} ({} MB) and {} in {:.1f} s\n", f.xml.string(),
                       fs::file_size(f.xml) >> 20, f.zip.string(),
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        }
        fmt::print(stderr, "export.xml: {} ({} bytes)\n", f.xml.string(), fs::file_size(f.xml));
        return f;
    }();
    return files;
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KB on Linux
}

void read_and_count(benchmark::State& state, const fs::path& path, const std::string& name) {
    using namespace hipfit::io;
    const std::uint64_t xml_bytes = fs::file_size(bench_files().xml);
    std::size_t entries = 0;
    for (auto _ : state) {
        const ImportInput input(path, name);
        const ImportedHistory history = read_history(input, SourceApp::apple_health, ImportOptions{});
        entries = history.entries.size();
        benchmark::DoNotOptimize(entries);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * xml_bytes));
    state.counters["entries"] = static_cast<double>(entries);
    state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_AppleHealthExportXml(benchmark::State& state) {
    read_and_count(state, bench_files().xml, "export.xml");
}
BENCHMARK(BM_AppleHealthExportXml)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_AppleHealthExportZip(benchmark::State& state) {
    read_and_count(state, bench_files().zip, "export.zip");
}
BENCHMARK(BM_AppleHealthExportZip)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
