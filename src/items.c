/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "items.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

struct lesson {
	char *handbook, *lesson;
	struct hb_book *book; /* NULL: the handbook is gone */
};

/* A slot of the hash table of items looked up. */
struct slot {
	char *key; /* "HANDBOOK\x1fITEM"; NULL: an empty slot */
	struct hb_book *book;
	const struct hb_item *item; /* NULL: not in the content database */
};

struct items {
	struct content *c;
	struct lesson *lessons;
	size_t nlessons;
	struct slot *slots;
	size_t nslots, cap; /* cap: 0 or a power of two */
};

struct items *items_new(struct content *c)
{
	struct items *items = xcalloc(1, sizeof *items);
	items->c = c;
	return items;
}

void items_free(struct items *items)
{
	if (!items)
		return;
	for (size_t i = 0; i < items->nlessons; i++) {
		free(items->lessons[i].handbook);
		free(items->lessons[i].lesson);
		hb_book_free(items->lessons[i].book);
	}
	free(items->lessons);
	for (size_t i = 0; i < items->cap; i++)
		free(items->slots[i].key);
	free(items->slots);
	free(items);
}

struct hb_book *items_lesson(struct items *items, const char *handbook, const char *lesson,
			     char **err)
{
	*err = NULL;
	for (size_t i = 0; i < items->nlessons; i++)
		if (!strcmp(items->lessons[i].handbook, handbook) &&
		    !strcmp(items->lessons[i].lesson, lesson))
			return items->lessons[i].book;
	struct hb_book *book = content_load_lesson(items->c, handbook, *lesson ? lesson : NULL, err);
	if (*err)
		return NULL;
	items->lessons = xreallocarray(items->lessons, items->nlessons + 1, sizeof *items->lessons);
	items->lessons[items->nlessons++] =
		(struct lesson){ xstrdup(handbook), xstrdup(lesson), book };
	return book;
}

static uint64_t hash_key(const char *key)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return h;
}

/* The slot of KEY, or the empty one where it would go. */
static struct slot *slot_of(struct slot *slots, size_t cap, const char *key)
{
	size_t i = (size_t)hash_key(key) & (cap - 1);
	while (slots[i].key && strcmp(slots[i].key, key))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void grow(struct items *items)
{
	size_t cap = items->cap ? items->cap * 2 : 256;
	struct slot *slots = xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < items->cap; i++)
		if (items->slots[i].key)
			*slot_of(slots, cap, items->slots[i].key) = items->slots[i];
	free(items->slots);
	items->slots = slots;
	items->cap = cap;
}

const struct hb_item *items_find(struct items *items, const char *handbook, const char *item,
				 struct hb_book **book, char **err)
{
	*err = NULL;
	*book = NULL;
	if (2 * (items->nslots + 1) > items->cap) /* at most half full */
		grow(items);
	char *key = xasprintf("%s\x1f%s", handbook, item);
	struct slot *slot = slot_of(items->slots, items->cap, key);
	if (slot->key) {
		free(key);
		*book = slot->book;
		return slot->item;
	}
	char lesson[72];
	int found = content_item_lesson(items->c, handbook, item, lesson, sizeof lesson, err);
	struct hb_book *b = found > 0 ? items_lesson(items, handbook, lesson, err) : NULL;
	if (*err) {
		free(key);
		return NULL;
	}
	long i = b ? hb_book_find_item(b, item) : -1;
	*slot = (struct slot){ key, b, i >= 0 ? &b->items[i] : NULL };
	items->nslots++;
	*book = slot->book;
	return slot->item;
}
