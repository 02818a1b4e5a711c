// The apple health importer (io/import/apple_health.cpp), as 'hipfit import --from apple-health' reads a
// file: fuzz/import_app_fuzz.hpp says what is checked. Seeds: fuzz/corpus/import_apple_health_fuzz/.
//
// And the skimmer in front of expat (io/import/apple_health_skim.hpp) against expat alone: when both
// accept, the same entries (origins and lines included) and the same things left out; when the skimmer's
// read refuses, expat alone refuses too. Expat alone may refuse what the skimmer accepts, or refuse it in
// other words: a record of a skipped type malformed where the skimmer does not look (an invalid UTF-8
// byte in a value) is dropped unread, and expat's first complaint is then a later one, if any.

#include <fmt/format.h>

#include "fuzz/import_app_fuzz.hpp"
#include "io/import/apple_health_xml.hpp"

namespace {

using namespace hipfit;

std::string outcome(std::string_view bytes, io::RecordSkimming skimming) {
    const io::ImportInput input(bytes, "fuzz.input");
    try {
        const io::ImportedHistory h = io::read_apple_health(input, io::ImportOptions{}, skimming);
        std::string out;
        for (const io::ImportedEntry& e : h.entries) {
            out += fmt::format("{}|{}|{}|{}:{}|{}|{}|{}|{}\n", e.entry.source, e.origin,
                               core::format_date(e.entry.date), e.entry.time.hour, e.entry.time.minute,
                               e.entry.value, e.entry.protein_g.value_or(-1),
                               e.entry.energy_kcal.value_or(-1), e.entry.sets.size());
            for (const core::WorkoutSet& s : e.entry.sets)
                out += fmt::format(" {} {}\n", s.minutes.value_or(-1), s.distance_km.value_or(-1));
        }
        for (const auto& [what, count] : h.left_out) out += fmt::format("{}: {}\n", what, count);
        return out;
    } catch (const core::InvalidInput& e) {
        return std::string("refused: ") + e.what();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hipfit::fuzz::check_app_import(hipfit::io::SourceApp::apple_health, data, size);
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string with = outcome(bytes, io::RecordSkimming::on);
    const std::string without = outcome(bytes, io::RecordSkimming::off);
    if (with != without)
        hipfit::fuzz::require(without.starts_with("refused"), "the skimmer changed what was read");
    return 0;
}
