/*++
/* NAME
/*	maps 3
/* SUMMARY
/*	a list of lookup tables searched in order
/* SYNOPSIS
/*	#include <maps.h>
/*
/*	MAPS	*maps_create(title, map_names, dict_flags)
/*	const char *title;
/*	const char *map_names;
/*	int	dict_flags;
/*
/*	const char *maps_find(maps, key, flags)
/*	MAPS	*maps;
/*	const char *key;
/*	int	flags;
/*
/*	void	maps_free(maps)
/*	MAPS	*maps;
/* DESCRIPTION
/*	A main.cf parameter such as virtual_alias_maps names a list of
/*	tables, "type:name" each, separated by commas or white space;
/*	braces group text that contains either
/*	("inline:{ a=b, c=d }"). The parameter value must already be
/*	expanded ($name).
/*
/*	maps_create() opens every table with dict_open() and the given
/*	dict_flags (usually DICT_FLAG_FOLD_FIX). This happens at
/*	start-up: a table that cannot be opened is fatal, so that the
/*	master(8) restarts the program later with a throttle delay
/*	instead of it running with part of its configuration. The title
/*	(the parameter name) is used in diagnostics.
/*
/*	maps_find() searches the tables in order and returns the first
/*	value found. flags limits the search to tables with one of
/*	these type flags: DICT_FLAG_FIXED (exact strings, as for the
/*	partial address forms of mail_addr_find(3)) or
/*	DICT_FLAG_PATTERN; 0 searches every table. The result belongs
/*	to the table (see dict_get()). A null result with maps->error
/*	set to DICT_ERR_NONE means not found; otherwise a table failed,
/*	and the search stops there (a later table must not answer for
/*	a broken earlier one). A search does not allocate memory.
/*
/*	maps_free() closes the tables.
/* DIAGNOSTICS
/*	Fatal: "title: reason" when a table cannot be opened. Warning:
/*	"title: type:name: table lookup error" when a lookup fails.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>
#include <maps.h>

/* maps_create - open a list of tables */

MAPS   *maps_create(const char *title, const char *map_names, int dict_flags)
{
    MAPS   *maps = (MAPS *) mymalloc(sizeof(*maps));
    VSTRING *why = vstring_alloc(100);
    char   *copy = mystrdup(map_names);
    char   *bp = copy;
    char   *spec;
    DICT   *dict;
    int     size = 4;

    maps->title = mystrdup(title);
    maps->dicts = (DICT **) mymalloc(size * sizeof(*maps->dicts));
    maps->count = 0;
    maps->error = DICT_ERR_NONE;
    while ((spec = mystrtokq(&bp, CHARS_COMMA_SP, "{}")) != 0) {
	if ((dict = dict_try_open(spec, O_RDONLY, dict_flags, why)) == 0)
	    msg_fatal("%s: %s", title, vstring_str(why));
	if (maps->count >= size) {
	    size *= 2;
	    maps->dicts = (DICT **) myrealloc(maps->dicts, size * sizeof(*maps->dicts));
	}
	maps->dicts[maps->count++] = dict;
    }
    myfree(copy);
    vstring_free(why);
    return (maps);
}

/* maps_find - first value found in the list */

const char *maps_find(MAPS *maps, const char *key, int flags)
{
    DICT   *dict;
    const char *value;
    int     i;

    maps->error = DICT_ERR_NONE;
    for (i = 0; i < maps->count; i++) {
	dict = maps->dicts[i];
	if (flags != 0 && (dict->flags & flags) == 0)
	    continue;
	if ((value = dict_get(dict, key)) != 0) {
	    if (msg_verbose)
		msg_info("%s: %s:%s: found \"%s\"", maps->title, dict->type,
			 dict->name, key);
	    return (value);
	}
	if (dict->error != DICT_ERR_NONE) {
	    msg_warn("%s: %s:%s: table lookup error", maps->title, dict->type,
		     dict->name);
	    maps->error = dict->error;
	    return (0);
	}
    }
    return (0);
}

/* maps_free - close every table */

void    maps_free(MAPS *maps)
{
    int     i;

    for (i = 0; i < maps->count; i++)
	dict_close(maps->dicts[i]);
    myfree(maps->dicts);
    myfree(maps->title);
    myfree(maps);
}
