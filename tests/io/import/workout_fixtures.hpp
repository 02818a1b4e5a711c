// What the tests of the workout-log readers (Strong, Hevy, Fitbod, FitNotes) share: their test files under
// tests/fixtures/import/APP/, read as the app's export, and the other apps' files their detection must
// not claim.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/base/errors.hpp"
#include "io/import/import_formats.hpp"

namespace hipfit::io::test {

inline std::filesystem::path fixture_path(std::string_view app, std::string_view file) {
    return std::filesystem::path(HIPFIT_SOURCE_DIR) / "tests/fixtures/import" / app / file;
}

inline ImportedHistory read_fixture(SourceApp app, std::string_view file, const ImportOptions& options = {}) {
    const std::filesystem::path path = fixture_path(core::name_of(kSourceAppNames, app), file);
    return read_history(ImportInput(path, std::string(file)), app, options);
}

inline SourceApp detected(SourceApp app, std::string_view file) {
    const std::filesystem::path path = fixture_path(core::name_of(kSourceAppNames, app), file);
    return detect_source(ImportInput(path, std::string(file)));
}

inline ImportedHistory read_text(SourceApp app, std::string_view text, const ImportOptions& options = {}) {
    return read_history(ImportInput(text, "t.csv"), app, options);
}

// The message of the refusal reading `text` gives; "" when it is read.
inline std::string refusal(SourceApp app, std::string_view text) {
    try {
        read_text(app, text);
    } catch (const core::InvalidInput& e) {
        return e.what();
    }
    return "";
}

// Every test file of the other apps (those written so far).
inline std::vector<std::filesystem::path> other_apps_files(SourceApp app) {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path root = std::filesystem::path(HIPFIT_SOURCE_DIR) / "tests/fixtures/import";
    for (const auto& item : std::filesystem::recursive_directory_iterator(root)) {
        if (item.is_regular_file() &&
            item.path().parent_path().filename() != core::name_of(kSourceAppNames, app))
            files.push_back(item.path());
    }
    return files;
}

// Whether `recognises` claims any other app's test file; the first it claims, or "".
template <typename Recognises>
std::string claimed_other_file(SourceApp app, Recognises recognises) {
    for (const std::filesystem::path& file : other_apps_files(app)) {
        FileSniff seen;
        try {
            seen = sniff(ImportInput(file, file.filename().string()));
        } catch (const core::InvalidInput&) {
            continue;  // a file meant to be refused
        }
        if (recognises(seen))
            return file.string();
    }
    return "";
}

}  // namespace hipfit::io::test
