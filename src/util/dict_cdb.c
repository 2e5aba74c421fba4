/*++
/* NAME
/*	dict_cdb 3
/* SUMMARY
/*	TinyCDB lookup tables
/* SYNOPSIS
/*	#include <dict.h>
/*
/*	DICT	*dict_cdb_open(type, name, open_flags, dict_flags, why)
/*	const char *type;
/*	const char *name;
/*	int	open_flags;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	dict_cdb_open() opens the constant database file name.cdb for
/*	reading; the file is memory-mapped by TinyCDB and stays mapped
/*	until the table is closed. A table rebuilt by postmap(1) is a
/*	new file renamed over the old one, so an open table keeps
/*	seeing the old contents until it is opened again.
/*
/*	A key is looked up without and with its terminating null byte
/*	(as selected with DICT_FLAG_TRY0NULL and DICT_FLAG_TRY1NULL,
/*	both when neither is given); after the first hit the table
/*	sticks to the form that worked. A value is copied into a
/*	buffer of DICT_VALUE_MAX bytes that belongs to the table; a
/*	trailing null byte is removed. A longer value is a lookup
/*	error (DICT_ERR_CONFIG), not an allocation.
/*
/*	Sequential access walks the records in file order. Unlike a
/*	lookup it uses growable buffers: it serves postmap -s, not the
/*	daemons.
/* DIAGNOSTICS
/*	"open database name.cdb: reason"; a damaged file is a lookup
/*	error (DICT_ERR_RETRY) with a warning.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cdb.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <dict.h>

typedef struct DICT_CDB {
    DICT    dict;			/* generic members */
    struct cdb cdb;			/* TinyCDB reader */
    char   *path;			/* name.cdb */
    VSTRING *value;			/* lookup result, fixed size */
    VSTRING *seq_key;			/* sequence results, growable */
    VSTRING *seq_value;
    unsigned seq_pos;			/* sequence cursor */
} DICT_CDB;

/* dict_cdb_fetch - copy the value of the record just found */

static const char *dict_cdb_fetch(DICT_CDB *dc, const char *key)
{
    DICT   *dict = &dc->dict;
    unsigned len = cdb_datalen(&dc->cdb);
    const char *data;

    if ((data = cdb_get(&dc->cdb, len, cdb_datapos(&dc->cdb))) == 0) {
	msg_warn("%s: read value of key \"%s\": %m", dc->path, key);
	dict->error = DICT_ERR_RETRY;
	return (0);
    }
    if (len > 0 && data[len - 1] == 0)
	len--;
    if (len > DICT_VALUE_MAX) {
	msg_warn("%s: value of key \"%s\" is %u bytes, more than the %d-byte lookup limit",
		 dc->path, key, len, DICT_VALUE_MAX);
	dict->error = DICT_ERR_CONFIG;
	return (0);
    }
    vstring_memcpy(dc->value, data, len);
    return (vstring_str(dc->value));
}

/* dict_cdb_try - look up one form of the key */

static int dict_cdb_try(DICT_CDB *dc, const char *key, size_t len)
{
    int     status;

    if (len > 0xffffffffUL)
	return (0);
    if ((status = cdb_find(&dc->cdb, key, (unsigned) len)) < 0) {
	msg_warn("%s: look up key \"%s\": %m", dc->path, key);
	dc->dict.error = DICT_ERR_RETRY;
    }
    return (status);
}

/* dict_cdb_lookup - find a key */

static const char *dict_cdb_lookup(DICT *dict, const char *key)
{
    DICT_CDB *dc = (DICT_CDB *) dict;
    size_t  len = strlen(key);
    int     status;

    if (dict->flags & DICT_FLAG_TRY0NULL) {
	if ((status = dict_cdb_try(dc, key, len)) < 0)
	    return (0);
	if (status > 0) {
	    dict->flags &= ~DICT_FLAG_TRY1NULL;
	    return (dict_cdb_fetch(dc, key));
	}
    }
    if (dict->flags & DICT_FLAG_TRY1NULL) {
	if ((status = dict_cdb_try(dc, key, len + 1)) < 0)
	    return (0);
	if (status > 0) {
	    dict->flags &= ~DICT_FLAG_TRY0NULL;
	    return (dict_cdb_fetch(dc, key));
	}
    }
    return (0);
}

/* dict_cdb_copy - copy key or value of the current record */

static int dict_cdb_copy(DICT_CDB *dc, VSTRING *buf, unsigned len, unsigned pos)
{
    const char *data;

    if ((data = cdb_get(&dc->cdb, len, pos)) == 0)
	return (-1);
    if (len > 0 && data[len - 1] == 0)
	len--;
    vstring_memcpy(buf, data, len);
    return (0);
}

/* dict_cdb_sequence - walk the records in file order */

static int dict_cdb_sequence(DICT *dict, int func, const char **key,
			             const char **value)
{
    DICT_CDB *dc = (DICT_CDB *) dict;
    int     status;

    if (func == DICT_SEQ_FUN_FIRST)
	cdb_seqinit(&dc->seq_pos, &dc->cdb);
    else if (func != DICT_SEQ_FUN_NEXT)
	msg_panic("dict_cdb_sequence: bad function %d", func);
    if ((status = cdb_seqnext(&dc->seq_pos, &dc->cdb)) == 0)
	return (1);
    if (status < 0
	|| dict_cdb_copy(dc, dc->seq_key, cdb_keylen(&dc->cdb),
			 cdb_keypos(&dc->cdb)) < 0
	|| dict_cdb_copy(dc, dc->seq_value, cdb_datalen(&dc->cdb),
			 cdb_datapos(&dc->cdb)) < 0) {
	msg_warn("%s: read next record: %m", dc->path);
	dict->error = DICT_ERR_RETRY;
	return (-1);
    }
    *key = vstring_str(dc->seq_key);
    *value = vstring_str(dc->seq_value);
    return (0);
}

/* dict_cdb_close - release the table */

static void dict_cdb_close(DICT *dict)
{
    DICT_CDB *dc = (DICT_CDB *) dict;
    int     fd = cdb_fileno(&dc->cdb);

    cdb_free(&dc->cdb);
    if (close(fd) < 0)
	msg_warn("close %s: %m", dc->path);
    myfree(dc->path);
    vstring_free(dc->value);
    vstring_free(dc->seq_key);
    vstring_free(dc->seq_value);
    dict_free(dict);
}

/* dict_cdb_init - finish a table whose file is mapped */

static void dict_cdb_init(DICT_CDB *dc, char *path)
{
    dc->path = path;
    dc->value = vstring_fixed(DICT_VALUE_MAX);
    dc->seq_key = vstring_alloc(100);
    dc->seq_value = vstring_alloc(100);
    dc->dict.lookup = dict_cdb_lookup;
    dc->dict.sequence = dict_cdb_sequence;
    dc->dict.close = dict_cdb_close;
    dc->dict.flags &= ~DICT_FLAG_TYPE_MASK;
    dc->dict.flags |= DICT_FLAG_FIXED;
    if ((dc->dict.flags & DICT_FLAG_NULL_MASK) == 0)
	dc->dict.flags |= DICT_FLAG_NULL_MASK;
}

/* dict_cdb_open - open name.cdb */

DICT   *dict_cdb_open(const char *type, const char *name, int open_flags,
		              int dict_flags, VSTRING *why)
{
    DICT_CDB *dc;
    char   *path = concatenate(name, ".cdb", (char *) 0);
    struct stat st;
    int     fd;

    if ((fd = open(path, open_flags | O_CLOEXEC)) < 0) {
	vstring_sprintf(why, "open database %s: %s", path, strerror(errno));
	myfree(path);
	return (0);
    }
    if (fstat(fd, &st) < 0) {
	vstring_sprintf(why, "open database %s: %s", path, strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
	vstring_sprintf(why, "open database %s: not a regular file", path);
    } else {
	dc = (DICT_CDB *) dict_alloc(type, name, sizeof(*dc), dict_flags);
	if (cdb_init(&dc->cdb, fd) == 0) {
	    dict_cdb_init(dc, path);
	    return (&dc->dict);
	}
	vstring_sprintf(why, "open database %s: %s", path, errno == EPROTO ?
			"not a cdb file" : strerror(errno));
	dict_free(&dc->dict);
    }
    (void) close(fd);
    myfree(path);
    return (0);
}
