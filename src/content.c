/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content database: schema, applying a checked handbook, loading, listing, search. */
#include "content.h"

#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "mem.h"
#include "text.h"

static const char *const migrations[] = {
	/* 1: handbooks, lessons, items and the search index */
	"CREATE TABLE handbook ("
	"  id TEXT PRIMARY KEY NOT NULL,"
	"  title TEXT NOT NULL,"
	"  source TEXT NOT NULL,"
	"  languages TEXT NOT NULL,"
	"  version INTEGER,"
	"  description TEXT,"
	"  editor TEXT,"
	"  license TEXT"
	") STRICT;"
	"CREATE TABLE handbook_title ("
	"  handbook TEXT NOT NULL REFERENCES handbook(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  lang TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  PRIMARY KEY (handbook, position)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TABLE lesson ("
	"  handbook TEXT NOT NULL REFERENCES handbook(id) ON DELETE CASCADE,"
	"  id TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  sort_order INTEGER,"
	"  title TEXT NOT NULL,"
	"  description TEXT,"
	"  PRIMARY KEY (handbook, id)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TABLE lesson_title ("
	"  handbook TEXT NOT NULL,"
	"  lesson TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  lang TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  PRIMARY KEY (handbook, lesson, position),"
	"  FOREIGN KEY (handbook, lesson) REFERENCES lesson(handbook, id) ON DELETE CASCADE"
	") STRICT, WITHOUT ROWID;"
	/* An item keeps its key for ever, so the search index can point at it. */
	"CREATE TABLE item ("
	"  key INTEGER PRIMARY KEY,"
	"  handbook TEXT NOT NULL REFERENCES handbook(id) ON DELETE CASCADE,"
	"  id TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('phrase', 'courtesy')),"
	"  lesson TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
	"  digest INTEGER NOT NULL,"
	"  note TEXT,"
	"  register TEXT,"
	"  tags TEXT,"
	"  situation TEXT,"
	"  answer TEXT,"
	"  explanation TEXT,"
	"  region TEXT,"
	"  UNIQUE (handbook, id)"
	") STRICT;"
	"CREATE INDEX item_by_lesson ON item (handbook, lesson, position);"
	/* A phrase's text in one language; position 0 is the source language. */
	"CREATE TABLE item_text ("
	"  item INTEGER NOT NULL REFERENCES item(key) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  lang TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  reading TEXT,"
	"  PRIMARY KEY (item, position)"
	") STRICT, WITHOUT ROWID;"
	/* Repeatable parts: accepted alternatives (per language), courtesy options
	 * (position = letter index) and references. */
	"CREATE TABLE item_part ("
	"  item INTEGER NOT NULL REFERENCES item(key) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL CHECK (kind IN ('alt', 'option', 'reference')),"
	"  lang TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (item, kind, lang, position)"
	") STRICT, WITHOUT ROWID;"
	/* Folded text of live items; rowid = item.key.  Trigrams find substrings in
	 * any script; detail=none keeps the index small, so matches are confirmed
	 * with instr() on the stored body. */
	"CREATE VIRTUAL TABLE item_search USING fts5("
	"  body, tokenize = 'trigram', detail = 'none', columnsize = 0);",
	/* 2: a Japanese text's kana reading (ja_kana) */
	"ALTER TABLE item_text ADD COLUMN kana TEXT;",
	/* 3: the search index holds kana readings and is folded without accents; it is
	 * emptied here and made anew from the items when the database is opened
	 * (reindex_if_empty) */
	"DELETE FROM item_search;",
	/* 4: the local fact an item states (local:) and where its value comes from */
	"ALTER TABLE item ADD COLUMN local TEXT; ALTER TABLE item ADD COLUMN local_source TEXT;",
};

static const struct db_schema schema = { "content", migrations,
					 (int)(sizeof migrations / sizeof *migrations) };

enum {
	ST_HANDBOOK_UPSERT,
	ST_HANDBOOK_TITLES_DELETE,
	ST_HANDBOOK_TITLE_INSERT,
	ST_LESSONS_DELETE,
	ST_LESSON_INSERT,
	ST_LESSON_TITLE_INSERT,
	ST_ITEMS_EXISTING,
	ST_ITEM_INSERT,
	ST_ITEM_UPDATE,
	ST_ITEM_POSITION,
	ST_ITEM_RETIRE,
	ST_TEXTS_DELETE,
	ST_TEXT_INSERT,
	ST_TEXT_INSERT2,
	ST_TEXT_INSERT3,
	ST_PARTS_DELETE,
	ST_PART_INSERT,
	ST_SEARCH_INSERT,
	ST_SEARCH_DELETE,
	ST_ITEM_FIND,
	ST_SEEN_ADD,
	ST_SEEN_LINE,
	ST_LINE_ADD,
	ST_LINE_OF,
	ST_BODY_ADD,
	ST_COUNT
};

static const char *const statements[ST_COUNT] = {
	[ST_HANDBOOK_UPSERT] =
		"INSERT INTO handbook (id, title, source, languages, version, description, "
		"editor, license) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
		"ON CONFLICT (id) DO UPDATE SET title = ?2, source = ?3, languages = ?4, "
		"version = ?5, description = ?6, editor = ?7, license = ?8",
	[ST_HANDBOOK_TITLES_DELETE] = "DELETE FROM handbook_title WHERE handbook = ?1",
	[ST_HANDBOOK_TITLE_INSERT] =
		"INSERT INTO handbook_title (handbook, position, lang, title) "
		"VALUES (?1, ?2, ?3, ?4)",
	[ST_LESSONS_DELETE] = "DELETE FROM lesson WHERE handbook = ?1",
	[ST_LESSON_INSERT] =
		"INSERT INTO lesson (handbook, id, position, sort_order, title, description) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_LESSON_TITLE_INSERT] =
		"INSERT INTO lesson_title (handbook, lesson, position, lang, title) "
		"VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_ITEMS_EXISTING] =
		"SELECT key, id, digest, retired, position, lesson FROM item WHERE handbook = ?1 "
		"ORDER BY id",
	[ST_ITEM_INSERT] =
		"INSERT INTO item (handbook, id, kind, lesson, position, retired, digest, note, "
		"register, tags, situation, answer, explanation, region, local, local_source) "
		"VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
	[ST_ITEM_UPDATE] =
		"UPDATE item SET kind = ?3, lesson = ?4, position = ?5, retired = 0, digest = ?6, "
		"note = ?7, register = ?8, tags = ?9, situation = ?10, answer = ?11, "
		"explanation = ?12, region = ?13, local = ?14, local_source = ?15 WHERE key = ?16",
	[ST_ITEM_POSITION] = "UPDATE item SET position = ?1 WHERE key = ?2",
	[ST_ITEM_RETIRE] = "UPDATE item SET retired = 1 WHERE key = ?1",
	[ST_TEXTS_DELETE] = "DELETE FROM item_text WHERE item = ?1",
	[ST_TEXT_INSERT] =
		"INSERT INTO item_text (item, position, lang, text, reading, kana) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	/* Two and three texts in one statement: most items have that many. */
	[ST_TEXT_INSERT2] =
		"INSERT INTO item_text (item, position, lang, text, reading, kana) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6), (?1, ?7, ?8, ?9, ?10, ?11)",
	[ST_TEXT_INSERT3] =
		"INSERT INTO item_text (item, position, lang, text, reading, kana) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6), (?1, ?7, ?8, ?9, ?10, ?11), "
		"(?1, ?12, ?13, ?14, ?15, ?16)",
	[ST_PARTS_DELETE] = "DELETE FROM item_part WHERE item = ?1",
	[ST_PART_INSERT] =
		"INSERT INTO item_part (item, kind, lang, position, value) "
		"VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_SEARCH_INSERT] = "INSERT INTO item_search (rowid, body) VALUES (?1, ?2)",
	[ST_SEARCH_DELETE] = "DELETE FROM item_search WHERE rowid = ?1",
	[ST_ITEM_FIND] =
		"SELECT key, digest, retired, position FROM item WHERE handbook = ?1 AND id = ?2",
	[ST_SEEN_ADD] = "INSERT INTO temp.import_seen (book, id, line) VALUES (?1, ?2, ?3) "
			"ON CONFLICT DO NOTHING",
	[ST_SEEN_LINE] = "SELECT line FROM temp.import_seen WHERE book = ?1 AND id = ?2",
	[ST_LINE_ADD] = "INSERT INTO temp.import_line (key, line) VALUES (?1, ?2) "
			"ON CONFLICT DO NOTHING",
	[ST_LINE_OF] = "SELECT line FROM temp.import_line WHERE key = ?1 "
		       "UNION ALL SELECT line FROM temp.import_body WHERE key = ?1",
	[ST_BODY_ADD] = "INSERT INTO temp.import_body (key, body, line) VALUES (?1, ?2, ?3)",
};

/* What ranking and filtering a search needs of every search entry, read once and
 * kept while the database does not change: its length in characters and which
 * characters and pairs of characters it holds (a signature of 256 bits for each),
 * in rank order. */
struct entry_sig {
	sqlite3_int64 key;
	size_t len;
	uint64_t sig[8];
};
struct search_entries {
	struct entry_sig *v; /* sorted by (length, key) */
	size_t n;
	sqlite3_int64 max_key;
	sqlite3_int64 data_version, changes; /* of the database when read */
	bool valid;
};

struct content {
	sqlite3 *db;
	sqlite3_stmt *st[ST_COUNT];
	struct search_entries entries;
};

/* The schema version of an existing database file, or INT_MAX when there is none to
 * read. */
static int schema_version(const char *path)
{
	int version = INT_MAX;
	sqlite3 *db = NULL;
	/* Without SQLITE_OPEN_CREATE, a file that is not there is not made. */
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			version = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return version;
}

static int reindex_if_empty(struct content *c, char **err);

struct content *content_open(const char *path, bool write, char **err)
{
	/* A database of an older schema is brought up to date when it is first read (if
	 * this user may write it; else the reader is told to have it opened so once). */
	if (!write && schema_version(path) < schema.count) {
		content_close(content_open(path, true, err));
		free(*err);
		*err = NULL;
	}
	sqlite3 *db = db_open(path, &schema, !write, err);
	if (!db)
		return NULL;
	struct content *c = xcalloc(1, sizeof *c);
	c->db = db;
	/* Imports of big handbooks touch every page of the item tables and the index:
	 * a larger cache saves rereading and rewriting them, within the memory an
	 * import may take (16 MB, a quarter of it). */
	if (write)
		db_exec(db, "PRAGMA cache_size = -16384", NULL);
	if (write && reindex_if_empty(c, err)) {
		content_close(c);
		return NULL;
	}
	/* Learners on a shared machine read the database without write access to its
	 * folder: it is in rollback-journal mode (db.c), so they need only the file. */
	return c;
}

int content_seed(const char *path, const char *seed, char **err)
{
	return db_copy(seed, path, err);
}

void content_close(struct content *c)
{
	if (!c)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(c->st[i]);
	db_close(c->db);
	free(c->entries.v);
	free(c);
}

/* Statements are prepared on first use and kept. */
static sqlite3_stmt *stmt(struct content *c, int which)
{
	if (!c->st[which])
		c->st[which] = db_prepare(c->db, statements[which]);
	else
		sqlite3_reset(c->st[which]);
	sqlite3_clear_bindings(c->st[which]);
	return c->st[which];
}

/* Steps a statement that returns no rows. */
static int run(struct content *c, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	return 0;
}

int content_begin(struct content *c, char **err)
{
	return db_begin(c->db, err);
}

int content_begin_read(struct content *c, char **err)
{
	return db_exec(c->db, "BEGIN", err);
}

int content_commit(struct content *c, char **err)
{
	return db_commit(c->db, err);
}

void content_rollback(struct content *c)
{
	db_rollback(c->db);
}

int content_version(struct content *c, const char *id, long *version, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT version FROM handbook WHERE id = ?1");
	db_bind_text(st, 1, id);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int64(st, 0);
		found = 1;
	} else if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		found = -1;
	}
	sqlite3_finalize(st);
	return found;
}

/* ---------------------------------------------------------------- apply */

struct existing {
	sqlite3_int64 key, digest, position;
	char *id;
	bool retired, seen;
};

static int cmp_existing(const void *a, const void *b)
{
	return strcmp(((const struct existing *)a)->id, ((const struct existing *)b)->id);
}

/* Everything searchable about an item, folded, one part per line. */
static char *search_body(const struct hb_item *it)
{
	size_t cap = 256, n = 0;
	char *raw = xmalloc(cap);
	const char *parts[80];
	size_t np = 0;
	char *kana[16] = { 0 }; /* kana readings without their word spaces */
	size_t nkana = 0;
	for (size_t i = 0; i < it->ntexts && np < 60; i++) {
		parts[np++] = it->texts[i].text;
		parts[np++] = it->texts[i].reading;
		if (it->texts[i].kana && nkana < 16) {
			char *k = xstrdup(it->texts[i].kana), *w = k;
			for (const char *r = k; *r; r++)
				if (*r != ' ')
					*w++ = *r;
			*w = '\0';
			parts[np++] = kana[nkana++] = k;
		}
		for (size_t k = 0; k < it->texts[i].nalts && np < 60; k++)
			parts[np++] = it->texts[i].alts[k];
	}
	parts[np++] = it->note;
	parts[np++] = it->situation;
	parts[np++] = it->explanation;
	for (size_t k = 0; k < it->noptions && np < 64; k++)
		parts[np++] = it->options[k];
	for (size_t i = 0; i < np; i++) {
		if (!parts[i])
			continue;
		size_t len = strlen(parts[i]);
		if (n + len + 2 > cap) {
			cap = (n + len + 2) * 2;
			raw = xrealloc(raw, cap);
		}
		memcpy(raw + n, parts[i], len);
		n += len;
		raw[n++] = '\n';
	}
	char *folded = text_fold_search(raw, n);
	free(raw);
	for (size_t i = 0; i < nkana; i++)
		free(kana[i]);
	return folded;
}

static void bind_item(sqlite3_stmt *st, const struct hb_book *book, const struct hb_item *it,
		      long position)
{
	char answer[2] = { it->answer, 0 };
	db_bind_text(st, 1, book->id);
	db_bind_text(st, 2, it->id);
	db_bind_text(st, 3, it->kind == HB_PHRASE ? "phrase" : "courtesy");
	db_bind_text(st, 4, it->lesson);
	sqlite3_bind_int64(st, 5, position);
	sqlite3_bind_int64(st, 6, hb_item_digest(it));
	db_bind_text(st, 7, it->note);
	db_bind_text(st, 8, it->reg);
	db_bind_text(st, 9, it->tags);
	db_bind_text(st, 10, it->situation);
	if (it->answer) /* a local buffer: SQLite must copy it */
		sqlite3_bind_text(st, 11, answer, 1, SQLITE_TRANSIENT);
	db_bind_text(st, 12, it->explanation);
	db_bind_text(st, 13, it->region);
	db_bind_text(st, 14, it->local);
	db_bind_text(st, 15, it->local_source);
}

static int insert_part(struct content *c, sqlite3_int64 key, const char *kind, const char *lang,
		       long position, const char *value, char **err)
{
	sqlite3_stmt *st = stmt(c, ST_PART_INSERT);
	sqlite3_bind_int64(st, 1, key);
	db_bind_text(st, 2, kind);
	db_bind_text(st, 3, lang);
	sqlite3_bind_int64(st, 4, position);
	db_bind_text(st, 5, value);
	return run(c, st, err);
}

/* The item's texts, parts and search entry; `fresh` when there are none yet. */
static int write_children(struct content *c, sqlite3_int64 key, const struct hb_item *it,
			  bool fresh, bool indexed, bool later, char **err)
{
	sqlite3_stmt *st;
	if (!fresh) {
		st = stmt(c, ST_TEXTS_DELETE);
		sqlite3_bind_int64(st, 1, key);
		if (run(c, st, err))
			return -1;
		st = stmt(c, ST_PARTS_DELETE);
		sqlite3_bind_int64(st, 1, key);
		if (run(c, st, err))
			return -1;
	}
	for (size_t i = 0, n; i < it->ntexts; i += n) {
		n = it->ntexts - i < 3 ? it->ntexts - i : 3;
		st = stmt(c, ST_TEXT_INSERT + (int)n - 1);
		sqlite3_bind_int64(st, 1, key);
		for (size_t j = 0; j < n; j++) {
			const struct hb_text *t = &it->texts[i + j];
			int p = 2 + 5 * (int)j;
			sqlite3_bind_int64(st, p, (sqlite3_int64)(i + j));
			db_bind_text(st, p + 1, t->lang);
			db_bind_text(st, p + 2, t->text);
			db_bind_text(st, p + 3, t->reading);
			db_bind_text(st, p + 4, t->kana);
		}
		if (run(c, st, err))
			return -1;
	}
	for (size_t i = 0; i < it->ntexts; i++) {
		const struct hb_text *t = &it->texts[i];
		for (size_t k = 0; k < t->nalts; k++)
			if (insert_part(c, key, "alt", t->lang, (long)k, t->alts[k], err))
				return -1;
	}
	for (size_t k = 0; k < it->noptions; k++)
		if (insert_part(c, key, "option", "", (long)k, it->options[k], err))
			return -1;
	for (size_t k = 0; k < it->nrefs; k++)
		if (insert_part(c, key, "reference", "", (long)k, it->refs[k], err))
			return -1;
	if (indexed) {
		st = stmt(c, ST_SEARCH_DELETE);
		sqlite3_bind_int64(st, 1, key);
		if (run(c, st, err))
			return -1;
	}
	char *body = search_body(it);
	st = stmt(c, later ? ST_BODY_ADD : ST_SEARCH_INSERT);
	sqlite3_bind_int64(st, 1, key);
	db_bind_text(st, 2, body);
	if (later)
		sqlite3_bind_int64(st, 3, it->line);
	int rc = run(c, st, err);
	free(body);
	return rc;
}

static int apply_header(struct content *c, const struct hb_book *book, char **err)
{
	sqlite3_stmt *st = stmt(c, ST_HANDBOOK_UPSERT);
	size_t len = 1;
	for (size_t i = 0; i < book->nlanguages; i++)
		len += strlen(book->languages[i]) + 1;
	char *langs = xcalloc(1, len);
	for (size_t i = 0; i < book->nlanguages; i++) {
		if (i)
			strcat(langs, " ");
		strcat(langs, book->languages[i]);
	}
	db_bind_text(st, 1, book->id);
	db_bind_text(st, 2, book->title);
	db_bind_text(st, 3, book->source);
	db_bind_text(st, 4, langs);
	if (book->version)
		sqlite3_bind_int64(st, 5, book->version);
	db_bind_text(st, 6, book->description);
	db_bind_text(st, 7, book->editor);
	db_bind_text(st, 8, book->license);
	int rc = run(c, st, err);
	free(langs);
	if (rc)
		return -1;
	st = stmt(c, ST_HANDBOOK_TITLES_DELETE);
	db_bind_text(st, 1, book->id);
	if (run(c, st, err))
		return -1;
	for (size_t i = 0; i < book->ntitles; i++) {
		st = stmt(c, ST_HANDBOOK_TITLE_INSERT);
		db_bind_text(st, 1, book->id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		db_bind_text(st, 3, book->titles[i].lang);
		db_bind_text(st, 4, book->titles[i].title);
		if (run(c, st, err))
			return -1;
	}
	st = stmt(c, ST_LESSONS_DELETE);
	db_bind_text(st, 1, book->id);
	if (run(c, st, err))
		return -1;
	for (size_t l = 0; l < book->nlessons; l++) {
		const struct hb_lesson *lesson = &book->lessons[l];
		st = stmt(c, ST_LESSON_INSERT);
		db_bind_text(st, 1, book->id);
		db_bind_text(st, 2, lesson->id);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)l);
		if (lesson->has_order)
			sqlite3_bind_int64(st, 4, lesson->order);
		db_bind_text(st, 5, lesson->title);
		db_bind_text(st, 6, lesson->description);
		if (run(c, st, err))
			return -1;
		for (size_t i = 0; i < lesson->ntitles; i++) {
			st = stmt(c, ST_LESSON_TITLE_INSERT);
			db_bind_text(st, 1, book->id);
			db_bind_text(st, 2, lesson->id);
			sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
			db_bind_text(st, 4, lesson->titles[i].lang);
			db_bind_text(st, 5, lesson->titles[i].title);
			if (run(c, st, err))
				return -1;
		}
	}
	return 0;
}

/* Position of each item within its lesson, in file order. */
static long *lesson_positions(const struct hb_book *book)
{
	long *pos = xcalloc(book->nitems + 1, sizeof *pos);
	long *next = xcalloc(book->nlessons + 1, sizeof *next);
	size_t last = 0;
	for (size_t i = 0; i < book->nitems; i++) {
		const char *lesson = book->items[i].lesson;
		if (last >= book->nlessons || strcmp(book->lessons[last].id, lesson))
			for (last = 0; last < book->nlessons; last++)
				if (!strcmp(book->lessons[last].id, lesson))
					break;
		pos[i] = last < book->nlessons ? next[last]++ : (long)i;
	}
	free(next);
	return pos;
}

int content_apply(struct content *c, const struct hb_book *book, struct content_counts *counts,
		  void (*progress)(void *ctx, size_t done, size_t total), void *ctx, char **err)
{
	memset(counts, 0, sizeof *counts);
	if (apply_header(c, book, err))
		return -1;

	struct existing *old = NULL;
	size_t nold = 0, capold = 0;
	sqlite3_stmt *st = stmt(c, ST_ITEMS_EXISTING);
	db_bind_text(st, 1, book->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (nold == capold) {
			capold = capold ? capold * 2 : 256;
			old = xreallocarray(old, capold, sizeof *old);
		}
		old[nold++] = (struct existing){
			.key = sqlite3_column_int64(st, 0),
			.id = xstrdup(db_column_text(st, 1)),
			.digest = sqlite3_column_int64(st, 2),
			.retired = sqlite3_column_int(st, 3) != 0,
			.position = sqlite3_column_int64(st, 4),
		};
	}
	sqlite3_reset(st);
	int status = -1;
	long *positions = NULL;
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		goto done;
	}
	/* ORDER BY id uses SQLite's BINARY collation, which is strcmp's order. */
	positions = lesson_positions(book);
	for (size_t i = 0; i < book->nitems; i++) {
		const struct hb_item *it = &book->items[i];
		if (progress && i % 4096 == 0)
			progress(ctx, i, book->nitems);
		struct existing probe = { .id = (char *)it->id };
		struct existing *e = nold ? bsearch(&probe, old, nold, sizeof *old, cmp_existing)
					  : NULL;
		if (!e) {
			st = stmt(c, ST_ITEM_INSERT);
			bind_item(st, book, it, positions[i]);
			if (run(c, st, err))
				goto done;
			if (write_children(c, sqlite3_last_insert_rowid(c->db), it, true, false,
					   false, err))
				goto done;
			counts->added++;
			continue;
		}
		e->seen = true;
		sqlite3_int64 digest = hb_item_digest(it);
		if (e->retired || digest != e->digest) {
			st = stmt(c, ST_ITEM_UPDATE);
			bind_item(st, book, it, positions[i]);
			sqlite3_bind_int64(st, 16, e->key);
			if (run(c, st, err) ||
			    write_children(c, e->key, it, false, !e->retired, false, err))
				goto done;
			if (e->retired)
				counts->revived++;
			else
				counts->changed++;
			continue;
		}
		if (e->position != positions[i]) {
			st = stmt(c, ST_ITEM_POSITION);
			sqlite3_bind_int64(st, 1, positions[i]);
			sqlite3_bind_int64(st, 2, e->key);
			if (run(c, st, err))
				goto done;
		}
		counts->unchanged++;
	}
	for (size_t i = 0; i < nold; i++) {
		if (old[i].seen || old[i].retired)
			continue;
		st = stmt(c, ST_ITEM_RETIRE);
		sqlite3_bind_int64(st, 1, old[i].key);
		if (run(c, st, err))
			goto done;
		st = stmt(c, ST_SEARCH_DELETE);
		sqlite3_bind_int64(st, 1, old[i].key);
		if (run(c, st, err))
			goto done;
		counts->retired++;
	}
	status = 0;
done:
	for (size_t i = 0; i < nold; i++)
		free(old[i].id);
	free(old);
	free(positions);
	return status;
}

/* ---------------------------------------------------------------- writer */

/* The writer keeps what an import must know across a handbook's items in SQLite,
 * not in memory, in temporary tables of the connection (or of a private temporary
 * database when there is no content database to read): the items written, by key
 * with the line each came from (import_line; for a new handbook, import_body, with
 * the search entries that wait for the index), and, when nothing is written (a
 * check, or after an error), the ids seen (import_seen). */
struct content_writer {
	struct content *c;   /* NULL: check only */
	struct content own;  /* the private database when c is NULL */
	sqlite3_int64 book;  /* this writer's rows in temp.import_seen */
	bool began;	     /* the handbook and its lessons are written */
	bool fresh;	     /* the handbook had no items: every item is new */
	bool wrote;	     /* some item was written (and is in import_line) */
	bool by_id;	     /* the items are not written any more: ids go to import_seen */
	size_t total, done;
	/* The stored items in key order, which is the file order of the import that
	 * made them: a file imported again meets its items here one after the other,
	 * without looking each up. */
	sqlite3_stmt *walk;
	bool walking; /* walk is on a row of the handbook */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
	struct content_counts counts;
};

/* FTS5 gathers new index entries in memory and writes them out as a segment when
 * they pass its hash size (1 MB by default: "hashsize" in sqlite3Fts5ConfigSetValue,
 * ext/fts5/fts5_config.c; the flush in sqlite3Fts5IndexBeginWrite, fts5_index.c,
 * which also flushes when rowids go down).  A bigger hash makes fewer, larger
 * segments and so less merging while a big handbook is indexed; 8 MB stays within
 * the memory an import may take.  The value is kept in the index's config table. */
enum { SEARCH_HASH_SIZE = 8 << 20 };

static sqlite3 *writer_db(struct content_writer *w)
{
	return w->c ? w->c->db : w->own.db;
}

struct content_writer *content_writer_new(struct content *c, char **err)
{
	static sqlite3_int64 next_book;
	struct content_writer *w = xcalloc(1, sizeof *w);
	w->c = c;
	w->book = ++next_book;
	if (!c && sqlite3_open_v2("", &w->own.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
				  NULL) != SQLITE_OK) {
		*err = db_error(w->own.db);
		content_writer_free(w);
		return NULL;
	}
	/* Without a transaction of the caller's, each id would be a transaction of its own. */
	if (!c && db_exec(w->own.db, "BEGIN", err)) {
		content_writer_free(w);
		return NULL;
	}
	/* The ids are looked up at random: 4 MB of cache for them. */
	if (db_exec(writer_db(w), "PRAGMA temp.cache_size = -4096;"
		    "CREATE TEMP TABLE IF NOT EXISTS import_seen ("
		    "  book INTEGER NOT NULL, id TEXT NOT NULL, line INTEGER NOT NULL,"
		    "  PRIMARY KEY (book, id)) WITHOUT ROWID;"
		    "CREATE TEMP TABLE IF NOT EXISTS import_line ("
		    "  key INTEGER PRIMARY KEY, line INTEGER NOT NULL);"
		    "CREATE TEMP TABLE IF NOT EXISTS import_body ("
		    "  key INTEGER PRIMARY KEY, body TEXT NOT NULL, line INTEGER NOT NULL)",
		    err)) {
		content_writer_free(w);
		return NULL;
	}
	return w;
}

void content_writer_free(struct content_writer *w)
{
	if (!w)
		return;
	sqlite3_finalize(w->walk);
	/* Not there any more when the transaction that made it was rolled back. */
	sqlite3_stmt *st = NULL;
	if (w->c && sqlite3_prepare_v2(w->c->db, "DELETE FROM temp.import_seen WHERE book = ?1", -1,
				       &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, w->book);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(w->own.st[i]);
	if (w->own.db)
		sqlite3_close(w->own.db);
	free(w);
}

static int walk_next(struct content_writer *w, const struct hb_book *book, sqlite3_int64 after,
		     char **err);

int content_writer_begin(struct content_writer *w, const struct hb_book *book, size_t total,
			 void (*progress)(void *ctx, size_t done, size_t total), void *ctx,
			 char **err)
{
	struct content *c = w->c;
	if (!c) { /* a programming error: only an import with a database writes */
		*err = xstrdup(_("internal error: a handbook is written only into a content "
				 "database"));
		return -1;
	}
	w->total = total;
	w->progress = progress;
	w->progress_ctx = ctx;
	if (apply_header(c, book, err))
		return -1;
	sqlite3_stmt *st = db_prepare(c->db, "SELECT EXISTS (SELECT 1 FROM item WHERE handbook = ?1)");
	db_bind_text(st, 1, book->id);
	int rc = sqlite3_step(st);
	w->fresh = rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*err = db_error(c->db);
		return -1;
	}
	if (!w->fresh) {
		w->walk = db_prepare(c->db, "SELECT key, id, digest, retired, position, handbook FROM item"
					    " WHERE key >= (SELECT min(key) FROM item WHERE handbook = ?1)"
					    " ORDER BY key");
		db_bind_text(w->walk, 1, book->id);
		if (walk_next(w, book, 0, err))
			return -1;
	}
	/* Set once: writing the setting is a write to the index (its structure
	 * record's cookie changes), which an unchanged re-import must not make. */
	st = db_prepare(c->db, "INSERT INTO item_search (item_search, rank) SELECT 'hashsize', ?1"
			       " WHERE NOT EXISTS (SELECT 1 FROM item_search_config"
			       " WHERE k = 'hashsize' AND v = ?1)");
	sqlite3_bind_int(st, 1, SEARCH_HASH_SIZE);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	w->began = true;
	return 0;
}

/* Moves the walk to the handbook's next stored item with a key above `after`. */
static int walk_next(struct content_writer *w, const struct hb_book *book, sqlite3_int64 after,
		     char **err)
{
	int rc;
	while ((rc = sqlite3_step(w->walk)) == SQLITE_ROW)
		if (sqlite3_column_int64(w->walk, 0) > after &&
		    !strcmp(db_column_text(w->walk, 5), book->id))
			break;
	w->walking = rc == SQLITE_ROW;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*err = db_error(sqlite3_db_handle(w->walk));
		return -1;
	}
	return 0;
}

/* The line of the item written earlier in this import under `key`, or 0. */
static long line_of(struct content *c, sqlite3_int64 key)
{
	sqlite3_stmt *st = stmt(c, ST_LINE_OF);
	sqlite3_bind_int64(st, 1, key);
	long line = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return line;
}

/* Notes that the item `key` came from `line`: 1, or 0 when an item of this import
 * already has that key (the id is used twice), or -1 on error. */
static int note_line(struct content *c, sqlite3_int64 key, long line, char **err)
{
	sqlite3_stmt *st = stmt(c, ST_LINE_ADD);
	sqlite3_bind_int64(st, 1, key);
	sqlite3_bind_int64(st, 2, line);
	if (run(c, st, err))
		return -1;
	return sqlite3_changes(c->db) > 0;
}

/* The stored key of the item with this id: 1 found, 0 not, -1 error. */
static int find_key(struct content *c, const struct hb_book *book, const char *id,
		    sqlite3_int64 *key, char **err)
{
	sqlite3_stmt *st = stmt(c, ST_ITEM_FIND);
	db_bind_text(st, 1, book->id);
	db_bind_text(st, 2, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*key = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		*err = db_error(c->db);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Writes one item as content_apply() does, finding its stored row by id: returns 0,
 * the line of an item of this import with the same id (nothing is written), or -1
 * on error. */
static long write_item(struct content_writer *w, const struct hb_book *book,
		       const struct hb_item *it, long position, char **err)
{
	struct content *c = w->c;
	struct content_counts *counts = &w->counts;
	sqlite3_stmt *st;
	if (!w->fresh) {
		sqlite3_int64 key = 0, digest = 0, stored_position = 0;
		bool retired = false;
		int rc = SQLITE_DONE;
		if (w->walking && !strcmp(db_column_text(w->walk, 1), it->id)) {
			key = sqlite3_column_int64(w->walk, 0);
			digest = sqlite3_column_int64(w->walk, 2);
			retired = sqlite3_column_int(w->walk, 3) != 0;
			stored_position = sqlite3_column_int64(w->walk, 4);
			rc = SQLITE_ROW;
			if (walk_next(w, book, key, err))
				return -1;
		} else {
			st = stmt(c, ST_ITEM_FIND);
			db_bind_text(st, 1, book->id);
			db_bind_text(st, 2, it->id);
			rc = sqlite3_step(st);
			if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
				*err = db_error(c->db);
				return -1;
			}
			if (rc == SQLITE_ROW) {
				key = sqlite3_column_int64(st, 0);
				digest = sqlite3_column_int64(st, 1);
				retired = sqlite3_column_int(st, 2) != 0;
				stored_position = sqlite3_column_int64(st, 3);
			}
			sqlite3_reset(st);
			/* Stored items the file left out: the walk goes on after this one. */
			if (rc == SQLITE_ROW && w->walking && key > sqlite3_column_int64(w->walk, 0) &&
			    walk_next(w, book, key, err))
				return -1;
		}
		if (rc == SQLITE_ROW) {
			int noted = note_line(c, key, it->line, err);
			if (noted <= 0)
				return noted < 0 ? -1 : line_of(c, key);
			if (retired || hb_item_digest(it) != digest) {
				st = stmt(c, ST_ITEM_UPDATE);
				bind_item(st, book, it, position);
				sqlite3_bind_int64(st, 16, key);
				if (run(c, st, err) ||
				    write_children(c, key, it, false, !retired, false, err))
					return -1;
				if (retired)
					counts->revived++;
				else
					counts->changed++;
				return 0;
			}
			if (stored_position != position) {
				st = stmt(c, ST_ITEM_POSITION);
				sqlite3_bind_int64(st, 1, position);
				sqlite3_bind_int64(st, 2, key);
				if (run(c, st, err))
					return -1;
			}
			counts->unchanged++;
			return 0;
		}
	}
	st = stmt(c, ST_ITEM_INSERT);
	bind_item(st, book, it, position);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((rc & 0xff) == SQLITE_CONSTRAINT &&
	    sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE) {
		/* A new handbook is not looked up item by item: its ids are kept apart by
		 * the table's UNIQUE (handbook, id). */
		sqlite3_int64 key = 0;
		int found = find_key(c, book, it->id, &key, err);
		return found < 0 ? -1 : found ? line_of(c, key) : 1;
	}
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	/* A new handbook's items keep their lines with their search entries. */
	sqlite3_int64 key = sqlite3_last_insert_rowid(c->db);
	if ((!w->fresh && note_line(c, key, it->line, err) < 0) ||
	    write_children(c, key, it, true, false, w->fresh, err))
		return -1;
	counts->added++;
	return 0;
}

long content_writer_item(struct content_writer *w, const struct hb_book *book,
			 const struct hb_item *it, long position, bool write, char **err)
{
	struct content *c = w->c ? w->c : &w->own;
	if (write && w->began && !w->by_id && w->c) {
		if (w->progress && w->done % 4096 == 0)
			w->progress(w->progress_ctx, w->done, w->total);
		w->done++;
		w->wrote = true;
		return write_item(w, book, it, position, err);
	}
	/* Nothing is written from here on: the ids are kept as such. */
	w->by_id = true;
	sqlite3_stmt *st = stmt(c, ST_SEEN_ADD);
	sqlite3_bind_int64(st, 1, w->book);
	db_bind_text(st, 2, it->id);
	sqlite3_bind_int64(st, 3, it->line);
	if (run(c, st, err))
		return -1;
	if (sqlite3_changes(c->db) == 0) {
		st = stmt(c, ST_SEEN_LINE);
		sqlite3_bind_int64(st, 1, w->book);
		db_bind_text(st, 2, it->id);
		long line = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 1;
		sqlite3_reset(st);
		return line > 0 ? line : 1;
	}
	if (w->wrote) { /* written before: its line is kept by key */
		sqlite3_int64 key = 0;
		int found = find_key(c, book, it->id, &key, err);
		if (found < 0)
			return -1;
		long line = found ? line_of(c, key) : 0;
		if (line > 0)
			return line;
	}
	return 0;
}

int content_writer_finish(struct content_writer *w, const struct hb_book *book,
			  struct content_counts *counts, char **err)
{
	struct content *c = w->c;
	if (!c) { /* as in content_writer_begin() */
		*err = xstrdup(_("internal error: a handbook is written only into a content "
				 "database"));
		return -1;
	}
	if (w->walk)
		sqlite3_reset(w->walk);
	w->walking = false;
	/* A new handbook's search entries, kept aside while its rows were written, go
	 * into the index in one pass, in key order. */
	if (w->fresh && db_exec(c->db,
				"INSERT INTO item_search (rowid, body) SELECT key, body FROM"
				" temp.import_body ORDER BY key; DELETE FROM temp.import_body",
				err))
		return -1;
	/* The stored items this file no longer has are retired: a new handbook has
	 * none. */
	if (w->fresh) {
		*counts = w->counts;
		return 0;
	}
	sqlite3_stmt *st = db_prepare(
	    c->db, "DELETE FROM item_search WHERE rowid IN (SELECT key FROM item"
		   " WHERE handbook = ?1 AND retired = 0 AND NOT EXISTS (SELECT 1 FROM"
		   " temp.import_line l WHERE l.key = item.key))");
	db_bind_text(st, 1, book->id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		st = db_prepare(c->db, "UPDATE item SET retired = 1 WHERE handbook = ?1 AND retired = 0"
				       " AND NOT EXISTS (SELECT 1 FROM temp.import_line l"
				       " WHERE l.key = item.key)");
		db_bind_text(st, 1, book->id);
		rc = sqlite3_step(st);
		w->counts.retired = (size_t)sqlite3_changes(c->db);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	*counts = w->counts;
	return 0;
}

/* ---------------------------------------------------------------- load */

static const char *dup(struct hb_book *book, sqlite3_stmt *st, int col)
{
	return hb_strdup(book, db_column_text(st, col));
}

struct keyed {
	sqlite3_int64 key;
	size_t index;
};

static int cmp_keyed(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct keyed *)a)->key, y = ((const struct keyed *)b)->key;
	return x < y ? -1 : x > y;
}

static struct hb_item *find_keyed(struct hb_book *book, struct keyed *keys, size_t n,
				  sqlite3_int64 key)
{
	struct keyed probe = { key, 0 };
	if (n == 0) /* keys may be NULL then */
		return NULL;
	struct keyed *k = bsearch(&probe, keys, n, sizeof *keys, cmp_keyed);
	return k ? &book->items[k->index] : NULL;
}

static int load_titles(struct content *c, struct hb_book *book, const char *sql,
		       const char *lesson, struct hb_title **out, size_t *n, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, sql);
	db_bind_text(st, 1, book->id);
	if (lesson)
		db_bind_text(st, 2, lesson);
	size_t cap = 0;
	int rc;
	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			struct hb_title *grown = hb_alloc(book, (cap = cap ? cap * 2 : 4) * sizeof *grown);
			if (*n)
				memcpy(grown, *out, *n * sizeof *grown);
			*out = grown;
		}
		(*out)[(*n)++] = (struct hb_title){ dup(book, st, 0), dup(book, st, 1) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	return 0;
}

static int load_header(struct content *c, struct hb_book *book, const char *id, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT id, title, source, languages, version, "
					     "description, editor, license FROM handbook "
					     "WHERE id = ?1");
	db_bind_text(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			*err = db_error(c->db);
		sqlite3_finalize(st);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	book->id = dup(book, st, 0);
	book->title = dup(book, st, 1);
	book->source = dup(book, st, 2);
	const char *langs = db_column_text(st, 3);
	size_t cap = 1;
	for (const char *p = langs; *p; p++)
		cap += *p == ' ';
	book->languages = hb_alloc(book, cap * sizeof *book->languages);
	for (const char *p = langs; *p;) {
		size_t k = strcspn(p, " ");
		if (k) {
			char *lang = hb_alloc(book, k + 1);
			memcpy(lang, p, k);
			lang[k] = '\0';
			book->languages[book->nlanguages++] = lang;
		}
		p += k + (p[k] == ' ');
	}
	book->version = sqlite3_column_int64(st, 4);
	book->description = dup(book, st, 5);
	book->editor = dup(book, st, 6);
	book->license = dup(book, st, 7);
	sqlite3_finalize(st);
	return 1;
}

static int load_lessons(struct content *c, struct hb_book *book, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT id, sort_order, title, description "
					     "FROM lesson WHERE handbook = ?1 ORDER BY position, id");
	db_bind_text(st, 1, book->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct hb_lesson *l = hb_book_add_lesson(book);
		l->id = dup(book, st, 0);
		l->has_order = sqlite3_column_type(st, 1) != SQLITE_NULL;
		l->order = sqlite3_column_int64(st, 1);
		l->title = dup(book, st, 2);
		l->description = dup(book, st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	/* Every lesson's titles in one statement, in the lessons' order: a statement a
	 * lesson would cost a handbook of many lessons a parse and a lock each. */
	st = db_prepare(c->db, "SELECT t.lesson, t.lang, t.title FROM lesson_title t "
			       "JOIN lesson l ON l.handbook = t.handbook AND l.id = t.lesson "
			       "WHERE t.handbook = ?1 ORDER BY l.position, l.id, t.position");
	db_bind_text(st, 1, book->id);
	size_t i = 0, cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *lesson = db_column_text(st, 0);
		while (i < book->nlessons && strcmp(book->lessons[i].id, lesson))
			i++, cap = 0;
		if (i == book->nlessons)
			break; /* cannot be: both statements read the lessons in one order */
		struct hb_lesson *l = &book->lessons[i];
		if (l->ntitles == cap) {
			struct hb_title *grown = hb_alloc(book, (cap = cap ? cap * 2 : 4) * sizeof *grown);
			if (l->ntitles)
				memcpy(grown, l->titles, l->ntitles * sizeof *grown);
			l->titles = grown;
		}
		l->titles[l->ntitles++] = (struct hb_title){ dup(book, st, 1), dup(book, st, 2) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*err = db_error(c->db);
		return -1;
	}
	return 0;
}

struct hb_book *content_load(struct content *c, const char *id, char **err)
{
	return content_load_lesson(c, id, NULL, err);
}

/* Makes the search index anew from the live items when it is empty while items are
 * not: a migration that changed what the index holds empties it (schema 3). */
static int reindex_if_empty(struct content *c, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT EXISTS (SELECT 1 FROM item WHERE retired = 0)"
					     " AND NOT EXISTS (SELECT 1 FROM item_search)");
	int need = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (!need)
		return 0;
	if (db_begin(c->db, err))
		return -1;
	sqlite3_stmt *books = db_prepare(c->db, "SELECT id FROM handbook ORDER BY id");
	sqlite3_stmt *key = db_prepare(c->db, "SELECT key FROM item WHERE handbook = ?1 AND id = ?2");
	int rc = 0;
	while (rc == 0 && sqlite3_step(books) == SQLITE_ROW) {
		struct hb_book *book = content_load(c, db_column_text(books, 0), err);
		if (!book) {
			rc = -1;
			break;
		}
		for (size_t i = 0; rc == 0 && i < book->nitems; i++) {
			const struct hb_item *it = &book->items[i];
			sqlite3_reset(key);
			db_bind_text(key, 1, book->id);
			db_bind_text(key, 2, it->id);
			if (sqlite3_step(key) != SQLITE_ROW)
				continue;
			char *body = search_body(it);
			st = stmt(c, ST_SEARCH_INSERT);
			sqlite3_bind_int64(st, 1, sqlite3_column_int64(key, 0));
			db_bind_text(st, 2, body);
			rc = run(c, st, err);
			free(body);
		}
		hb_book_free(book);
	}
	sqlite3_finalize(books);
	sqlite3_finalize(key);
	if (rc == 0)
		return db_commit(c->db, err);
	db_rollback(c->db);
	return -1;
}

struct hb_book *content_load_lesson(struct content *c, const char *id, const char *lesson,
				    char **err)
{
	struct hb_book *book = hb_book_new();
	*err = NULL;
	struct keyed *keys = NULL;
	int found = load_header(c, book, id, err);
	if (found <= 0)
		goto fail;
	if (load_titles(c, book,
			"SELECT lang, title FROM handbook_title WHERE handbook = ?1 "
			"ORDER BY position",
			NULL, &book->titles, &book->ntitles, err) ||
	    load_lessons(c, book, err))
		goto fail;

	/* One lesson and the whole handbook are separate statements: a filter that is
	 * either would keep SQLite from the lesson index, and every lesson opening
	 * would read the whole handbook. */
#define ITEMS_SELECT                                                                          \
	"SELECT i.key, i.id, i.kind, i.lesson, i.note, i.register, i.tags, i.situation, "    \
	"i.answer, i.explanation, i.region, i.local, i.local_source FROM item i "             \
	"LEFT JOIN lesson l ON l.handbook = i.handbook AND l.id = i.lesson "                  \
	"WHERE i.handbook = ?1 AND i.retired = 0"
#define ITEMS_ORDER " ORDER BY l.position, i.position"
	sqlite3_stmt *st = db_prepare(c->db, lesson ? ITEMS_SELECT " AND i.lesson = ?2" ITEMS_ORDER
						    : ITEMS_SELECT ITEMS_ORDER);
	db_bind_text(st, 1, id);
	if (lesson)
		db_bind_text(st, 2, lesson);
	int rc;
	size_t cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct hb_item *it = hb_book_add_item(book);
		if (book->nitems > cap) {
			cap = book->capitems;
			keys = xreallocarray(keys, cap, sizeof *keys);
		}
		/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): keys grows with the book: capitems >= nitems (a false positive). */
		keys[book->nitems - 1] = (struct keyed){ sqlite3_column_int64(st, 0),
							 book->nitems - 1 };
		it->id = dup(book, st, 1);
		it->kind = !strcmp(db_column_text(st, 2), "phrase") ? HB_PHRASE : HB_COURTESY;
		it->lesson = dup(book, st, 3);
		it->note = dup(book, st, 4);
		it->reg = dup(book, st, 5);
		it->tags = dup(book, st, 6);
		it->situation = dup(book, st, 7);
		const char *answer = db_column_text(st, 8);
		it->answer = answer ? answer[0] : 0;
		it->explanation = dup(book, st, 9);
		it->region = dup(book, st, 10);
		it->local = dup(book, st, 11);
		it->local_source = dup(book, st, 12);
		it->file = book->file;
		if (it->kind == HB_PHRASE) {
			it->texts = hb_alloc(book, (book->nlanguages + 1) * sizeof *it->texts);
			memset(it->texts, 0, (book->nlanguages + 1) * sizeof *it->texts);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		goto fail;
	}
	if (book->nitems) /* qsort(NULL, 0) is undefined */
		/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker): nitems > 0, so keys was allocated (a false positive). */
		qsort(keys, book->nitems, sizeof *keys, cmp_keyed);

#define TEXTS_SELECT                                                                          \
	"SELECT t.item, t.lang, t.text, t.reading, t.kana FROM item_text t "                  \
	"JOIN item i ON i.key = t.item WHERE i.handbook = ?1 AND i.retired = 0"
#define TEXTS_ORDER " ORDER BY t.item, t.position"
	st = db_prepare(c->db, lesson ? TEXTS_SELECT " AND i.lesson = ?2" TEXTS_ORDER
				      : TEXTS_SELECT TEXTS_ORDER);
	db_bind_text(st, 1, id);
	if (lesson)
		db_bind_text(st, 2, lesson);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct hb_item *it = find_keyed(book, keys, book->nitems,
						sqlite3_column_int64(st, 0));
		if (!it || !it->texts || it->ntexts > book->nlanguages)
			continue;
		struct hb_text *t = &it->texts[it->ntexts++];
		t->lang = dup(book, st, 1);
		t->text = dup(book, st, 2);
		t->reading = dup(book, st, 3);
		t->kana = dup(book, st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		goto fail;
	}

#define PARTS_SELECT                                                                          \
	"SELECT p.item, p.kind, p.lang, p.value FROM item_part p "                            \
	"JOIN item i ON i.key = p.item WHERE i.handbook = ?1 AND i.retired = 0"
#define PARTS_ORDER " ORDER BY p.item, p.kind, p.lang, p.position"
	st = db_prepare(c->db, lesson ? PARTS_SELECT " AND i.lesson = ?2" PARTS_ORDER
				      : PARTS_SELECT PARTS_ORDER);
	db_bind_text(st, 1, id);
#undef ITEMS_SELECT
#undef ITEMS_ORDER
#undef TEXTS_SELECT
#undef TEXTS_ORDER
#undef PARTS_SELECT
#undef PARTS_ORDER
	if (lesson)
		db_bind_text(st, 2, lesson);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct hb_item *it = find_keyed(book, keys, book->nitems,
						sqlite3_column_int64(st, 0));
		if (!it)
			continue;
		const char *kind = db_column_text(st, 1), *lang = db_column_text(st, 2);
		const char *value = dup(book, st, 3);
		if (!strcmp(kind, "option") && it->noptions < HB_MAX_OPTIONS) {
			it->options[it->noptions++] = value;
		} else if (!strcmp(kind, "reference")) {
			const char **refs = hb_alloc(book, (it->nrefs + 1) * sizeof *refs);
			if (it->nrefs)
				memcpy(refs, it->refs, it->nrefs * sizeof *refs);
			refs[it->nrefs++] = value;
			it->refs = refs;
		} else if (!strcmp(kind, "alt")) {
			for (size_t i = 0; i < it->ntexts; i++) {
				struct hb_text *t = &it->texts[i];
				if (strcmp(t->lang, lang))
					continue;
				const char **alts = hb_alloc(book, (t->nalts + 1) * sizeof *alts);
				if (t->nalts)
					memcpy(alts, t->alts, t->nalts * sizeof *alts);
				alts[t->nalts++] = value;
				t->alts = alts;
			}
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		goto fail;
	}
	free(keys);
	return book;
fail:
	free(keys);
	hb_book_free(book);
	return NULL;
}

int content_item_lesson(struct content *c, const char *handbook, const char *item, char *lesson,
			size_t size, char **err)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT lesson FROM item WHERE handbook = ?1 AND "
					     "id = ?2 AND retired = 0");
	db_bind_text(st, 1, handbook);
	db_bind_text(st, 2, item);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		snprintf(lesson, size, "%s", db_column_text(st, 0));
		found = 1;
	} else if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		found = -1;
	}
	sqlite3_finalize(st);
	return found;
}

/* ---------------------------------------------------------------- list */

int content_list(struct content *c, void (*fn)(const struct content_summary *, void *), void *ctx,
		 char **err)
{
	sqlite3_stmt *st = db_prepare(
		c->db,
		"SELECT h.id, h.title, h.languages, h.source, h.version,"
		" (SELECT count(*) FROM lesson l WHERE l.handbook = h.id),"
		" (SELECT count(*) FROM item i WHERE i.handbook = h.id AND i.retired = 0"
		"  AND i.kind = 'phrase'),"
		" (SELECT count(*) FROM item i WHERE i.handbook = h.id AND i.retired = 0"
		"  AND i.kind = 'courtesy')"
		" FROM handbook h ORDER BY h.id");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct content_summary s = {
			.id = db_column_text(st, 0),
			.title = db_column_text(st, 1),
			.languages = db_column_text(st, 2),
			.source = db_column_text(st, 3),
			.version = sqlite3_column_int64(st, 4),
			.lessons = sqlite3_column_int64(st, 5),
			.phrases = sqlite3_column_int64(st, 6),
			.courtesy = sqlite3_column_int64(st, 7),
		};
		fn(&s, ctx);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	return 0;
}

/* ---------------------------------------------------------------- search */

/* FTS5 string literal: the text in double quotes, inner quotes doubled. */
static void append_quoted(char **q, size_t *n, size_t *cap, const char *s, size_t len)
{
	if (!*q || *n + 2 * len + 8 > *cap) {
		*cap = (*n + 2 * len + 8) * 2;
		*q = xrealloc(*q, *cap);
	}
	if (*n)
		(*q)[(*n)++] = ' ';
	(*q)[(*n)++] = '"';
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			(*q)[(*n)++] = '"';
		(*q)[(*n)++] = s[i];
	}
	(*q)[(*n)++] = '"';
	(*q)[*n] = '\0';
}

/* A confirmed match: its rank is the length of its search entry in characters
 * (shorter first: the phrase is mostly the query), then its key (the order loaded). */
struct match {
	sqlite3_int64 key;
	size_t len;
};

static int cmp_match_rank(const void *a, const void *b)
{
	const struct match *x = a, *y = b;
	if (x->len != y->len)
		return (x->len > y->len) - (x->len < y->len);
	return (x->key > y->key) - (x->key < y->key);
}

static int cmp_entry_rank(const void *a, const void *b)
{
	const struct entry_sig *x = a, *y = b;
	if (x->len != y->len)
		return (x->len > y->len) - (x->len < y->len);
	return (x->key > y->key) - (x->key < y->key);
}

static size_t count_chars(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xc0) != 0x80;
	return k;
}

/* Adds the code points of s[0..n) (UTF-8), and the pairs of them that follow each
 * other, to a signature. */
static void sign(uint64_t sig[8], const char *s, size_t n)
{
	uint32_t prev = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp = (unsigned char)s[i++];
		if (cp >= 0xc0) {
			int more = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : 1;
			cp &= 0x3f >> more;
			for (; more && i < n; more--)
				cp = cp << 6 | ((unsigned char)s[i++] & 0x3f);
		}
		uint32_t bit = (cp * 2654435761u) >> 24;
		sig[bit >> 6] |= UINT64_C(1) << (bit & 63);
		if (prev) {
			uint32_t pair = ((prev * 2654435761u) ^ (cp * 40503u + 0x9e3779b9u)) *
					    2246822519u >> 24;
			sig[4 + (pair >> 6)] |= UINT64_C(1) << (pair & 63);
		}
		prev = cp;
	}
}

static sqlite3_int64 data_version(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA data_version");
	sqlite3_int64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}

/* Starts a read transaction: BEGIN, and a first read that takes the lock. */
static int begin_read(sqlite3 *db)
{
	if (db_exec(db, "BEGIN", NULL))
		return sqlite3_errcode(db);
	return SQLITE_DONE;
}

/* Reads the entries again when this or another connection changed the database. */
static int search_entries(struct content *c)
{
	struct search_entries *e = &c->entries;
	sqlite3_int64 version = data_version(c->db), changes = sqlite3_total_changes64(c->db);
	if (e->valid && e->data_version == version && e->changes == changes)
		return SQLITE_DONE;
	e->valid = false;
	e->n = 0;
	e->max_key = 0;
	size_t cap = 0;
	sqlite3_stmt *st = db_prepare(c->db, "SELECT rowid, body FROM item_search");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (e->n == cap) {
			cap = cap ? cap * 2 : 1024;
			e->v = xreallocarray(e->v, cap, sizeof *e->v);
		}
		const char *body = db_column_text(st, 1);
		size_t bytes = (size_t)sqlite3_column_bytes(st, 1);
		struct entry_sig *x = &e->v[e->n++];
		*x = (struct entry_sig){ sqlite3_column_int64(st, 0), count_chars(body, bytes), { 0 } };
		if (body)
			sign(x->sig, body, bytes);
		if (x->key > e->max_key)
			e->max_key = x->key;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc;
	if (e->n)
		qsort(e->v, e->n, sizeof *e->v, cmp_entry_rank);
	e->data_version = version;
	e->changes = changes;
	e->valid = true;
	return SQLITE_DONE;
}

/* The words of a folded query (split at white space), every one of them; the
 * trigrams of the words of three characters or more go into *match, the index
 * query (all must be there). */
static size_t query_words(char *folded, char ***words, char **match)
{
	size_t nwords = 0, cap = 0, mlen = 0, mcap = 0;
	*words = NULL;
	*match = NULL;
	for (char *p = folded; *p;) {
		p += strspn(p, " \t\n");
		size_t len = strcspn(p, " \t\n");
		if (!len)
			break;
		if (nwords == cap) {
			cap = cap ? cap * 2 : 8;
			*words = xreallocarray(*words, cap, sizeof **words);
		}
		(*words)[nwords++] = xstrndup(p, len);
		size_t nchars = count_chars(p, len);
		if (nchars >= 3) {
			size_t *starts = xreallocarray(NULL, nchars + 1, sizeof *starts);
			size_t k = 0;
			for (size_t i = 0; i < len; i++)
				if (((unsigned char)p[i] & 0xc0) != 0x80)
					starts[k++] = i;
			starts[nchars] = len;
			for (size_t t = 0; t + 3 <= nchars; t++)
				/* NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult): starts[0..nchars] are all set above (a false positive). */
				append_quoted(match, &mlen, &mcap, p + starts[t],
					      starts[t + 3] - starts[t]);
			free(starts);
		}
		p += len;
	}
	return nwords;
}

/* Whether the search entry holds every word. */
static bool has_words(const char *body, char **words, size_t nwords)
{
	for (size_t w = 0; w < nwords; w++)
		if (!strstr(body, words[w]))
			return false;
	return true;
}

static void add_match(struct match **m, size_t *n, size_t *cap, sqlite3_int64 key, size_t len)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*m = xreallocarray(*m, *cap, sizeof **m);
	}
	(*m)[(*n)++] = (struct match){ key, len };
}

/* A walk through the entries in rank order, reading only those that may hold
 * every word (their signature has the query's, and the trigram index, once asked,
 * lets them through) and confirming them word by word. */
struct walk {
	struct content *c;
	char **words;
	size_t nwords, limit, pos;
	uint64_t sig[8];
	const unsigned char *allowed; /* bit per key, or NULL */
	struct match *m;
	size_t nm, cap;
};

/* Walks on until the best `limit` are found (SQLITE_DONE), an error, or `budget`
 * entries were read (SQLITE_FULL; the walk can go on). */
static int walk_on(struct walk *w, size_t budget)
{
	const struct search_entries *e = &w->c->entries;
	sqlite3_stmt *st = db_prepare(w->c->db, "SELECT body FROM item_search WHERE rowid = ?1");
	int rc = SQLITE_DONE;
	size_t read = 0;
	for (; w->pos < e->n && w->nm < w->limit; w->pos++) {
		const struct entry_sig *x = &e->v[w->pos];
		uint64_t missing = 0;
		for (int k = 0; k < 8; k++)
			missing |= w->sig[k] & ~x->sig[k];
		if (missing)
			continue;
		if (w->allowed && !(w->allowed[x->key >> 3] & (1u << (x->key & 7))))
			continue;
		if (read++ == budget) {
			rc = SQLITE_FULL;
			break;
		}
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, x->key);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			const char *body = db_column_text(st, 0);
			if (body && has_words(body, w->words, w->nwords))
				add_match(&w->m, &w->nm, &w->cap, x->key, x->len);
		} else if (rc != SQLITE_DONE) {
			break;
		}
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Reads every search entry in turn: for short words that few entries hold, faster
 * than looking them up one by one in rank order. */
static int confirm_all(struct walk *w)
{
	sqlite3_stmt *st = db_prepare(w->c->db, "SELECT rowid, body FROM item_search");
	int rc;
	w->nm = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *body = db_column_text(st, 1);
		if (body && has_words(body, w->words, w->nwords))
			add_match(&w->m, &w->nm, &w->cap, sqlite3_column_int64(st, 0),
				  count_chars(body, (size_t)sqlite3_column_bytes(st, 1)));
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE && w->nm)
		qsort(w->m, w->nm, sizeof *w->m, cmp_match_rank);
	return rc;
}

/* The entries the trigram index lets through, as a bit per key (malloc'd). */
static int index_allows(struct content *c, const char *match, unsigned char **allowed)
{
	size_t bytes = (size_t)(c->entries.max_key >> 3) + 1;
	*allowed = xcalloc(bytes, 1);
	sqlite3_stmt *st = db_prepare(c->db, "SELECT rowid FROM item_search WHERE item_search MATCH ?1");
	db_bind_text(st, 1, match);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 key = sqlite3_column_int64(st, 0);
		if (key >= 0 && key <= c->entries.max_key)
			(*allowed)[key >> 3] |= (unsigned char)(1u << (key & 7));
	}
	sqlite3_finalize(st);
	return rc;
}

/* Entries read in rank order before the trigram index, or a scan of every entry,
 * is asked instead. */
#define SEARCH_FIRST_READS 300
#define SEARCH_MORE_READS 3000

long content_search(struct content *c, const char *query, size_t limit,
		    void (*fn)(const struct content_hit *, void *), void *ctx, char **err)
{
	char *folded = text_fold_search(query, strlen(query));
	if (!folded)
		return 0;
	char *match;
	struct walk w = { .c = c, .limit = limit };
	w.nwords = query_words(folded, &w.words, &match);
	unsigned char *allowed = NULL;
	long hits = 0;
	int rc = SQLITE_DONE;
	/* One read transaction for the whole search: each statement on its own would
	 * take and drop the file's lock and look for a hot journal, a few system calls
	 * for every entry read. */
	bool own = sqlite3_get_autocommit(c->db);
	if (w.nwords == 0 || limit == 0 || (own && (rc = begin_read(c->db)) != SQLITE_DONE) ||
	    (rc = search_entries(c)) != SQLITE_DONE)
		goto done;

	/* Every match is ranked (shortest entry first, then in the order loaded), so
	 * that the best `limit` of all come out, without reading them all: entries are
	 * taken in rank order and confirmed word by word, skipping those that lack a
	 * character of the query.  When the words turn out rare, the trigram index
	 * says which entries may hold them, or (for words too short for it) every
	 * entry is read in turn. */
	for (size_t i = 0; i < w.nwords; i++)
		sign(w.sig, w.words[i], strlen(w.words[i]));
	rc = walk_on(&w, SEARCH_FIRST_READS);
	if (rc == SQLITE_FULL && match) {
		rc = index_allows(c, match, &allowed);
		w.allowed = allowed;
		if (rc == SQLITE_DONE)
			rc = walk_on(&w, SIZE_MAX);
	} else if (rc == SQLITE_FULL) {
		rc = walk_on(&w, SEARCH_MORE_READS);
		if (rc == SQLITE_FULL)
			rc = confirm_all(&w);
	}
	if (rc != SQLITE_DONE)
		goto done;

	sqlite3_stmt *st = db_prepare(
	    c->db,
	    "SELECT i.handbook, i.lesson, i.id, i.kind,"
	    " coalesce((SELECT text FROM item_text t WHERE t.item = i.key AND t.position = 0),"
	    "  i.situation),"
	    " (SELECT group_concat(lang || ': ' || text, '; ') FROM"
	    "  (SELECT lang, text FROM item_text t WHERE t.item = i.key AND t.position > 0"
	    "   ORDER BY t.position))"
	    " FROM item i WHERE i.key = ?1");
	for (size_t i = 0; i < w.nm && (size_t)hits < limit; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, w.m[i].key);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			struct content_hit hit = {
				.handbook = db_column_text(st, 0),
				.lesson = db_column_text(st, 1),
				.id = db_column_text(st, 2),
				.kind = db_column_text(st, 3),
				.source_text = db_column_text(st, 4),
				.foreign = db_column_text(st, 5),
			};
			fn(&hit, ctx);
			hits++;
		} else if (rc != SQLITE_DONE) {
			break;
		}
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
done:
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		hits = -1;
	}
	if (own)
		db_rollback(c->db); /* ends the read transaction: nothing was written */
	free(w.m);
	free(allowed);
	for (size_t i = 0; i < w.nwords; i++)
		free(w.words[i]);
	free(w.words);
	free(match);
	free(folded);
	return hits;
}

/* ---------------------------------------------------------------- item texts */

int content_item_source(struct content *c, const char *handbook, const char *item, char **text,
			char **err)
{
	sqlite3_stmt *st = db_prepare(
		c->db, "SELECT coalesce((SELECT t.text FROM item_text t WHERE t.item = i.key"
		       " AND t.position = 0), i.situation, '') FROM item i"
		       " WHERE i.handbook = ?1 AND i.id = ?2");
	db_bind_text(st, 1, handbook);
	db_bind_text(st, 2, item);
	*text = NULL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*text = xstrdup(db_column_text(st, 0));
	} else if (rc != SQLITE_DONE)
		*err = db_error(c->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* ---------------------------------------------------------------- sheet rows */

struct hb_book *content_load_outline(struct content *c, const char *id, char **err)
{
	struct hb_book *book = hb_book_new();
	*err = NULL;
	int found = load_header(c, book, id, err);
	if (found <= 0 ||
	    load_titles(c, book,
			"SELECT lang, title FROM handbook_title WHERE handbook = ?1 "
			"ORDER BY position",
			NULL, &book->titles, &book->ntitles, err) ||
	    load_lessons(c, book, err)) {
		hb_book_free(book);
		return NULL;
	}
	return book;
}

/* What the rows of sheets do to a stored handbook is kept in temporary tables of
 * the connection (which lasts one import): the ids each sheet gave its rows
 * (sheet_seen), and each stored item the rows touched as it was before (sheet_item:
 * was 1 live, 2 retired), for the counts.  The items added have keys above those of
 * every item stored before. */
struct content_rows {
	struct content *c;
	char *handbook;
	sqlite3_stmt *find, *note, *seen_add, *seen_line, *last;
	size_t live;		  /* live items before the first row */
	sqlite3_int64 stored_max; /* the highest key then */
	bool fresh;		  /* the handbook had no items: a row's item is new, or
				     one of this import */
	struct lesson_end {
		char *lesson;
		long next; /* the position a new item of the lesson takes */
	} *ends;
	size_t nends;
};

struct content_rows *content_rows_new(struct content *c, const char *handbook, char **err)
{
	if (db_exec(c->db, "PRAGMA temp.cache_size = -4096;"
		    "CREATE TEMP TABLE IF NOT EXISTS sheet_seen ("
		    "  sheet INTEGER NOT NULL, id TEXT NOT NULL, line INTEGER NOT NULL,"
		    "  PRIMARY KEY (sheet, id)) WITHOUT ROWID;"
		    "CREATE TEMP TABLE IF NOT EXISTS sheet_item ("
		    "  key INTEGER PRIMARY KEY, was INTEGER NOT NULL, digest INTEGER NOT NULL)",
		    err))
		return NULL;
	struct content_rows *w = xcalloc(1, sizeof *w);
	w->c = c;
	w->handbook = xstrdup(handbook);
	w->find = db_prepare(c->db, "SELECT key, digest, retired, position, lesson FROM item"
				    " WHERE handbook = ?1 AND id = ?2");
	w->note = db_prepare(c->db, "INSERT INTO temp.sheet_item (key, was, digest)"
				    " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
	w->seen_add = db_prepare(c->db, "INSERT INTO temp.sheet_seen (sheet, id, line)"
					" VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
	w->seen_line = db_prepare(c->db, "SELECT line FROM temp.sheet_seen"
					 " WHERE sheet = ?1 AND id = ?2");
	w->last = db_prepare(c->db, "SELECT coalesce(max(position) + 1, 0) FROM item"
				    " WHERE handbook = ?1 AND lesson = ?2 AND retired = 0");
	sqlite3_stmt *st = db_prepare(c->db, "SELECT (SELECT count(*) FROM item WHERE handbook = ?1"
					     " AND retired = 0), (SELECT count(*) FROM item"
					     " WHERE handbook = ?1), (SELECT coalesce(max(key), 0)"
					     " FROM item)");
	db_bind_text(st, 1, handbook);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		w->live = (size_t)sqlite3_column_int64(st, 0);
		w->fresh = sqlite3_column_int64(st, 1) == 0;
		w->stored_max = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*err = db_error(c->db);
		content_rows_free(w);
		return NULL;
	}
	return w;
}

void content_rows_free(struct content_rows *w)
{
	if (!w)
		return;
	sqlite3_finalize(w->find);
	sqlite3_finalize(w->note);
	sqlite3_finalize(w->seen_add);
	sqlite3_finalize(w->seen_line);
	sqlite3_finalize(w->last);
	for (size_t i = 0; i < w->nends; i++)
		free(w->ends[i].lesson);
	free(w->ends);
	free(w->handbook);
	free(w);
}

long content_rows_seen(struct content_rows *w, long sheet, const char *id, long line, char **err)
{
	sqlite3_stmt *st = w->seen_add;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, sheet);
	db_bind_text(st, 2, id);
	sqlite3_bind_int64(st, 3, line);
	if (run(w->c, st, err))
		return -1;
	if (sqlite3_changes(w->c->db) > 0)
		return 0;
	st = w->seen_line;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, sheet);
	db_bind_text(st, 2, id);
	int rc = sqlite3_step(st);
	long first = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		*err = db_error(w->c->db);
		return -1;
	}
	return first > 0 ? first : 1;
}

/* The position a new item of the lesson takes: after its live items. */
static long lesson_end(struct content_rows *w, const char *lesson, char **err)
{
	if (!lesson) /* an item without a lesson has an error: nothing is written */
		return 0;
	for (size_t i = 0; i < w->nends; i++)
		if (!strcmp(w->ends[i].lesson, lesson))
			return w->ends[i].next++;
	sqlite3_stmt *st = w->last;
	sqlite3_reset(st);
	db_bind_text(st, 1, w->handbook);
	db_bind_text(st, 2, lesson);
	int rc = sqlite3_step(st);
	long next = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		*err = db_error(w->c->db);
		return -1;
	}
	w->ends = xreallocarray(w->ends, w->nends + 1, sizeof *w->ends);
	w->ends[w->nends++] = (struct lesson_end){ xstrdup(lesson), next + 1 };
	return next;
}

/* Notes what the item `key` was before this import (the first time only). */
static int note_was(struct content_rows *w, sqlite3_int64 key, int was, sqlite3_int64 digest,
		    char **err)
{
	sqlite3_stmt *st = w->note;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, key);
	sqlite3_bind_int(st, 2, was);
	sqlite3_bind_int64(st, 3, digest);
	return run(w->c, st, err);
}

/* Inserts an item whose id the handbook may not have: 1 inserted, 0 when it has it,
 * -1 on error. */
static int insert_new(struct content_rows *w, const struct hb_book *book, const struct hb_item *it,
		      char **err)
{
	struct content *c = w->c;
	long position = lesson_end(w, it->lesson, err);
	if (position < 0)
		return -1;
	sqlite3_stmt *st = stmt(c, ST_ITEM_INSERT);
	bind_item(st, book, it, position);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((rc & 0xff) == SQLITE_CONSTRAINT &&
	    sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_UNIQUE) {
		for (size_t i = 0; i < w->nends; i++) /* the place was not taken */
			if (it->lesson && !strcmp(w->ends[i].lesson, it->lesson))
				w->ends[i].next--;
		return 0;
	}
	if (rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	return write_children(c, sqlite3_last_insert_rowid(c->db), it, true, false, false, err)
		       ? -1
		       : 1;
}

int content_rows_item(struct content_rows *w, const struct hb_book *book, const struct hb_item *it,
		      char **err)
{
	struct content *c = w->c;
	if (w->fresh) { /* most rows are new: the id is looked up only when it is not */
		int inserted = insert_new(w, book, it, err);
		if (inserted != 0)
			return inserted < 0 ? -1 : 0;
	}
	sqlite3_stmt *st = w->find;
	sqlite3_reset(st);
	db_bind_text(st, 1, book->id);
	db_bind_text(st, 2, it->id);
	int rc = sqlite3_step(st);
	sqlite3_int64 key = 0, digest = 0, stored_position = 0;
	bool retired = false, same_lesson = false;
	if (rc == SQLITE_ROW) {
		key = sqlite3_column_int64(st, 0);
		digest = sqlite3_column_int64(st, 1);
		retired = sqlite3_column_int(st, 2) != 0;
		stored_position = sqlite3_column_int64(st, 3);
		const char *lesson = db_column_text(st, 4);
		same_lesson = lesson && it->lesson && !strcmp(lesson, it->lesson);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*err = db_error(c->db);
		return -1;
	}
	bool found = rc == SQLITE_ROW;
	if (!found)
		return insert_new(w, book, it, err) < 0 ? -1 : 0;
	if (key <= w->stored_max && note_was(w, key, retired ? 2 : 1, digest, err))
		return -1;
	/* An item keeps its place in its lesson; a revived one and one that changes
	 * lesson go to the end, as a new one does. */
	long position = !retired && same_lesson ? (long)stored_position
						: lesson_end(w, it->lesson, err);
	if (position < 0)
		return -1;
	if (retired || hb_item_digest(it) != digest) {
		st = stmt(c, ST_ITEM_UPDATE);
		bind_item(st, book, it, position);
		sqlite3_bind_int64(st, 16, key);
		if (run(c, st, err) || write_children(c, key, it, false, !retired, false, err))
			return -1;
		return 0;
	}
	if (stored_position != position) {
		st = stmt(c, ST_ITEM_POSITION);
		sqlite3_bind_int64(st, 1, position);
		sqlite3_bind_int64(st, 2, key);
		if (run(c, st, err))
			return -1;
	}
	return 0;
}

int content_rows_replace(struct content_rows *w, long sheet, const char *const *lessons,
			 size_t nlessons, char **err)
{
#define UNLISTED                                                                            \
	" FROM item WHERE handbook = ?1 AND lesson = ?2 AND retired = 0 AND NOT EXISTS"     \
	" (SELECT 1 FROM temp.sheet_seen s WHERE s.sheet = ?3 AND s.id = item.id)"
	static const char *const steps[] = {
		"INSERT INTO temp.sheet_item (key, was, digest) SELECT key, 1, digest" UNLISTED
		" AND key <= ?4 ON CONFLICT DO NOTHING",
		"DELETE FROM item_search WHERE rowid IN (SELECT key" UNLISTED ")",
		/* An item this import added and now drops was never there. */
		"DELETE FROM item WHERE key IN (SELECT key" UNLISTED " AND key > ?4)",
		"UPDATE item SET retired = 1 WHERE key IN (SELECT key" UNLISTED ")",
	};
#undef UNLISTED
	for (size_t l = 0; l < nlessons; l++)
		for (size_t k = 0; k < sizeof steps / sizeof *steps; k++) {
			sqlite3_stmt *st = db_prepare(w->c->db, steps[k]);
			db_bind_text(st, 1, w->handbook);
			db_bind_text(st, 2, lessons[l]);
			sqlite3_bind_int64(st, 3, sheet);
			if (sqlite3_bind_parameter_count(st) >= 4)
				sqlite3_bind_int64(st, 4, w->stored_max);
			int rc = sqlite3_step(st);
			sqlite3_finalize(st);
			if (rc != SQLITE_DONE) {
				*err = db_error(w->c->db);
				return -1;
			}
		}
	return 0;
}

int content_rows_finish(struct content_rows *w, struct content_counts *counts, char **err)
{
	memset(counts, 0, sizeof *counts);
	/* The live items of each lesson numbered from 0 in their order, as
	 * content_apply() leaves them. */
	sqlite3_stmt *st = db_prepare(
	    w->c->db, "UPDATE item SET position = r.position FROM (SELECT key, row_number()"
		      " OVER (PARTITION BY lesson ORDER BY position, key) - 1 AS position"
		      " FROM item WHERE handbook = ?1 AND retired = 0) AS r"
		      " WHERE item.key = r.key AND item.position <> r.position");
	db_bind_text(st, 1, w->handbook);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(w->c->db);
		return -1;
	}
	st = db_prepare(w->c->db,
			"SELECT (SELECT count(*) FROM item WHERE handbook = ?1 AND key > ?2"
			" AND retired = 0),"
			" coalesce(sum(s.was = 1 AND i.retired = 0 AND i.digest <> s.digest), 0),"
			" coalesce(sum(s.was = 1 AND i.retired = 1), 0),"
			" coalesce(sum(s.was = 2 AND i.retired = 0), 0)"
			" FROM temp.sheet_item s JOIN item i ON i.key = s.key WHERE i.handbook = ?1");
	db_bind_text(st, 1, w->handbook);
	sqlite3_bind_int64(st, 2, w->stored_max);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		counts->added = (size_t)sqlite3_column_int64(st, 0);
		counts->changed = (size_t)sqlite3_column_int64(st, 1);
		counts->retired = (size_t)sqlite3_column_int64(st, 2);
		counts->revived = (size_t)sqlite3_column_int64(st, 3);
		counts->unchanged = w->live - counts->changed - counts->retired;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*err = db_error(w->c->db);
		return -1;
	}
	return 0;
}
