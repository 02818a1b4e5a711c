// The formats hipfit imports (docs/import.md), one table: how each is recognised from a file's first
// bytes or its zip listing, and the function that reads it. hipfit's own export is read by
// io/export_format.hpp; detect_source names it too, so one command takes every file.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "io/import/import_input.hpp"
#include "io/import/import_model.hpp"

namespace hipfit::io {

// What detection looks at: the first bytes (BOM included), the first line's fields, and a zip's members.
struct FileSniff {
    std::string head;
    std::vector<std::string> header;
    bool zip = false;
    std::vector<std::string> zip_members;
};

struct ImportFormat {
    SourceApp app;
    bool (*recognises)(const FileSniff& sniff);
    ImportedHistory (*read)(const ImportInput& input, const ImportOptions& options);
};

// Every format but hipfit's own, in the order detection tries them (the most specific first).
std::span<const ImportFormat> import_formats();

FileSniff sniff(const ImportInput& input);

// The app whose export `input` is; InvalidInput naming the file when none recognises it (with the
// formats hipfit reads, and --from for a CSV of another kind).
SourceApp detect_source(const ImportInput& input);

// Reads `input` as `app`'s export (not hipfit's own); InvalidInput naming the file and line when it is not.
ImportedHistory read_history(const ImportInput& input, SourceApp app, const ImportOptions& options);

}  // namespace hipfit::io
