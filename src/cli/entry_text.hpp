// A journal entry in one line, in the person's units: "weight 72.4 kg", "food 650 kcal, 30 g protein";
// and the words the command line uses for the kinds of entry.
#pragma once

#include <string>
#include <string_view>

#include "core/base/quantity_parse.hpp"
#include "core/journal/journal.hpp"
#include "core/program/catalog.hpp"

namespace hipfit::cli {

// The command line's word for a kind of entry: core's name, except "relaxation" for the minutes of
// relaxation core stores as "stress" (the name the database and exports keep, so older files load).
std::string_view entry_kind_word(core::EntryKind kind);
// Every word, joined with '|', for help texts; the old "stress" is accepted but not offered.
std::string entry_kind_words();
// A kind by its word, or by the old word "stress"; InvalidInput naming `field` otherwise.
core::EntryKind parse_entry_kind(std::string_view text, std::string_view field);

std::string entry_summary(const core::Entry& entry, core::UnitSystem units, const core::Catalog& catalog);

}  // namespace hipfit::cli
