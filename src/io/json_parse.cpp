#include "io/json_parse.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace hipfit::io {
namespace {

// How much of a repeated key a message shows.
constexpr std::size_t kShownKeyBytes = 40;

using nlohmann::json;

// Raised inside the parser's callback; parse_json turns it into a JsonSyntaxError with the byte.
struct Refused {
    std::string message;
};

// Counts values and depth, and tracks the keys of every object being read (innermost last) to refuse a
// key given twice.
class Limits {
  public:
    bool operator()(int depth, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start || event == json::parse_event_t::array_start ||
            event == json::parse_event_t::value) {
            if (++values_ > kMaxJsonValues)
                throw Refused{fmt::format("more than {} values", kMaxJsonValues)};
        }
        switch (event) {
            case json::parse_event_t::object_start:
            case json::parse_event_t::array_start:
                if (depth >= kMaxJsonDepth)
                    throw Refused{fmt::format("nested deeper than {} levels", kMaxJsonDepth)};
                if (event == json::parse_event_t::object_start)
                    keys_.emplace_back();
                break;
            case json::parse_event_t::object_end:
                keys_.pop_back();
                break;
            case json::parse_event_t::key:
                if (!keys_.back().insert(parsed.get<std::string>()).second)
                    throw Refused{
                        fmt::format("the key \"{}\" appears twice in one object",
                                    core::printable(parsed.get_ref<const std::string&>(), kShownKeyBytes))};
                break;
            default:
                break;
        }
        return true;
    }

  private:
    std::vector<std::set<std::string, std::less<>>> keys_;
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
    // The parser is iterative; the callback sees every container before it is read and stops the parse.
    std::function<bool(int, json::parse_event_t, json&)> check = Limits{};
    try {
        return json::parse(text.begin(), text.end(), check, true, false);
    } catch (const Refused& refused) {
        throw JsonSyntaxError("not accepted: " + refused.message, 0);
    } catch (const json::parse_error& error) {
        if (error.byte > text.size())
            throw JsonSyntaxError(
                fmt::format("not valid JSON ({}): it ends too soon", where(text, error.byte)), error.byte);
        throw JsonSyntaxError(fmt::format("not valid JSON ({})", where(text, error.byte)), error.byte);
    } catch (const json::out_of_range&) {
        throw JsonSyntaxError("not accepted: a number is too large", 0);  // 1e400: not a finite double
    } catch (const json::exception&) {
        throw JsonSyntaxError("not valid JSON", 0);
    }
}

}  // namespace hipfit::io
