// The report as one self-contained HTML page: its sections of text and its SVG charts, with the styles
// inline, so it opens from a file, prints, and reads on a phone.
#pragma once

#include <string>
#include <vector>

namespace hipfit::io {

struct ReportSection {
    std::string heading;
    std::vector<std::string> paragraphs;
    bool preformatted = false;  // aligned figures: kept as typed, in a fixed-width font
};

struct ReportPage {
    std::string title;
    std::vector<ReportSection> sections;
    std::vector<std::string> charts;  // SVG documents (svg_chart.hpp), shown in order
    std::string footer;
};

// Every text is escaped; the charts are placed as they are.
std::string report_html(const ReportPage& page);

}  // namespace hipfit::io
