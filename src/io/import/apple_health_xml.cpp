#include "io/import/apple_health_xml.hpp"

#include <expat.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "io/import/apple_health_skim.hpp"

namespace hipfit::io {

namespace {

struct ParserFree {
    void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

// Fills `into` as far as the stream goes (a zip member's stream may return less than asked).
std::size_t fill(ByteStream& in, char* into, std::size_t size) {
    std::size_t filled = 0;
    while (filled < size) {
        const std::size_t n = in.read(std::span<char>(into + filled, size - filled));
        if (n == 0)
            break;
        filled += n;
    }
    return filled;
}

}  // namespace

// expat's C callbacks. An exception must not cross expat's C frames: a handler's is kept and the parser
// stopped; read() throws it.
struct XmlStream::Callbacks {
    static XmlStream& self(void* data) { return *static_cast<XmlStream*>(data); }
    static bool stopped(const XmlStream& s) { return s.failure_ || !s.refusal_.empty(); }
    static void stop(XmlStream& s) { XML_StopParser(static_cast<XML_Parser>(s.parser_), XML_FALSE); }

    // Past the current event's tag, in expat's bytes.
    static std::uint64_t event_end(const XmlStream& s) {
        const auto parser = static_cast<XML_Parser>(s.parser_);
        return static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser) + XML_GetCurrentByteCount(parser));
    }

    static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
        XmlStream& s = self(data);
        if (stopped(s))
            return;
        ++s.depth_;
        s.last_start_byte_ = static_cast<std::uint64_t>(
            XML_GetCurrentByteIndex(static_cast<XML_Parser>(s.parser_)) + s.file_minus_parsed_);
        s.last_event_end_ = event_end(s);
        try {
            s.elements_.start(name, attributes, s);
        } catch (...) {
            s.failure_ = std::current_exception();
            stop(s);
        }
    }

    static void end(void* data, const XML_Char* name) {
        XmlStream& s = self(data);
        if (stopped(s))
            return;
        s.last_event_end_ = event_end(s);
        try {
            s.elements_.end(name, s);
        } catch (...) {
            s.failure_ = std::current_exception();
            stop(s);
        }
        --s.depth_;
    }

    static void entity_declaration(void* data, const XML_Char* name, int, const XML_Char*, int,
                                   const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
        XmlStream& s = self(data);
        if (stopped(s))
            return;
        s.refusal_ = fmt::format(
            "an entity declaration ('{}'): entity declarations are not in Apple Health "
            "exports, refused",
            name);
        s.refusal_line_ = s.line();
        stop(s);
    }
};

// The skimmer's way into expat.
class XmlStream::Feed final : public RecordSkimmer::Parser {
  public:
    explicit Feed(XmlStream& stream) : s_(stream) {}

    void parse(std::size_t blank_lines, std::string_view bytes, std::uint64_t file_offset) override {
        const auto parser = static_cast<XML_Parser>(s_.parser_);
        const std::size_t size = blank_lines + bytes.size();
        if (size == 0)
            return;
        char* buffer = static_cast<char*>(XML_GetBuffer(parser, static_cast<int>(size)));
        if (buffer == nullptr)
            s_.refuse(s_.line(), "out of memory while reading");
        std::memset(buffer, '\n', blank_lines);
        if (!bytes.empty())
            std::memcpy(buffer + blank_lines, bytes.data(), bytes.size());
        // The events of this parse are all in `bytes`.
        s_.file_minus_parsed_ = static_cast<std::int64_t>(file_offset) -
                                static_cast<std::int64_t>(s_.parsed_bytes_ + blank_lines);
        s_.parsed_bytes_ += size;
        if (XML_ParseBuffer(parser, static_cast<int>(size), XML_FALSE) == XML_STATUS_ERROR)
            s_.refuse_parse_error();
    }

    [[nodiscard]] bool between_children(std::size_t trailing_blanks) const override {
        return s_.depth_ == 1 && !Callbacks::stopped(s_) && s_.last_event_end_ <= s_.parsed_bytes_ &&
               s_.parsed_bytes_ - s_.last_event_end_ <= trailing_blanks;
    }

    [[nodiscard]] std::uint64_t unsettled_bytes() const override {
        return s_.parsed_bytes_ - std::min(s_.last_event_end_, s_.parsed_bytes_);
    }

    [[nodiscard]] bool skips(std::string_view type) override { return s_.elements_.skips_record(type); }

    void skipped(std::string_view type, std::uint64_t file_offset) override {
        s_.elements_.skipped_record(type);
        s_.last_start_byte_ = file_offset;
    }

  private:
    XmlStream& s_;
};

XmlStream::XmlStream(std::string file, XmlElements& elements, RecordSkimming skimming)
    : file_(std::move(file)), elements_(elements), skimming_(skimming) {}

std::uint64_t XmlStream::line() const {
    return parser_ == nullptr ? 0 : XML_GetCurrentLineNumber(static_cast<XML_Parser>(parser_));
}

std::string XmlStream::where() const {
    return fmt::format("{}:{}", file_, line());
}

void XmlStream::refuse(std::uint64_t line, const std::string& why) const {
    throw core::InvalidInput("FILE", fmt::format("{}:{}: {}", file_, line, why));
}

void XmlStream::refuse_parse_error() const {
    if (failure_)
        std::rethrow_exception(failure_);
    if (!refusal_.empty())
        refuse(refusal_line_, refusal_);
    const auto parser = static_cast<XML_Parser>(parser_);
    const XML_Error code = XML_GetErrorCode(parser);
    std::string why = XML_ErrorString(code);
    if (code == XML_ERROR_NO_ELEMENTS && depth_ > 0)
        why += fmt::format(" (the file ends with {} element{} still open: was it cut short?)", depth_,
                           depth_ == 1 ? "" : "s");
    refuse(line(), why);
}

void XmlStream::read(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress) {
    // No encoding forced: the export declares UTF-8; expat refuses bytes that are not.
    const std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate(nullptr));
    if (!parser)
        throw std::bad_alloc();
    parser_ = parser.get();
    struct Forget {  // the parser is freed on the way out; line() must not reach it
        XmlStream& s;
        ~Forget() { s.parser_ = nullptr; }
    } forget{*this};
    XML_SetUserData(parser.get(), this);
    XML_SetElementHandler(parser.get(), Callbacks::start, Callbacks::end);
    XML_SetEntityDeclHandler(parser.get(), Callbacks::entity_declaration);
    // Apple's DTD is internal; an external one, or parameter entities, are never read.
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

    if (skimming_ == RecordSkimming::on)
        read_skimming(in, total_bytes, progress);
    else
        read_all(in, total_bytes, progress);
}

void XmlStream::refuse_long_stretch(std::uint64_t done) const {
    if (done - std::min(done, last_start_byte_) > kMaxXmlStretchBytes)
        refuse(line(), fmt::format("more than {} MB without an element starting (a giant attribute or "
                                   "line): not an Apple Health export, refused",
                                   kMaxXmlStretchBytes >> 20));
}

// Every byte through expat.
void XmlStream::read_all(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress) {
    const auto parser = static_cast<XML_Parser>(parser_);
    std::uint64_t done = 0;
    std::uint64_t next_progress = kXmlProgressBytes;
    for (;;) {
        void* buffer = XML_GetBuffer(parser, static_cast<int>(kXmlChunkBytes));
        if (buffer == nullptr)
            refuse(line(), "out of memory while reading");
        const std::size_t n = fill(in, static_cast<char*>(buffer), kXmlChunkBytes);
        done += n;
        const bool last = n == 0;
        if (XML_ParseBuffer(parser, static_cast<int>(n), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR)
            refuse_parse_error();
        refuse_long_stretch(done);
        if (progress && (done >= next_progress || last)) {
            progress(done, total_bytes);
            next_progress = done + kXmlProgressBytes;
        }
        if (last)
            break;
    }
}

// Through the skimmer, which drops the records the reader skips.
void XmlStream::read_skimming(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress) {
    Feed feed(*this);
    RecordSkimmer skimmer(feed);
    // A chunk, behind what the skimmer carried from the one before.
    std::vector<char> buffer(kMaxSkimmedRecordBytes + kXmlChunkBytes);
    std::size_t carried = 0;
    std::uint64_t done = 0;
    std::uint64_t next_progress = kXmlProgressBytes;
    for (;;) {
        const std::size_t n = fill(in, buffer.data() + carried, kXmlChunkBytes);
        done += n;
        const bool last = n == 0;
        const std::string_view bytes(buffer.data(), carried + n);
        const std::size_t used = skimmer.skim(bytes, last);
        carried = bytes.size() - used;
        if (carried >= kMaxSkimmedRecordBytes)  // the skimmer's promise
            throw std::logic_error("the skimmer carried too much");
        std::memmove(buffer.data(), buffer.data() + used, carried);
        if (last && XML_Parse(static_cast<XML_Parser>(parser_), nullptr, 0, XML_TRUE) == XML_STATUS_ERROR)
            refuse_parse_error();
        refuse_long_stretch(done);
        if (progress && (done >= next_progress || last)) {
            progress(done, total_bytes);
            next_progress = done + kXmlProgressBytes;
        }
        if (last)
            break;
    }
}

}  // namespace hipfit::io
