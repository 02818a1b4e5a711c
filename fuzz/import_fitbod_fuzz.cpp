// The fitbod importer (io/import/fitbod.cpp), as 'hipfit import --from fitbod' reads a file:
// fuzz/import_app_fuzz.hpp says what is checked. Seeds: fuzz/corpus/import_fitbod_fuzz/.
#include "fuzz/import_app_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_app_import(hipfit::io::SourceApp::fitbod, data, size);
    return 0;
}
