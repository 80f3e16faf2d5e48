/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libpq, loaded the first time a training room on PostgreSQL is opened.
 *
 * Linking libpq would make every start load it and the 20 libraries it needs
 * (TLS, Kerberos, LDAP), a few milliseconds that a learner on the default
 * SQLite store pays for nothing.  The functions cordial calls are defined here
 * under their own names and forward to the library once pq_load() has found it,
 * so the store's code is written against <libpq-fe.h> as usual. */
#include "pq.h"

#include <dlfcn.h>
#include <stddef.h>

#define PQ_SONAME "libpq.so.5"

static void *lib;
static char *load_error;

static struct {
	PGconn *(*connectdb)(const char *);
	ConnStatusType (*status)(const PGconn *);
	char *(*error_message)(const PGconn *);
	void (*finish)(PGconn *);
	PQnoticeReceiver (*set_notice_receiver)(PGconn *, PQnoticeReceiver, void *);
	PGTransactionStatusType (*transaction_status)(const PGconn *);
	PGresult *(*exec)(PGconn *, const char *);
	PGresult *(*prepare)(PGconn *, const char *, const char *, int, const Oid *);
	PGresult *(*exec_prepared)(PGconn *, const char *, int, const char *const *, const int *,
				   const int *, int);
	ExecStatusType (*result_status)(const PGresult *);
	char *(*result_error_field)(const PGresult *, int);
	void (*clear)(PGresult *);
	int (*ntuples)(const PGresult *);
	int (*nfields)(const PGresult *);
	char *(*getvalue)(const PGresult *, int, int);
	int (*getisnull)(const PGresult *, int, int);
	char *(*cmd_tuples)(PGresult *);
} fn;

static const struct {
	const char *name;
	void **slot;
} symbols[] = {
	{ "PQconnectdb", (void **)&fn.connectdb },
	{ "PQstatus", (void **)&fn.status },
	{ "PQerrorMessage", (void **)&fn.error_message },
	{ "PQfinish", (void **)&fn.finish },
	{ "PQsetNoticeReceiver", (void **)&fn.set_notice_receiver },
	{ "PQtransactionStatus", (void **)&fn.transaction_status },
	{ "PQexec", (void **)&fn.exec },
	{ "PQprepare", (void **)&fn.prepare },
	{ "PQexecPrepared", (void **)&fn.exec_prepared },
	{ "PQresultStatus", (void **)&fn.result_status },
	{ "PQresultErrorField", (void **)&fn.result_error_field },
	{ "PQclear", (void **)&fn.clear },
	{ "PQntuples", (void **)&fn.ntuples },
	{ "PQnfields", (void **)&fn.nfields },
	{ "PQgetvalue", (void **)&fn.getvalue },
	{ "PQgetisnull", (void **)&fn.getisnull },
	{ "PQcmdTuples", (void **)&fn.cmd_tuples },
};

const char *pq_load(void)
{
	if (lib)
		return NULL;
	if (load_error)
		return load_error;
	void *h = dlopen(PQ_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		load_error = dlerror();
		return load_error;
	}
	for (size_t i = 0; i < sizeof symbols / sizeof *symbols; i++) {
		dlerror();
		void *p = dlsym(h, symbols[i].name);
		if (!p) {
			load_error = dlerror();
			dlclose(h);
			return load_error;
		}
		*symbols[i].slot = p;
	}
	lib = h;
	return NULL;
}

/* Every function below is reached only through a connection, which
 * PQconnectdb gives only after pq_load() has succeeded. */

PGconn *PQconnectdb(const char *conninfo)
{
	return pq_load() ? NULL : fn.connectdb(conninfo);
}

ConnStatusType PQstatus(const PGconn *conn)
{
	return fn.status(conn);
}

char *PQerrorMessage(const PGconn *conn)
{
	return fn.error_message(conn);
}

void PQfinish(PGconn *conn)
{
	fn.finish(conn);
}

PQnoticeReceiver PQsetNoticeReceiver(PGconn *conn, PQnoticeReceiver proc, void *arg)
{
	return fn.set_notice_receiver(conn, proc, arg);
}

PGTransactionStatusType PQtransactionStatus(const PGconn *conn)
{
	return fn.transaction_status(conn);
}

PGresult *PQexec(PGconn *conn, const char *query)
{
	return fn.exec(conn, query);
}

PGresult *PQprepare(PGconn *conn, const char *name, const char *query, int nparams,
		    const Oid *types)
{
	return fn.prepare(conn, name, query, nparams, types);
}

PGresult *PQexecPrepared(PGconn *conn, const char *name, int nparams, const char *const *values,
			 const int *lengths, const int *formats, int result_format)
{
	return fn.exec_prepared(conn, name, nparams, values, lengths, formats, result_format);
}

ExecStatusType PQresultStatus(const PGresult *res)
{
	return fn.result_status(res);
}

char *PQresultErrorField(const PGresult *res, int code)
{
	return fn.result_error_field(res, code);
}

void PQclear(PGresult *res)
{
	if (fn.clear)
		fn.clear(res);
}

int PQntuples(const PGresult *res)
{
	return fn.ntuples(res);
}

int PQnfields(const PGresult *res)
{
	return fn.nfields(res);
}

char *PQgetvalue(const PGresult *res, int row, int col)
{
	return fn.getvalue(res, row, col);
}

int PQgetisnull(const PGresult *res, int row, int col)
{
	return fn.getisnull(res, row, col);
}

char *PQcmdTuples(PGresult *res)
{
	return fn.cmd_tuples(res);
}
