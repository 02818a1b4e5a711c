// Reading the exercise pictures' poses (data/poses/*.json, embedded in the binary; data/SCHEMA.md).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/illustration/pose_sequence.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::io {

// One poses file: its name ("warm-up.json", which fixes the catalog blocks its entries may belong to) and
// its text.
struct PoseFile {
    std::string_view name;
    std::string_view text;
};

// Parses and checks the files against the catalog: every entry names a catalog exercise of the file's
// block, no exercise twice, every field known and in range, no two exercises with identical frames.
// Throws core::CatalogError naming the exercise (or the file) and the field. An exercise without an entry
// is not an error here (see exercises_without_poses).
std::map<std::string, core::PoseSequence, std::less<>> parse_poses(const std::vector<PoseFile>& files,
                                                                   const core::Catalog& catalog);

// The catalog exercises that have no poses, in catalog order.
std::vector<std::string> exercises_without_poses(
    const std::map<std::string, core::PoseSequence, std::less<>>& poses, const core::Catalog& catalog);

// The poses built into hipfit, parsed and checked once against the built-in catalog.
const std::map<std::string, core::PoseSequence, std::less<>>& builtin_poses();
// The built-in files, for tests that break one of them.
std::vector<PoseFile> builtin_pose_files();

}  // namespace hipfit::io
