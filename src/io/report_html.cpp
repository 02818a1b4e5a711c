#include "io/report_html.hpp"

#include "io/exercise_illustration.hpp"
#include "io/muscle_map_svg.hpp"
#include "io/svg_chart.hpp"

namespace hipfit::io {
namespace {

// Readable on a phone and on paper; the charts scale to the page's width.
constexpr const char* kStyle = R"css(
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; color: #222;
       line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.15rem; margin-top: 1.75rem; border-bottom: 1px solid #ddd; }
pre { font-size: 0.85rem; white-space: pre-wrap; background: #f6f6f6; padding: 0.75rem; }
.chart { width: 100%; height: auto; margin: 1rem 0; }
.exercise { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0.75rem 0;
            break-inside: avoid; }
.exercise svg { width: 96px; height: auto; }
.exercise p { margin: 0; flex: 1 1 10rem; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #555; }
)css";

std::string section_html(const ReportSection& section) {
    std::string html = "<section>\n<h2>" + escape_xml(section.heading) + "</h2>\n";
    if (section.preformatted) {
        html += "<pre>";
        for (const std::string& line : section.paragraphs) html += escape_xml(line) + "\n";
        return html + "</pre>\n</section>\n";
    }
    for (const std::string& paragraph : section.paragraphs) html += "<p>" + escape_xml(paragraph) + "</p>\n";
    return html + "</section>\n";
}

// The pictures inline, small: the page stays one file.
std::string exercise_html(const ReportExercise& item) {
    const core::Exercise& exercise = item.exercise;
    std::string html = "<div class=\"exercise\">\n";
    if (const std::optional<std::string> picture = exercise_illustration_svg(exercise))
        html += *picture;
    html += muscle_map_svg(exercise.primary_muscles, exercise.secondary_muscles);
    html += "<p><strong>" + escape_xml(exercise.name) + "</strong>";
    if (!item.note.empty())
        html += " — " + escape_xml(item.note);
    return html + "</p>\n</div>\n";
}

}  // namespace

std::string report_html(const ReportPage& page) {
    std::string html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>" +
        escape_xml(page.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" +
        escape_xml(page.title) + "</h1>\n";
    for (const ReportSection& section : page.sections) html += section_html(section);
    if (!page.exercises.empty()) {
        html += "<section>\n<h2>" + escape_xml(page.exercises_heading) + "</h2>\n";
        for (const ReportExercise& exercise : page.exercises) html += exercise_html(exercise);
        html += "</section>\n";
    }
    if (!page.charts.empty()) {
        html += "<section>\n<h2>Charts</h2>\n";
        for (const std::string& chart : page.charts) html += chart;
        html += "</section>\n";
    }
    return html + "<footer>" + escape_xml(page.footer) + "</footer>\n</body>\n</html>\n";
}

}  // namespace hipfit::io
