#include "app/entries.hpp"

#include "app/person.hpp"
#include "core/journal_values.hpp"

namespace hipfit::app {

void derive_entry_values(core::Entry& entry, store::Repository* journal, const core::Catalog& catalog) {
    if (entry.kind != core::EntryKind::workout)
        return;
    // Before the estimate: a workout longer than a day would give an energy no day holds.
    core::check_workout_time(entry.sets, catalog, "--exercise");
    if (auto weight = current_weight(journal, entry.date))
        entry.energy_kcal = core::workout_energy(entry.sets, catalog, *weight).value();
}

}  // namespace hipfit::app
