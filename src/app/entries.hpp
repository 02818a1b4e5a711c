// What hipfit works out for an entry before it is stored, the same for 'hipfit log', 'hipfit edit'
// and the API.
#pragma once

#include "core/catalog.hpp"
#include "core/journal.hpp"
#include "store/repository.hpp"

namespace hipfit::app {

// A workout's energy: Σ MET × the latest weight × time (docs/journal.md). `journal` may be null.
// Throws core::InvalidInput (naming --exercise) when the sets take longer than a workout may.
void derive_entry_values(core::Entry& entry, store::Repository* journal, const core::Catalog& catalog);

}  // namespace hipfit::app
