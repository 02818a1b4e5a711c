// Apple Health's export.xml read as a stream with expat (docs/import.md): 1 MiB at a time from a file or
// a zip member, never whole, so memory stays flat whatever the size (real exports reach several GB).
// What an export never holds is refused before it costs anything: entity declarations (the "billion
// laughs"), external DTDs (never loaded), and long stretches without an element start (a giant attribute,
// a "10 GB line"). Every refusal is InvalidInput "FILE:LINE: …".
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

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
};

class XmlStream {
  public:
    // `file` names the input in messages.
    XmlStream(std::string file, XmlElements& elements);

    // Parses `in` to its end. `total_bytes` (0 when unknown) is what progress reports against.
    void read(ByteStream& in, std::uint64_t total_bytes, const ImportProgress& progress);

    [[nodiscard]] const std::string& file() const { return file_; }
    // The line of the element being handled, from 1.
    [[nodiscard]] std::uint64_t line() const;
    // "FILE:LINE" of the element being handled.
    [[nodiscard]] std::string where() const;
    // How many elements are open, the one being started included (the root is 1).
    [[nodiscard]] int depth() const { return depth_; }

  private:
    struct Callbacks;
    [[noreturn]] void refuse_parse_error() const;
    [[noreturn]] void refuse(std::uint64_t line, const std::string& why) const;

    std::string file_;
    XmlElements& elements_;
    void* parser_ = nullptr;  // XML_Parser while reading
    int depth_ = 0;
    std::uint64_t last_start_byte_ = 0;
    std::exception_ptr failure_;  // thrown by a handler
    std::string refusal_;         // an entity declaration
    std::uint64_t refusal_line_ = 0;
};

}  // namespace hipfit::io
