// A profile as JSON (io::profile_from_json, the export's "profile"; io::profile_changes_from_json, the
// fields of PUT /api/profile) and the checks of an imported profile (app::check_profile_at). The whole
// input is the JSON text, read with io::parse_json as everything from outside is.
//
// Properties: profile_from_json → profile_to_json → profile_from_json gives the same profile, and the JSON
// written is a fixed point; profile_changes_from_json refuses a key outside those it is given. Refusals are
// io::JsonSyntaxError or core::InvalidInput naming a field (SafetyRefusal from the checks), never in the
// JSON library's words.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/import_checks.hpp"
#include "core/base/errors.hpp"
#include "fuzz/fuzz_support.hpp"
#include "io/json_parse.hpp"
#include "io/profile_json.hpp"

namespace {

using namespace hipfit;
using fuzz::require;

constexpr core::Date kToday{std::chrono::year(2030), std::chrono::month(12), std::chrono::day(31)};

// The keys PUT /api/profile takes (src/server/handlers/profile.cpp).
// clang-format off
constexpr std::array<std::string_view, 21> kChangeKeys{
    "sex", "age_years", "born", "height_cm", "weight_kg", "waist_cm", "hip_cm", "neck_cm", "thigh_cm", "activity",
    "pal", "goal", "deficit_kcal", "surplus_kcal", "units", "equipment", "days", "minutes_per_session",
    "preferred_time", "level", "low_impact"};
// clang-format on

void check_profile(const nlohmann::json& document) {
    core::Profile profile;
    if (fuzz::refused([&] { profile = io::profile_from_json(document, "profile"); }))
        return;
    const nlohmann::json written = io::profile_to_json(profile);
    core::Profile again;
    require(!fuzz::refused([&] { again = io::profile_from_json(written, "again"); }),
            "profile_from_json refuses what profile_to_json wrote");
    require(fuzz::same_profile(profile, again), "a profile written back reads differently");
    require(io::profile_to_json(again) == written, "profile_to_json of what it wrote differs");
    try {
        app::check_profile_at(profile, "profile", kToday);
    } catch (const core::InvalidInput& error) {
        fuzz::check_refusal(error);
    } catch (const core::SafetyRefusal& refusal) {
        fuzz::check_message(refusal.what());
    }
}

void check_changes(const nlohmann::json& document) {
    if (fuzz::refused([&] { io::profile_changes_from_json(document, "changes", kChangeKeys); }))
        return;
    for (const auto& [key, value] : document.items()) {
        require(std::find(kChangeKeys.begin(), kChangeKeys.end(), key) != kChangeKeys.end(),
                "profile_changes_from_json accepted a key it was not given");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json document;
    if (fuzz::refused([&] { document = io::parse_json(fuzz::as_text(data, size)); }))
        return 0;
    check_profile(document);
    check_changes(document);
    return 0;
}
