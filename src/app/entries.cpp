#include "app/entries.hpp"

#include "app/person.hpp"
#include "core/journal_values.hpp"

namespace hipfit::app {

void derive_entry_values(core::Entry& entry, store::Repository* journal, const core::Catalog& catalog) {
    if (entry.kind != core::EntryKind::workout)
        return;
    if (auto weight = current_weight(journal, entry.date))
        entry.energy_kcal = core::workout_energy(entry.sets, catalog, *weight).value();
}

}  // namespace hipfit::app
