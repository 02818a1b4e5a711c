// A program as JSON (hipfit plan --json; docs/program.md documents the shape).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::io {

nlohmann::json to_json(const core::Plan& plan);
nlohmann::json to_json(const core::Session& session);
nlohmann::json to_json(const core::Exercise& exercise);

}  // namespace hipfit::io
