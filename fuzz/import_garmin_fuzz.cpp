// The garmin importer (io/import/garmin.cpp), as 'hipfit import --from garmin' reads a file:
// fuzz/import_app_fuzz.hpp says what is checked. Seeds: fuzz/corpus/import_garmin_fuzz/.
#include "fuzz/import_app_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_app_import(hipfit::io::SourceApp::garmin, data, size);
    return 0;
}
