// The google fit importer (io/import/google_fit.cpp), as 'hipfit import --from google-fit' reads a file:
// fuzz/import_app_fuzz.hpp says what is checked. Seeds: fuzz/corpus/import_google_fit_fuzz/.
#include "fuzz/import_app_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_app_import(hipfit::io::SourceApp::google_fit, data, size);
    return 0;
}
