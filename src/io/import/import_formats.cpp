#include "io/import/import_formats.hpp"

#include <array>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "io/export_csv.hpp"
#include "io/import/csv_table.hpp"
#include "io/import/formats.hpp"
#include "io/import/zip_archive.hpp"

namespace hipfit::io {

namespace {

// Enough for any header line and an XML file's prologue and DTD (Apple Health's runs to some 10 KB).
constexpr std::size_t kSniffBytes = 64 * 1024;

// `csv` last: it recognises nothing, it is only chosen.
constexpr std::array<ImportFormat, 12> kFormats{{
    {SourceApp::apple_health, recognises_apple_health, read_apple_health},
    {SourceApp::myfitnesspal, recognises_myfitnesspal, read_myfitnesspal},
    {SourceApp::strong, recognises_strong, read_strong},
    {SourceApp::hevy, recognises_hevy, read_hevy},
    {SourceApp::fitbod, recognises_fitbod, read_fitbod},
    {SourceApp::fitnotes, recognises_fitnotes, read_fitnotes},
    {SourceApp::openscale, recognises_openscale, read_openscale},
    {SourceApp::cronometer, recognises_cronometer, read_cronometer},
    {SourceApp::google_fit, recognises_google_fit, read_google_fit},
    {SourceApp::withings, recognises_withings, read_withings},
    {SourceApp::garmin, recognises_garmin, read_garmin},
    {SourceApp::csv, recognises_mapped_csv, read_mapped_csv},
}};

bool hipfit_export(const FileSniff& sniff) {
    if (sniff.zip)
        return false;
    const std::size_t first = sniff.head.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && sniff.head[first] == '{')
        return true;  // JSON: hipfit's export is the only JSON format read; its reader says when it is not
    return sniff.head.starts_with(kCsvHeader);
}

}  // namespace

std::span<const ImportFormat> import_formats() {
    return kFormats;
}

FileSniff sniff(const ImportInput& input) {
    FileSniff s;
    s.head = input.head(kSniffBytes);
    s.zip = input.is_zip();
    if (s.zip) {
        const ZipArchive archive(input);
        for (const ZipMember& member : archive.members()) s.zip_members.push_back(member.name);
    } else {
        s.header = csv_header_of(s.head);
    }
    return s;
}

SourceApp detect_source(const ImportInput& input) {
    if (input.size() == 0)
        throw core::InvalidInput("FILE",
                                 fmt::format("{}: is empty: there is nothing to import", input.name()));
    const FileSniff s = sniff(input);
    if (hipfit_export(s))
        return SourceApp::hipfit;
    for (const ImportFormat& format : kFormats) {
        if (format.recognises(s))
            return format.app;
    }
    throw core::InvalidInput(
        "FILE",
        fmt::format("{}: hipfit does not recognise this file. It reads hipfit's own export and those of "
                    "Strong, Hevy, Fitbod, FitNotes, openScale, Apple Health, Cronometer, MyFitnessPal, "
                    "Google Fit, Withings and Garmin; for any other CSV, name its columns "
                    "(docs/import.md)",
                    input.name()));
}

ImportedHistory read_history(const ImportInput& input, SourceApp app, const ImportOptions& options) {
    for (const ImportFormat& format : kFormats) {
        if (format.app == app)
            return format.read(input, options);
    }
    throw core::InvalidInput("from", "from: hipfit's own export is read by read_export");
}

}  // namespace hipfit::io
