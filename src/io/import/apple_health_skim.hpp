// A pre-filter in front of expat for Apple Health's export.xml (apple_health_xml.hpp): most of an export is
// <Record> elements of types hipfit does not read (heart rate, energy, distance, …), and tokenizing them is
// most of the cost of a read. The skimmer drops those records, each standing directly in <HealthData>,
// before expat sees them, and hands everything else on untouched.
//
// It drops a record only where it is sure of what it drops:
// - only once expat itself says it stands between <HealthData>'s children (its last element event left it
//   at depth 1, followed by nothing but whitespace): so the prologue and the DTD always go to expat, and
//   after anything the skimmer is unsure of it hands bytes on until expat says so again;
// - only a record whose first attribute is type="…" of letters and digits, of a type the reader skips,
//   whose start tag and children it has read to the end: attributes in quotes ('>' may be in a value,
//   '<' may not), children closed in order, no text, comment, CDATA or nested <Record>, no '\r', and no
//   longer than kMaxSkimmedRecordBytes. Anything else goes to expat, which refuses it if it is malformed.
// A dropped record's other attributes are not checked as expat would (entity references, UTF-8, repeated
// attributes other than type): it is never read.
//
// A record of a type the reader keeps, checked in the same way and with no children, is read by the
// skimmer itself when the parser takes it (Parser::reads_records): its attributes are split and their
// values unescaped as expat would (the five predefined entities, character references, tab and newline
// as a space), and handed to the parser as expat's start and end of it would be. It goes to expat after
// all if anything in it is not plain to the skimmer: another reference, a repeated attribute, a byte
// that is not valid UTF-8 or not allowed in XML.
//
// Each dropped or read record (and the whitespace around it) is replaced by as many newlines as it held,
// so expat's line numbers stay the file's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hipfit::io {

// The longest record the skimmer drops; a longer one goes to expat. A real record with heart-rate
// variability readings is a few KB. It bounds what the skimmer carries from one chunk to the next.
inline constexpr std::size_t kMaxSkimmedRecordBytes = 64u << 10;

class RecordSkimmer {
  public:
    // What the skimmer hands bytes to: expat, behind XmlStream.
    class Parser {
      public:
        virtual ~Parser() = default;
        // Parses `blank_lines` newlines (standing for dropped bytes), then `bytes`: the file's from
        // `file_offset`.
        virtual void parse(std::size_t blank_lines, std::string_view bytes, std::uint64_t file_offset) = 0;
        // Whether, after all it has parsed, the parser's last element event left it at depth 1 (between
        // the root's children), followed by no more than `trailing_blanks` bytes, all whitespace.
        [[nodiscard]] virtual bool between_children(std::size_t trailing_blanks) const = 0;
        // How many bytes it was given since its last element event: more than any token it holds unfinished.
        [[nodiscard]] virtual std::uint64_t unsettled_bytes() const = 0;
        // Whether records of `type` are not read (nothing is counted).
        [[nodiscard]] virtual bool skips(std::string_view type) = 0;
        // A record of a skipped type, at `file_offset`, dropped: counted as left out.
        virtual void skipped(std::string_view type, std::uint64_t file_offset) = 0;
        // Whether records of kept types may be read by the skimmer and given to `read`: expat would give
        // their attributes as they stand (a UTF-8 document, no attribute of <Record> declared with a
        // default or a type other than CDATA).
        [[nodiscard]] virtual bool reads_records() const { return false; }
        // A record of a kept type read by the skimmer, at `file_offset`: its attributes as expat gives them
        // (name, value, …, nullptr). It stands `blank_lines` newlines past all the parser was given.
        virtual void read(const char** /*attributes*/, std::size_t /*blank_lines*/,
                          std::uint64_t /*file_offset*/) {}
    };

    explicit RecordSkimmer(Parser& parser) : parser_(parser) {}

    // Skims the next bytes of the file, handing on or dropping what it can. Returns how many it used: the
    // rest (the start of a record cut by the end of `bytes`, shorter than kMaxSkimmedRecordBytes) is to be
    // given again in front of what follows. When `last`, all are used.
    std::size_t skim(std::string_view bytes, bool last);

    [[nodiscard]] std::uint64_t dropped_records() const { return dropped_records_; }
    [[nodiscard]] std::uint64_t read_records() const { return read_records_; }
    // Bytes not handed on: those of dropped and read records, and the whitespace around them.
    [[nodiscard]] std::uint64_t dropped_bytes() const { return dropped_bytes_; }

  private:
    std::size_t hand_on(std::string_view bytes, std::size_t from);
    std::size_t kept_lines_end(std::string_view bytes, std::size_t from);
    void parse(std::string_view bytes, std::size_t at);
    bool read_kept(std::string_view record, std::uint64_t file_offset);

    Parser& parser_;
    bool between_children_ = false;  // expat said so, and all since was dropped
    std::size_t blank_lines_ = 0;    // newlines of dropped bytes, not yet given to the parser
    std::size_t trailing_blanks_ = 0;
    std::uint64_t offset_ = 0;  // of the bytes given to skim
    std::uint64_t dropped_records_ = 0;
    std::uint64_t dropped_bytes_ = 0;
    std::uint64_t read_records_ = 0;
    // A read record's attributes: names and values, each ended by '\0', where each starts, and pointers.
    std::string attribute_text_;
    std::vector<std::size_t> attribute_starts_;
    std::vector<const char*> attributes_;
};

}  // namespace hipfit::io
