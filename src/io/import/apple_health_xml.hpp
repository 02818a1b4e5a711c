// Apple Health's export.xml read as a stream with expat (docs/import.md): 1 MiB at a time from a file or
// a zip member, never whole, so memory stays flat whatever the size (real exports reach several GB).
// What an export never holds is refused before it costs anything: entity declarations (the "billion
// laughs"), external DTDs (never loaded), and long stretches without an element start (a giant attribute,
// a "10 GB line"). Every refusal is InvalidInput "FILE:LINE: …".
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "io/import/import_input.hpp"
#include "io/import/import_model.hpp"

namespace hipfit::io {

// How much is handed to expat at a time.
inline constexpr std::size_t kXmlChunkBytes = 1u << 20;
// The most bytes read without an element starting: a real export's longest element (a workout with its
// route metadata) is a few KB; past this the file is refused rather than buffered.
inline constexpr std::uint64_t kMaxXmlStretchBytes = 16ull << 20;
// How often progress is reported.
inline constexpr std::uint64_t kXmlProgressBytes = 8ull << 20;

class XmlStream;

// What a streamed parse calls for each element. `attributes` is expat's: name, value, …, nullptr.
// An exception thrown here stops the parse and leaves XmlStream::read.
class XmlElements {
  public:
    virtual ~XmlElements() = default;
    virtual void start(const char* name, const char** attributes, const XmlStream& at) = 0;
    virtual void end(const char* name, const XmlStream& at) = 0;
    // Whether <Record>s of `type` directly in the root are not read: the skimmer (apple_health_skim.hpp)
    // may then drop them before expat, calling skipped_record for each instead of start and end.
    [[nodiscard]] virtual bool skips_record(std::string_view /*type*/) { return false; }
    virtual void skipped_record(std::string_view /*type*/) {}
};

// Whether records the reader skips are dropped before expat (tests compare both ways).
enum class RecordSkimming { on, off };

class XmlStream {
  public:
    // `file` names the input in messages.
    XmlStream(std::string file, XmlElements& elements, RecordSkimming skimming = RecordSkimming::on);

    // Parses `in` to its end. `total_bytes` (0 when unknown) is what progress reports against.
    void read(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress);
    // Parses `bytes`, read in place (a file mapped into memory, bytes in memory): no copy. `done_with(n)`,
    // when given, is told that the first n bytes are no longer needed (a mapping may let go of them).
    void read(std::string_view bytes, const ImportProgress& progress,
              const std::function<void(std::size_t)>& done_with = {});

    [[nodiscard]] const std::string& file() const { return file_; }
    // The line of the element being handled, from 1.
    [[nodiscard]] std::uint64_t line() const;
    // "FILE:LINE" of the element being handled.
    [[nodiscard]] std::string where() const;
    // How many elements are open, the one being started included (the root is 1).
    [[nodiscard]] int depth() const { return depth_; }

    class Chunks;  // what the skimmer is given

  private:
    struct Callbacks;
    class Feed;
    struct ParserFree {
        void operator()(void* parser) const;
    };
    void start_reading();
    [[noreturn]] void refuse_parse_error() const;
    [[noreturn]] void refuse(std::uint64_t line, const std::string& why) const;
    void refuse_long_stretch(std::uint64_t done) const;
    void read_skimming(Chunks& chunks, std::uint64_t total_bytes, const ImportProgress& progress);
    void read_all(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress);

    std::string file_;
    XmlElements& elements_;
    RecordSkimming skimming_;
    std::unique_ptr<void, ParserFree> owned_parser_;
    void* parser_ = nullptr;  // XML_Parser once reading
    int depth_ = 0;
    std::uint64_t last_start_byte_ = 0;  // in the file
    // Where expat's bytes stand in the file: they lack what the skimmer dropped.
    std::int64_t file_minus_parsed_ = 0;
    std::uint64_t parsed_bytes_ = 0;    // given to expat
    std::uint64_t last_event_end_ = 0;  // in expat's bytes: past the tag of the last start or end
    std::exception_ptr failure_;        // thrown by a handler
    std::string refusal_;               // an entity declaration
    std::uint64_t refusal_line_ = 0;
    // The line of a record the skimmer read, while it is handled (0: expat's).
    std::uint64_t read_record_line_ = 0;
    // Whether expat would give <Record>'s attributes as they stand: a UTF-8 document, and no attribute of
    // <Record> declared with a default or a type other than CDATA. The skimmer reads records only then.
    bool plain_records_ = true;
};

// read_apple_health (formats.hpp) with the skimmer on or off.
ImportedHistory read_apple_health(const ImportInput& input, const ImportOptions& options,
                                  RecordSkimming skimming);

}  // namespace hipfit::io
