// The progress bar 'hipfit import' draws on a terminal while it reads a large file (an Apple Health
// export of several GB takes a while), on standard error so that --json output stays clean.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "io/import/import_model.hpp"

namespace hipfit::cli {

// Files smaller than this are read before a bar would be seen.
inline constexpr std::uint64_t kProgressBarFromBytes = 8ull << 20;

// A progress callback drawing the bar for `name` on standard error, when standard error is a terminal
// and the file is at least kProgressBarFromBytes; an empty callback otherwise.
io::ImportProgress terminal_progress(const std::string& name, std::uint64_t size);

// The bar itself, drawn on `out` (tests draw it on a file): redrawn in place as the percentage changes.
io::ImportProgress progress_bar(const std::string& name, std::FILE* out);

// Clears the bar's line on standard error, when one was drawn.
void end_terminal_progress(const io::ImportProgress& progress);

// The person's offset from UTC at an instant, by the process's time zone (TZ, else the system's).
int local_utc_offset_minutes(std::int64_t utc_seconds);

}  // namespace hipfit::cli
