// Not written yet: recognises nothing, reads nothing.
#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "io/import/formats.hpp"

namespace hipfit::io {

bool recognises_garmin(const FileSniff&) {
    return false;
}

ImportedHistory read_garmin(const ImportInput& input, const ImportOptions&) {
    throw core::InvalidInput("FILE", fmt::format("{}: this format is not read yet", input.name()));
}

}  // namespace hipfit::io
