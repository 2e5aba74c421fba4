/*++
/* NAME
/*	mkmap_cdb 3
/* SUMMARY
/*	build or update a cdb table atomically
/* SYNOPSIS
/*	#include <mkmap.h>
/*
/*	MKMAP	*mkmap_cdb_open(type, name, open_flags, mode, dict_flags, why)
/*	const char *type;
/*	const char *name;
/*	int	open_flags;
/*	mode_t	mode;
/*	int	dict_flags;
/*	VSTRING	*why;
/* DESCRIPTION
/*	mkmap_cdb_open() implements mkmap_open() for cdb files. The new
/*	table is written with TinyCDB's cdb_make into name.cdb.tmp,
/*	created and locked by atomic_file(3); concurrent updates of the
/*	same table wait for each other, and an update reads the current
/*	table only after it holds the lock, so none is lost. Unless
/*	open_flags has O_TRUNC, the entries of the current name.cdb are
/*	copied first, exactly as they are stored.
/*
/*	A duplicate key is found with cdb_make_exists(); when it is
/*	replaced, or a key is deleted, TinyCDB removes the old record
/*	from the file, so that the result holds no dead records (cdb -d
/*	and postmap -s show exactly what lookups see).
/*
/*	Commit finishes the cdb (index and header), then atomic_file(3)
/*	fsyncs the file, renames it over name.cdb and fsyncs the
/*	directory.
/*
/*	cdb_make keeps an index entry per record in memory (16 bytes a
/*	record); this module is for the command-line tools, not for the
/*	daemons.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cdb.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <atomic_file.h>
#include <dict.h>
#include <mkmap.h>

typedef struct MKMAP_CDB {
    MKMAP   mkmap;			/* generic members */
    char   *path;			/* name.cdb */
    ATOMIC_FILE *af;			/* locked temporary file */
    struct cdb_make cdbm;		/* TinyCDB writer */
} MKMAP_CDB;

/* mkmap_cdb_error - report an I/O error with errno */

static int mkmap_cdb_error(MKMAP_CDB *mc, const char *what)
{
    vstring_sprintf(mc->mkmap.why, "%s %s: %s", what, mc->af->temp,
		    strerror(errno));
    return (MKMAP_ERROR);
}

/* mkmap_cdb_put - add one stored entry */

static int mkmap_cdb_put(MKMAP *mkmap, const char *key, size_t klen,
			         const char *value, size_t vlen)
{
    MKMAP_CDB *mc = (MKMAP_CDB *) mkmap;
    int     status;

    if ((status = cdb_make_exists(&mc->cdbm, key, klen)) < 0)
	return (mkmap_cdb_error(mc, "read"));
    if (status > 0 && (mkmap->dict_flags & DICT_FLAG_DUP_REPLACE) == 0)
	return (MKMAP_KEPT);
    if (cdb_make_put(&mc->cdbm, key, klen, value, vlen,
		     status > 0 ? CDB_PUT_REPLACE : CDB_PUT_ADD) < 0)
	return (mkmap_cdb_error(mc, "write"));
    return (status > 0 ? MKMAP_REPLACED : MKMAP_ADDED);
}

/* mkmap_cdb_delete - remove every record with this stored key */

static int mkmap_cdb_delete(MKMAP *mkmap, const char *key, size_t klen)
{
    MKMAP_CDB *mc = (MKMAP_CDB *) mkmap;
    int     found = 0;
    int     status;

    while ((status = cdb_make_find(&mc->cdbm, key, klen, CDB_FIND_REMOVE)) > 0)
	found = 1;
    if (status < 0)
	return (mkmap_cdb_error(mc, "update"));
    return (found);
}

/* mkmap_cdb_free - release memory */

static void mkmap_cdb_free(MKMAP_CDB *mc)
{
    myfree(mc->path);
    mkmap_free(&mc->mkmap);
}

/* mkmap_cdb_commit - finish and rename into place */

static int mkmap_cdb_commit(MKMAP *mkmap)
{
    MKMAP_CDB *mc = (MKMAP_CDB *) mkmap;
    int     status;

    if (cdb_make_finish(&mc->cdbm) < 0) {
	status = mkmap_cdb_error(mc, "write");
	atomic_file_abort(mc->af);
    } else if (atomic_file_commit(mc->af, mkmap->why) < 0) {
	status = MKMAP_ERROR;
    } else {
	status = 0;
    }
    mkmap_cdb_free(mc);
    return (status);
}

/* mkmap_cdb_abort - throw the new version away */

static void mkmap_cdb_abort(MKMAP *mkmap)
{
    MKMAP_CDB *mc = (MKMAP_CDB *) mkmap;

    /* Finishing is the only way to make TinyCDB free its index. */
    (void) cdb_make_finish(&mc->cdbm);
    atomic_file_abort(mc->af);
    mkmap_cdb_free(mc);
}

/* mkmap_cdb_copy - copy the records of the current table */

static int mkmap_cdb_copy(MKMAP_CDB *mc, int open_flags)
{
    struct cdb cdb;
    unsigned pos;
    const void *key;
    const void *value;
    int     status;
    int     fd;

    if ((fd = open(mc->path, O_RDONLY | O_CLOEXEC)) < 0) {
	if (errno == ENOENT && (open_flags & O_CREAT))
	    return (0);
	vstring_sprintf(mc->mkmap.why, "open database %s: %s", mc->path,
			strerror(errno));
	return (MKMAP_ERROR);
    }
    if (cdb_init(&cdb, fd) < 0) {
	vstring_sprintf(mc->mkmap.why, "open database %s: %s", mc->path,
			errno == EPROTO ? "not a cdb file" : strerror(errno));
	(void) close(fd);
	return (MKMAP_ERROR);
    }
    cdb_seqinit(&pos, &cdb);
    while ((status = cdb_seqnext(&pos, &cdb)) > 0) {
	key = cdb_get(&cdb, cdb_keylen(&cdb), cdb_keypos(&cdb));
	value = cdb_get(&cdb, cdb_datalen(&cdb), cdb_datapos(&cdb));
	if (key == 0 || value == 0) {
	    status = -1;
	    break;
	}
	if (cdb_make_add(&mc->cdbm, key, cdb_keylen(&cdb), value,
			 cdb_datalen(&cdb)) < 0) {
	    cdb_free(&cdb);
	    (void) close(fd);
	    return (mkmap_cdb_error(mc, "write"));
	}
    }
    if (status < 0)
	vstring_sprintf(mc->mkmap.why, "read database %s: %s", mc->path,
			strerror(errno));
    cdb_free(&cdb);
    (void) close(fd);
    return (status < 0 ? MKMAP_ERROR : 0);
}

/* mkmap_cdb_open - start a new version of name.cdb */

MKMAP  *mkmap_cdb_open(const char *type, const char *name, int open_flags,
		               mode_t mode, int dict_flags, VSTRING *why)
{
    MKMAP_CDB *mc;
    ATOMIC_FILE *af;
    char   *path = concatenate(name, ".cdb", (char *) 0);

    if ((af = atomic_file_open(path, mode, why)) == 0) {
	myfree(path);
	return (0);
    }
    mc = (MKMAP_CDB *) mkmap_alloc(type, name, sizeof(*mc), dict_flags, why);
    mc->path = path;
    mc->af = af;
    mc->mkmap.put = mkmap_cdb_put;
    mc->mkmap.delete = mkmap_cdb_delete;
    mc->mkmap.commit = mkmap_cdb_commit;
    mc->mkmap.abort = mkmap_cdb_abort;
    cdb_make_start(&mc->cdbm, fileno(af->fp));
    if ((open_flags & O_TRUNC) == 0 && mkmap_cdb_copy(mc, open_flags) < 0) {
	mkmap_cdb_abort(&mc->mkmap);
	return (0);
    }
    return (&mc->mkmap);
}
