#include "app/moving_house.hpp"

#include <fmt/format.h>

#include "app/portability.hpp"
#include "io/export_format.hpp"
#include "store/errors.hpp"

namespace hipfit::app {

MoveOutcome move_house(const std::string& from, const std::string& to) {
    MoveOutcome outcome;
    outcome.copied = store::move_database(
        from, to,
        [&](const store::JournalOf& journal_from, const store::JournalOf& journal_to,
            const std::vector<store::AccountId>& accounts) {
            for (const store::AccountId account : accounts) {
                const std::string here = io::export_json(export_data(*journal_from(account)));
                const std::string there = io::export_json(export_data(*journal_to(account)));
                if (here != there) {
                    throw store::StoreError(fmt::format(
                        "account {}'s export differs between the original and the copy: nothing was copied",
                        account));
                }
            }
            outcome.journals_compared = accounts.size();
        });
    return outcome;
}

}  // namespace hipfit::app
