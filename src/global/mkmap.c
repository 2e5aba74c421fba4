/*++
/* NAME
/*	mkmap 3
/* SUMMARY
/*	build or update an indexed lookup table atomically
/* SYNOPSIS
/*	#include <mkmap.h>
/*
/*	MKMAP	*mkmap_open(type, name, open_flags, mode, dict_flags, why)
/*	const char *type;
/*	const char *name;
/*	int	open_flags;
/*	mode_t	mode;
/*	int	dict_flags;
/*	VSTRING	*why;
/*
/*	int	mkmap_put(mkmap, key, value)
/*	MKMAP	*mkmap;
/*	const char *key;
/*	const char *value;
/*
/*	int	mkmap_delete(mkmap, key)
/*	MKMAP	*mkmap;
/*	const char *key;
/*
/*	int	mkmap_commit(mkmap)
/*	MKMAP	*mkmap;
/*
/*	void	mkmap_abort(mkmap)
/*	MKMAP	*mkmap;
/* DESCRIPTION
/*	This module is how postmap(1) and postalias(1) write tables.
/*	The only indexed format is cdb (see mkmap_cdb(3)); hash:,
/*	btree:, lmdb: and dbm: are written as cdb, which is how dict(3)
/*	reads them, and the first use of such a name logs a notice
/*	(unless DICT_FLAG_QUIET). Readers never see a half-written
/*	table: the new file is a locked temporary file that replaces
/*	the old one only when it is complete and on disk.
/*
/*	mkmap_open() starts a new version of table name (the file is
/*	name.cdb). open_flags: O_CREAT|O_TRUNC starts empty;
/*	O_CREAT starts with the entries of the current table, if any
/*	(incremental update); 0 requires the current table to exist
/*	(deletion). mode is the permission of a new file (an existing
/*	file keeps its own). dict_flags: DICT_FLAG_FOLD_FIX stores keys
/*	in lower case; DICT_FLAG_TRY1NULL alone stores keys and values
/*	with their terminating null byte (as postmap -N), anything else
/*	without it (the cdb convention, so that cdb(1) finds the keys);
/*	DICT_FLAG_DUP_REPLACE makes a duplicate key replace the old
/*	entry, otherwise the first one stays. Errors are reported in
/*	why, which the caller keeps for the life of the MKMAP.
/*
/*	mkmap_put() adds an entry. The result is MKMAP_ADDED,
/*	MKMAP_KEPT or MKMAP_REPLACED (duplicates: the caller decides
/*	whether to warn), MKMAP_TOO_LONG (the key is longer than
/*	DICT_KEY_MAX or the value longer than DICT_VALUE_MAX, so that
/*	no lookup could return it: nothing is stored), or MKMAP_ERROR.
/*
/*	mkmap_delete() removes every entry with the key (with and
/*	without a terminating null byte, unless the flags pick one);
/*	the result is 1 when something was removed, 0 when the key was
/*	not there, or MKMAP_ERROR.
/*
/*	mkmap_commit() makes the new version the table (see
/*	atomic_file(3): fsync, rename, fsync of the directory); it
/*	returns 0 or MKMAP_ERROR. mkmap_abort() throws the new version
/*	away. Both free the MKMAP.
/* DIAGNOSTICS
/*	"unsupported dictionary type: foo", "unsupported dictionary
/*	type: regexp does not support bulk-mode creation", and I/O
/*	errors with the file name, all in why.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>
#include <mkmap.h>

/* mkmap_alloc - generic part of a new table */

MKMAP  *mkmap_alloc(const char *type, const char *name, size_t size,
		            int dict_flags, VSTRING *why)
{
    MKMAP  *mkmap;

    if (size < sizeof(MKMAP))
	msg_panic("mkmap_alloc: bad size %lu", (unsigned long) size);
    mkmap = (MKMAP *) mycalloc(1, size);
    mkmap->type = mystrdup(type);
    mkmap->name = mystrdup(name);
    mkmap->dict_flags = dict_flags;
    mkmap->why = why;
    mkmap->key_buf = vstring_alloc(100);
    mkmap->value_buf = vstring_alloc(100);
    mkmap->put = 0;
    mkmap->delete = 0;
    mkmap->commit = 0;
    mkmap->abort = 0;
    return (mkmap);
}

/* mkmap_free - release the generic part */

void    mkmap_free(MKMAP *mkmap)
{
    myfree(mkmap->type);
    myfree(mkmap->name);
    vstring_free(mkmap->key_buf);
    vstring_free(mkmap->value_buf);
    myfree(mkmap);
}

/* mkmap_open - start a new version of a table */

MKMAP  *mkmap_open(const char *type, const char *name, int open_flags,
		           mode_t mode, int dict_flags, VSTRING *why)
{
    vstring_reset(why);
    if (dict_file_type(type) == 0) {
	if (dict_type_known(type))
	    vstring_sprintf(why, "unsupported dictionary type: %s does not support "
			    "bulk-mode creation", type);
	else
	    vstring_sprintf(why, "unsupported dictionary type: %s", type);
	return (0);
    }
    if ((dict_flags & DICT_FLAG_QUIET) == 0)
	dict_alias_notice(type, name);
    return (mkmap_cdb_open(type, name, open_flags, mode, dict_flags, why));
}

/* mkmap_store_key - the key as it is stored */

static int mkmap_store_key(MKMAP *mkmap, const char *key, int with_null)
{
    vstring_strcpy(mkmap->key_buf, key);
    if (mkmap->dict_flags & DICT_FLAG_FOLD_FIX)
	lowercase(vstring_str(mkmap->key_buf));
    return (VSTRING_LEN(mkmap->key_buf) + (with_null ? 1 : 0));
}

/* mkmap_with_null - store with terminating null bytes? */

static int mkmap_with_null(MKMAP *mkmap)
{
    return ((mkmap->dict_flags & DICT_FLAG_NULL_MASK) == DICT_FLAG_TRY1NULL);
}

/* mkmap_put - add an entry */

int     mkmap_put(MKMAP *mkmap, const char *key, const char *value)
{
    int     with_null = mkmap_with_null(mkmap);
    size_t  klen;
    size_t  vlen = strlen(value);

    if (strlen(key) > DICT_KEY_MAX || vlen > DICT_VALUE_MAX)
	return (MKMAP_TOO_LONG);
    klen = mkmap_store_key(mkmap, key, with_null);
    return (mkmap->put(mkmap, vstring_str(mkmap->key_buf), klen, value,
		       vlen + (with_null ? 1 : 0)));
}

/* mkmap_delete - remove a key */

int     mkmap_delete(MKMAP *mkmap, const char *key)
{
    int     flags = mkmap->dict_flags & DICT_FLAG_NULL_MASK;
    size_t  klen;
    int     found = 0;
    int     status;

    klen = mkmap_store_key(mkmap, key, 0);
    if (flags == 0 || (flags & DICT_FLAG_TRY0NULL)) {
	if ((status = mkmap->delete(mkmap, vstring_str(mkmap->key_buf), klen)) < 0)
	    return (MKMAP_ERROR);
	found |= status;
    }
    if (flags == 0 || (flags & DICT_FLAG_TRY1NULL)) {
	if ((status = mkmap->delete(mkmap, vstring_str(mkmap->key_buf), klen + 1)) < 0)
	    return (MKMAP_ERROR);
	found |= status;
    }
    return (found);
}

/* mkmap_commit - make the new version the table */

int     mkmap_commit(MKMAP *mkmap)
{
    return (mkmap->commit(mkmap));
}

/* mkmap_abort - forget the new version */

void    mkmap_abort(MKMAP *mkmap)
{
    mkmap->abort(mkmap);
}
