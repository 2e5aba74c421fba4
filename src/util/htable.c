/*++
/* NAME
/*	htable 3
/* SUMMARY
/*	hash table keyed by string
/* SYNOPSIS
/*	#include <htable.h>
/*
/*	HTABLE	*htable_create(size)
/*	HTABLE_INFO *htable_enter(table, key, value)
/*	HTABLE_INFO *htable_locate(table, key)
/*	void	*htable_find(table, key)
/*	void	htable_delete(table, key, free_fn)
/*	void	htable_free(table, free_fn)
/*	HTABLE_INFO **htable_list(table)
/*	HTABLE_INFO **htable_sorted_list(table)
/* DESCRIPTION
/*	A chained hash table for start-up data: the main.cf dictionary,
/*	texthash tables, parameter names. htable_enter() adds a new
/*	entry (a duplicate key is a panic; use htable_locate() first).
/*	The table doubles when it gets full.
/*
/*	htable_list() returns a null-terminated array of the entries
/*	(myfree() it); htable_sorted_list() sorts it by key.
/*--*/

#include <sys_defs.h>
#include <stdlib.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>

/* htable_hash - FNV-1a */

static size_t htable_hash(const char *key, size_t size)
{
    unsigned long h = 2166136261UL;

    while (*key) {
	h ^= (unsigned char) *key++;
	h *= 16777619UL;
	h &= 0xffffffffUL;
    }
    return (h % size);
}

/* htable_create - empty table */

HTABLE *htable_create(size_t size)
{
    HTABLE *table = mymalloc(sizeof(*table));

    table->size = size < 13 ? 13 : size;
    table->used = 0;
    table->data = mycalloc(table->size, sizeof(HTABLE_INFO *));
    return (table);
}

/* htable_grow - double the bucket array */

static void htable_grow(HTABLE *table)
{
    size_t  old_size = table->size;
    HTABLE_INFO **old = table->data;
    HTABLE_INFO *ht;
    HTABLE_INFO *next;
    size_t  i;
    size_t  n;

    table->size = 2 * old_size + 1;
    table->data = mycalloc(table->size, sizeof(HTABLE_INFO *));
    for (i = 0; i < old_size; i++) {
	for (ht = old[i]; ht; ht = next) {
	    next = ht->next;
	    n = htable_hash(ht->key, table->size);
	    ht->next = table->data[n];
	    table->data[n] = ht;
	}
    }
    myfree(old);
}

/* htable_enter - add an entry */

HTABLE_INFO *htable_enter(HTABLE *table, const char *key, void *value)
{
    HTABLE_INFO *ht;
    size_t  n;

    if (htable_locate(table, key))
	msg_panic("htable_enter: duplicate key \"%s\"", key);
    if (table->used >= table->size)
	htable_grow(table);
    ht = mymalloc(sizeof(*ht));
    ht->key = mystrdup(key);
    ht->value = value;
    n = htable_hash(key, table->size);
    ht->next = table->data[n];
    table->data[n] = ht;
    table->used++;
    return (ht);
}

/* htable_locate - find an entry */

HTABLE_INFO *htable_locate(HTABLE *table, const char *key)
{
    HTABLE_INFO *ht;

    for (ht = table->data[htable_hash(key, table->size)]; ht; ht = ht->next)
	if (strcmp(ht->key, key) == 0)
	    return (ht);
    return (0);
}

/* htable_find - find a value */

void   *htable_find(HTABLE *table, const char *key)
{
    HTABLE_INFO *ht = htable_locate(table, key);

    return (ht ? ht->value : 0);
}

/* htable_delete - remove an entry */

void    htable_delete(HTABLE *table, const char *key, HTABLE_FREE_FN free_fn)
{
    HTABLE_INFO **hp;
    HTABLE_INFO *ht;

    for (hp = table->data + htable_hash(key, table->size); (ht = *hp) != 0; hp = &ht->next) {
	if (strcmp(ht->key, key) == 0) {
	    *hp = ht->next;
	    if (free_fn && ht->value)
		free_fn(ht->value);
	    myfree(ht->key);
	    myfree(ht);
	    table->used--;
	    return;
	}
    }
}

/* htable_free - destroy the table */

void    htable_free(HTABLE *table, HTABLE_FREE_FN free_fn)
{
    HTABLE_INFO *ht;
    HTABLE_INFO *next;
    size_t  i;

    for (i = 0; i < table->size; i++) {
	for (ht = table->data[i]; ht; ht = next) {
	    next = ht->next;
	    if (free_fn && ht->value)
		free_fn(ht->value);
	    myfree(ht->key);
	    myfree(ht);
	}
    }
    myfree(table->data);
    myfree(table);
}

/* htable_list - all entries */

HTABLE_INFO **htable_list(HTABLE *table)
{
    HTABLE_INFO **list = mymalloc((table->used + 1) * sizeof(*list));
    HTABLE_INFO *ht;
    size_t  i;
    size_t  count = 0;

    for (i = 0; i < table->size; i++)
	for (ht = table->data[i]; ht; ht = ht->next)
	    list[count++] = ht;
    list[count] = 0;
    return (list);
}

/* htable_compare - sort by key */

static int htable_compare(const void *a, const void *b)
{
    return (strcmp((*(HTABLE_INFO *const *) a)->key,
		   (*(HTABLE_INFO *const *) b)->key));
}

/* htable_sorted_list - all entries sorted by key */

HTABLE_INFO **htable_sorted_list(HTABLE *table)
{
    HTABLE_INFO **list = htable_list(table);

    qsort(list, table->used, sizeof(*list), htable_compare);
    return (list);
}
