#include "io/json_keys.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/text.hpp"
#include "io/export_format.hpp"

namespace hipfit::io {

void refuse_unknown_keys(const nlohmann::json& object, std::span<const std::string_view> known,
                         const std::string& where, std::string_view refusal) {
    if (!object.is_object())
        return;
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw located_error(where, core::printable(key), refusal);
    }
}

}  // namespace hipfit::io
