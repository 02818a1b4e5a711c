#include "cli/import_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

#include <fmt/format.h>

namespace hipfit::cli {

namespace {

constexpr int kBarWidth = 30;

struct Bar {
    std::string name;
    int drawn_percent = -1;
};

}  // namespace

io::ImportProgress terminal_progress(const std::string& name, std::uint64_t size) {
    if (size < kProgressBarFromBytes || isatty(STDERR_FILENO) != 1)
        return {};
    return progress_bar(name, stderr);
}

io::ImportProgress progress_bar(const std::string& name, std::FILE* out) {
    auto bar = std::make_shared<Bar>(Bar{name, -1});
    return [bar, out](std::uint64_t done, std::uint64_t total) {
        if (total == 0)
            return;
        const int percent = static_cast<int>(std::min<std::uint64_t>(done * 100 / total, 100));
        if (percent == bar->drawn_percent)
            return;
        bar->drawn_percent = percent;
        const int filled = percent * kBarWidth / 100;
        fmt::print(out, "\rReading {} [{}{}] {:3}%  {} of {} MB", bar->name, std::string(filled, '#'),
                   std::string(kBarWidth - filled, '.'), percent, done >> 20, total >> 20);
        std::fflush(out);
    };
}

void end_terminal_progress(const io::ImportProgress& progress) {
    if (progress) {
        fmt::print(stderr, "\r\033[K");
        std::fflush(stderr);
    }
}

int local_utc_offset_minutes(std::int64_t utc_seconds) {
    const auto when = static_cast<std::time_t>(utc_seconds);
    std::tm local{};
    if (localtime_r(&when, &local) == nullptr)
        return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

}  // namespace hipfit::cli
