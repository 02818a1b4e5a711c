#include "core/base/text.hpp"

#include <fmt/format.h>

#include "core/base/errors.hpp"

namespace hipfit::core {

std::string printable(std::string_view text, std::size_t limit) {
    std::string shown;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == limit)
            return shown + "…";
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7f)
            shown += text[i];
        else
            shown += fmt::format("\\x{:02x}", byte);
    }
    return shown;
}

bool valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
        const unsigned lead = byte(0);
        std::size_t extra = 0;
        unsigned second_min = 0x80;
        unsigned second_max = 0xBF;
        if (lead < 0x80) {
            extra = 0;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            second_min = lead == 0xE0 ? 0xA0 : 0x80;
            second_max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            second_min = lead == 0xF0 ? 0x90 : 0x80;
            second_max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (text.size() - i <= extra)
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const unsigned low = k == 1 ? second_min : 0x80;
            const unsigned high = k == 1 ? second_max : 0xBF;
            if (byte(k) < low || byte(k) > high)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t characters = 0;
    for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return characters;
}

std::optional<std::size_t> first_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool line_end = byte == '\n' || (byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
        const bool c0 = byte < 0x20 && byte != '\t' && !line_end;
        // C1 controls are U+0080–U+009F: 0xC2 followed by 0x80–0x9F in UTF-8.
        const bool c1 =
            byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (c0 || byte == 0x7F || c1)
            return i;
    }
    return std::nullopt;
}

void check_free_text(std::string_view text, std::string_view field, std::size_t max_characters) {
    if (!valid_utf8(text))
        throw InvalidInput(std::string(field), fmt::format("{}: the text is not valid UTF-8", field));
    if (const auto at = first_control_character(text)) {
        const std::size_t length = static_cast<unsigned char>(text[*at]) == 0xC2 ? 2 : 1;
        throw InvalidInput(
            std::string(field),
            fmt::format("{}: a control character ({}) at character {}; the text may hold tabs "
                        "and line breaks, not other control characters",
                        field, printable(text.substr(*at, length)), utf8_length(text.substr(0, *at)) + 1));
    }
    if (const std::size_t characters = utf8_length(text); characters > max_characters) {
        throw InvalidInput(std::string(field),
                           fmt::format("{}: {} characters; at most {}", field, characters, max_characters));
    }
}

}  // namespace hipfit::core
