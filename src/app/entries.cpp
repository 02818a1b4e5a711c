#include "app/entries.hpp"

#include "app/import_checks.hpp"
#include "app/own_exercises.hpp"
#include "app/person.hpp"
#include "core/journal/journal_values.hpp"

namespace hipfit::app {
namespace {

void check(const core::Entry& entry, const EntryWrite& write, const core::Catalog& catalog) {
    if (write.where.empty()) {
        core::check_entry(entry, write.today);
    } else {
        check_entry_at(entry, write.where, write.today, catalog);
    }
}

// What hipfit works out for an entry: a workout's energy.
void derive_values(core::Entry& entry, store::Repository* journal, const core::Catalog& catalog) {
    if (entry.kind != core::EntryKind::workout)
        return;
    // Before the estimate: a workout longer than a day would give an energy no day holds.
    core::check_workout_time(entry.sets, catalog, "sets");
    if (auto weight = current_weight(journal, entry.date))
        entry.energy_kcal = core::workout_energy(entry.sets, catalog, *weight).value();
}

// Runs `store` on the journal to write to: the one read from, or the one open_writer opens.
template <class Store>
auto stored(const EntryWrite& write, Store&& store) {
    if (!write.open_writer)
        return store(*write.journal);
    const std::unique_ptr<store::Repository> writer = write.open_writer();
    return store(*writer);
}

core::Entry prepared(core::Entry entry, const EntryWrite& write) {
    // The person's catalog: a set may be of one of their own exercises.
    const std::shared_ptr<const core::Catalog> catalog = person_catalog(write.journal);
    check(entry, write, *catalog);
    derive_values(entry, write.journal, *catalog);
    return entry;
}

}  // namespace

core::Entry add_entry(core::Entry entry, const EntryWrite& write) {
    entry = prepared(std::move(entry), write);
    entry.id = stored(write, [&](store::Repository& journal) { return journal.add_entry(entry); });
    return entry;
}

std::optional<core::Entry> replace_entry(core::Entry entry, const EntryWrite& write) {
    entry = prepared(std::move(entry), write);
    if (!stored(write, [&](store::Repository& journal) { return journal.replace_entry(entry); }))
        return std::nullopt;
    return entry;
}

}  // namespace hipfit::app
