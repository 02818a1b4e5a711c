// libpq, loaded when a PostgreSQL database is first opened rather than when hipfit starts. The binary is
// not linked against libpq: these are the functions postgresql.cpp calls, each handing the call to libpq's
// own, found in libpq.so.5 the first time. Linked, libpq and the 23 libraries it needs (TLS, Kerberos,
// LDAP …) were loaded and relocated at every start — half of a command's 9 ms start-up on a SQLite file
// (docs/performance.md, "The command line on five years").
#include <dlfcn.h>
#include <libpq-fe.h>

#include <string>

#include "store/errors.hpp"

namespace hipfit::store {
namespace {

// The library's soname: the ABI every libpq since PostgreSQL 8.3 keeps (Debian's libpq5).
constexpr const char* kLibpq = "libpq.so.5";

void* libpq() {
    static void* const handle = ::dlopen(kLibpq, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = ::dlerror();
        throw StoreError(std::string("PostgreSQL's client library (") + kLibpq +
                         ") could not be loaded: " + (why != nullptr ? why : "not found") +
                         "; install it (Debian: libpq5) to use a postgresql:// database");
    }
    return handle;
}

// libpq's own function `name`, of the type of our declaration of it.
template <class Function>
Function* libpq_function(const char* name) {
    void* found = ::dlsym(libpq(), name);
    if (found == nullptr)
        throw StoreError(std::string("PostgreSQL's client library (") + kLibpq + ") has no " + name);
    return reinterpret_cast<Function*>(found);
}

}  // namespace
}  // namespace hipfit::store

// Each one: the real function, found once (a function-local static is initialised once, thread-safely).
#define HIPFIT_LIBPQ(name) static auto* const real = hipfit::store::libpq_function<decltype(name)>(#name)

PGconn* PQconnectdb(const char* conninfo) {
    HIPFIT_LIBPQ(PQconnectdb);
    return real(conninfo);
}

void PQfinish(PGconn* conn) {
    HIPFIT_LIBPQ(PQfinish);
    real(conn);
}

void PQreset(PGconn* conn) {
    HIPFIT_LIBPQ(PQreset);
    real(conn);
}

ConnStatusType PQstatus(const PGconn* conn) {
    HIPFIT_LIBPQ(PQstatus);
    return real(conn);
}

PGTransactionStatusType PQtransactionStatus(const PGconn* conn) {
    HIPFIT_LIBPQ(PQtransactionStatus);
    return real(conn);
}

char* PQerrorMessage(const PGconn* conn) {
    HIPFIT_LIBPQ(PQerrorMessage);
    return real(conn);
}

int PQsocket(const PGconn* conn) {
    HIPFIT_LIBPQ(PQsocket);
    return real(conn);
}

PQnoticeProcessor PQsetNoticeProcessor(PGconn* conn, PQnoticeProcessor proc, void* arg) {
    HIPFIT_LIBPQ(PQsetNoticeProcessor);
    return real(conn, proc, arg);
}

PGresult* PQexec(PGconn* conn, const char* query) {
    HIPFIT_LIBPQ(PQexec);
    return real(conn, query);
}

PGresult* PQexecParams(PGconn* conn, const char* command, int nParams, const Oid* paramTypes,
                       const char* const* paramValues, const int* paramLengths, const int* paramFormats,
                       int resultFormat) {
    HIPFIT_LIBPQ(PQexecParams);
    return real(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}

PGresult* PQprepare(PGconn* conn, const char* stmtName, const char* query, int nParams,
                    const Oid* paramTypes) {
    HIPFIT_LIBPQ(PQprepare);
    return real(conn, stmtName, query, nParams, paramTypes);
}

PGresult* PQexecPrepared(PGconn* conn, const char* stmtName, int nParams, const char* const* paramValues,
                         const int* paramLengths, const int* paramFormats, int resultFormat) {
    HIPFIT_LIBPQ(PQexecPrepared);
    return real(conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat);
}

ExecStatusType PQresultStatus(const PGresult* res) {
    HIPFIT_LIBPQ(PQresultStatus);
    return real(res);
}

char* PQresultErrorField(const PGresult* res, int fieldcode) {
    HIPFIT_LIBPQ(PQresultErrorField);
    return real(res, fieldcode);
}

int PQntuples(const PGresult* res) {
    HIPFIT_LIBPQ(PQntuples);
    return real(res);
}

int PQnfields(const PGresult* res) {
    HIPFIT_LIBPQ(PQnfields);
    return real(res);
}

char* PQgetvalue(const PGresult* res, int tup_num, int field_num) {
    HIPFIT_LIBPQ(PQgetvalue);
    return real(res, tup_num, field_num);
}

int PQgetlength(const PGresult* res, int tup_num, int field_num) {
    HIPFIT_LIBPQ(PQgetlength);
    return real(res, tup_num, field_num);
}

int PQgetisnull(const PGresult* res, int tup_num, int field_num) {
    HIPFIT_LIBPQ(PQgetisnull);
    return real(res, tup_num, field_num);
}

char* PQcmdStatus(PGresult* res) {
    HIPFIT_LIBPQ(PQcmdStatus);
    return real(res);
}

char* PQcmdTuples(PGresult* res) {
    HIPFIT_LIBPQ(PQcmdTuples);
    return real(res);
}

void PQclear(PGresult* res) {
    HIPFIT_LIBPQ(PQclear);
    real(res);
}
