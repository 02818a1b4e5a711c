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

// Whether `text` is `upper` in either case (expat reads encoding names so).
bool same_letters(const char* text, std::string_view upper) {
    std::size_t i = 0;
    for (; text[i] != '\0'; ++i) {
        const char c = text[i] >= 'a' && text[i] <= 'z' ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
        if (i == upper.size() || c != upper[i])
            return false;
    }
    return i == upper.size();
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

    // An encoding other than UTF-8: expat's bytes are not the file's.
    static void xml_declaration(void* data, const XML_Char*, const XML_Char* encoding, int) {
        if (encoding != nullptr && !same_letters(encoding, "UTF-8"))
            self(data).plain_records_ = false;
    }

    static void attribute_declaration(void* data, const XML_Char* element, const XML_Char*,
                                      const XML_Char* type, const XML_Char* default_value, int) {
        if (std::strcmp(element, "Record") == 0 &&
            (default_value != nullptr || std::strcmp(type, "CDATA") != 0))
            self(data).plain_records_ = false;
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

    [[nodiscard]] bool reads_records() const override { return s_.plain_records_; }

    // As expat's start and end of it would, with the line expat stands at after what it was given.
    void read(const char** attributes, std::size_t blank_lines, std::uint64_t file_offset) override {
        struct Handled {  // while the record is handled, even when the reader refuses it
            XmlStream& s;
            ~Handled() {
                s.read_record_line_ = 0;
                --s.depth_;
            }
        };
        s_.read_record_line_ = XML_GetCurrentLineNumber(static_cast<XML_Parser>(s_.parser_)) + blank_lines;
        ++s_.depth_;
        const Handled handled{s_};
        s_.last_start_byte_ = file_offset;
        s_.elements_.start("Record", attributes, s_);
        s_.elements_.end("Record", s_);
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
    if (read_record_line_ != 0)
        return read_record_line_;
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

// The bytes the skimmer is given, a chunk at a time, behind what it left of the ones before.
class XmlStream::Chunks {
  public:
    virtual ~Chunks() = default;
    // The next bytes, when the skimmer used `used` of the ones before; `fresh` of them are new (0: the end).
    virtual std::string_view next(std::size_t used, std::size_t& fresh) = 0;
};

namespace {

// From a stream, into a buffer.
class StreamChunks final : public XmlStream::Chunks {
  public:
    explicit StreamChunks(ByteStream& in) : in_(in), buffer_(kMaxSkimmedRecordBytes + kXmlChunkBytes) {}

    std::string_view next(std::size_t used, std::size_t& fresh) override {
        const std::size_t carried = size_ - used;
        std::memmove(buffer_.data(), buffer_.data() + used, carried);
        fresh = fill(in_, buffer_.data() + carried, kXmlChunkBytes);
        size_ = carried + fresh;
        return {buffer_.data(), size_};
    }

  private:
    ByteStream& in_;
    std::vector<char> buffer_;
    std::size_t size_ = 0;
};

// In place: no copy.
class InPlaceChunks final : public XmlStream::Chunks {
  public:
    InPlaceChunks(std::string_view bytes, const std::function<void(std::size_t)>& done_with)
        : bytes_(bytes), done_with_(done_with) {}

    std::string_view next(std::size_t used, std::size_t& fresh) override {
        from_ += used;
        if (done_with_ && from_ > 0)
            done_with_(from_);
        fresh = std::min(kXmlChunkBytes, bytes_.size() - to_);
        to_ += fresh;
        return bytes_.substr(from_, to_ - from_);
    }

  private:
    std::string_view bytes_;
    const std::function<void(std::size_t)>& done_with_;
    std::size_t from_ = 0;
    std::size_t to_ = 0;
};

// Bytes in memory as a stream, for the read without the skimmer.
class ViewStream final : public ByteStream {
  public:
    explicit ViewStream(std::string_view bytes) : bytes_(bytes) {}
    std::size_t read(std::span<char> into) override {
        const std::size_t n = std::min(into.size(), bytes_.size());
        std::memcpy(into.data(), bytes_.data(), n);
        bytes_.remove_prefix(n);
        return n;
    }

  private:
    std::string_view bytes_;
};

}  // namespace

void XmlStream::ParserFree::operator()(void* parser) const {
    XML_ParserFree(static_cast<XML_Parser>(parser));
}

// A parser for this read, freed when the stream is.
void XmlStream::start_reading() {
    // No encoding forced: the export declares UTF-8; expat refuses bytes that are not.
    owned_parser_.reset(XML_ParserCreate(nullptr));
    if (!owned_parser_)
        throw std::bad_alloc();
    const auto parser = static_cast<XML_Parser>(owned_parser_.get());
    parser_ = parser;
    plain_records_ = true;
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, Callbacks::start, Callbacks::end);
    XML_SetEntityDeclHandler(parser, Callbacks::entity_declaration);
    XML_SetXmlDeclHandler(parser, Callbacks::xml_declaration);
    XML_SetAttlistDeclHandler(parser, Callbacks::attribute_declaration);
    // Apple's DTD is internal; an external one, or parameter entities, are never read.
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

void XmlStream::read(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress) {
    start_reading();
    if (skimming_ == RecordSkimming::on) {
        StreamChunks chunks(in);
        read_skimming(chunks, total_bytes, progress);
    } else {
        read_all(in, total_bytes, progress);
    }
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

void XmlStream::read(std::string_view bytes, const ImportProgress& progress,
                     const std::function<void(std::size_t)>& done_with) {
    if (skimming_ == RecordSkimming::off) {
        ViewStream in(bytes);
        read(in, bytes.size(), progress);
        return;
    }
    InPlaceChunks chunks(bytes, done_with);
    start_reading();
    read_skimming(chunks, bytes.size(), progress);
}

// Through the skimmer, which drops the records the reader skips and reads those it keeps.
void XmlStream::read_skimming(Chunks& chunks, std::uint64_t total_bytes, const ImportProgress& progress) {
    Feed feed(*this);
    RecordSkimmer skimmer(feed);
    std::size_t used = 0;
    std::uint64_t done = 0;
    std::uint64_t next_progress = kXmlProgressBytes;
    for (;;) {
        std::size_t n = 0;
        const std::string_view bytes = chunks.next(used, n);
        done += n;
        const bool last = n == 0;
        used = skimmer.skim(bytes, last);
        if (bytes.size() - used >= kMaxSkimmedRecordBytes)  // the skimmer's promise
            throw std::logic_error("the skimmer carried too much");
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
