// Plain-language readings of an assessment's figures, and the sentences every assessment carries.
#pragma once

#include <string>
#include <vector>

#include "core/assessment.hpp"

namespace hipfit::core {

std::vector<Explanation> explain(const Profile& profile, const Assessment& assessment);

// Fat cannot be lost from the hips alone (science.md §6: Ramírez-Campillo 2013 and others).
std::string spot_reduction_sentence();

std::string medical_note();

}  // namespace hipfit::core
