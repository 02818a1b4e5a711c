#include "tests/server/e2e/server_load.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "store/postgresql.hpp"
#include "store/sql.hpp"

namespace hipfit::testing {
namespace {

// A client backing off a little after an error answer or a failed connection, so that writers do not
// spin while a server or the database is away (less than Retry-After: the test wants to see it come back).
constexpr std::chrono::milliseconds kBackOff{10};

// Generous: a server under the sanitizers on a busy machine; a request never waits this long for a reason.
constexpr http::Millis kRequestTimeout{30000};

}  // namespace

ServerLoad::ServerLoad(const std::vector<ApiClient>& sessions, std::vector<Writer> writers,
                       int writes_per_read, int requests_each)
    : writers_(std::move(writers)), writes_per_read_(writes_per_read), requests_each_(requests_each) {
    for (std::size_t w = 0; w < writers_.size(); ++w) {
        const ApiClient& session = sessions.at(writers_[w].account);
        threads_.emplace_back([this, &session, w] { run(session, static_cast<int>(w), writers_[w]); });
    }
}

ServerLoad::~ServerLoad() {
    stop();
}

void ServerLoad::stop() {
    stopping_ = true;
    join();
}

void ServerLoad::join() {
    for (std::jthread& thread : threads_) {
        if (thread.joinable())
            thread.join();
    }
}

std::size_t ServerLoad::recorded() const {
    std::lock_guard lock(mutex_);
    return outcomes_.size();
}

std::size_t ServerLoad::count(const std::function<bool(const Outcome&)>& which, std::size_t from) const {
    std::lock_guard lock(mutex_);
    std::size_t counted = 0;
    for (std::size_t i = from; i < outcomes_.size(); ++i) counted += which(outcomes_[i]) ? 1 : 0;
    return counted;
}

std::vector<ServerLoad::Outcome> ServerLoad::outcomes() const {
    std::lock_guard lock(mutex_);
    return outcomes_;
}

void ServerLoad::record(Outcome outcome) {
    std::lock_guard lock(mutex_);
    outcomes_.push_back(std::move(outcome));
}

void ServerLoad::run(const ApiClient& session, int number, const Writer& writer) {
    std::size_t port_index = 0;
    ApiClient client = session.same_account(writer.ports.at(0));
    for (int i = 0; !stopping_ && (requests_each_ <= 0 || i < requests_each_); ++i) {
        const bool write = writes_per_read_ <= 0 || i % (writes_per_read_ + 1) != writes_per_read_;
        Outcome outcome;
        outcome.writer = number;
        outcome.account = writer.account;
        outcome.port = writer.ports.at(port_index);
        outcome.write = write;
        if (write)
            outcome.note = "writer " + std::to_string(number) + " #" + std::to_string(i);
        try {
            const http::Response response =
                write
                    ? client.post("/api/entries", {{"kind", "water"}, {"value", 250}, {"note", outcome.note}})
                    : client.get("/api/today");
            outcome.status = response.status;
            outcome.retry_after = response.header("retry-after");
            if (response.status == (write ? 201 : 200)) {
                outcome.answer = Answer::acknowledged;
                if (write)
                    outcome.id = response.json().at("id").get<std::int64_t>();
            } else {
                outcome.answer = Answer::refused;
                try {
                    const nlohmann::json error = response.json().at("error");
                    outcome.code = error.at("code").get<std::string>();
                    outcome.message = error.at("message").get<std::string>();
                } catch (const std::exception&) {
                    outcome.message = response.body.substr(0, 300);
                }
            }
        } catch (const std::exception& error) {
            outcome.answer = Answer::unanswered;
            outcome.message = error.what();
        }
        const bool failed = outcome.answer == Answer::unanswered;
        const bool answered_ok = outcome.answer == Answer::acknowledged;
        record(std::move(outcome));
        if (failed && port_index + 1 < writer.ports.size()) {
            // This server is gone: on to the next, with the same session.
            client = session.same_account(writer.ports[++port_index]);
            continue;
        }
        if (!answered_ok)
            std::this_thread::sleep_for(kBackOff);  // backing off, not waiting for something
    }
}

std::string describe(const ServerLoad::Outcome& outcome) {
    std::string text = "writer " + std::to_string(outcome.writer) + " → :" + std::to_string(outcome.port) +
                       " " + (outcome.write ? "POST " + outcome.note : std::string("GET /api/today")) + ": ";
    if (outcome.answer == ServerLoad::Answer::unanswered)
        return text + "no answer (" + outcome.message + ")";
    text += std::to_string(outcome.status);
    if (!outcome.code.empty())
        text += " " + outcome.code + " '" + outcome.message + "'";
    if (outcome.retry_after)
        text += " Retry-After: " + *outcome.retry_after;
    return text;
}

std::vector<StoredEntry> stored_entries_in_postgresql(const std::string& url) {
    store::postgresql::Connection connection(url);
    store::sql::Statement select(connection, "SELECT id, account_id, kind, note FROM entries ORDER BY id");
    std::vector<StoredEntry> entries;
    while (select.step())
        entries.push_back({select.column_int(0), select.column_int(1), select.column_text(2),
                           select.is_null(3) ? "" : select.column_text(3)});
    return entries;
}

void expect_stored_exactly_once(const std::vector<ServerLoad::Outcome>& outcomes,
                                const std::vector<StoredEntry>& stored,
                                const std::vector<std::int64_t>& account_ids,
                                bool refused_writes_not_stored) {
    std::map<std::string, const ServerLoad::Outcome*> sent;  // by note
    for (const ServerLoad::Outcome& outcome : outcomes) {
        if (outcome.write) {
            EXPECT_TRUE(sent.emplace(outcome.note, &outcome).second) << outcome.note << " sent twice";
        }
    }
    std::map<std::string, const StoredEntry*> by_note;
    std::set<std::int64_t> ids;
    for (const StoredEntry& entry : stored) {
        EXPECT_TRUE(ids.insert(entry.id).second) << "id " << entry.id << " stored twice";
        EXPECT_TRUE(by_note.emplace(entry.note, &entry).second) << "'" << entry.note << "' stored twice";
        const auto found = sent.find(entry.note);
        if (found == sent.end()) {
            ADD_FAILURE() << "entry " << entry.id << " '" << entry.note
                          << "' was stored, but no writer sent it";
            continue;
        }
        const ServerLoad::Outcome& outcome = *found->second;
        EXPECT_EQ(entry.account, account_ids.at(outcome.account))
            << "in another account: " << describe(outcome);
        if (refused_writes_not_stored) {
            EXPECT_NE(outcome.answer, ServerLoad::Answer::refused)
                << "answered as not written, but stored as entry " << entry.id << ": " << describe(outcome);
        }
    }
    std::size_t acknowledged = 0;
    for (const auto& [note, outcome] : sent) {
        if (outcome->answer != ServerLoad::Answer::acknowledged)
            continue;
        ++acknowledged;
        const auto found = by_note.find(note);
        if (found == by_note.end()) {
            ADD_FAILURE() << "acknowledged, but not stored: " << describe(*outcome) << " (id " << outcome->id
                          << ")";
            continue;
        }
        EXPECT_EQ(found->second->id, outcome->id) << "stored under another id than acknowledged: " << note;
    }
    EXPECT_GT(acknowledged, 0U) << "the load wrote nothing";
}

}  // namespace hipfit::testing
