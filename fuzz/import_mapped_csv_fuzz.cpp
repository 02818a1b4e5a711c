// The mapped-CSV importer (io/import/mapped_csv.cpp), as 'hipfit import --from csv --map …' reads a file
// with a fixed mapping of every field, checked as fuzz/import_app_fuzz.hpp says; and the input's first
// line read as a mapping, which is either accepted or refused naming where it came from.
// Seeds: fuzz/corpus/import_mapped_csv_fuzz/.
#include "fuzz/import_app_fuzz.hpp"
#include "io/import/column_mapping.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hipfit;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const io::ColumnMapping mapping =
            io::parse_column_mapping(bytes.substr(0, bytes.find('\n')), "--map");
        fuzz::require(mapping.columns.contains("date"), "a mapping without a date");
    } catch (const core::InvalidInput& refusal) {
        fuzz::require(std::string_view(refusal.what()).starts_with("--map"),
                      "a mapping refusal not naming --map");
    }
    static const io::ImportOptions options = [] {
        io::ImportOptions o;
        o.mapping = io::parse_column_mapping(
            "date=Date,time=Time,weight=Weight,body_fat=Body fat,waist=Waist,hip=Hip,thigh=Thigh,neck=Neck,"
            "steps=Steps,sleep=Sleep,food=Food,protein=Protein,water=Water",
            "--map");
        return o;
    }();
    fuzz::check_app_import(io::SourceApp::csv, data, size, options);
    return 0;
}
