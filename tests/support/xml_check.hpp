// Whether a text is well-formed XML, read by an independent parser (expat): the SVG pictures hipfit draws
// must open in any browser or viewer, which refuse a malformed file.
#pragma once

#include <string>
#include <string_view>

namespace hipfit::test {

// Empty when `text` is well-formed XML; otherwise expat's message with the line and column.
std::string xml_error(std::string_view text);

// The name of the document's root element ("" when not well-formed).
std::string xml_root_name(std::string_view text);

}  // namespace hipfit::test
