// The apple health importer (io/import/apple_health.cpp), as 'hipfit import --from apple-health' reads a
// file: fuzz/import_app_fuzz.hpp says what is checked. Seeds: fuzz/corpus/import_apple_health_fuzz/.
#include "fuzz/import_app_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_app_import(hipfit::io::SourceApp::apple_health, data, size);
    return 0;
}
