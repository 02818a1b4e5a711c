#include "cli/text_wrap.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <vector>

namespace hipfit::cli {
namespace {

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Characters, not bytes: "—" is one column, as a terminal shows it.
std::size_t columns_of(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !continuation_byte(c); }));
}

// The bytes of the first `columns` characters of `text`.
std::size_t bytes_of_columns(std::string_view text, std::size_t columns) {
    std::size_t at = 0;
    for (std::size_t seen = 0; at < text.size(); ++at) {
        if (!continuation_byte(text[at]) && seen++ == columns)
            break;
    }
    return at;
}

void wrap_line(std::string_view line, std::size_t columns, std::string_view hanging, std::string& out) {
    const std::size_t own = std::min(line.find_first_not_of(' '), line.size());
    const std::string_view lead = line.substr(0, own);
    const std::string_view indent = own > 0 ? lead : hanging;
    // Leave a line of at least a few characters after the indent, even in a very narrow terminal.
    const std::size_t room = std::max<std::size_t>(columns, columns_of(indent) + kMinColumns / 2);
    std::string current(lead);
    std::size_t used = columns_of(lead);
    bool words_on_line = false;
    auto new_line = [&] {
        out += current;
        out += '\n';
        current = indent;
        used = columns_of(indent);
        words_on_line = false;
    };
    std::size_t at = own;
    while (at < line.size()) {
        const std::size_t end = std::min(line.find(' ', at), line.size());
        std::string_view word = line.substr(at, end - at);
        at = std::min(line.find_first_not_of(' ', end), line.size());
        if (word.empty())
            continue;
        if (words_on_line && used + 1 + columns_of(word) > room)
            new_line();
        // A word longer than a whole line is broken where the line ends.
        while (used + (words_on_line ? 1 : 0) + columns_of(word) > room) {
            if (words_on_line)
                new_line();
            const std::size_t fits = bytes_of_columns(word, room - used);
            current.append(word.substr(0, fits));
            word.remove_prefix(fits);
            new_line();
        }
        if (word.empty())
            continue;
        if (words_on_line) {
            current += ' ';
            ++used;
        }
        current.append(word);
        used += columns_of(word);
        words_on_line = true;
    }
    out += current;
}

}  // namespace

std::size_t terminal_columns(const Environment& environment) {
    std::size_t columns = kDefaultColumns;
    winsize size{};
    if (environment.console.interactive && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        columns = size.ws_col;
    } else if (const std::optional<std::string> text = environment.variable("COLUMNS")) {
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (error == std::errc() && end == text->data() + text->size() && value > 0)
            columns = value;
    }
    return std::max(columns, kMinColumns);
}

std::string wrap_text(std::string_view text, std::size_t columns, std::string_view hanging) {
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        wrap_line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start),
                  columns, hanging, out);
        if (end == std::string_view::npos)
            return out;
        out += '\n';
        start = end + 1;
    }
}

}  // namespace hipfit::cli
