// The JSON importer (io::read_export of a hipfit-export document, as `hipfit import` and POST /api/import
// read it, and the import's checks, app::read_checked_export). The whole input is the file.
//
// Properties (fuzz/import_properties.hpp): read_export → export_json → read_export gives the same profile,
// entries (in id order) and check-ins (in date order), and export_json of that gives the same bytes; a
// file that passes the import's checks reads back the same from export_csv. A refusal is an InvalidInput
// naming a field (or a SafetyRefusal from the profile's checks), never in the JSON library's words.
#include <cstdint>

#include "fuzz/import_properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_import(hipfit::fuzz::as_text(data, size));
    return 0;
}
