// What the tests of the body and food apps' readers share: their test files under
// tests/fixtures/import/, read as a person's import would read them.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/base/errors.hpp"
#include "io/import/formats.hpp"
#include "io/import/import_formats.hpp"

namespace hipfit::io::test {

inline std::filesystem::path fixtures_dir() {
    return std::filesystem::path(HIPFIT_SOURCE_DIR) / "tests" / "fixtures" / "import";
}

inline std::filesystem::path fixture(const std::string& app, const std::string& file) {
    return fixtures_dir() / app / file;
}

inline std::string fixture_text(const std::string& app, const std::string& file) {
    std::ifstream in(fixture(app, file), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline ImportedHistory read_fixture(SourceApp app, const std::string& dir, const std::string& file,
                                    const ImportOptions& options = {}) {
    const ImportInput input(fixture(dir, file), file);
    return read_history(input, app, options);
}

inline ImportedHistory read_text(SourceApp app, std::string_view text, const ImportOptions& options = {},
                                 const std::string& name = "test.csv") {
    const ImportInput input(text, name);
    return read_history(input, app, options);
}

inline SourceApp detect_fixture(const std::string& dir, const std::string& file) {
    const ImportInput input(fixture(dir, file), file);
    return detect_source(input);
}

// The message of the InvalidInput `read` throws; "" (and a failure) when it throws none.
inline std::string refusal(const std::function<void()>& read) {
    try {
        read();
    } catch (const core::InvalidInput& e) {
        return e.what();
    }
    ADD_FAILURE() << "no refusal";
    return "";
}

// Every test file of the other apps, for checking a reader claims none of them.
inline std::vector<std::filesystem::path> other_apps_fixtures(const std::string& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& app : std::filesystem::directory_iterator(fixtures_dir())) {
        if (!app.is_directory() || app.path().filename() == dir)
            continue;
        for (const auto& file : std::filesystem::recursive_directory_iterator(app.path())) {
            if (file.is_regular_file())
                files.push_back(file.path());
        }
    }
    return files;
}

// Whether `recognises` claims none of the other apps' test files.
inline void expect_claims_no_other_fixture(bool (*recognises)(const FileSniff&), const std::string& dir) {
    for (const auto& path : other_apps_fixtures(dir)) {
        const ImportInput input(path, path.filename().string());
        FileSniff s;
        try {
            s = sniff(input);
        } catch (const core::InvalidInput&) {
            continue;  // a damaged zip, as a test file
        }
        EXPECT_FALSE(recognises(s)) << path;
    }
}

inline const ImportedEntry* find_source(const ImportedHistory& history, std::string_view source) {
    for (const ImportedEntry& e : history.entries) {
        if (e.entry.source == source)
            return &e;
    }
    return nullptr;
}

}  // namespace hipfit::io::test
