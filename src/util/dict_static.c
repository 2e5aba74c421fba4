/*++
/* NAME
/*	dict_static 3
/* SUMMARY
/*	a table that answers every key with the same value
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_static_open(type, name, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *name;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	dict_static_open() makes a table whose lookups always return
/*	the name: "static:value", or "static:{ text with spaces }"
/*	where the braces and the blanks inside them are removed.
/*	There is no sequential access.
/* DIAGNOSTICS
/*	"bad syntax" for unbalanced braces or an empty value.
/*--*/

#include <sys_defs.h>

#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>

typedef struct DICT_STATIC {
    DICT    dict;			/* generic members */
    char   *value;			/* the answer */
} DICT_STATIC;

/* dict_static_lookup - every key is found */

static const char *dict_static_lookup(DICT *dict, const char *key)
{
    (void) key;
    return (((DICT_STATIC *) dict)->value);
}

/* dict_static_close - release the table */

static void dict_static_close(DICT *dict)
{
    myfree(((DICT_STATIC *) dict)->value);
    dict_free(dict);
}

/* dict_static_open - make the table */

DICT   *dict_static_open(const char *type, const char *name, int open_flags,
			         int dict_flags, VSTRING *why)
{
    DICT_STATIC *ds;
    char   *copy = mystrdup(name);
    char   *value = copy;

    (void) open_flags;
    if (extpar(&value, "{}", EXTPAR_FLAG_STRIP) < 0 || *value == 0) {
	vstring_sprintf(why, "bad syntax: \"%s:%s\"; need \"%s:value\" or \"%s:{value}\"",
			type, name, type, type);
	myfree(copy);
	return (0);
    }
    ds = (DICT_STATIC *) dict_alloc(type, name, sizeof(*ds), dict_flags);
    ds->value = mystrdup(value);
    myfree(copy);
    ds->dict.lookup = dict_static_lookup;
    ds->dict.close = dict_static_close;
    /* Folding would only cost time, and refuse over-long keys. */
    ds->dict.flags &= ~(DICT_FLAG_TYPE_MASK | DICT_FLAG_NULL_MASK | DICT_FLAG_FOLD_FIX);
    ds->dict.flags |= DICT_FLAG_FIXED;
    return (&ds->dict);
}
