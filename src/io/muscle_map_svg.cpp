#include "io/muscle_map_svg.hpp"

namespace hipfit::io {

// A placeholder until the muscle map lands.
std::string muscle_map_svg(std::span<const core::Muscle>, std::span<const core::Muscle>) {
    return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>)";
}

}  // namespace hipfit::io
