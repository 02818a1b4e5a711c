// The built-in exercise catalog: every exercise the sources name is there with their prescription and a
// MET value from the 2024 Compendium; a broken catalog is refused with an error naming the entry and field.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/catalog_json.hpp"

namespace hipfit::io {
namespace {

using core::Catalog;
using core::CatalogError;
using core::Exercise;
using nlohmann::json;

const Catalog& catalog() {
    return builtin_catalog();
}

// data/exercises.json as it is in the source tree: the starting point of every broken catalog.
const std::string& catalog_text() {
    static const std::string text = [] {
        std::ifstream in(std::string(HIPFIT_SOURCE_DIR) + "/data/exercises.json", std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }();
    return text;
}

TEST(BuiltinCatalog, IsTheSourceFileAndHoldsEveryRequiredExercise) {
    ASSERT_FALSE(catalog_text().empty()) << "cannot read data/exercises.json under " << HIPFIT_SOURCE_DIR;
    EXPECT_EQ(parse_catalog(catalog_text()).exercises().size(), catalog().exercises().size());
    const std::vector<std::string> required = {"leg-swings",
                                               "hip-circles",
                                               "dynamic-hip-flexor-stretch",
                                               "dynamic-quad-stretch",
                                               "dynamic-hamstring-stretch",
                                               "squat",
                                               "dumbbell-squat",
                                               "jump-squat",
                                               "lunge",
                                               "side-lunge",
                                               "curtsy-lunge",
                                               "step-up-reverse-lunge",
                                               "fire-hydrant",
                                               "clamshell",
                                               "glute-bridge",
                                               "glute-bridge-abduction",
                                               "standing-leg-lift",
                                               "side-lying-leg-raise",
                                               "side-plank-leg-lift",
                                               "plank-leg-lift",
                                               "leg-kickback",
                                               "deadlift",
                                               "wall-sit",
                                               "banded-lateral-walk",
                                               "farmers-march",
                                               "walking",
                                               "running",
                                               "cycling",
                                               "swimming",
                                               "hiking",
                                               "stair-climbing",
                                               "butterfly-stretch",
                                               "pigeon-pose",
                                               "downward-dog",
                                               "foam-rolling"};
    for (const std::string& id : required) EXPECT_NE(catalog().find(id), nullptr) << id;
    const auto intervals =
        std::count_if(catalog().exercises().begin(), catalog().exercises().end(),
                      [](const Exercise& e) { return e.kind == core::ExerciseKind::intervals; });
    EXPECT_GE(intervals, 1);
}

// Issue 13, point 3: a source is shown to people on the exercise card and by 'hipfit exercise', so it names
// an entry of docs/sources.md they can look up — never words of the project's own making ("seed 002").
TEST(BuiltinCatalog, EverySourceNamesAnEntryOfTheListOfSources) {
    std::ifstream in(std::string(HIPFIT_SOURCE_DIR) + "/docs/sources.md", std::ios::binary);
    std::stringstream sources;
    sources << in.rdbuf();
    // The names the catalog uses, each with the anchor of its entry in docs/sources.md.
    const std::map<std::string, std::string> entries = {
        {"hip-area article", "article-hip-area"},
        {"hips-and-thighs article", "article-hips-thighs"},
        {"hip-dips workout article", "article-hip-dips-workout"},
        {"smith, the fit mother project", "smith-fit-mother"},
        {"acsm 2009", "acsm-2009"},
        {"hipfit's judgement", "hipfit-judgement"},
    };
    for (const auto& [name, anchor] : entries) {
        EXPECT_NE(sources.str().find("<a id=\"" + anchor + "\"></a>"), std::string::npos) << anchor;
    }
    for (const Exercise& e : catalog().exercises()) {
        std::string source = e.source;
        std::transform(source.begin(), source.end(), source.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        EXPECT_EQ(source.find("seed"), std::string::npos) << e.id << ": " << e.source;
        const bool named = std::any_of(entries.begin(), entries.end(), [&](const auto& entry) {
            return source.find(entry.first) != std::string::npos;
        });
        EXPECT_TRUE(named) << e.id << ": " << e.source;
    }
}

TEST(BuiltinCatalog, SideLyingLegRaiseKeepsTheSourceTempoAndDose) {
    const auto& p = catalog().get("side-lying-leg-raise").prescription;
    ASSERT_TRUE(p.tempo.has_value());
    EXPECT_EQ(p.tempo->up_seconds, 4);
    EXPECT_EQ(p.tempo->down_seconds, 4);
    ASSERT_TRUE(p.reps.has_value());
    EXPECT_EQ(p.reps->max, 10);
    EXPECT_TRUE(p.per_side);
    EXPECT_EQ(p.sets.min, 1);
    EXPECT_EQ(p.sets.max, 3);
}

TEST(BuiltinCatalog, WallSitHoldsTenToSixtySeconds) {
    const auto& p = catalog().get("wall-sit").prescription;
    ASSERT_TRUE(p.hold_seconds.has_value());
    EXPECT_EQ(p.hold_seconds->min, 10);
    EXPECT_EQ(p.hold_seconds->max, 60);
    EXPECT_FALSE(p.reps.has_value());
}

TEST(BuiltinCatalog, JumpSquatIsHighImpact) {
    EXPECT_EQ(catalog().get("jump-squat").impact, core::Impact::high);
    EXPECT_EQ(catalog().get("squat").impact, core::Impact::low);
}

TEST(BuiltinCatalog, IntervalsWorkTwentyToThirtySecondsAndRestOneToTwoTimesAsLong) {
    for (const Exercise& e : catalog().exercises()) {
        if (e.kind != core::ExerciseKind::intervals)
            continue;
        const auto& p = e.prescription;
        ASSERT_TRUE(p.work_seconds.has_value()) << e.id;
        EXPECT_EQ(p.work_seconds->min, 20) << e.id;
        EXPECT_EQ(p.work_seconds->max, 30) << e.id;
        ASSERT_TRUE(p.rest_ratio.has_value()) << e.id;
        EXPECT_DOUBLE_EQ(p.rest_ratio->min, 1.0) << e.id;
        EXPECT_DOUBLE_EQ(p.rest_ratio->max, 2.0) << e.id;
    }
}

// Rows of the 2024 Adult Compendium (docs/sources.md#compendium-2024): code → MET.
const std::map<std::string, double> kCompendium = {
    {"17170", 3.0}, {"17190", 3.8}, {"17200", 4.8}, {"12050", 9.3}, {"12145", 10.5}, {"01010", 4.0},
    {"01020", 6.8}, {"01030", 8.0}, {"01305", 8.8}, {"18240", 5.8}, {"18310", 6.0},  {"17081", 3.8},
    {"17082", 5.3}, {"17133", 4.5}, {"17131", 6.8}, {"17134", 9.3}, {"02210", 7.0},  {"02214", 11.0},
    {"02024", 2.8}, {"02022", 3.8}, {"02056", 3.0}, {"02057", 6.5}, {"02052", 5.0},  {"02054", 3.5},
    {"02150", 2.3}, {"02175", 2.3}, {"02101", 2.3}, {"02105", 2.8},
};

TEST(BuiltinCatalog, EveryMetAndCompendiumCodeIsACompendiumRow) {
    for (const Exercise& e : catalog().exercises()) {
        const auto row = kCompendium.find(e.compendium_code);
        ASSERT_NE(row, kCompendium.end()) << e.id << ": code " << e.compendium_code << " is not in the table";
        EXPECT_DOUBLE_EQ(e.met, row->second) << e.id << " (" << e.compendium_code << ")";
    }
}

// ---- Broken catalogs --------------------------------------------------------------------------------

json& entry(json& document, const std::string& id) {
    for (json& e : document["exercises"]) {
        if (e["id"] == id)
            return e;
    }
    throw std::logic_error("no entry " + id + " in data/exercises.json");
}

struct Broken {
    std::string name;
    std::function<void(json&)> edit;
    std::string id;     // what() must name this entry: "exercise '<id>'" …
    std::string field;  // … and this field: "field '<field>'"
};

void PrintTo(const Broken& broken, std::ostream* out) {
    *out << broken.name;
}

const std::vector<Broken> kBroken = {
    {"missing_field", [](json& d) { entry(d, "glute-bridge").erase("name"); }, "glute-bridge", "name"},
    {"missing_nested_field", [](json& d) { entry(d, "clamshell")["prescription"].erase("rest_seconds"); },
     "clamshell", "prescription.rest_seconds"},
    {"wrong_type", [](json& d) { entry(d, "squat")["difficulty"] = "easy"; }, "squat", "difficulty"},
    {"wrong_type_range", [](json& d) { entry(d, "lunge")["prescription"]["reps"] = "10-20"; }, "lunge",
     "prescription.reps"},
    {"unknown_muscle", [](json& d) { entry(d, "clamshell")["primary_muscles"] = {"glutes"}; }, "clamshell",
     "primary_muscles"},
    {"unknown_equipment", [](json& d) { entry(d, "deadlift")["equipment"] = {"kettlebell"}; }, "deadlift",
     "equipment"},
    {"unknown_kind", [](json& d) { entry(d, "pigeon-pose")["kind"] = "yoga"; }, "pigeon-pose", "kind"},
    {"kind_block_mismatch", [](json& d) { entry(d, "walking")["block"] = "cool-down"; }, "walking", "block"},
    {"duplicate_id", [](json& d) { d["exercises"].push_back(entry(d, "wall-sit")); }, "wall-sit", "id"},
    {"non_kebab_id", [](json& d) { entry(d, "fire-hydrant")["id"] = "Fire_Hydrant"; }, "Fire_Hydrant", "id"},
    {"dangling_harder_id", [](json& d) { entry(d, "glute-bridge")["harder"] = "hip-thrust"; }, "glute-bridge",
     "harder"},
    // The end of a chain: the exercises before it follow `harder` into the missing id.
    {"dangling_harder_at_chain_end",
     [](json& d) { entry(d, "single-leg-glute-bridge")["harder"] = "hip-thrust"; }, "single-leg-glute-bridge",
     "harder"},
    {"dangling_easier_id", [](json& d) { entry(d, "squat")["easier"] = "sofa-squat"; }, "squat", "easier"},
    {"harder_self_loop", [](json& d) { entry(d, "hiking")["harder"] = "hiking"; }, "hiking", "harder"},
    // glute-bridge → glute-bridge-abduction → single-leg-glute-bridge → glute-bridge; the first in the file
    // to be checked is named.
    {"harder_chain_loop", [](json& d) { entry(d, "single-leg-glute-bridge")["harder"] = "glute-bridge"; },
     "glute-bridge", "harder"},
    {"variation_in_another_block", [](json& d) { entry(d, "glute-bridge")["harder"] = "squat"; },
     "glute-bridge", "harder"},
    {"two_measures_given",
     [](json& d) {
         entry(d, "glute-bridge")["prescription"]["hold_seconds"] = {10, 30};
     },
     "glute-bridge", "prescription"},
    {"sets_max_11",
     [](json& d) {
         entry(d, "clamshell")["prescription"]["sets"] = {1, 11};
     },
     "clamshell", "prescription.sets"},
    // nlohmann's get<int> wraps or truncates silently; the reader must refuse, not misread.
    {"sets_max_beyond_int",
     [](json& d) {
         entry(d, "clamshell")["prescription"]["sets"] = {1, 4294967297LL};
     },
     "clamshell", "prescription.sets"},
    {"difficulty_fraction", [](json& d) { entry(d, "squat")["difficulty"] = 2.5; }, "squat", "difficulty"},
    {"met_0", [](json& d) { entry(d, "running")["met"] = 0; }, "running", "met"},
    {"compendium_code_four_digits", [](json& d) { entry(d, "banded-clamshell")["compendium_code"] = "2054"; },
     "banded-clamshell", "compendium_code"},
    {"rest_ratio_without_work",
     [](json& d) {
         entry(d, "cycling")["prescription"]["rest_ratio"] = {1, 2};
     },
     "cycling", "prescription.rest_ratio"},
    {"entry_not_an_object", [](json& d) { d["exercises"][2] = 42; }, "#3", "id"},
    {"entry_without_id", [](json& d) { d["exercises"][0].erase("id"); }, "#1", "id"},
};

class BrokenCatalog : public ::testing::TestWithParam<Broken> {};

TEST_P(BrokenCatalog, IsRefusedNamingTheEntryAndTheField) {
    json document = json::parse(catalog_text());
    GetParam().edit(document);
    try {
        parse_catalog(document.dump());
        FAIL() << "the broken catalog was accepted";
    } catch (const CatalogError& error) {
        const std::string what = error.what();
        EXPECT_NE(what.find("exercise '" + GetParam().id + "'"), std::string::npos) << what;
        EXPECT_NE(what.find("field '" + GetParam().field + "'"), std::string::npos) << what;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryRule, BrokenCatalog, ::testing::ValuesIn(kBroken),
                         [](const ::testing::TestParamInfo<Broken>& param) { return param.param.name; });

// A catalog broken as a whole: the error names the catalog (no entry to name) and the field.
void expect_file_error(const std::string& text, const std::string& field, const std::string& says = "") {
    try {
        parse_catalog(text);
        FAIL() << "accepted: " << text.substr(0, 60);
    } catch (const CatalogError& error) {
        const std::string what = error.what();
        EXPECT_NE(what.find("exercise '(catalog)'"), std::string::npos) << what;
        EXPECT_NE(what.find("field '" + field + "'"), std::string::npos) << what;
        EXPECT_NE(what.find(says), std::string::npos) << what;
    }
}

TEST(BrokenCatalogFile, InvalidJsonIsRefused) {
    expect_file_error(catalog_text().substr(0, catalog_text().size() / 2), "(file)", "not valid JSON");
    expect_file_error("", "(file)", "not valid JSON");
    expect_file_error("{\"version\": 1, \"exercises\": [,]}", "(file)", "not valid JSON");
}

TEST(BrokenCatalogFile, AnotherVersionIsRefused) {
    json document = json::parse(catalog_text());
    for (const json& version : {json(2), json(0), json("1"), json(nullptr)}) {
        document["version"] = version;
        expect_file_error(document.dump(), "version", "expected version 1");
    }
    document.erase("version");
    expect_file_error(document.dump(), "version");
}

TEST(BrokenCatalogFile, ExercisesMustBeAnArray) {
    json document = json::parse(catalog_text());
    document["exercises"] = json::object();
    expect_file_error(document.dump(), "exercises");
    expect_file_error("[1, 2]", "version");
}

}  // namespace
}  // namespace hipfit::io
