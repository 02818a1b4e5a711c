// Plain-language readings of an assessment's figures, and the sentences every assessment carries.
#pragma once

#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"

namespace hipfit::core {

std::vector<Explanation> explain(const Profile& profile, const Assessment& assessment);

// Fat cannot be lost from the hips alone (Ramírez-Campillo et al. 2013 and others;
// docs/sources.md#spot-reduction).
std::string spot_reduction_sentence();

std::string medical_note();

}  // namespace hipfit::core
