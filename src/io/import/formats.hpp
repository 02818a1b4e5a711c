// Each app's reader (one source file each, docs/import.md); import_formats.cpp lists them in one table.
#pragma once

#include "io/import/import_formats.hpp"

namespace hipfit::io {

#define HIPFIT_IMPORT_FORMAT(name)                  \
    bool recognises_##name(const FileSniff& sniff); \
    ImportedHistory read_##name(const ImportInput& input, const ImportOptions& options);

HIPFIT_IMPORT_FORMAT(strong)
HIPFIT_IMPORT_FORMAT(hevy)
HIPFIT_IMPORT_FORMAT(fitbod)
HIPFIT_IMPORT_FORMAT(fitnotes)
HIPFIT_IMPORT_FORMAT(openscale)
HIPFIT_IMPORT_FORMAT(apple_health)
HIPFIT_IMPORT_FORMAT(cronometer)
HIPFIT_IMPORT_FORMAT(myfitnesspal)
HIPFIT_IMPORT_FORMAT(google_fit)
HIPFIT_IMPORT_FORMAT(withings)
HIPFIT_IMPORT_FORMAT(garmin)
HIPFIT_IMPORT_FORMAT(mapped_csv)

#undef HIPFIT_IMPORT_FORMAT

}  // namespace hipfit::io
