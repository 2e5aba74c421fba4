/*++
/* NAME
/*	dict_thash 3
/* SUMMARY
/*	texthash tables, and in-memory fixed-string tables
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_thash_open(type, path, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *path;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/*
/*	DICT	*dict_thash_create(type, name, dict_flags)
/*	const char *type;
/*	const char *name;
/*	int	dict_flags;
/*
/*	int	dict_thash_add(dict, key, value)
/*	DICT	*dict;
/*	const char *key;
/*	const char *value;
/* DESCRIPTION
/*	dict_thash_open() reads a file in postmap(1) source format
/*	(key whitespace value, comments, continuation lines) into
/*	memory when it is opened; nothing is built on disk. A line
/*	without a value is skipped with a warning, as postmap does.
/*
/*	dict_thash_create() makes an empty in-memory table of fixed
/*	strings, and dict_thash_add() adds one entry to it (texthash
/*	and inline tables are built this way). With DICT_FLAG_FOLD_FIX
/*	the key is stored in lower case. A duplicate key keeps the
/*	first value, or takes the new one with DICT_FLAG_DUP_REPLACE;
/*	the result (DICT_THASH_ADDED, _KEPT or _REPLACED) lets the
/*	caller warn with the source position.
/*
/*	A lookup returns the stored value itself; it never allocates.
/*	Sequential access returns the entries in no particular order.
/* DIAGNOSTICS
/*	"open file: reason", "texthash map file: read error: reason";
/*	warnings "file, line N: ..." for lines that are skipped and for
/*	duplicate keys (unless DICT_FLAG_DUP_IGNORE or _REPLACE).
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>
#include <readlline.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>

typedef struct DICT_THASH {
    DICT    dict;			/* generic members */
    HTABLE *table;			/* key -> value (char *) */
    HTABLE_INFO **seq_list;		/* snapshot for sequential access */
    size_t  seq_next;			/* next entry of the snapshot */
} DICT_THASH;

/* dict_thash_lookup - find a key */

static const char *dict_thash_lookup(DICT *dict, const char *key)
{
    DICT_THASH *dt = (DICT_THASH *) dict;

    return ((const char *) htable_find(dt->table, key));
}

/* dict_thash_sequence - walk the entries */

static int dict_thash_sequence(DICT *dict, int func, const char **key,
			               const char **value)
{
    DICT_THASH *dt = (DICT_THASH *) dict;
    HTABLE_INFO *ht;

    if (func == DICT_SEQ_FUN_FIRST) {
	if (dt->seq_list)
	    myfree(dt->seq_list);
	dt->seq_list = htable_list(dt->table);
	dt->seq_next = 0;
    } else if (func != DICT_SEQ_FUN_NEXT) {
	msg_panic("dict_thash_sequence: bad function %d", func);
    }
    if (dt->seq_list == 0 || (ht = dt->seq_list[dt->seq_next]) == 0)
	return (1);
    dt->seq_next++;
    *key = ht->key;
    *value = (const char *) ht->value;
    return (0);
}

/* dict_thash_close - release the table */

static void dict_thash_close(DICT *dict)
{
    DICT_THASH *dt = (DICT_THASH *) dict;

    htable_free(dt->table, myfree);
    if (dt->seq_list)
	myfree(dt->seq_list);
    dict_free(dict);
}

/* dict_thash_create - empty in-memory table */

DICT   *dict_thash_create(const char *type, const char *name, int dict_flags)
{
    DICT_THASH *dt;

    dt = (DICT_THASH *) dict_alloc(type, name, sizeof(*dt), dict_flags);
    dt->table = htable_create(13);
    dt->seq_list = 0;
    dt->seq_next = 0;
    dt->dict.lookup = dict_thash_lookup;
    dt->dict.sequence = dict_thash_sequence;
    dt->dict.close = dict_thash_close;
    dt->dict.flags &= ~(DICT_FLAG_TYPE_MASK | DICT_FLAG_NULL_MASK);
    dt->dict.flags |= DICT_FLAG_FIXED;
    return (&dt->dict);
}

/* dict_thash_add - add one entry */

int     dict_thash_add(DICT *dict, const char *key, const char *value)
{
    DICT_THASH *dt = (DICT_THASH *) dict;
    HTABLE_INFO *ht;
    char   *folded = 0;
    int     result;

    if (dict->flags & DICT_FLAG_FOLD_FIX)
	key = folded = lowercase(mystrdup(key));
    if ((ht = htable_locate(dt->table, key)) == 0) {
	htable_enter(dt->table, key, mystrdup(value));
	result = DICT_THASH_ADDED;
    } else if (dict->flags & DICT_FLAG_DUP_REPLACE) {
	myfree(ht->value);
	ht->value = mystrdup(value);
	result = DICT_THASH_REPLACED;
    } else {
	result = DICT_THASH_KEPT;
    }
    if (folded)
	myfree(folded);
    return (result);
}

/* dict_thash_load - read the source file */

static void dict_thash_load(DICT *dict, const char *path, FILE *fp)
{
    VSTRING *line = vstring_alloc(100);
    int     lineno = 0;
    int     first = 0;
    const char *err;
    char   *key;
    char   *value;

    while (readllines(line, fp, path, &lineno, &first) != 0) {
	if ((err = dict_line_split(vstring_str(line), &key, &value)) != 0) {
	    msg_warn("%s, line %d: %s", path, first, err);
	    continue;
	}
	if (dict_thash_add(dict, key, value) == DICT_THASH_KEPT
	    && (dict->flags & DICT_FLAG_DUP_IGNORE) == 0)
	    msg_warn("%s, line %d: duplicate entry: \"%s\"", path, first, key);
    }
    vstring_free(line);
}

/* dict_thash_open - read a texthash file */

DICT   *dict_thash_open(const char *type, const char *path, int open_flags,
		               int dict_flags, VSTRING *why)
{
    DICT   *dict;
    FILE   *fp;

    (void) open_flags;
    if ((fp = fopen(path, "re")) == 0) {
	vstring_sprintf(why, "open %s: %s", path, strerror(errno));
	return (0);
    }
    dict = dict_thash_create(type, path, dict_flags);
    dict_thash_load(dict, path, fp);
    if (ferror(fp)) {
	vstring_sprintf(why, "%s map %s: read error: %s", type, path, strerror(errno));
	(void) fclose(fp);
	dict_close(dict);
	return (0);
    }
    (void) fclose(fp);
    return (dict);
}
