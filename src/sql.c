/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Portable statements over SQLite and PostgreSQL (libpq). */
#include "sql.h"

#include <ctype.h>
#include <inttypes.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "mem.h"
#include "pq.h"

#define SQL_MAX_PARAMS 32

/* PostgreSQL type ids of the binds (pg_type.h). */
enum { OID_INT8 = 20, OID_TEXT = 25, OID_FLOAT8 = 701 };

struct sql {
	enum sql_backend backend;
	sqlite3 *lite;
	PGconn *pg;
	int64_t changes;
	/* the last PostgreSQL error */
	char sqlstate[6];
	char *message;
	bool refused;
	const char *refused_text; /* the statement refused */
	char *(*ask)(struct sql *c, void *ctx);
	void *ask_ctx;
	/* PostgreSQL: the statements prepared on this connection, by their text
	 * (constant text: its address names it) */
	const char **prepared;
	size_t nprepared, capprepared;
	/* SQLite: statements kept, reset, after their use, for the next use of the
	 * same text (by its address), so that a statement run after every answer is
	 * parsed once per connection */
	struct kept {
		const char *text;
		sqlite3_stmt *st;
	} *kept;
	size_t nkept, capkept;
};

struct sql_stmt {
	struct sql *c;
	const char *text;
	sqlite3_stmt *lite;
	/* PostgreSQL: the text with $N, the binds as text, the result and the row */
	char *pg_text;
	int nparams;
	char *values[SQL_MAX_PARAMS];
	unsigned types[SQL_MAX_PARAMS];
	PGresult *res;
	int row, nrows;
	bool ran;
};

bool sql_is_pg_uri(const char *target)
{
	return target && (!strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11));
}

struct sql *sql_wrap_sqlite(sqlite3 *db)
{
	struct sql *c = xcalloc(1, sizeof *c);
	c->backend = SQL_SQLITE;
	c->lite = db;
	return c;
}

/* Notices (NOTICE, WARNING from the server) are not the person's business. */
static void quiet(void *arg, const PGresult *res)
{
	(void)arg;
	(void)res;
}

struct sql *sql_connect_pg(const char *uri, char **err)
{
	const char *missing = pq_load();
	if (missing) {
		*err = xasprintf(_("cannot open a training room on PostgreSQL: %s (install the "
				   "PostgreSQL client library, Debian package libpq5)"),
				 missing);
		return NULL;
	}
	PGconn *pg = PQconnectdb(uri);
	if (!pg)
		mem_fail(); /* libpq's only reason for NULL */
	if (PQstatus(pg) != CONNECTION_OK) {
		char *msg = xstrdup(PQerrorMessage(pg));
		size_t n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		*err = xasprintf(_("cannot connect to the training room's database: %s"), msg);
		free(msg);
		PQfinish(pg);
		return NULL;
	}
	PQsetNoticeReceiver(pg, quiet, NULL);
	struct sql *c = xcalloc(1, sizeof *c);
	c->backend = SQL_PG;
	c->pg = pg;
	return c;
}

void sql_close(struct sql *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nkept; i++)
		sqlite3_finalize(c->kept[i].st);
	free(c->kept);
	if (c->lite)
		db_close(c->lite);
	if (c->pg)
		PQfinish(c->pg);
	free(c->message);
	free(c->prepared);
	free(c);
}

enum sql_backend sql_backend(const struct sql *c)
{
	return c->backend;
}

sqlite3 *sql_sqlite(struct sql *c)
{
	return c->lite;
}

void sql_set_ask(struct sql *c, char *(*ask)(struct sql *c, void *ctx), void *ctx)
{
	c->ask = ask;
	c->ask_ctx = ctx;
}

/* "?N" becomes "$N" outside quoted text; the highest N is the number of binds. */
static char *pg_placeholders(const char *text, int *nparams)
{
	size_t len = strlen(text);
	char *out = xmalloc(len + 1);
	char *o = out;
	char quote = 0;
	*nparams = 0;
	for (const char *p = text; *p; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
			*o++ = *p;
			continue;
		}
		if (*p == '\'' || *p == '"') {
			quote = *p;
			*o++ = *p;
			continue;
		}
		if (*p == '?' && isdigit((unsigned char)p[1])) {
			int n = atoi(p + 1);
			if (n > *nparams)
				*nparams = n;
			*o++ = '$';
			continue;
		}
		*o++ = *p;
	}
	*o = '\0';
	if (*nparams > SQL_MAX_PARAMS) /* the text is the program's own */
		mem_fatal(EXIT_FAILURE, _("internal error: too many parameters in: %s"), text);
	return out;
}

struct sql_stmt *sql_prepare(struct sql *c, const char *text)
{
	struct sql_stmt *st = xcalloc(1, sizeof *st);
	st->c = c;
	st->text = text;
	if (c->backend == SQL_SQLITE) {
		for (size_t i = 0; i < c->nkept; i++)
			if (c->kept[i].text == text) { /* taken while in use */
				st->lite = c->kept[i].st;
				c->kept[i] = c->kept[--c->nkept];
				return st;
			}
		st->lite = db_prepare(c->lite, text);
	} else
		st->pg_text = pg_placeholders(text, &st->nparams);
	return st;
}

struct sql_stmt *sql_prepare2(struct sql *c, const char *sqlite_text, const char *pg_text)
{
	return sql_prepare(c, c->backend == SQL_SQLITE ? sqlite_text : pg_text);
}

static void pg_bind(struct sql_stmt *st, int i, unsigned type, char *value)
{
	if (i < 1 || i > SQL_MAX_PARAMS) /* the program's own mistake */
		mem_fatal(EXIT_FAILURE, _("internal error: parameter %d out of range in: %s"), i,
			  st->text);
	free(st->values[i - 1]);
	st->values[i - 1] = value;
	st->types[i - 1] = type;
	if (i > st->nparams)
		st->nparams = i;
}

void sql_bind_int64(struct sql_stmt *st, int i, int64_t v)
{
	if (st->lite) {
		sqlite3_bind_int64(st->lite, i, v);
		return;
	}
	char *s = xasprintf("%" PRId64, v);
	pg_bind(st, i, OID_INT8, s);
}

void sql_bind_double(struct sql_stmt *st, int i, double v)
{
	if (st->lite) {
		sqlite3_bind_double(st->lite, i, v);
		return;
	}
	char *s = xasprintf("%.17g", v);
	pg_bind(st, i, OID_FLOAT8, s);
}

void sql_bind_text(struct sql_stmt *st, int i, const char *s)
{
	if (st->lite) {
		db_bind_text(st->lite, i, s);
		return;
	}
	pg_bind(st, i, OID_TEXT, s ? xstrdup(s) : NULL);
}

void sql_bind_null(struct sql_stmt *st, int i)
{
	if (st->lite) {
		sqlite3_bind_null(st->lite, i);
		return;
	}
	pg_bind(st, i, 0, NULL);
}

static void clear_error(struct sql *c)
{
	free(c->message);
	c->message = NULL;
	c->sqlstate[0] = '\0';
	c->refused = false;
	c->refused_text = NULL;
}

/* Keeps the error of a failed PostgreSQL result (or of the connection). */
static void pg_error(struct sql *c, const PGresult *res, const char *text)
{
	clear_error(c);
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	snprintf(c->sqlstate, sizeof c->sqlstate, "%s", state ? state : "");
	c->message = xstrdup(primary ? primary : PQerrorMessage(c->pg));
	size_t n = strlen(c->message);
	while (n && (c->message[n - 1] == '\n' || c->message[n - 1] == ' '))
		c->message[--n] = '\0';
	/* 42501: insufficient privilege, also a row refused by a security policy. */
	c->refused = !strcmp(c->sqlstate, "42501");
	c->refused_text = text;
	if (c->refused && PQtransactionStatus(c->pg) == PQTRANS_INERROR) {
		/* The transaction cannot go on: end it now, so that whom to ask can
		 * be looked up; the caller's rollback then has nothing to do. */
		PGresult *r = PQexec(c->pg, "ROLLBACK");
		PQclear(r);
	}
}

/* The name of the statement prepared for this text on the connection ("s" and its
 * number), preparing it the first time; NULL after an error. */
static const char *pg_prepared(struct sql_stmt *st, char name[24])
{
	struct sql *c = st->c;
	for (size_t i = 0; i < c->nprepared; i++)
		if (c->prepared[i] == st->text) {
			snprintf(name, 24, "s%zu", i);
			return name;
		}
	snprintf(name, 24, "s%zu", c->nprepared);
	PGresult *res = PQprepare(c->pg, name, st->pg_text, st->nparams, st->types);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		pg_error(c, res, st->text);
		PQclear(res);
		return NULL;
	}
	PQclear(res);
	if (c->nprepared == c->capprepared) {
		c->capprepared = c->capprepared ? c->capprepared * 2 : 64;
		c->prepared = xrealloc(c->prepared, c->capprepared * sizeof *c->prepared);
	}
	c->prepared[c->nprepared++] = st->text;
	return name;
}

/* Runs the statement: prepared once per connection, so that the server parses and
 * plans each text once. */
static int pg_run(struct sql_stmt *st)
{
	struct sql *c = st->c;
	char name[24];
	st->ran = true;
	if (!pg_prepared(st, name))
		return -1;
	st->res = PQexecPrepared(c->pg, name, st->nparams, (const char *const *)st->values, NULL,
				 NULL, 0);
	ExecStatusType s = PQresultStatus(st->res);
	if (s == PGRES_TUPLES_OK || s == PGRES_COMMAND_OK) {
		st->nrows = s == PGRES_TUPLES_OK ? PQntuples(st->res) : 0;
		st->row = -1;
		const char *n = PQcmdTuples(st->res);
		c->changes = n && *n ? strtoll(n, NULL, 10) : 0;
		return 0;
	}
	pg_error(c, st->res, st->text);
	PQclear(st->res);
	st->res = NULL;
	return -1;
}

int sql_step(struct sql_stmt *st)
{
	if (st->lite) {
		int rc = sqlite3_step(st->lite);
		if (rc == SQLITE_ROW)
			return SQL_ROW;
		if (rc == SQLITE_DONE) {
			st->c->changes = sqlite3_changes(st->c->lite);
			return SQL_DONE;
		}
		return SQL_ERROR;
	}
	if (!st->ran && pg_run(st))
		return SQL_ERROR;
	if (!st->res)
		return SQL_ERROR;
	if (st->row + 1 < st->nrows) {
		st->row++;
		return SQL_ROW;
	}
	st->row = st->nrows;
	return SQL_DONE;
}

static const char *pg_value(struct sql_stmt *st, int i)
{
	if (!st->res || st->row < 0 || st->row >= st->nrows || i >= PQnfields(st->res) ||
	    PQgetisnull(st->res, st->row, i))
		return NULL;
	return PQgetvalue(st->res, st->row, i);
}

int64_t sql_int64(struct sql_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_int64(st->lite, i);
	const char *v = pg_value(st, i);
	if (!v)
		return 0;
	if (!strcmp(v, "t"))
		return 1;
	/* sums come back as numeric: "12" */
	return strtoll(v, NULL, 10);
}

int sql_int(struct sql_stmt *st, int i)
{
	return (int)sql_int64(st, i);
}

double sql_double(struct sql_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_double(st->lite, i);
	const char *v = pg_value(st, i);
	return v ? strtod(v, NULL) : 0.0;
}

const char *sql_text(struct sql_stmt *st, int i)
{
	if (st->lite)
		return db_column_text(st->lite, i);
	return pg_value(st, i);
}

bool sql_null(struct sql_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_type(st->lite, i) == SQLITE_NULL;
	return pg_value(st, i) == NULL;
}

void sql_finalize(struct sql_stmt *st)
{
	if (!st)
		return;
	if (st->lite) {
		struct sql *c = st->c;
		sqlite3_reset(st->lite);
		sqlite3_clear_bindings(st->lite);
		if (c->nkept == c->capkept) {
			c->capkept = c->capkept ? 2 * c->capkept : 64;
			c->kept = xreallocarray(c->kept, c->capkept, sizeof *c->kept);
		}
		c->kept[c->nkept++] = (struct kept){ st->text, st->lite };
	}
	for (int i = 0; i < SQL_MAX_PARAMS; i++)
		free(st->values[i]);
	PQclear(st->res);
	free(st->pg_text);
	free(st);
}

int64_t sql_changes(struct sql *c)
{
	return c->changes;
}

int sql_exec(struct sql *c, const char *text, char **err)
{
	if (c->backend == SQL_SQLITE)
		return db_exec(c->lite, text, err);
	PGresult *res = PQexec(c->pg, text);
	ExecStatusType s = PQresultStatus(res);
	if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) {
		PQclear(res);
		return 0;
	}
	pg_error(c, res, text);
	PQclear(res);
	if (err)
		*err = sql_error(c);
	return -1;
}

int sql_begin(struct sql *c, char **err)
{
	if (c->backend == SQL_SQLITE)
		return db_begin(c->lite, err);
	return sql_exec(c, "BEGIN", err);
}

int sql_commit(struct sql *c, char **err)
{
	if (c->backend == SQL_SQLITE)
		return db_commit(c->lite, err);
	return sql_exec(c, "COMMIT", err);
}

void sql_rollback(struct sql *c)
{
	if (c->backend == SQL_SQLITE) {
		db_rollback(c->lite);
		return;
	}
	if (PQtransactionStatus(c->pg) != PQTRANS_IDLE)
		sql_exec(c, "ROLLBACK", NULL);
}

bool sql_refused(const struct sql *c)
{
	return c->backend == SQL_PG && c->refused;
}

const char *sql_sqlstate(const struct sql *c)
{
	return c->sqlstate;
}

/* What a refused statement tried, from its text: the command and the table. */
static const char *refused_action(const char *text)
{
	static const struct {
		const char *verb, *table, *what;
	} actions[] = {
		{ "INSERT", "learner", N_("add a learner") },
		{ "UPDATE", "learner", N_("change this learner") },
		{ "DELETE", "learner", N_("remove a learner") },
		{ "INSERT", "class_member", N_("put a learner in a class") },
		{ "DELETE", "class_member", N_("take a learner out of a class") },
		{ "INSERT", "class", N_("add a class") },
		{ "UPDATE", "class", N_("change a class") },
		{ "DELETE", "class", N_("remove a class") },
		{ "INSERT", "assignment", N_("assign lessons") },
		{ "UPDATE", "assignment", N_("change an assignment") },
		{ "DELETE", "assignment", N_("remove an assignment") },
		{ "INSERT", "learner_lesson", N_("choose lessons for this learner") },
		{ "DELETE", "learner_lesson", N_("drop lessons of this learner") },
		{ "INSERT", "card", N_("add cards for this learner") },
		{ "UPDATE", "card", N_("change these cards") },
		{ "DELETE", "card", N_("remove cards") },
		{ "INSERT", "review", N_("record an answer for this learner") },
		{ "UPDATE", "review", N_("change an earlier answer") },
		{ "DELETE", "review", N_("undo an earlier answer") },
		{ "SELECT", "enrol", N_("give a login a place in the training room") },
		{ "SELECT", "answer", N_("record an answer for this learner") },
	};
	if (!text)
		return N_("do this");
	while (isspace((unsigned char)*text))
		text++;
	for (size_t i = 0; i < sizeof actions / sizeof *actions; i++) {
		size_t n = strlen(actions[i].verb);
		if (strncmp(text, actions[i].verb, n))
			continue;
		/* the first word after INTO, UPDATE, FROM or the function called */
		const char *p = text + n;
		while (*p && !isalpha((unsigned char)*p))
			p++;
		if (!strncmp(p, "INTO ", 5) || !strncmp(p, "FROM ", 5))
			p += 5;
		if (!strncmp(p, "cordial.", 8))
			p += 8;
		size_t t = strlen(actions[i].table);
		if (!strncmp(p, actions[i].table, t) && !isalnum((unsigned char)p[t]) && p[t] != '_')
			return actions[i].what;
	}
	return N_("do this");
}

char *sql_error(struct sql *c)
{
	if (c->backend == SQL_SQLITE)
		return db_error(c->lite);
	char *out;
	if (c->refused) {
		char *names = c->ask ? c->ask(c, c->ask_ctx) : NULL;
		const char *what = _(refused_action(c->refused_text));
		if (names && *names)
			/* TRANSLATORS: the first %s is what was refused ("add a class"),
			 * the second the names of the trainers */
			out = xasprintf(_("the training room does not let you %s; ask a trainer (%s)"),
					what, names);
		else
			/* TRANSLATORS: %s is what was refused ("add a class") */
			out = xasprintf(_("the training room does not let you %s; ask whoever "
					  "looks after the training room"),
					what);
		free(names);
		return out;
	}
	return xasprintf("%s (%s)", c->message ? c->message : PQerrorMessage(c->pg), c->sqlstate);
}
