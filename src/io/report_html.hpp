// The report as one self-contained HTML page: its sections of text, its SVG charts and the exercises of the
// period with their pictures, with the styles inline, so it opens from a file, prints, and reads on a phone.
#pragma once

#include <string>
#include <vector>

#include "core/program/catalog.hpp"

namespace hipfit::io {

struct ReportSection {
    std::string heading;
    std::vector<std::string> paragraphs;
    bool preformatted = false;  // aligned figures: kept as typed, in a fixed-width font
};

// An exercise the page shows with its animated picture (when it has one) and its muscle map.
struct ReportExercise {
    core::Exercise exercise;
    std::string note;  // e.g. "in 3 workouts"
};

struct ReportPage {
    std::string title;
    std::vector<ReportSection> sections;
    std::vector<std::string> charts;  // SVG documents (svg_chart.hpp), shown in order
    std::string footer;
    std::string exercises_heading;
    std::vector<ReportExercise> exercises;  // each once; drawn after the sections, before the charts
};

// Every text is escaped; the charts are placed as they are.
std::string report_html(const ReportPage& page);

}  // namespace hipfit::io
