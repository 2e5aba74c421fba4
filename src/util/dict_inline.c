/*++
/* NAME
/*	dict_inline 3
/* SUMMARY
/*	tables written in their own name
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_inline_open(type, name, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *name;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	dict_inline_open() makes an in-memory table from its name, in
/*	the syntax of Postfix 3.0:
/*
/*	    inline:{ key=value, { key = text with spaces }, ... }
/*
/*	Entries are separated by commas or white space. An entry that
/*	needs white space (or a comma) is enclosed in braces; blanks
/*	around "=" and inside the braces are then removed. Keys are
/*	stored in lower case with DICT_FLAG_FOLD_FIX. A duplicate key
/*	keeps its first value (with a warning), unless the DUP flags
/*	say otherwise.
/* DIAGNOSTICS
/*	"bad syntax: ..." when the name is not a braced list of
/*	name=value entries, or an entry has an empty key or value.
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>

/* dict_inline_parse - add the entries of the list to the table */

static int dict_inline_parse(DICT *dict, const char *type, char *list,
			             VSTRING *why)
{
    const char *err;
    char   *item;
    char   *key;
    char   *value;
    int     count = 0;

    while ((item = mystrtokq(&list, CHARS_COMMA_SP, "{}")) != 0) {
	if (*item == '{' && extpar(&item, "{}", EXTPAR_FLAG_STRIP) < 0) {
	    vstring_sprintf(why, "bad syntax: \"%s:%s\": unbalanced braces",
			    type, dict->name);
	    return (-1);
	}
	if ((err = split_nameval(item, &key, &value)) == 0) {
	    if (*key == 0)
		err = "missing attribute name";
	    else if (*value == 0)
		err = "empty value";
	}
	if (err != 0) {
	    vstring_sprintf(why, "bad syntax: \"%s:%s\": %s; need \"%s:{name=value...}\"",
			    type, dict->name, err, type);
	    return (-1);
	}
	if (dict_thash_add(dict, key, value) == DICT_THASH_KEPT
	    && (dict->flags & DICT_FLAG_DUP_IGNORE) == 0)
	    msg_warn("%s:%s: duplicate entry: \"%s\"", type, dict->name, key);
	count++;
    }
    if (count == 0) {
	vstring_sprintf(why, "bad syntax: \"%s:%s\"; need \"%s:{name=value...}\"",
			type, dict->name, type);
	return (-1);
    }
    return (0);
}

/* dict_inline_open - make a table from its name */

DICT   *dict_inline_open(const char *type, const char *name, int open_flags,
			         int dict_flags, VSTRING *why)
{
    DICT   *dict;
    char   *copy;
    char   *list;
    int     status;

    (void) open_flags;
    list = copy = mystrdup(name);
    dict = dict_thash_create(type, name, dict_flags);
    if (*list != '{' || extpar(&list, "{}", EXTPAR_FLAG_STRIP) < 0) {
	vstring_sprintf(why, "bad syntax: \"%s:%s\"; need \"%s:{name=value...}\"",
			type, name, type);
	status = -1;
    } else {
	status = dict_inline_parse(dict, type, list, why);
    }
    myfree(copy);
    if (status < 0) {
	dict_close(dict);
	return (0);
    }
    return (dict);
}
