#include "store/sql.hpp"

namespace hipfit::store::sql {

Transaction::Transaction(Connection& connection)
    : connection_(connection), nested_(connection.in_transaction()) {
    if (nested_) {
        // Inside a transaction already (the server's group commit): a savepoint that rolls back alone.
        connection_.execute("SAVEPOINT nested");
        return;
    }
    connection_.begin();
}

Transaction::~Transaction() {
    if (done_)
        return;
    if (!nested_) {
        connection_.rollback();
        return;
    }
    try {
        connection_.execute("ROLLBACK TO nested");
        connection_.execute("RELEASE nested");
    } catch (...) {  // a destructor must not throw; the outer transaction is then rolled back whole
    }
}

void Transaction::commit() {
    if (nested_) {
        connection_.execute("RELEASE nested");
    } else {
        connection_.commit();
    }
    done_ = true;
}

}  // namespace hipfit::store::sql
