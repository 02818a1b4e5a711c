#include "tests/support/xml_check.hpp"

#include <expat.h>

#include <memory>

namespace hipfit::test {

namespace {

struct ParserDeleter {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};
using Parser = std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserDeleter>;

struct Document {
    std::string root;
};

void on_start(void* data, const XML_Char* name, const XML_Char**) {
    auto* document = static_cast<Document*>(data);
    if (document->root.empty())
        document->root = name;
}

void on_end(void*, const XML_Char*) {}

// Parses `text`; returns the error ("" when none) and fills the document.
std::string parse(std::string_view text, Document& document) {
    Parser parser(XML_ParserCreate("UTF-8"));
    XML_SetUserData(parser.get(), &document);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    if (XML_Parse(parser.get(), text.data(), static_cast<int>(text.size()), XML_TRUE) != XML_STATUS_OK) {
        return std::string(XML_ErrorString(XML_GetErrorCode(parser.get()))) + " at line " +
               std::to_string(XML_GetCurrentLineNumber(parser.get())) + ", column " +
               std::to_string(XML_GetCurrentColumnNumber(parser.get()));
    }
    return {};
}

}  // namespace

std::string xml_error(std::string_view text) {
    Document document;
    return parse(text, document);
}

std::string xml_root_name(std::string_view text) {
    Document document;
    return parse(text, document).empty() ? document.root : std::string{};
}

}  // namespace hipfit::test
