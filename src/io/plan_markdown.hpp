// A program as Markdown, to print or share.
#pragma once

#include <string>

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::io {

std::string plan_to_markdown(const core::Plan& plan, const core::Catalog& catalog);

}  // namespace hipfit::io
