// The progress bar 'hipfit import' draws while it reads a large file: redrawn in place (a carriage
// return, no new line) only when the percentage changes, its bar as full as the part read, the sizes in
// MB; nothing without a known total. And the person's offset from UTC, by TZ.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "cli/import_progress.hpp"

namespace hipfit::cli {
namespace {

std::string drawn(std::FILE* file) {
    std::rewind(file);
    std::string text;
    for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) text += static_cast<char>(c);
    return text;
}

TEST(ImportProgress, TheBarIsRedrawnInPlaceAsThePercentageChanges) {
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    const io::ImportProgress progress = progress_bar("export.zip", file);
    constexpr std::uint64_t kMiB = 1 << 20;
    progress(0, 200 * kMiB);
    progress(kMiB / 2, 200 * kMiB);  // still 0%: not drawn again
    progress(100 * kMiB, 200 * kMiB);
    progress(200 * kMiB, 200 * kMiB);
    progress(5, 0);  // no total: nothing
    const std::string text = drawn(file);
    std::fclose(file);
    EXPECT_EQ(text,
              "\rReading export.zip [..............................]   0%  0 of 200 MB"
              "\rReading export.zip [###############...............]  50%  100 of 200 MB"
              "\rReading export.zip [##############################] 100%  200 of 200 MB");
}

TEST(ImportProgress, ASmallFileGetsNoBar) {
    EXPECT_FALSE(terminal_progress("small.csv", kProgressBarFromBytes - 1));
}

TEST(ImportProgress, TheOffsetFromUtcFollowsTheTimeZoneAndItsSummerTime) {
    const char* before = std::getenv("TZ");
    const std::string kept = before ? before : "";
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    EXPECT_EQ(local_utc_offset_minutes(1767225600), 60);   // 2026-01-01 00:00 UTC: winter, UTC+1
    EXPECT_EQ(local_utc_offset_minutes(1782864000), 120);  // 2026-07-01 00:00 UTC: summer, UTC+2
    if (before)
        setenv("TZ", kept.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}

}  // namespace
}  // namespace hipfit::cli
