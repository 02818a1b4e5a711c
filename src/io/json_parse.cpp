#include "io/json_parse.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/base/text.hpp"

namespace hipfit::io {
namespace {

// How much of a repeated key a message shows.
constexpr std::size_t kShownKeyBytes = 40;

using nlohmann::json;

// Raised inside the builder; parse_json turns it into a JsonSyntaxError.
struct Refused {
    std::string message;
};
struct Malformed {
    std::size_t byte;
    bool too_large;  // a number beyond a double's range (1e400)
};

// Builds the tree from the parser's events (nlohmann's SAX interface), counting values and depth and
// keeping the keys of every object being read (innermost last) to refuse a key given twice. Not the
// library's callback parser: it walks the parent container after every object, so an array of n objects
// took n² steps (200,000 sets: minutes).
class BoundedBuilder {
  public:
    explicit BoundedBuilder(json& root) : root_(root) {}

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(json::number_integer_t value) { return add(value); }
    bool number_unsigned(json::number_unsigned_t value) { return add(value); }
    bool number_float(json::number_float_t value, const json::string_t& /*text*/) { return add(value); }
    bool string(json::string_t& value) { return add(std::move(value)); }
    bool binary(json::binary_t& value) { return add(json::binary(std::move(value))); }
    bool start_object(std::size_t /*size*/) {
        open(json::object());
        keys_.emplace_back();
        return true;
    }
    bool key(json::string_t& key) {
        if (!keys_.back().insert(key).second)
            throw Refused{fmt::format("the key \"{}\" appears twice in one object",
                                      core::printable(key, kShownKeyBytes))};
        key_ = std::move(key);
        return true;
    }
    bool end_object() {
        keys_.pop_back();
        open_.pop_back();
        return true;
    }
    bool start_array(std::size_t /*size*/) {
        open(json::array());
        return true;
    }
    bool end_array() {
        open_.pop_back();
        return true;
    }
    bool parse_error(std::size_t byte, const std::string& /*token*/, const json::exception& error) {
        throw Malformed{byte, error.id == kNumberOutOfRange};
    }

  private:
    // nlohmann's id of "number overflow parsing" (json::out_of_range 406).
    static constexpr int kNumberOutOfRange = 406;

    // Puts `value` where the parser is: the root, the next item of the open array, or the open object's
    // member under the last key. Containers stay where they are put, so the open ones' addresses hold.
    json* place(json&& value) {
        if (++values_ > kMaxJsonValues)
            throw Refused{fmt::format("more than {} values", kMaxJsonValues)};
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        json& parent = *open_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& member = parent[key_];
        member = std::move(value);
        return &member;
    }
    bool add(json&& value) {
        place(std::move(value));
        return true;
    }
    void open(json&& container) {
        if (open_.size() >= static_cast<std::size_t>(kMaxJsonDepth))
            throw Refused{fmt::format("nested deeper than {} levels", kMaxJsonDepth)};
        open_.push_back(place(std::move(container)));
    }

    json& root_;
    std::vector<json*> open_;
    std::vector<std::set<std::string, std::less<>>> keys_;
    std::string key_;
    std::size_t values_ = 0;
};

// Where the parser stopped, as a person finds it in an editor: "line 3, column 14" (byte counted from 1).
std::string where(std::string_view text, std::size_t byte) {
    const std::string_view before = text.substr(0, byte == 0 ? 0 : byte - 1);
    const std::size_t line_start = before.rfind('\n');
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const std::size_t column =
        before.size() - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return fmt::format("line {}, column {}", line, column);
}

}  // namespace

json parse_json(std::string_view text) {
    json root;
    BoundedBuilder builder(root);
    try {
        json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true, false);
    } catch (const Refused& refused) {
        throw JsonSyntaxError("not accepted: " + refused.message, 0);
    } catch (const Malformed& malformed) {
        if (malformed.too_large)
            throw JsonSyntaxError("not accepted: a number is too large", 0);
        if (malformed.byte > text.size())
            throw JsonSyntaxError(
                fmt::format("not valid JSON ({}): it ends too soon", where(text, malformed.byte)),
                malformed.byte);
        throw JsonSyntaxError(fmt::format("not valid JSON ({})", where(text, malformed.byte)),
                              malformed.byte);
    } catch (const json::exception&) {
        throw JsonSyntaxError("not valid JSON", 0);
    }
    return root;
}

}  // namespace hipfit::io
