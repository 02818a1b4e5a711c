// The escaping of text in the HTML report and its SVG charts (io::escape_xml, io::line_chart_svg,
// io::bar_chart_svg, io::report_html). The input gives the texts (titles, descriptions, units, series and
// bar names, headings, paragraphs, footer: any bytes) and the charts' numbers (values of a journal's range).
//
// Properties: escape_xml's output holds no '<', '>', '"' or '\'' and every '&' starts one of the five
// entities it writes, and decoding them gives the text back. In a whole chart or page, no text holds a raw
// '>', no attribute value a '<' or its own quote, every '&' starts an entity, and the markup (each tag's name
// and attribute names, in order) is exactly that of the same document with every text replaced by "x": no
// text can open, close or change a tag.
#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.hpp"
#include "io/report_html.hpp"
#include "io/svg_chart.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

constexpr std::array<std::pair<std::string_view, char>, 5> kEntities{
    {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}};

// The length of the entity at the start of `text`, 0 when there is none.
std::size_t entity_at(std::string_view text) {
    for (const auto& [entity, c] : kEntities) {
        if (text.starts_with(entity))
            return entity.size();
    }
    return 0;
}

void check_escaped(std::string_view text) {
    const std::string escaped = io::escape_xml(text);
    require(escaped.find_first_of("<>\"'") == std::string::npos,
            "escape_xml left a < > \" or ' in its output");
    std::string decoded;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] != '&') {
            decoded += escaped[i];
            continue;
        }
        const std::size_t length = entity_at(std::string_view(escaped).substr(i));
        require(length > 0, "escape_xml left a bare &");
        for (const auto& [entity, c] : kEntities) {
            if (entity.size() == length && std::string_view(escaped).substr(i, length) == entity)
                decoded += c;
        }
        i += length - 1;
    }
    require(decoded == text, "escape_xml's output does not decode to its input");
}

// Walks a document: text between tags, and tags with quoted attribute values. Checks the escaping and
// returns the markup: each tag's name and its attributes' names.
std::string markup_of(std::string_view document) {
    std::string markup;
    std::size_t i = 0;
    const auto check_amp = [&](std::size_t at) {
        require(entity_at(document.substr(at)) > 0, "a bare & in a document");
    };
    while (i < document.size()) {
        const char c = document[i];
        if (c == '&') {
            check_amp(i);
            ++i;
            continue;
        }
        require(c != '>', "a raw > in a document's text");
        if (c != '<') {
            ++i;
            continue;
        }
        // A tag: <name attr="value" …> or </name> or <!DOCTYPE html>.
        ++i;
        while (i < document.size() && document[i] != '>') {
            const char t = document[i];
            if (t == '"' || t == '\'') {
                const std::size_t close = document.find(t, i + 1);
                require(close != std::string_view::npos, "an attribute value is not closed");
                for (std::size_t k = i + 1; k < close; ++k) {
                    require(document[k] != '<', "a < in an attribute value");
                    if (document[k] == '&')
                        check_amp(k);
                }
                markup += "=\"\"";
                i = close + 1;
                continue;
            }
            require(t != '<', "a < inside a tag");
            markup += t;
            ++i;
        }
        require(i < document.size(), "a tag is not closed");
        markup += ">\n";
        ++i;
    }
    return markup;
}

struct Texts {
    FuzzedDataProvider* input = nullptr;  // none: every text is "x"
    std::string next() { return input != nullptr ? input->ConsumeRandomLengthString(80) : "x"; }
};

struct Numbers {
    core::Date first_day;
    int span_days = 0;
    std::vector<std::vector<io::ChartPoint>> series;
    std::vector<std::pair<double, double>> bars;
    bool band = false;
};

Numbers numbers_from(FuzzedDataProvider& input) {
    Numbers n;
    n.first_day =
        core::add_days(core::Date{std::chrono::year(2000), std::chrono::month(1), std::chrono::day(1)},
                       input.ConsumeIntegralInRange<long>(0, 20000));
    n.span_days = input.ConsumeIntegralInRange<int>(0, 3650);
    n.series.resize(input.ConsumeIntegralInRange<std::size_t>(0, 6));
    for (auto& points : n.series) {
        const auto count = input.ConsumeIntegralInRange<std::size_t>(0, 40);
        double day = 0;
        for (std::size_t k = 0; k < count; ++k) {
            day += input.ConsumeIntegralInRange<int>(0, 120);
            points.push_back({day, input.ConsumeFloatingPointInRange<double>(-10000.0, 10000.0)});
        }
    }
    n.band = input.ConsumeBool() && !n.series.empty();
    n.bars.resize(input.ConsumeIntegralInRange<std::size_t>(0, 8));
    for (auto& [value, target] : n.bars) {
        value = input.ConsumeFloatingPointInRange<double>(0.0, 100000.0);
        target = input.ConsumeFloatingPointInRange<double>(0.0, 100000.0);
    }
    return n;
}

struct Documents {
    std::string line;
    std::string bar;
    std::string page;
};

Documents documents(const Numbers& n, Texts texts) {
    io::LineChart line;
    line.title = texts.next();
    line.description = texts.next();
    line.unit = texts.next();
    line.first_day = n.first_day;
    line.span_days = n.span_days;
    for (const auto& points : n.series) line.series.push_back({texts.next(), points, io::LineStyle::solid});
    for (std::size_t i = 0; i < line.series.size(); ++i)
        line.series[i].style = static_cast<io::LineStyle>(i % 3);
    if (n.band) {
        const auto& points = n.series.front();
        std::vector<io::ChartPoint> low = points;
        std::vector<io::ChartPoint> high = points;
        for (auto& point : high) point.value += 1.0;
        line.band = io::ChartBand{texts.next(), low, high};
    }
    io::BarChart bar;
    bar.title = texts.next();
    bar.description = texts.next();
    bar.unit = texts.next();
    for (const auto& [value, target] : n.bars) bar.bars.push_back({texts.next(), value, target});
    Documents out{io::line_chart_svg(line), io::bar_chart_svg(bar), {}};
    io::ReportPage page;
    page.title = texts.next();
    for (int s = 0; s < 3; ++s) {
        io::ReportSection section{texts.next(), {texts.next(), texts.next()}, s == 1};
        page.sections.push_back(section);
    }
    page.charts = {out.line, out.bar};
    page.footer = texts.next();
    out.page = io::report_html(page);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    check_escaped(input.ConsumeRandomLengthString(200));
    const Numbers numbers = numbers_from(input);
    const Documents fuzzed = documents(numbers, Texts{&input});
    const Documents plain = documents(numbers, Texts{});
    require(markup_of(fuzzed.line) == markup_of(plain.line), "a text changed a line chart's markup");
    require(markup_of(fuzzed.bar) == markup_of(plain.bar), "a text changed a bar chart's markup");
    require(markup_of(fuzzed.page) == markup_of(plain.page), "a text changed the report page's markup");
    return 0;
}
