// The skimmer in front of expat for Apple Health's export.xml (io/import/apple_health_skim.hpp): what it
// drops and what it hands on, records cut at every byte, a bounded carry, lines kept, hostile bytes; and
// the reader with and without it over generated exports and mutated fixtures: the same entries, the
// same things left out, the same refusals.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <fmt/format.h>

#include "core/base/date.hpp"
#include "core/base/errors.hpp"
#include "io/import/apple_health_skim.hpp"
#include "io/import/apple_health_xml.hpp"

namespace hipfit::io {
namespace {

namespace fs = std::filesystem;

// Takes every piece; stands between the root's children when what it took ends with ">\n".
class FakeParser final : public RecordSkimmer::Parser {
  public:
    void parse(std::size_t blank_lines, std::string_view bytes, std::uint64_t) override {
        text.append(blank_lines, '\n');
        text += bytes;
        handed += bytes.size();
    }
    bool between_children(std::size_t) const override { return text.ends_with(">\n"); }
    std::uint64_t unsettled_bytes() const override { return 0; }
    bool skips(std::string_view type) override { return type.starts_with("HKSkip"); }
    void skipped(std::string_view type, std::uint64_t) override { skipped_types.emplace_back(type); }

    std::string text;
    std::size_t handed = 0;
    std::vector<std::string> skipped_types;
};

std::size_t newlines(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// As XmlStream feeds it: `bytes` in pieces of `piece` (the first `first` long), carrying what it leaves.
std::size_t skim_in_pieces(RecordSkimmer& skimmer, std::string_view bytes, std::size_t first,
                           std::size_t piece) {
    std::string buffer;
    std::size_t at = 0;
    std::size_t largest_carry = 0;
    for (bool done = false; !done;) {
        const std::size_t n = std::min(at == 0 ? first : piece, bytes.size() - at);
        buffer.append(bytes.substr(at, n));
        at += n;
        done = n == 0;
        const std::size_t used = skimmer.skim(buffer, done);
        buffer.erase(0, used);
        largest_carry = std::max(largest_carry, buffer.size());
    }
    EXPECT_TRUE(buffer.empty());
    return largest_carry;
}

const std::string kHead = "<HealthData>\n";

TEST(AppleHealthSkim, DropsSkippedRecordsCutAtEveryByte) {
    const std::string records =
        " <Record type=\"HKSkipA\" v=\"a>b\" w='c\"d'/>\n"
        " <Record type=\"HKSkipB\" unit=\"count/min\">\n"
        "  <MetadataEntry key=\"k\" value=\"&lt;v&gt;\"/>\n"
        "  <HeartRateVariabilityMetadataList>\n"
        "   <InstantaneousBeatsPerMinute bpm=\"60\" time=\"7:01\"/>\n"
        "  </HeartRateVariabilityMetadataList>\n"
        " </Record >\n"
        " <Record type=\"HKKeep\" value=\"1\"/>\n"
        "<Record\ttype = 'HKSkipC'\n value=\"2\" /><Record type=\"HKSkipD\"></Record>\n"
        "</HealthData>\n";
    const std::string doc = kHead + records;
    for (std::size_t split = 0; split <= records.size(); ++split) {
        FakeParser parser;
        RecordSkimmer skimmer(parser);
        skim_in_pieces(skimmer, doc, kHead.size() + split, doc.size());
        EXPECT_EQ(parser.skipped_types,
                  (std::vector<std::string>{"HKSkipA", "HKSkipB", "HKSkipC", "HKSkipD"}))
            << split;
        EXPECT_EQ(newlines(parser.text), newlines(doc)) << split;
        EXPECT_EQ(parser.text.find("HKSkip"), std::string::npos) << split;
        EXPECT_NE(parser.text.find("<Record type=\"HKKeep\" value=\"1\"/>\n"), std::string::npos) << split;
        EXPECT_TRUE(parser.text.ends_with("</HealthData>\n")) << split;
        EXPECT_EQ(skimmer.dropped_records(), 4u);
        EXPECT_EQ(skimmer.dropped_bytes() + parser.handed, doc.size()) << split;
    }
}

TEST(AppleHealthSkim, HandsOnWhatItIsUnsureOf) {
    const std::vector<std::string> unsure = {
        "<Record type=\"HKSkip\" value=\"a<b\"/>",                               // '<' in a value
        "<Record type=\"HKSkip\"><!-- </Record> --></Record>",                   // a comment
        "<Record type=\"HKSkip\"><![CDATA[x]]></Record>",                        // CDATA
        "<Record type=\"HKSkip\">text</Record>",                                 // text
        "<Record type=\"HKSkip\"><Record type=\"HKSkip\"/></Record>",            // a record in a record
        "<Record type=\"HKSkip\"><A></B></Record>",                              // children out of order
        "<Record type=\"HKSkip\"></HealthData>",                                 // not closed
        "<Record type=\"HKSkip\"\r\n value=\"1\"/>",                             // '\r'
        "<Record value=\"1\" type=\"HKSkip\"/>",                                 // type not first
        "<Record type=\"HKSkip&#65;\"/>",                                        // a reference in the type
        "<Record type=\" HKSkip\"/>",                                            // blanks in the type
        "<Record type=\"HKSkip\" type=\"HKKeep\"/>",                             // the type twice
        "<Record type=\"HKSkip\"value=\"1\"/>",                                  // attributes not set apart
        "<Record type=\"HKSkip\" value=1/>",                                     // a value without quotes
        "<Record type=\"HKSkip\" é=\"1\"/>",                                     // a name past ASCII
        "<Record type=\"HKSkip\" / >",                                           // '/' not before '>'
        "<Record type=\"HKSkip\"><A><B><C><D><E></E></D></C></B></A></Record>",  // too deep
        "<Record type=\"HKSkip\" value=\"never closed",                          // the file ends
        "<!-- <Record type=\"HKSkip\"/> -->",                                    // a comment
        "<?pi <Record type=\"HKSkip\"/> ?>",                                     // a processing instruction
        "&amp;<Record type=\"HKSkip\"/>",                                        // text before it
    };
    for (const std::string& element : unsure) {
        FakeParser parser;
        RecordSkimmer skimmer(parser);
        const std::string doc = kHead + element;
        skim_in_pieces(skimmer, doc, doc.size(), doc.size());
        EXPECT_TRUE(parser.skipped_types.empty()) << element;
        EXPECT_TRUE(parser.text.ends_with(element)) << element;
        // Byte by byte, too.
        FakeParser slow;
        RecordSkimmer byte_at_a_time(slow);
        skim_in_pieces(byte_at_a_time, doc, kHead.size(), 1);
        EXPECT_TRUE(slow.skipped_types.empty()) << element;
        EXPECT_EQ(slow.text, parser.text) << element;
    }
}

TEST(AppleHealthSkim, CarriesNoMoreThanItsBound) {
    std::string doc = kHead + " <Record type=\"HKSkip\" value=\"";
    doc.append(kMaxSkimmedRecordBytes + 1000, 'x');
    doc += "\"/>\n <Record type=\"HKSkip\"/>\n";
    FakeParser parser;
    RecordSkimmer skimmer(parser);
    const std::size_t carry = skim_in_pieces(skimmer, doc, kHead.size(), 4096);
    EXPECT_LT(carry, kMaxSkimmedRecordBytes);
    EXPECT_EQ(parser.skipped_types, std::vector<std::string>{"HKSkip"});  // the long one went on
    EXPECT_NE(parser.text.find("xxxx\"/>"), std::string::npos);
    EXPECT_EQ(newlines(parser.text), newlines(doc));
}

// Takes the records of kept types the skimmer reads: their attributes, and the newlines before each.
class ReadingParser final : public RecordSkimmer::Parser {
  public:
    void parse(std::size_t blank_lines, std::string_view bytes, std::uint64_t) override {
        text.append(blank_lines, '\n');
        text += bytes;
    }
    bool between_children(std::size_t) const override { return text.ends_with(">\n"); }
    std::uint64_t unsettled_bytes() const override { return 0; }
    bool skips(std::string_view type) override { return type.starts_with("HKSkip"); }
    void skipped(std::string_view, std::uint64_t) override {}
    bool reads_records() const override { return true; }
    void read(const char** attributes, std::size_t blank_lines, std::uint64_t) override {
        std::string record = fmt::format("{}|", newlines(text) + blank_lines + 1);
        for (; *attributes != nullptr; attributes += 2)
            record += fmt::format("{}={}|", attributes[0], attributes[1]);
        records.push_back(record);
    }

    std::string text;
    std::vector<std::string> records;
};

TEST(AppleHealthSkim, ReadsKeptRecordsAsExpatGivesThem) {
    const std::string doc = kHead +
                            " <Record type=\"HKKeep\" a=\"&amp;&lt;&gt;&quot;&apos; > \t&#9;&#x41;&#233;\"\n"
                            "   b='Lena’s &#x1F3C3;' c=\"x\ny\"/>\n"
                            " <Record type=\"HKSkipX\" a=\"1\"/>\n"
                            " <Record type=\"HKKeep\" value=\"70\"/>\n";
    ReadingParser parser;
    RecordSkimmer skimmer(parser);
    skim_in_pieces(skimmer, doc, doc.size(), doc.size());
    EXPECT_EQ(skimmer.read_records(), 2u);
    ASSERT_EQ(parser.records.size(), 2u);
    EXPECT_EQ(parser.records[0], "2|type=HKKeep|a=&<>\"' >  \tAé|b=Lena’s 🏃|c=x y|");
    EXPECT_EQ(parser.records[1], "6|type=HKKeep|value=70|");
    EXPECT_EQ(newlines(parser.text), newlines(doc));
}

// What expat would give otherwise, or refuse, goes to it.
TEST(AppleHealthSkim, HandsOnKeptRecordsItIsUnsureOf) {
    for (const std::string_view record : {
             R"(<Record type="HKKeep" a="&foo;"/>)",
             R"(<Record type="HKKeep" a="&#0;"/>)",
             R"(<Record type="HKKeep" a="&#xD800;"/>)",
             R"(<Record type="HKKeep" a="&#x110000;"/>)",
             R"(<Record type="HKKeep" a="&#xFFFE;"/>)",
             R"(<Record type="HKKeep" a="&#;"/>)",
             R"(<Record type="HKKeep" a="&amp"/>)",
             "<Record type=\"HKKeep\" a=\"\xC3\"/>",
             "<Record type=\"HKKeep\" a=\"\xED\xA0\x80\"/>",
             "<Record type=\"HKKeep\" a=\"\xEF\xBF\xBF\"/>",
             "<Record type=\"HKKeep\" a=\"\xC0\xAF\"/>",
             "<Record type=\"HKKeep\" a=\"\x01\"/>",
             R"(<Record type="HKKeep" a="1" a="2"/>)",
             R"(<Record type="HKKeep" a="1"><MetadataEntry key="k" value="v"/></Record>)",
         }) {
        const std::string doc = kHead + std::string(record) + "\n";
        ReadingParser parser;
        RecordSkimmer skimmer(parser);
        skim_in_pieces(skimmer, doc, doc.size(), doc.size());
        EXPECT_TRUE(parser.records.empty()) << record;
        EXPECT_EQ(parser.text, doc) << record;
    }
}

// Any bytes: the skimmer ends, keeps every line, carries little, and hands on or drops every byte once.
TEST(AppleHealthSkim, HostileBytes) {
    const std::vector<std::string> pieces = {"<",
                                             ">",
                                             "/",
                                             "\"",
                                             "'",
                                             "=",
                                             " ",
                                             "\n",
                                             "\r",
                                             "<Record",
                                             " type=\"HKSkipX\"",
                                             " type='HKKeep'",
                                             "</Record>",
                                             "<A>",
                                             "</A>",
                                             "<!--",
                                             "-->",
                                             "&lt;",
                                             "x",
                                             "/>",
                                             "<Record type=\"HKSkip\">"};
    std::mt19937 random(7);
    for (int round = 0; round < 3000; ++round) {
        std::string doc = kHead;
        const int length = 1 + static_cast<int>(random() % 60);
        for (int i = 0; i < length; ++i) doc += pieces[random() % pieces.size()];
        FakeParser parser;
        RecordSkimmer skimmer(parser);
        const std::size_t piece = 1 + random() % 16;
        const std::size_t carry = skim_in_pieces(skimmer, doc, kHead.size() + piece, piece);
        ASSERT_LE(carry, doc.size()) << doc;
        ASSERT_EQ(newlines(parser.text), newlines(doc)) << doc;
        ASSERT_EQ(skimmer.dropped_bytes() + parser.handed, doc.size()) << doc;
        ASSERT_EQ(parser.skipped_types.size(), skimmer.dropped_records());
    }
}

// The reader with the skimmer and without: entries and what is left out, field by field.
std::string summary(const ImportedHistory& h) {
    std::string out = h.format + "\n";
    for (const ImportedEntry& e : h.entries) {
        out += fmt::format("{} {} {} {:02}:{:02} {} {} {}", e.entry.source, e.origin,
                           core::format_date(e.entry.date), e.entry.time.hour, e.entry.time.minute,
                           e.entry.value, e.entry.protein_g.value_or(-1), e.entry.energy_kcal.value_or(-1));
        for (const core::WorkoutSet& s : e.entry.sets)
            out += fmt::format(" [{} {}]", s.minutes.value_or(-1), s.distance_km.value_or(-1));
        out += fmt::format(" {}", e.entry.measurements.body_fat_percent.value_or(-1));
        if (e.entry.measurements.waist)
            out += fmt::format(" waist {}", e.entry.measurements.waist->value());
        for (const std::string& name : e.exercise_names) out += " " + name;
        out += "\n";
    }
    for (const auto& [what, count] : h.left_out) out += fmt::format("{}: {}\n", what, count);
    return out;
}

ImportOptions berlin() {
    ImportOptions options;
    options.utc_offset_at = [](std::int64_t) { return 60; };
    return options;
}

// What reading `bytes` gives: a summary, or the refusal.
std::string outcome(const std::string& bytes, RecordSkimming skimming) {
    const ImportInput input(std::string_view(bytes), "export.xml");
    try {
        return summary(read_apple_health(input, berlin(), skimming));
    } catch (const core::InvalidInput& e) {
        return std::string("refused: ") + e.what();
    }
}

constexpr std::string_view kPrologue =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData ANY>\n"
    "<!ATTLIST Record\n  type CDATA #REQUIRED\n  sourceName CDATA #IMPLIED\n>\n]>\n"
    "<HealthData locale=\"en_US\">\n <ExportDate value=\"2025-01-01 09:00:00 +0100\"/>\n";

// `text` with some characters written as decimal or hexadecimal references.
std::string referenced(std::mt19937& random, std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (random() % 4) {
            case 0:
                out += fmt::format("&#{};", static_cast<int>(c));
                break;
            case 1:
                out += fmt::format("&#x{:X};", static_cast<int>(c));
                break;
            default:
                out += c;
        }
    }
    return out;
}

// An export of `records` records of every shape, types kept and skipped mixed, lines of all lengths.
std::string generated_export(std::mt19937& random, int records) {
    static const std::vector<std::string> types = {
        "HKQuantityTypeIdentifierHeartRate",          "HKQuantityTypeIdentifierActiveEnergyBurned",
        "HKQuantityTypeIdentifierStepCount",          "HKQuantityTypeIdentifierBodyMass",
        "HKQuantityTypeIdentifierDietaryWater",       "HKQuantityTypeIdentifierDietaryFatTotal",
        "HKCategoryTypeIdentifierSleepAnalysis",      "HKQuantityTypeIdentifierDietaryEnergyConsumed",
        "HKQuantityTypeIdentifierWaistCircumference", "HKSomethingNew"};
    std::string doc(kPrologue);
    for (int i = 0; i < records; ++i) {
        const int day = 1 + i % 28;
        const std::string start = fmt::format("2024-02-{:02} {:02}:{:02}:00 +0100", day, i % 24, i % 60);
        const std::string type = types[random() % types.size()];
        const std::string value = type.find("Sleep") != std::string::npos
                                      ? (random() % 2 ? "HKCategoryValueSleepAnalysisAsleepCore"
                                                      : "HKCategoryValueSleepAnalysisInBed")
                                      : fmt::format("{}.{}", random() % 90 + 1, random() % 10);
        const std::string device(random() % 400, 'd');
        switch (random() % 12) {
            case 0:  // with metadata
                doc += fmt::format(
                    " <Record type=\"{}\" sourceName=\"W&lt;a&gt;tch\" unit=\"kg\" startDate=\"{}\" "
                    "endDate=\"{}\" "
                    "value=\"{}\">\n  <MetadataEntry key=\"k\" value=\"a > b\"/>\n </Record>\n",
                    type, start, start, value);
                break;
            case 1:  // a workout
                doc += fmt::format(
                    " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"{}\" "
                    "durationUnit=\"min\" startDate=\"{}\">\n  <WorkoutStatistics "
                    "type=\"HKQuantityTypeIdentifierActiveEnergyBurned\" sum=\"120\" unit=\"kcal\"/>\n "
                    "</Workout>\n",
                    10 + i % 50,
                    fmt::format("2024-01-{:02} 06:{:02}:{:02} +0100", 1 + i % 28, i % 60, i % 59));
                break;
            case 2:  // a correlation holding records
                doc += fmt::format(
                    " <Correlation type=\"HKCorrelationTypeIdentifierFood\" startDate=\"{}\">\n  <Record "
                    "type=\"{}\" unit=\"kcal\" startDate=\"{}\" value=\"{}\"/>\n </Correlation>\n",
                    start, type, start, value);
                break;
            case 3:  // a comment between records
                doc += " <!-- <Record type=\"HKQuantityTypeIdentifierHeartRate\"/> -->\n";
                break;
            case 5:  // values with references, '>' and other than ASCII: read by the skimmer
                doc += fmt::format(
                    " <Record type=\"{}\" sourceName=\"Lena’s &#x1F3C3; &amp; &quot;W&apos;&quot; a > b "
                    "&lt;3\" unit=\"{}\" startDate=\"{}\" endDate=\"{}\" value=\"{}\"/>\n",
                    type, type.find("Water") != std::string::npos ? "m&#76;" : "k&#x67;",
                    referenced(random, start), start, referenced(random, value));
                break;
            case 4:  // single quotes, several lines, no blank before
                doc +=
                    fmt::format("<Record type='{}'\n unit='count' startDate='{}' endDate='{}'\n value='{}'/>",
                                type, start, start, value);
                break;
            default:
                doc += fmt::format(
                    " <Record type=\"{}\" sourceName=\"Phone\" device=\"{}\" unit=\"{}\" startDate=\"{}\" "
                    "endDate=\"{}\" value=\"{}\"/>\n",
                    type, device, type.find("Water") != std::string::npos ? "mL" : "kg", start, start, value);
        }
    }
    doc += "</HealthData>\n";
    return doc;
}

// Past a chunk, so records are cut between chunks too.
TEST(AppleHealthSkim, ReadsGeneratedExportsAsExpatAloneDoes) {
    std::mt19937 random(2026);
    for (int round = 0; round < 4; ++round) {
        const std::string doc = generated_export(random, 6000 + round * 1500);
        ASSERT_GT(doc.size(), kXmlChunkBytes);
        const std::string with = outcome(doc, RecordSkimming::on);
        EXPECT_FALSE(with.starts_with("refused")) << with;
        EXPECT_EQ(with, outcome(doc, RecordSkimming::off));
    }
}

// Counts the records of types it skips, as expat reports them and as the skimmer drops them.
class SkipCounter final : public XmlElements {
  public:
    void start(const char* name, const char** attributes, const XmlStream& at) override {
        if (at.depth() == 2 && std::string_view(name) == "Record" && skips_record(attributes[1]))
            ++parsed;
    }
    void end(const char*, const XmlStream&) override {}
    bool skips_record(std::string_view type) override {
        return type.find("HeartRate") != std::string_view::npos;
    }
    void skipped_record(std::string_view) override { ++dropped; }
    int parsed = 0;
    int dropped = 0;
};

TEST(AppleHealthSkim, DropsMostSkippedRecordsOfAGeneratedExport) {
    std::mt19937 random(99);
    const std::string doc = generated_export(random, 8000);
    SkipCounter with;
    const ImportInput input(std::string_view(doc), "export.xml");
    XmlStream(std::string("export.xml"), with).read(*input.stream(), doc.size(), {});
    SkipCounter without;
    XmlStream(std::string("export.xml"), without, RecordSkimming::off).read(*input.stream(), doc.size(), {});
    EXPECT_EQ(without.dropped, 0);
    EXPECT_EQ(with.parsed + with.dropped, without.parsed);
    // Those after a comment or a record cut by a chunk's end go to expat.
    EXPECT_GT(with.dropped, without.parsed * 3 / 4);
}

// A long comment of short lines between records is handed on in ever longer pieces (expat 2.5 reads an
// unfinished token again with each): this would take hours a line at a time.
TEST(AppleHealthSkim, ALongCommentCostsItsLength) {
    std::string doc(kPrologue);
    doc += " <Record type=\"HKQuantityTypeIdentifierHeartRate\" value=\"60\"/>\n <!--";
    doc.append(4u << 20, '\n');
    doc += "-->\n <Record type=\"HKQuantityTypeIdentifierHeartRate\" value=\"61\"/>\n";
    doc +=
        " <Record type=\"HKQuantityTypeIdentifierBodyMass\" unit=\"kg\" startDate=\"2024-03-01 07:00:00 "
        "+0100\" "
        "value=\"70\"/>\n</HealthData>\n";
    const auto started = std::chrono::steady_clock::now();
    const std::string with = outcome(doc, RecordSkimming::on);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
    EXPECT_EQ(with, outcome(doc, RecordSkimming::off));
    EXPECT_NE(with.find(fmt::format("export.xml:{}", newlines(doc) - 1)), std::string::npos) << with;
}

// An empty stream (an empty export.xml in a zip) is refused in expat's words, as without the skimmer.
TEST(AppleHealthSkim, AnEmptyStreamAsExpatAloneSaysIt) {
    for (const RecordSkimming skimming : {RecordSkimming::on, RecordSkimming::off}) {
        SkipCounter elements;
        const ImportInput input(std::string_view(""), "export.xml");
        try {
            XmlStream(std::string("export.xml"), elements, skimming).read(*input.stream(), 0, {});
            ADD_FAILURE() << "read";
        } catch (const core::InvalidInput& e) {
            EXPECT_STREQ(e.what(), "export.xml:1: no element found");
        }
    }
}

// A record of a skipped type too long to skim goes to expat, which refuses it as before, naming its line.
TEST(AppleHealthSkim, RefusesAGiantSkippedRecordWithItsLine) {
    std::string doc =
        std::string(kPrologue) + " <Record type=\"HKQuantityTypeIdentifierHeartRate\" value=\"1\"/>\n";
    doc += " <Record type=\"HKQuantityTypeIdentifierHeartRate\" device=\"";
    doc.append(kMaxXmlStretchBytes + (2u << 20), 'a');
    doc += "\"/>\n</HealthData>\n";
    const std::string why = outcome(doc, RecordSkimming::on);
    EXPECT_TRUE(why.starts_with(fmt::format(
        "refused: export.xml:{}: more than 16 MB without an element starting", newlines(kPrologue) + 2)))
        << why.substr(0, 200);
    EXPECT_EQ(why, outcome(doc, RecordSkimming::off));
}

std::string fixture() {
    std::ifstream in(fs::path(HIPFIT_SOURCE_DIR) / "tests/fixtures/import/apple_health/export.xml",
                     std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Whether `refusal` names a line holding a record of a type the reader keeps (which the skimmer reads as
// strictly as expat, or hands to it). Lines are counted as expat counts them, without '\r' alone.
bool refused_on_a_kept_record(std::string_view doc, std::string_view refusal) {
    constexpr std::string_view kAt = "refused: export.xml:";
    if (!refusal.starts_with(kAt) || doc.find('\r') != std::string_view::npos)
        return false;
    const std::size_t line = std::stoul(std::string(refusal.substr(kAt.size())));
    std::size_t from = 0;
    for (std::size_t n = 1; n < line && from != std::string_view::npos; ++n) {
        from = doc.find('\n', from);
        from = from == std::string_view::npos ? from : from + 1;
    }
    if (from == std::string_view::npos)
        return false;
    const std::string_view text = doc.substr(from, doc.find('\n', from) - from);
    for (const std::string_view kept :
         {"IdentifierStepCount\"", "IdentifierBodyMass\"", "IdentifierDietaryEnergyConsumed\"",
          "IdentifierDietaryProtein\"", "IdentifierDietaryWater\"", "IdentifierWaistCircumference\"",
          "IdentifierBodyFatPercentage\"", "IdentifierSleepAnalysis\""}) {
        if (text.find(kept) != std::string_view::npos)
            return true;
    }
    return false;
}

// A byte changed, taken out or put in: whatever expat alone says, the reader says with the skimmer —
// except that a record of a skipped type is not checked to the last byte.
TEST(AppleHealthSkim, MutatedFixturesAsExpatAloneDoes) {
    const std::string base = fixture();
    const std::vector<std::string> inserts = {"<",
                                              ">",
                                              "\"",
                                              "'",
                                              "/",
                                              "&",
                                              "\r",
                                              "\n",
                                              "=",
                                              " ",
                                              "x",
                                              "R",
                                              "\t",
                                              "&amp;",
                                              "&lt;",
                                              "&quot;",
                                              "&apos;",
                                              "&gt",
                                              "&foo;",
                                              "&#x41;",
                                              "&#65;",
                                              "&#9;",
                                              "&#0;",
                                              "&#xD800;",
                                              "&#x110000;",
                                              "&#xFFFE;",
                                              "&#x1F3C3;",
                                              "&#;",
                                              "&#x;",
                                              "é",
                                              "\xC3",
                                              "\xFF",
                                              "\xED\xA0\x80",
                                              "\xEF\xBF\xBF",
                                              "\x01",
                                              "\xF0\x9F\x8F\x83"};
    std::mt19937 random(15);
    int both_accept = 0;
    int both_refuse = 0;
    int only_without = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string doc = base;
        const std::size_t at = random() % doc.size();
        switch (random() % 3) {
            case 0:
                doc.erase(at, 1);
                break;
            case 1:
                doc.insert(at, inserts[random() % inserts.size()]);
                break;
            default:
                doc.replace(at, 1, inserts[random() % inserts.size()]);
        }
        const std::string with = outcome(doc, RecordSkimming::on);
        const std::string without = outcome(doc, RecordSkimming::off);
        if (with.starts_with("refused") != without.starts_with("refused")) {
            // Only one way: a skipped record malformed where the skimmer does not look, dropped unread.
            ASSERT_TRUE(without.starts_with("refused")) << with << "\n" << without;
            ASSERT_FALSE(refused_on_a_kept_record(doc, without)) << with << "\n" << without;
            ++only_without;
            continue;
        }
        EXPECT_EQ(with, without) << at;
        ++(with.starts_with("refused") ? both_refuse : both_accept);
    }
    EXPECT_GT(both_accept, 100);
    EXPECT_GT(both_refuse, 100);
    RecordProperty("only_without_skimmer", only_without);
}

}  // namespace
}  // namespace hipfit::io
