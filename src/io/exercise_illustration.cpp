#include "io/exercise_illustration.hpp"

namespace hipfit::io {

// A placeholder until the pose renderer lands: no exercise has poses yet.
std::optional<std::string> exercise_illustration_svg(const core::Exercise&) {
    return std::nullopt;
}

}  // namespace hipfit::io
