/*++
/* NAME
/*	dict 3
/* SUMMARY
/*	lookup tables ("maps") by type:name
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_open(spec, open_flags, dict_flags)
/*	const char *spec;
/*	int	open_flags;
/*	int	dict_flags;
/*
/*	DICT	*dict_try_open(spec, open_flags, dict_flags, why)
/*	const char *spec;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/*
/*	const char *dict_get(dict, key)
/*	DICT	*dict;
/*	const char *key;
/*
/*	int	dict_seq(dict, func, key, value)
/*	DICT	*dict;
/*	int	func;
/*	const char **key;
/*	const char **value;
/*
/*	void	dict_close(dict)
/*	DICT	*dict;
/*
/*	int	dict_split_spec(spec, type, name)
/*	const char *spec;
/*	VSTRING	*type;
/*	VSTRING	*name;
/*
/*	const char *dict_file_type(type)
/*	const char *type;
/*
/*	int	dict_type_known(type)
/*	const char *type;
/*
/*	void	dict_alias_notice(type, name)
/*	const char *type;
/*	const char *name;
/* IMPLEMENTATION SUPPORT
/*	DICT	*dict_alloc(type, name, size, dict_flags)
/*	const char *type;
/*	const char *name;
/*	size_t	size;
/*	int	dict_flags;
/*
/*	void	dict_free(dict)
/*	DICT	*dict;
/* DESCRIPTION
/*	A lookup table is named "type:name", as in main.cf. These
/*	types are built in:
/* .IP cdb:/path
/*	A TinyCDB file /path.cdb, built with postmap(1) or cdb(1).
/* .IP "hash:, btree:, lmdb:, dbm:"
/*	Postlet has no Berkeley DB, LMDB or DBM. These names are read
/*	(and built by postmap) as cdb:, so that configurations copied
/*	from Postfix guides keep working. The first open of such a
/*	table logs one informational line that says so, unless
/*	DICT_FLAG_QUIET is given.
/* .IP texthash:/path
/*	A postmap(1) source file, read into memory when it is opened.
/* .IP "inline:{ key=value, { key = text }, ... }"
/*	A small table written in the name itself.
/* .IP "static:value, static:{ text }"
/*	Every lookup returns the value.
/* .IP regexp:/path
/*	POSIX extended regular expressions in regexp_table(5) format.
/* .IP cidr:/path
/*	IPv4 and IPv6 networks in cidr_table(5) format.
/* .PP
/*	dict_open() opens a table for reading (open_flags must be
/*	O_RDONLY: tables are built with mkmap(3)). Any problem with
/*	the name or the table contents is fatal. dict_try_open() does
/*	the same but returns a null pointer and a one-line reason in
/*	\fIwhy\fR instead.
/*
/*	dict_flags (see dict.h) select key folding (DICT_FLAG_FOLD_FIX:
/*	keys of fixed-string tables are looked up in lower case),
/*	terminating-null handling (DICT_FLAG_TRY0NULL and TRY1NULL; a
/*	cdb table tries both when neither is given), how duplicate
/*	keys are treated while an in-memory table is loaded
/*	(DICT_FLAG_DUP_*) and whether regexp tables may substitute $n
/*	(DICT_FLAG_NO_REGSUB).
/*
/*	dict_get() looks up a key. The result is owned by the table
/*	and stays valid until the next lookup or sequence call on it.
/*	A null result means not found when dict->error is
/*	DICT_ERR_NONE, otherwise a lookup error (DICT_ERR_RETRY for
/*	an I/O problem, DICT_ERR_CONFIG for a table that cannot
/*	answer, such as a value longer than DICT_VALUE_MAX); the error
/*	is logged as a warning. A lookup never allocates memory (see
/*	the type modules for what libc may allocate).
/*
/*	dict_seq() walks a table: func is DICT_SEQ_FUN_FIRST, then
/*	DICT_SEQ_FUN_NEXT. The result is 0 with key and value set, 1
/*	at the end, -1 on error (dict->error says which; a type
/*	without sequential access sets DICT_ERR_CONFIG).
/*
/*	dict_close() releases a table.
/*
/*	dict_split_spec() splits "type:name" into its parts; it
/*	returns -1 when there is no ":" or either part is empty.
/*
/*	dict_file_type() returns "cdb" for a type that is stored in a
/*	.cdb file (cdb, hash, btree, lmdb, dbm), otherwise a null
/*	pointer.
/*
/*	dict_type_known() returns non-zero for a type name that
/*	dict_open() accepts.
/*
/*	dict_alias_notice() logs, once per table and process, that a
/*	table of an alias type (hash: and friends) is really a cdb:
/*	table; it does nothing for other types. dict_try_open() calls
/*	it unless DICT_FLAG_QUIET is given; mkmap(3) calls it too.
/*
/*	dict_alloc() makes the generic part of a table of the given
/*	size (at least sizeof(DICT)); dict_free() releases it.
/* DIAGNOSTICS
/*	"unsupported dictionary type: foo", "open database
/*	/x.cdb: No such file or directory", table syntax errors with
/*	"file, line N". dict_open() makes these fatal.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>

 /*
  * The registry of types. An alias type is implemented by another type's
  * open function; the first open of an alias is announced.
  */
typedef struct DICT_TYPE {
    const char *type;
    DICT_OPEN_FN open;
    const char *alias_of;		/* null, or the type it is read as */
} DICT_TYPE;

static const DICT_TYPE dict_types[] = {
    {"cdb", dict_cdb_open, 0},
    {"hash", dict_cdb_open, "cdb"},
    {"btree", dict_cdb_open, "cdb"},
    {"lmdb", dict_cdb_open, "cdb"},
    {"dbm", dict_cdb_open, "cdb"},
    {"texthash", dict_thash_open, 0},
    {"inline", dict_inline_open, 0},
    {"static", dict_static_open, 0},
    {"regexp", dict_regexp_open, 0},
    {"cidr", dict_cidr_open, 0},
};

static HTABLE *dict_announced;		/* alias tables already announced */

/* dict_find_type - look up a type by name */

static const DICT_TYPE *dict_find_type(const char *type)
{
    const DICT_TYPE *dt;

    for (dt = dict_types; dt < dict_types + ARRAY_LEN(dict_types); dt++)
	if (strcmp(dt->type, type) == 0)
	    return (dt);
    return (0);
}

/* dict_type_known - is this a type name */

int     dict_type_known(const char *type)
{
    return (dict_find_type(type) != 0);
}

/* dict_file_type - the file type behind a type name */

const char *dict_file_type(const char *type)
{
    const DICT_TYPE *dt = dict_find_type(type);

    if (dt == 0 || dt->open != dict_cdb_open)
	return (0);
    return ("cdb");
}

/* dict_split_spec - split type:name */

int     dict_split_spec(const char *spec, VSTRING *type, VSTRING *name)
{
    const char *colon = strchr(spec, ':');

    if (colon == 0 || colon == spec || colon[1] == 0)
	return (-1);
    vstring_strncpy(type, spec, colon - spec);
    vstring_strcpy(name, colon + 1);
    return (0);
}

/* dict_alias_notice - say once that an alias type is read as another */

void    dict_alias_notice(const char *type, const char *name)
{
    const DICT_TYPE *dt = dict_find_type(type);
    char   *spec;

    if (dt == 0 || dt->alias_of == 0)
	return;
    if (dict_announced == 0)
	dict_announced = htable_create(13);
    spec = concatenate(dt->type, ":", name, (char *) 0);
    if (htable_find(dict_announced, spec) == 0) {
	htable_enter(dict_announced, spec, (void *) 1);
	msg_info("%s: Postlet has no %s support; using %s:%s (file %s.%s)",
		 spec, dt->type, dt->alias_of, name, name, dt->alias_of);
    }
    myfree(spec);
}

/* dict_try_open - open a table, or explain why not */

DICT   *dict_try_open(const char *spec, int open_flags, int dict_flags,
		              VSTRING *why)
{
    VSTRING *type = vstring_alloc(20);
    VSTRING *name = vstring_alloc(100);
    const DICT_TYPE *dt;
    DICT   *dict = 0;

    vstring_reset(why);
    if (dict_split_spec(spec, type, name) < 0) {
	vstring_sprintf(why, "open dictionary: expecting \"type:name\" form instead of \"%s\"",
			spec);
    } else if ((dt = dict_find_type(vstring_str(type))) == 0) {
	vstring_sprintf(why, "unsupported dictionary type: %s", vstring_str(type));
    } else if ((open_flags & O_ACCMODE) != O_RDONLY) {
	vstring_sprintf(why, "%s: tables are opened read-only; use postmap(1) to build them",
			spec);
    } else {
	if ((dict_flags & DICT_FLAG_QUIET) == 0)
	    dict_alias_notice(dt->type, vstring_str(name));
	dict = dt->open(vstring_str(type), vstring_str(name), open_flags,
			dict_flags, why);
	if (dict == 0 && VSTRING_LEN(why) == 0)
	    msg_panic("dict_try_open: %s: no reason for failure", spec);
    }
    vstring_free(type);
    vstring_free(name);
    return (dict);
}

/* dict_open - open a table or die */

DICT   *dict_open(const char *spec, int open_flags, int dict_flags)
{
    VSTRING *why = vstring_alloc(100);
    DICT   *dict;

    if ((dict = dict_try_open(spec, open_flags, dict_flags, why)) == 0)
	msg_fatal("%s", vstring_str(why));
    vstring_free(why);
    return (dict);
}

/* dict_get - look up a key */

const char *dict_get(DICT *dict, const char *key)
{
    dict->error = DICT_ERR_NONE;
    if ((dict->flags & DICT_FLAG_FOLD_FIX) && (dict->flags & DICT_FLAG_FIXED)) {
	if (vstring_strcpy(dict->fold_buf, key) < 0) {
	    if (msg_verbose)
		msg_info("%s:%s: key longer than %d bytes: not found",
			 dict->type, dict->name, DICT_KEY_MAX);
	    return (0);
	}
	key = lowercase(vstring_str(dict->fold_buf));
    }
    return (dict->lookup(dict, key));
}

/* dict_seq - sequential access */

int     dict_seq(DICT *dict, int func, const char **key, const char **value)
{
    dict->error = DICT_ERR_NONE;
    if (dict->sequence == 0) {
	msg_warn("%s:%s: table type does not support sequential access",
		 dict->type, dict->name);
	dict->error = DICT_ERR_CONFIG;
	return (-1);
    }
    return (dict->sequence(dict, func, key, value));
}

/* dict_close - release a table */

void    dict_close(DICT *dict)
{
    dict->close(dict);
}

/* dict_alloc - generic part of a new table */

DICT   *dict_alloc(const char *type, const char *name, size_t size, int dict_flags)
{
    DICT   *dict;

    if (size < sizeof(DICT))
	msg_panic("dict_alloc: bad size %lu", (unsigned long) size);
    dict = mycalloc(1, size);
    dict->type = mystrdup(type);
    dict->name = mystrdup(name);
    dict->flags = dict_flags;
    dict->error = DICT_ERR_NONE;
    dict->lookup = 0;
    dict->sequence = 0;
    dict->close = dict_free;
    dict->fold_buf = vstring_fixed(DICT_KEY_MAX);
    return (dict);
}

/* dict_free - release the generic part */

void    dict_free(DICT *dict)
{
    myfree(dict->type);
    myfree(dict->name);
    vstring_free(dict->fold_buf);
    myfree(dict);
}
