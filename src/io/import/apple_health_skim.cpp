#include "io/import/apple_health_skim.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace hipfit::io {

namespace {

constexpr bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

constexpr bool letter_or_digit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII names only: anything else is left to expat.
constexpr bool name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

constexpr bool is_name_char(char c) {
    return letter_or_digit(c) || c == '_' || c == ':' || c == '-' || c == '.';
}

// What a byte is, looked up: the scan's inner loops run over every name and blank of a tag.
enum CharClass : unsigned char { kOther = 0, kBlank = 1, kNameChar = 2 };

constexpr std::array<unsigned char, 256> kClasses = [] {
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 128; ++c) {
        if (is_blank(static_cast<char>(c)))
            classes[static_cast<std::size_t>(c)] = kBlank;
        else if (is_name_char(static_cast<char>(c)))
            classes[static_cast<std::size_t>(c)] = kNameChar;
    }
    return classes;
}();

inline bool blank(char c) {
    return kClasses[static_cast<unsigned char>(c)] == kBlank;
}

inline bool name_char(char c) {
    return kClasses[static_cast<unsigned char>(c)] == kNameChar;
}

bool plain(std::string_view type) {
    if (type.empty())
        return false;
    for (const char c : type) {
        if (!letter_or_digit(c))
            return false;
    }
    return true;
}

bool holds(std::string_view text, char c) {
    return !text.empty() && std::memchr(text.data(), c, text.size()) != nullptr;
}

std::size_t newlines_in(std::string_view text) {
    std::size_t count = 0;
    const char* at = text.data();
    const char* const end = at + text.size();
    while (at < end) {
        const void* found = std::memchr(at, '\n', static_cast<std::size_t>(end - at));
        if (found == nullptr)
            break;
        ++count;
        at = static_cast<const char*>(found) + 1;
    }
    return count;
}

// How far reading got: to the end of what was asked, to the end of the bytes, or to something the
// skimmer leaves to expat.
enum class Read { complete, more, unsure };

struct Tag {
    Read read = Read::unsure;
    std::size_t end = 0;  // past its '>'
    bool empty = false;   // "/>"
    std::string_view name;
    std::string_view first_attribute;
    std::string_view first_value;
};

Tag more() {
    Tag tag;
    tag.read = Read::more;
    return tag;
}
Tag unsure() {
    return {};
}

// The name at text[i…], and where it ends.
std::size_t name_end(std::string_view text, std::size_t i) {
    while (i < text.size() && name_char(text[i])) ++i;
    return i;
}

std::size_t blanks_end(std::string_view text, std::size_t i) {
    while (i < text.size() && blank(text[i])) ++i;
    return i;
}

// A tag read to its end, unless a '<' stands in a value (one look over the whole tag).
Tag checked(std::string_view text, std::size_t at, Tag tag) {
    if (holds(text.substr(at + 1, tag.end - at - 1), '<'))
        return unsure();
    tag.read = Read::complete;
    return tag;
}

// The start tag at text[at] == '<', to its '>': attribute values are jumped quote to quote.
Tag start_tag(std::string_view text, std::size_t at) {
    const std::size_t n = text.size();
    Tag tag;
    std::size_t i = name_end(text, at + 1);
    if (i == n)
        return more();
    if (i == at + 1 || !name_start(text[at + 1]))
        return unsure();
    tag.name = text.substr(at + 1, i - at - 1);
    for (bool first = true;; first = false) {
        const std::size_t before = i;
        i = blanks_end(text, i);
        if (i == n)
            return more();
        if (text[i] == '>') {
            tag.end = i + 1;
            return checked(text, at, tag);
        }
        if (text[i] == '/') {
            if (i + 1 == n)
                return more();
            if (text[i + 1] != '>')
                return unsure();
            tag.end = i + 2;
            tag.empty = true;
            return checked(text, at, tag);
        }
        if (i == before || !name_start(text[i]))  // attributes are set apart by blanks
            return unsure();
        const std::size_t name_from = i;
        i = name_end(text, i);
        const std::string_view name = text.substr(name_from, i - name_from);
        i = blanks_end(text, i);
        if (i == n)
            return more();
        if (text[i] != '=')
            return unsure();
        i = blanks_end(text, i + 1);
        if (i == n)
            return more();
        const char quote = text[i];
        if (quote != '"' && quote != '\'')
            return unsure();
        const std::size_t close = text.find(quote, i + 1);
        if (close == std::string_view::npos)
            return more();
        const std::string_view value = text.substr(i + 1, close - i - 1);
        if (first) {
            tag.first_attribute = name;
            tag.first_value = value;
        } else if (name == tag.first_attribute) {
            return unsure();  // a repeated type: expat refuses it
        }
        i = close + 1;
    }
}

struct Element {
    Read read = Read::unsure;
    std::size_t end = 0;
    std::string_view type;
};

Element short_of(Read read) {
    Element element;
    element.read = read;
    return element;
}

// Children nest this deep at most (Record > HeartRateVariabilityMetadataList > InstantaneousBeatsPerMinute).
constexpr std::size_t kMaxChildDepth = 4;

// The children of a record whose start tag ends at text[from], to its </Record>.
Element children(std::string_view text, std::size_t from, std::string_view type) {
    const std::size_t n = text.size();
    std::array<std::string_view, kMaxChildDepth> open{};
    std::size_t depth = 0;
    std::size_t i = from;
    for (;;) {
        i = blanks_end(text, i);
        if (i == n)
            return short_of(Read::more);
        if (text[i] != '<')  // text, a reference, or '\r'
            return short_of(Read::unsure);
        if (i + 1 == n)
            return short_of(Read::more);
        if (text[i + 1] != '/') {
            const Tag child = start_tag(text, i);
            if (child.read != Read::complete)
                return short_of(child.read);
            if (child.name == "Record")
                return short_of(Read::unsure);
            if (!child.empty) {
                if (depth == open.size())
                    return short_of(Read::unsure);
                open[depth++] = child.name;
            }
            i = child.end;
            continue;
        }
        const std::size_t name_to = name_end(text, i + 2);
        const std::size_t close = blanks_end(text, name_to);
        if (close == n)
            return short_of(Read::more);
        const std::string_view name = text.substr(i + 2, name_to - i - 2);
        if (text[close] != '>' || name != (depth == 0 ? std::string_view("Record") : open[depth - 1]))
            return short_of(Read::unsure);
        i = close + 1;
        if (depth == 0)
            return {Read::complete, i, type};
        --depth;
    }
}

// The record at text[at] == '<', when it is one the skimmer can read to its end.
Element record(std::string_view text, std::size_t at) {
    const Tag tag = start_tag(text, at);
    if (tag.read != Read::complete)
        return short_of(tag.read);
    if (tag.name != "Record" || tag.first_attribute != "type" || !plain(tag.first_value))
        return short_of(Read::unsure);
    if (tag.empty)
        return {Read::complete, tag.end, tag.first_value};
    return children(text, tag.end, tag.first_value);
}

// A record with no children (<Record …/>) at text[at] == '<'.
Element childless_record(std::string_view text, std::size_t at) {
    const Tag tag = start_tag(text, at);
    if (tag.read != Read::complete)
        return short_of(tag.read);
    if (!tag.empty)
        return short_of(Read::unsure);
    return {Read::complete, tag.end, tag.first_value};
}

constexpr std::string_view kRecordStart = "<Record type=\"";

// The type of a record starting as exports write it, read before the whole record is: a record hipfit
// reads is handed on at once.
std::string_view early_type(std::string_view text, std::size_t at) {
    if (text.compare(at, kRecordStart.size(), kRecordStart) != 0)
        return {};
    const std::size_t from = at + kRecordStart.size();
    const std::size_t close = text.find('"', from);
    return close == std::string_view::npos ? std::string_view() : text.substr(from, close - from);
}

// A character XML allows (expat refuses a reference to any other).
constexpr bool xml_char(std::uint32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

void append_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The length of the UTF-8 character at text[i], a byte ≥ 0x80, or 0 when expat would refuse it
// (overlong, a surrogate, past U+10FFFF, U+FFFE, U+FFFF, cut short).
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const auto follows = [&](std::size_t k) { return i + k < text.size() && (at(k) & 0xC0) == 0x80; };
    const unsigned char lead = at(0);
    if (lead >= 0xC2 && lead <= 0xDF)
        return follows(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!follows(1) || !follows(2))
            return 0;
        if ((lead == 0xE0 && at(1) < 0xA0) || (lead == 0xED && at(1) > 0x9F) ||
            (lead == 0xEF && at(1) == 0xBF && at(2) > 0xBD))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!follows(1) || !follows(2) || !follows(3))
            return 0;
        if ((lead == 0xF0 && at(1) < 0x90) || (lead == 0xF4 && at(1) > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

// The reference at text[i] == '&', ended by ';', as UTF-8 into `out`: the predefined entities and
// character references. Where it ends, or 0 for any other (expat refuses it or reads the DTD's).
std::size_t unescape(std::string_view text, std::size_t i, std::string& out) {
    const std::size_t semicolon = text.find(';', i + 1);
    if (semicolon == std::string_view::npos)
        return 0;
    const std::string_view name = text.substr(i + 1, semicolon - i - 1);
    if (name.size() < 2 || name.size() > 9)
        return 0;
    if (name[0] != '#') {
        static constexpr std::array<std::pair<std::string_view, char>, 5> kPredefined = {
            {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}};
        for (const auto& [entity, c] : kPredefined) {
            if (name == entity) {
                out += c;
                return semicolon + 1;
            }
        }
        return 0;
    }
    const bool hex = name[1] == 'x';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty())
        return 0;
    std::uint32_t code = 0;
    for (const char c : digits) {
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint32_t>(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            digit = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return 0;
        code = code * (hex ? 16u : 10u) + digit;
        if (code > 0x10FFFF)
            return 0;
    }
    if (!xml_char(code))
        return 0;
    append_utf8(out, code);
    return semicolon + 1;
}

// An attribute value as expat gives it, with its '\0', into `out`; false when unsure.
bool append_value(std::string_view value, std::string& out) {
    for (std::size_t i = 0; i < value.size();) {
        const char c = value[i];
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            const std::size_t length = utf8_length(value, i);
            if (length == 0)
                return false;
            out.append(value.substr(i, length));
            i += length;
        } else if (c == '&') {
            i = unescape(value, i, out);
            if (i == 0)
                return false;
        } else if (c == '\t' || c == '\n') {  // a CDATA attribute's whitespace, normalized
            out += ' ';
            ++i;
        } else if (byte < 0x20 || c == '<') {
            return false;
        } else {
            out += c;
            ++i;
        }
    }
    out += '\0';
    return true;
}

// The attributes of a start tag read to its end (start_tag), into `text` as expat gives them: each name
// and value ended by '\0', where each starts in `starts`; false when unsure.
bool split_attributes(std::string_view tag, std::string& text, std::vector<std::size_t>& starts) {
    std::array<std::string_view, 32> names{};
    std::size_t count = 0;
    text.clear();
    starts.clear();
    std::size_t i = name_end(tag, 1);
    for (;;) {
        i = blanks_end(tag, i);
        if (tag[i] == '/' || tag[i] == '>')
            return true;
        const std::size_t name_from = i;
        i = name_end(tag, i);
        const std::string_view name = tag.substr(name_from, i - name_from);
        if (count == names.size())
            return false;
        for (std::size_t k = 0; k < count; ++k) {
            if (names[k] == name)
                return false;  // expat refuses it
        }
        names[count++] = name;
        starts.push_back(text.size());
        text += name;
        text += '\0';
        i = blanks_end(tag, blanks_end(tag, i) + 1);  // past '='
        const char quote = tag[i];
        const std::size_t close = tag.find(quote, i + 1);
        starts.push_back(text.size());
        if (!append_value(tag.substr(i + 1, close - i - 1), text))
            return false;
        i = close + 1;
    }
}

}  // namespace

void RecordSkimmer::parse(std::string_view bytes, std::size_t at) {
    std::size_t trailing = 0;
    while (trailing < bytes.size() && blank(bytes[bytes.size() - 1 - trailing])) ++trailing;
    parser_.parse(blank_lines_, bytes, offset_ + at);
    if (trailing == bytes.size())
        trailing_blanks_ += blank_lines_ + trailing;
    else
        trailing_blanks_ = trailing;
    blank_lines_ = 0;
}

// Past the lines from `from` that start records the reader keeps: handed on with the line before, in one
// piece rather than one each (exports list records type by type).
std::size_t RecordSkimmer::kept_lines_end(std::string_view bytes, std::size_t from) {
    if (parser_.reads_records())  // the skimmer reads them itself
        return from;
    for (;;) {
        std::size_t i = from;
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t')) ++i;
        const std::string_view type = early_type(bytes, i);
        if (type.empty() || (plain(type) && parser_.skips(type)))
            return from;
        const std::size_t line_end = bytes.find('\n', i);
        if (line_end == std::string_view::npos)
            return from;
        from = line_end + 1;
    }
}

// Unsure: the bytes from `from` go to expat a line at a time, until it stands between the root's children
// again. A piece is at least half as long as what expat holds unsettled: expat 2.5 reads an unfinished
// token again from its start with each piece, so pieces of one line each would make a long comment cost
// the square of its length.
std::size_t RecordSkimmer::hand_on(std::string_view bytes, std::size_t from) {
    const std::size_t look_from = from + static_cast<std::size_t>(std::min<std::uint64_t>(
                                             parser_.unsettled_bytes() / 2, bytes.size() - from));
    std::size_t end = bytes.find('\n', look_from);
    end = end == std::string_view::npos ? bytes.size() : kept_lines_end(bytes, end + 1);
    parse(bytes.substr(from, end - from), from);
    between_children_ = parser_.between_children(trailing_blanks_);
    return end;
}

// A record of a kept type, read to its end, handed to the parser as expat would; false when unsure.
bool RecordSkimmer::read_kept(std::string_view record, std::uint64_t file_offset) {
    if (!split_attributes(record, attribute_text_, attribute_starts_))
        return false;
    attributes_.clear();
    for (const std::size_t start : attribute_starts_) attributes_.push_back(attribute_text_.data() + start);
    attributes_.push_back(nullptr);
    parser_.read(attributes_.data(), blank_lines_, file_offset);
    return true;
}

std::size_t RecordSkimmer::skim(std::string_view bytes, bool last) {
    const std::size_t n = bytes.size();
    std::size_t pos = 0;
    while (pos < n) {
        if (!between_children_) {
            pos = hand_on(bytes, pos);
            continue;
        }
        std::size_t lines = 0;
        std::size_t i = pos;
        for (; i < n && blank(bytes[i]); ++i) lines += bytes[i] == '\n' ? 1 : 0;
        blank_lines_ += lines;
        dropped_bytes_ += i - pos;
        pos = i;
        if (i == n)
            break;
        if (bytes[i] == '<') {
            const std::string_view type = early_type(bytes, i);
            const bool kept = !type.empty() && (!plain(type) || !parser_.skips(type));
            const bool reads = kept && plain(type) && parser_.reads_records();
            const Element found = !kept ? record(bytes, i) : reads ? childless_record(bytes, i) : Element{};
            if (found.read == Read::more && !last && n - i < kMaxSkimmedRecordBytes) {
                offset_ += pos;  // the rest comes with the next bytes
                return pos;
            }
            const std::string_view element =
                found.read == Read::complete && found.end - i <= kMaxSkimmedRecordBytes
                    ? bytes.substr(i, found.end - i)
                    : std::string_view();
            // A type read early was asked about already.
            if (!element.empty() && !holds(element, '\r')) {
                bool taken = false;
                if (reads) {
                    taken = read_kept(element, offset_ + i);
                    read_records_ += taken ? 1 : 0;
                } else if (!type.empty() || parser_.skips(found.type)) {
                    parser_.skipped(found.type, offset_ + i);
                    ++dropped_records_;
                    taken = true;
                }
                if (taken) {
                    blank_lines_ += newlines_in(element);
                    dropped_bytes_ += element.size();
                    pos = found.end;
                    continue;
                }
            }
        }
        between_children_ = false;  // expat reads on from here
    }
    if (blank_lines_ > 0)
        parse({}, pos);
    offset_ += pos;
    return pos;
}

}  // namespace hipfit::io
