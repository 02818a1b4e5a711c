// Export and import: the files of 'hipfit export' and 'hipfit import' (docs/export-format.md).
#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "app/portability.hpp"
#include "io/export_csv.hpp"
#include "io/export_format.hpp"
#include "server/api_error.hpp"
#include "server/handlers/handlers.hpp"

namespace hipfit::server::handlers {

Response export_journal(Call& call) {
    const std::string_view format = call.request.query_value("format").value_or("json");
    if (format != "json" && format != "csv")
        throw invalid("format", "format: expected json or csv");
    const io::ExportData data = app::export_data(*call.journal());
    const bool json = format == "json";
    Response response{200,
                      json ? "application/json" : "text/csv; charset=utf-8",
                      json ? io::export_json(data) : io::export_csv(data.entries),
                      {}};
    response.headers.emplace_back("Content-Disposition", json ? "attachment; filename=\"hipfit.json\""
                                                              : "attachment; filename=\"hipfit.csv\"");
    return response;
}

std::any read_import(const Call& call) {
    if (!call.request.has_media_type("application/json") && !call.request.has_media_type("text/csv"))
        throw ApiError(415, "unsupported_media_type", "send an export as application/json or text/csv");
    return app::read_checked_export(call.request.body, "import", call.today, call.journal()->own_exercises());
}

// Everything was read and checked (read_import) before anything is written.
Response import_journal(Call& call) {
    const auto& data = std::any_cast<const io::ExportData&>(*call.prepared);
    return json_response(200, app::to_json(app::import_data(*call.journal(), data)));
}

}  // namespace hipfit::server::handlers
