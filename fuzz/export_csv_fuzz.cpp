// The CSV importer (io::read_export of a CSV export, as `hipfit import journal.csv` reads it, and the
// import's checks). The input is the file; when it does not start with the header line, the header is put
// before it, so every mutation exercises the records rather than the header check.
//
// Properties (fuzz/import_properties.hpp): read_export → export_json → read_export gives the same entries
// when their notes are UTF-8 (JSON replaces the rest, and the checks refuse it); a file that passes the
// import's checks reads back the same from export_csv, whose output is a fixed point. A refusal is an
// InvalidInput naming a field.
#include <cstdint>
#include <string>

#include "fuzz/import_properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = hipfit::fuzz::as_text(data, size);
    if (text.starts_with(hipfit::io::kCsvHeader)) {
        hipfit::fuzz::check_import(text);
    } else {
        hipfit::fuzz::check_import(std::string(hipfit::io::kCsvHeader) + "\r\n" + std::string(text));
    }
    return 0;
}
